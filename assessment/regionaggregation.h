#pragma once

#include "levelcounts.h"

#include <QList>

namespace riskatlas
{

//! How a region takes its level from its units' final levels (domain.md §5).
enum class AggregationRule
{
  Max, //!< 从严从高: the highest final level of any unit in the region
};

QString aggregationRuleKey(AggregationRule rule);
bool aggregationRuleFromKey(const QString &key, AggregationRule &rule);

//! A region's result: its level, its units and their counts per final level.
struct RegionResult
{
  RiskLevel level = RiskLevel::None;
  int units = 0; //!< every unit inside, scored or not
  LevelCounts counts;
};

/**
 * Aggregates the final levels of the units inside one region (RiskLevel::None for units left
 * unscored). A region without scored units gets RiskLevel::None.
 */
RegionResult aggregateRegion(const QList<RiskLevel> &unitFinalLevels, AggregationRule rule);

} // namespace riskatlas
