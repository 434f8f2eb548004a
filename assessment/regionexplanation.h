#pragma once

#include "bandexplanation.h"
#include "language.h"
#include "levelcounts.h"
#include "methodset.h"

#include <QJsonObject>
#include <optional>

namespace riskatlas
{

//! One unit of a region as the project stores it.
struct RegionMemberFacts
{
  QString unitId;
  QString name;
  QString category;                  //!< code
  QString sector;                    //!< code
  RiskLevel level = RiskLevel::None; //!< final level; None when unscored
  double share = 1.0;                //!< the part inside the region (1 for a point)
};

//! A region as the project stores it: its units, area and last result.
struct RegionFacts
{
  QString regionId;
  QString name;
  QString kind; //!< district|street|grid
  AggregationRule rule = AggregationRule::Max;
  QList<RegionMemberFacts> members;
  double areaKm2 = -1; //!< measured for the density rule; negative when not measured
  //! Units whose hazard influence zone reaches the region (the stored raised_by list).
  QList<RegionMemberFacts> influence;
  bool assessed = false;
  RiskLevel storedLevel = RiskLevel::None;
};

//! One group of the weighted composite index: its weight, mean level and units.
struct ExplainedIndexTerm
{
  QString group; //!< category or sector code
  QString name;
  double weight = 0;
  double value = 0;  //!< the group's mean level (low 1 … major 4)
  double shares = 0; //!< its units, each counting by its share
};

/**
 * Why a region has its level under its aggregation rule: under max the units at that level,
 * under weighted the composite index with its terms and band, under density the count of
 * major and significant units, the area, the density and its band; then the hazard influence
 * zones that raised it.
 */
struct RegionExplanation
{
  QString language;
  QString regionId;
  QString name;
  QString kind;
  QString kindName;
  AggregationRule rule = AggregationRule::Max;
  int units = 0;
  LevelCounts counts;
  QList<RegionMemberFacts> deciding; //!< max: the units at the region's level
  QString groupBy;                   //!< weighted: "category" or "sector"
  QList<ExplainedIndexTerm> terms;   //!< weighted
  double weightSum = 0;              //!< weighted: the weights of the groups present
  double index = 0;                  //!< weighted: the index; density: units per km²
  double majorOrSignificant = 0;     //!< density: share-weighted
  double areaKm2 = 0;                //!< density
  std::optional<BandExplanation> bands;
  RiskLevel aggregatedLevel = RiskLevel::None;
  struct Influence
  {
    RegionMemberFacts unit;
    bool raises = false; //!< its level is above the aggregated level
  };
  QList<Influence> influence;
  RiskLevel finalLevel = RiskLevel::None;
  bool assessed = false;
  RiskLevel storedLevel = RiskLevel::None;
  bool matchesStored = true;

  QJsonObject toJson() const;
};

/**
 * Explains \a region with \a set's aggregator for the region's rule (RegionAggregator gives the
 * level; CompositeIndex::terms() and the band tables show how).
 */
RegionExplanation explainRegion(const MethodSet &set, const Taxonomy &taxonomy,
                                const RegionFacts &region, const Language &language);

} // namespace riskatlas
