#pragma once

#include "bandtable.h"
#include "compositeindex.h"
#include "levelcounts.h"

#include <QList>

namespace riskatlas
{

//! How a region takes its level from its units' final levels (domain.md §5).
enum class AggregationRule
{
  Max,      //!< 从严从高: the highest final level of any unit in the region
  Weighted, //!< the composite index of the units (weights per category or sector), banded
  Density,  //!< major and significant units per km², banded
};

QString aggregationRuleKey(AggregationRule rule);
bool aggregationRuleFromKey(const QString &key, AggregationRule &rule);
//! "max", "weighted", "density"
QStringList aggregationRuleKeys();

//! A region's result: its level, its units and their counts per final level.
struct RegionResult
{
  RiskLevel level = RiskLevel::None;
  int units = 0; //!< every unit inside, scored or not
  LevelCounts counts;
  double index = 0; //!< weighted: the composite index; density: units per km²; max: unused
};

//! One unit of a region, as the rules need it.
struct RegionUnit
{
  QString category;
  QString sector;
  RiskLevel level = RiskLevel::None; //!< final level; None when unscored
  //! The part of the unit inside the region: 1 for points, the length or area share for lines
  //! and polygons. Weighted and density rules weigh the unit by it; counts stay whole units.
  double share = 1.0;
  //! How many identical units this entry stands for (their shares summed in \a share): the
  //! stored per-region tallies aggregate without one entry per unit.
  int count = 1;
};

/**
 * Applies one aggregation rule to the units of a region. Weighted uses the method set's
 * composite index; density uses the region's area and the density bands (default: ≥ 0.10 major,
 * ≥ 0.05 significant, ≥ 0.02 general major-or-significant units per km², else low). A line or
 * area unit crossing several regions weighs in each by its share: a 40 % share of a major
 * pipeline adds 0.4 to a region's density and 0.4 of a unit to its composite-index group mean.
 */
class RegionAggregator
{
public:
  RegionAggregator(AggregationRule rule, CompositeIndex composite, BandTable densityBands);

  static BandTable defaultDensityBands();

  AggregationRule rule() const { return mRule; }
  RegionResult aggregate(const QList<RegionUnit> &units, double areaKm2) const;

private:
  AggregationRule mRule;
  CompositeIndex mComposite;
  BandTable mDensityBands;
};

/**
 * The max rule on the final levels of the units inside one region (RiskLevel::None for units
 * left unscored), with their counts; a region without scored units gets RiskLevel::None. The
 * other rules need more than levels: see RegionAggregator.
 */
RegionResult aggregateByHighestLevel(const QList<RiskLevel> &unitFinalLevels);

} // namespace riskatlas
