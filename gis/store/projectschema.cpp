#include "store/projectschema.h"

#include "risklevel.h"
#include "support/gdalsupport.h"
#include "taxonomy.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(ProjectSchema)
};

struct FieldSpec
{
  const char *name;
  OGRFieldType type;
};

bool createTable(GDALDataset &dataset, const char *name, OGRwkbGeometryType geometryType,
                 const OGRSpatialReference *srs, std::initializer_list<FieldSpec> fields,
                 QString *error)
{
  const char *options[] = {"FID=fid", "GEOMETRY_NAME=geom", "SPATIAL_INDEX=YES", nullptr};
  OGRLayer *layer = dataset.CreateLayer(name, const_cast<OGRSpatialReference *>(srs), geometryType,
                                        const_cast<char **>(options));
  if (!layer)
  {
    if (error)
      *error = Tr::tr("cannot create table %1: %2").arg(QString::fromUtf8(name), lastGdalError());
    return false;
  }
  for (const FieldSpec &spec : fields)
  {
    OGRFieldDefn definition(spec.name, spec.type);
    if (layer->CreateField(&definition) != OGRERR_NONE)
    {
      if (error)
        *error = Tr::tr("cannot create field %1.%2: %3")
                     .arg(QString::fromUtf8(name), QString::fromUtf8(spec.name), lastGdalError());
      return false;
    }
  }
  return true;
}

//! Version 0 → 1: metadata, audit log (append-only), method sets, runs, taxonomy.
bool migrateToVersion1(GDALDataset &dataset, QString *error)
{
  if (!createTable(dataset, ProjectSchema::metadataTable(), wkbNone, nullptr,
                   {{"key", OFTString}, {"value", OFTString}}, error) ||
      !createTable(dataset, ProjectSchema::auditTable(), wkbNone, nullptr,
                   {{"seq", OFTInteger64},
                    {"timestamp", OFTString},
                    {"user", OFTString},
                    {"action", OFTString},
                    {"target", OFTString},
                    {"old_value", OFTString},
                    {"new_value", OFTString},
                    {"prev_hash", OFTString},
                    {"hash", OFTString},
                    {"reason", OFTString}},
                   error) ||
      !createTable(dataset, ProjectSchema::methodSetsTable(), wkbNone, nullptr,
                   {{"hash", OFTString}, {"created", OFTString}, {"definition", OFTString}},
                   error) ||
      !createTable(dataset, ProjectSchema::runsTable(), wkbNone, nullptr,
                   {{"timestamp", OFTString},
                    {"user", OFTString},
                    {"method_set_hash", OFTString},
                    {"aggregation", OFTString},
                    {"units", OFTInteger},
                    {"scored", OFTInteger}},
                   error) ||
      !createTable(dataset, ProjectSchema::taxonomyTable(), wkbNone, nullptr,
                   {{"category_code", OFTString},
                    {"category_zh", OFTString},
                    {"category_en", OFTString},
                    {"sector_code", OFTString},
                    {"sector_zh", OFTString},
                    {"sector_en", OFTString}},
                   error))
    return false;
  // The audit log is append-only: SQLite itself refuses edits and deletions.
  const char *statements[] = {
      "CREATE UNIQUE INDEX ra_metadata_key ON ra_metadata(key)",
      "CREATE TRIGGER ra_audit_log_no_update BEFORE UPDATE ON ra_audit_log "
      "BEGIN SELECT RAISE(ABORT, 'ra_audit_log is append-only'); END",
      "CREATE TRIGGER ra_audit_log_no_delete BEFORE DELETE ON ra_audit_log "
      "BEGIN SELECT RAISE(ABORT, 'ra_audit_log is append-only'); END",
  };
  for (const char *sql : statements)
  {
    if (!executeSql(dataset, QString::fromUtf8(sql), error))
      return false;
  }
  return ProjectSchema::writeTaxonomy(dataset, Taxonomy::defaultTaxonomy(), error);
}
/**
 * The last assessment's state (AssessState): plain tables outside gpkg_contents, so QGIS does not
 * list them as layers, and triggers that drop the state whenever something it was computed from
 * changes: a unit's position, id, category, sector or scoring inputs, or a region's outline,
 * code, name, kind or parent; rows added or deleted. Result columns are not watched: the
 * assessment writes them itself.
 */
