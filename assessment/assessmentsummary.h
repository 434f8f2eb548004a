#pragma once

#include "regionaggregation.h"
#include "regionkind.h"
#include "taxonomy.h"

#include <QJsonObject>
#include <QMap>

namespace riskatlas
{

struct RegionSummary
{
  QString id;
  QString name;
  QString kind; //!< district | street | grid
  RegionResult result;
  QMap<QString, RiskLevel> categoryLevels; //!< category code → the region's level for it
  QStringList raisedBy;                    //!< units whose hazard influence zone raised the region
};

/**
 * The figures of an assessed project, as printed by `riskatlas-cli summary --json` (schema:
 * resources/schemas/summary.schema.json) and used by the report. Units count once each; levels
 * are final (realistic) levels.
 */
struct AssessmentSummary
{
  int units = 0;
  int scored = 0;
  int unscored = 0;
  int outsideRegions = 0;
  LevelCounts levels;
  QMap<QString, LevelCounts> byCategory; //!< category code → counts
  QList<RegionSummary> regions;
  AggregationRule aggregation = AggregationRule::Max;

  //! Regions sorted by kind (district, street, grid), then code (regionCodeLess()).
  void sortRegions();
  //! Every key always present; every category of \a taxonomy listed even with zero counts.
  QJsonObject toJson(const Taxonomy &taxonomy) const;
};

} // namespace riskatlas
