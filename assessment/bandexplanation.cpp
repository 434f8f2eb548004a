#include "bandexplanation.h"

#include <QJsonArray>

namespace riskatlas
{

BandExplanation BandExplanation::of(const BandTable &bands, const QString &symbol, double value)
{
  BandExplanation explanation;
  explanation.symbol = symbol;
  explanation.value = value;
  explanation.rule = bands.boundaryRule();
  const QStringList ranges = bands.rangeTexts(symbol);
  const int hit = bands.bandIndex(value);
  for (int i = 0; i < bands.bands().size(); ++i)
    explanation.rows.append({bands.bands().at(i).level, ranges.value(i), i == hit});
  return explanation;
}

int BandExplanation::hitIndex() const
{
  for (int i = 0; i < rows.size(); ++i)
  {
    if (rows.at(i).hit)
      return i;
  }
  return -1;
}

RiskLevel BandExplanation::level() const
{
  const int index = hitIndex();
  return index < 0 ? RiskLevel::None : rows.at(index).level;
}

QString BandExplanation::ruleKey() const
{
  return rule == BandTable::BoundaryRule::LowerInclusive ? QStringLiteral("lower-inclusive")
                                                         : QStringLiteral("upper-inclusive");
}

QJsonObject BandExplanation::toJson() const
{
  QJsonArray items;
  for (const Row &row : rows)
    items.append(QJsonObject{{QStringLiteral("level"), levelKey(row.level)},
                             {QStringLiteral("range"), row.range},
                             {QStringLiteral("hit"), row.hit}});
  return {{QStringLiteral("symbol"), symbol},
          {QStringLiteral("value"), value},
          {QStringLiteral("rule"), ruleKey()},
          {QStringLiteral("rows"), items}};
}

} // namespace riskatlas