bool createAssessState(GDALDataset &dataset, QString *error)
{
  const QString dropState = QStringLiteral("BEGIN DELETE FROM ra_metadata WHERE key = '%1'; END")
                                .arg(ProjectSchema::assessStateKey());
  QStringList statements{
      QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (id INTEGER PRIMARY KEY, category TEXT, "
                     "sector TEXT, inputs TEXT NOT NULL, outcome BLOB NOT NULL, "
                     "units BLOB NOT NULL)")
          .arg(QString::fromUtf8(ProjectSchema::assessCombinationsTable())),
      QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (fid INTEGER PRIMARY KEY, tally BLOB NOT NULL, "
                     "influence TEXT, area_km2 REAL)")
          .arg(QString::fromUtf8(ProjectSchema::assessRegionsTable()))};
  const struct
  {
    const char *table;
    const char *watched;
  } layers[] = {{ProjectSchema::unitsLayer(),
                 "geom, unit_id, category, sector, region_hint, shape, likelihood, severity, "
                 "lec_l, lec_e, lec_c, mes_m, mes_e, mes_s, control, level_override"},
                {ProjectSchema::regionsLayer(), "geom, region_id, name, kind, parent_id"}};
  for (const auto &layer : layers)
  {
    if (!dataset.GetLayerByName(layer.table))
      continue;
    const QString table = QString::fromUtf8(layer.table);
    statements << QStringLiteral("CREATE TRIGGER IF NOT EXISTS ra_%1_insert_drops_state AFTER "
                                 "INSERT ON %1 %2")
                      .arg(table, dropState)
               << QStringLiteral("CREATE TRIGGER IF NOT EXISTS ra_%1_delete_drops_state AFTER "
                                 "DELETE ON %1 %2")
                      .arg(table, dropState)
               << QStringLiteral("CREATE TRIGGER IF NOT EXISTS ra_%1_update_drops_state AFTER "
                                 "UPDATE OF %2 ON %1 %3")
                      .arg(table, QString::fromUtf8(layer.watched), dropState);
  }
  for (const QString &sql : statements)
  {
    if (!executeSql(dataset, sql, error))
      return false;
  }
  return true;
}

//! Adds fields to an existing layer; a layer created later has them already.
bool addFields(GDALDataset &dataset, const char *layerName,
               std::initializer_list<const char *> names, QString *error,
               OGRFieldType type = OFTString)
{
  OGRLayer *layer = dataset.GetLayerByName(layerName);
  if (!layer)
    return true;
  for (const char *name : names)
  {
    if (layer->GetLayerDefn()->GetFieldIndex(name) >= 0)
      continue;
    OGRFieldDefn field(name, type);
    if (layer->CreateField(&field) != OGRERR_NONE)
    {
      if (error)
        *error = Tr::tr("cannot add the field %1.%2: %3")
                     .arg(QString::fromUtf8(layerName), QString::fromUtf8(name), lastGdalError());
      return false;
    }
  }
  return true;
}
} // namespace

bool ProjectSchema::migrateProject(GDALDataset &dataset, int fromVersion, QString *error)
{
  if (fromVersion > CurrentVersion)
  {
    if (error)
      *error = Tr::tr("the project has schema version %1, newer than this RiskAtlas (%2); "
                      "open it with a newer release")
                   .arg(fromVersion)
                   .arg(CurrentVersion);
    return false;
  }
  if (fromVersion < 1 && !migrateToVersion1(dataset, error))
    return false;
  // 2: units record the version of their method's parameters and its grade.
  if (fromVersion < 2 && !addFields(dataset, unitsLayer(), {"method_version", "grade"}, error))
    return false;
  // 3: units without coordinates name their region, line and area units keep their shape
  // (WKT); regions know their parent region.
  if (fromVersion < 3 && (!addFields(dataset, unitsLayer(), {"region_hint", "shape"}, error) ||
                          !addFields(dataset, regionsLayer(), {"parent_id"}, error)))
    return false;
  // 4: regions record the index their aggregation rule computed (composite index, density).
  if (fromVersion < 4 && !addFields(dataset, regionsLayer(), {"aggregate_index"}, error, OFTReal))
    return false;
  // 5: regions record their level per category (JSON: category code → level key).
  if (fromVersion < 5 && !addFields(dataset, regionsLayer(), {"category_levels"}, error))
    return false;
  // 6: regions name the hazard sources whose influence zones raised them.
  if (fromVersion < 6 && !addFields(dataset, regionsLayer(), {"raised_by"}, error))
    return false;
  // 7: line and area units record their share in each region they cross (JSON: code → share).
  if (fromVersion < 7 && !addFields(dataset, unitsLayer(), {"region_shares"}, error))
    return false;
  // 8: the last assessment's state, so a method change re-reads only the units it affects.
  if (fromVersion < 8 && !createAssessState(dataset, error))
    return false;
  // 9: audit entries say why; units may carry a manual level override with its reason, which
  // the assessment state watches like an input.
  if (fromVersion < 9 &&
      (!addFields(dataset, auditTable(), {"reason"}, error) ||
       !addFields(dataset, unitsLayer(), {"level_override", "override_reason"}, error) ||
       !executeSql(dataset, QStringLiteral("DROP TRIGGER IF EXISTS ra_units_update_drops_state"),
                   error) ||
       !createAssessState(dataset, error)))
    return false;
  return true;
}

