#include "hiddendanger.h"

namespace riskatlas
{

bool HiddenDanger::isOverdue(const QDate &asOf) const
{
  return isOpen() && deadline.isValid() && asOf.isValid() && asOf > deadline;
}

qint64 HiddenDanger::daysOverdue(const QDate &asOf) const
{
  return isOverdue(asOf) ? deadline.daysTo(asOf) : 0;
}

} // namespace riskatlas
