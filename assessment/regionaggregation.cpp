#include "regionaggregation.h"

namespace riskatlas
{

QString aggregationRuleKey(AggregationRule rule)
{
  switch (rule)
  {
  case AggregationRule::Weighted:
    return QStringLiteral("weighted");
  case AggregationRule::Density:
    return QStringLiteral("density");
  case AggregationRule::Max:
    break;
  }
  return QStringLiteral("max");
}

QStringList aggregationRuleKeys()
{
  return {QStringLiteral("max"), QStringLiteral("weighted"), QStringLiteral("density")};
}

bool aggregationRuleFromKey(const QString &key, AggregationRule &rule)
{
  for (AggregationRule candidate :
       {AggregationRule::Max, AggregationRule::Weighted, AggregationRule::Density})
  {
    if (key == aggregationRuleKey(candidate))
    {
      rule = candidate;
      return true;
    }
  }
  return false;
}

RegionResult aggregateByHighestLevel(const QList<RiskLevel> &unitFinalLevels)
{
  RegionResult result;
  result.units = unitFinalLevels.size();
  for (RiskLevel level : unitFinalLevels)
    result.counts.add(level);
  result.level = result.counts.highest();
  return result;
}

RegionAggregator::RegionAggregator(AggregationRule rule, CompositeIndex composite,
                                   BandTable densityBands)
    : mRule(rule), mComposite(std::move(composite)), mDensityBands(std::move(densityBands))
{
}

BandTable RegionAggregator::defaultDensityBands()
{
  return BandTable::create({{RiskLevel::Major, true, 0.10},
                            {RiskLevel::Significant, true, 0.05},
                            {RiskLevel::General, true, 0.02},
                            {RiskLevel::Low, false, 0}},
                           BandTable::BoundaryRule::LowerInclusive, nullptr);
}

RegionResult RegionAggregator::aggregate(const QList<RegionUnit> &units, double areaKm2) const
{
  RegionResult result;
  QList<CompositeIndex::Member> groups;
  double majorOrSignificant = 0; // share-weighted
  const bool bySector = mComposite.groupBy() == CompositeIndex::GroupBy::Sector;
  for (const RegionUnit &unit : units)
  {
    result.units += unit.count;
    result.counts.add(unit.level, unit.count);
    groups.append({bySector ? unit.sector : unit.category, unit.level, unit.share});
    if (unit.level == RiskLevel::Major || unit.level == RiskLevel::Significant)
      majorOrSignificant += unit.share;
  }
  result.level = result.counts.highest();
  switch (mRule)
  {
  case AggregationRule::Max:
    break;
  case AggregationRule::Weighted:
  {
    const CompositeIndex::Result index = mComposite.compute(groups);
    result.index = index.index;
    result.level = index.valid ? index.level : RiskLevel::None;
    break;
  }
  case AggregationRule::Density:
    if (result.counts.total() == 0 || !(areaKm2 > 0))
    {
      result.level = RiskLevel::None;
      break;
    }
    result.index = majorOrSignificant / areaKm2;
    result.level = mDensityBands.classify(result.index);
    break;
  }
  return result;
}

} // namespace riskatlas