bool ProjectSchema::writeTaxonomy(GDALDataset &dataset, const Taxonomy &taxonomy, QString *error)
{
  OGRLayer *layer = dataset.GetLayerByName(taxonomyTable());
  for (const Category &category : taxonomy.categories())
  {
    for (const Sector &sector : category.sectors)
    {
      OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
      setStringField(*feature, "category_code", category.code);
      setStringField(*feature, "category_zh", category.nameZh);
      setStringField(*feature, "category_en", category.nameEn);
      setStringField(*feature, "sector_code", sector.code);
      setStringField(*feature, "sector_zh", sector.nameZh);
      setStringField(*feature, "sector_en", sector.nameEn);
      if (layer->CreateFeature(feature.get()) != OGRERR_NONE)
      {
        if (error)
          *error = Tr::tr("cannot write the taxonomy: %1").arg(lastGdalError());
        return false;
      }
    }
  }
  return true;
}

bool ProjectSchema::createSpatialLayers(GDALDataset &dataset, const QString &crsWkt, QString *error)
{
  OGRSpatialReference srs;
  if (srs.importFromWkt(crsWkt.toUtf8().constData()) != OGRERR_NONE)
  {
    if (error)
      *error = Tr::tr("the project CRS is not valid WKT");
    return false;
  }
  srs.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  if (!createTable(dataset, unitsLayer(), wkbPoint, &srs,
                   {{"unit_id", OFTString},         {"name", OFTString},
                    {"category", OFTString},        {"sector", OFTString},
                    {"sector_name", OFTString},     {"region_id", OFTString},
                    {"region", OFTString},          {"method", OFTString},
                    {"method_version", OFTString},  {"score", OFTReal},
                    {"grade", OFTString},           {"inherent_level", OFTString},
                    {"level", OFTString},           {"level_zh", OFTString},
                    {"assessment_note", OFTString}, {"likelihood", OFTString},
                    {"severity", OFTString},        {"lec_l", OFTString},
                    {"lec_e", OFTString},           {"lec_c", OFTString},
                    {"mes_m", OFTString},           {"mes_e", OFTString},
                    {"mes_s", OFTString},           {"control", OFTString},
                    {"source_file", OFTString},     {"source_row", OFTInteger},
                    {"attributes", OFTString},      {"region_hint", OFTString},
                    {"shape", OFTString},           {"region_shares", OFTString},
                    {"level_override", OFTString},  {"override_reason", OFTString}},
                   error) ||
      !createTable(dataset, regionsLayer(), wkbMultiPolygon, &srs,
                   {{"region_id", OFTString},
                    {"name", OFTString},
                    {"kind", OFTString},
                    {"parent_id", OFTString},
                    {"level", OFTString},
                    {"level_zh", OFTString},
                    {"unit_count", OFTInteger},
                    {"count_major", OFTInteger},
                    {"count_significant", OFTInteger},
                    {"count_general", OFTInteger},
                    {"count_low", OFTInteger},
                    {"aggregate_index", OFTReal},
                    {"category_levels", OFTString},
                    {"raised_by", OFTString}},
                   error))
    return false;
  return executeSql(dataset, QStringLiteral("CREATE UNIQUE INDEX units_unit_id ON units(unit_id)"),
                    error) &&
         createAssessState(dataset, error);
}

} // namespace riskatlas
