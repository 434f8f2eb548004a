#pragma once

#include <QString>

class GDALDataset;

namespace riskatlas
{
class Taxonomy;
}

namespace riskatlas
{

/**
 * Names and versions of what a RiskAtlas project (one GeoPackage file) holds. Bump
 * CurrentVersion and add a step to migrateProject() whenever the layout changes; projects of
 * every earlier version are migrated when opened.
 */
namespace ProjectSchema
{
constexpr int CurrentVersion = 9;

inline const char *unitsLayer()
{
  return "units";
}
inline const char *regionsLayer()
{
  return "regions";
}
inline const char *metadataTable()
{
  return "ra_metadata";
}
inline const char *auditTable()
{
  return "ra_audit_log";
}
inline const char *methodSetsTable()
{
  return "ra_method_sets";
}
inline const char *runsTable()
{
  return "ra_runs";
}
inline const char *taxonomyTable()
{
  return "ra_taxonomy";
}
inline const char *layerStylesTable()
{
  return "layer_styles";
}

//! Metadata keys.
inline QString schemaVersionKey()
{
  return QStringLiteral("schema_version");
}
inline QString projectNameKey()
{
  return QStringLiteral("project_name");
}
inline QString crsKey()
{
  return QStringLiteral("crs");
}
inline QString methodSetHashKey()
{
  return QStringLiteral("method_set_hash");
}
inline QString extraColumnsKey()
{
  return QStringLiteral("units_extra_columns");
}
inline QString createdKey()
{
  return QStringLiteral("created");
}
inline QString aggregationKey()
{
  return QStringLiteral("aggregation");
}
//! The report template the project carries (ReportTemplateArchive's JSON); empty for none.
inline QString reportTemplateKey()
{
  return QStringLiteral("report_template");
}

//! The project's review sessions (ReviewSession JSON array, in order).
inline QString reviewSessionsKey()
{
  return QStringLiteral("review_sessions");
}
//! The levels when review session \a number started (or, \a ended, ended): ReviewSnapshot JSON.
inline QString reviewSnapshotKey(int number, bool ended)
{
  return QStringLiteral("review_%1_%2")
      .arg(number)
      .arg(ended ? QStringLiteral("after") : QStringLiteral("before"));
}

//! The last assessment's state (see AssessState); dropped by triggers when units or regions change.
inline QString assessStateKey()
{
  return QStringLiteral("assess_state");
}
//! Ids of the units outside every region at the last full assessment (JSON array).
inline QString assessOutsideKey()
{
  return QStringLiteral("assess_outside");
}
inline const char *assessCombinationsTable()
{
  return "ra_assess_combinations";
}
inline const char *assessRegionsTable()
{
  return "ra_assess_regions";
}

/**
 * Brings the project's tables from its recorded version (0 for a GeoPackage that has none of
 * them) up to CurrentVersion, inside the caller's transaction. Returns false and sets \a error
 * for a project newer than this build.
 */
bool migrateProject(GDALDataset &dataset, int fromVersion, QString *error);

//! Appends the categories and sectors of \a taxonomy to the (emptied) taxonomy table.
bool writeTaxonomy(GDALDataset &dataset, const Taxonomy &taxonomy, QString *error);

//! Creates the units and regions layers in the project CRS (done once the CRS is known).
bool createSpatialLayers(GDALDataset &dataset, const QString &crsWkt, QString *error);

} // namespace ProjectSchema

} // namespace riskatlas
