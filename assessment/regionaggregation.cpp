#include "regionaggregation.h"

namespace riskatlas
{

QString aggregationRuleKey(AggregationRule rule)
{
  switch (rule)
  {
  case AggregationRule::Max:
    break;
  }
  return QStringLiteral("max");
}

bool aggregationRuleFromKey(const QString &key, AggregationRule &rule)
{
  if (key == aggregationRuleKey(AggregationRule::Max))
  {
    rule = AggregationRule::Max;
    return true;
  }
  return false;
}

RegionResult aggregateRegion(const QList<RiskLevel> &unitFinalLevels, AggregationRule rule)
{
  RegionResult result;
  result.units = unitFinalLevels.size();
  for (RiskLevel level : unitFinalLevels)
    result.counts.add(level);
  switch (rule)
  {
  case AggregationRule::Max:
    result.level = result.counts.highest();
    break;
  }
  return result;
}

} // namespace riskatlas
