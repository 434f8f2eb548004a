#include "hazardcounts.h"

#include "hiddendanger.h"

#include <QtMath>

namespace riskatlas
{

void HazardCounts::add(const HiddenDanger &hazard, const QDate &asOf)
{
  ++total;
  if (hazard.isOpen())
    ++open;
  else
    ++rectified;
  if (hazard.status == HazardStatus::Closed)
    ++closed;
  if (hazard.isOverdue(asOf))
    ++overdue;
}

double HazardCounts::rectificationRate() const
{
  return total == 0 ? 0.0 : qRound64(10000.0 * rectified / total) / 10000.0;
}

QJsonObject HazardCounts::toJson() const
{
  return {{QStringLiteral("total"), total},
          {QStringLiteral("open"), open},
          {QStringLiteral("rectified"), rectified},
          {QStringLiteral("closed"), closed},
          {QStringLiteral("overdue"), overdue}};
}

} // namespace riskatlas
