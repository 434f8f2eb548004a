#include "assess/projectsummary.h"

#include "assess/assessstate.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"
#include "support/geopackagesql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

namespace riskatlas
{

namespace
{
RiskLevel levelOf(const OGRFeature &feature, const char *field)
{
  RiskLevel level = RiskLevel::None;
  levelFromKey(stringField(feature, field), level);
  return level;
}
} // namespace

AssessmentSummary readSummary(ProjectStore &store)
{
  AssessmentSummary summary;
  aggregationRuleFromKey(store.metadata(ProjectSchema::aggregationKey()), summary.aggregation);
  // One grouped scan in SQLite: a feature-by-feature read of a million units takes seconds.
  if (store.unitsLayer())
  {
    SqlStatement groups(geoPackageConnection(store.dataset()),
                        "SELECT level, category, region_id IS NULL OR region_id = '', COUNT(*) "
                        "FROM units GROUP BY 1, 2, 3");
    while (groups.next())
    {
      const int count = static_cast<int>(groups.integer(3));
      RiskLevel level = RiskLevel::None;
      levelFromKey(groups.isNull(0) ? QString() : groups.string(0), level);
      summary.units += count;
      if (level == RiskLevel::None)
        summary.unscored += count;
      else
      {
        summary.scored += count;
        summary.levels.add(level, count);
        summary.byCategory[groups.isNull(1) ? QString() : groups.string(1)].add(level, count);
      }
      if (groups.integer(2) != 0)
        summary.outsideRegions += count;
    }
    if (groups.failed())
      store.noteReadError(groups.error());
  }
  if (OGRLayer *regions = store.regionsLayer())
  {
    CPLErrorReset();
    regions->ResetReading();
    for (auto &feature : *regions)
    {
      RegionSummary region;
      region.id = stringField(*feature, "region_id");
      region.name = stringField(*feature, "name");
      region.kind = stringField(*feature, "kind");
      region.result.level = levelOf(*feature, "level");
      region.result.units = feature->GetFieldAsInteger("unit_count");
      for (RiskLevel level : assessedLevels())
        region.result.counts.add(
            level, feature->GetFieldAsInteger(
                       QStringLiteral("count_%1").arg(levelKey(level)).toUtf8().constData()));
      region.result.index = feature->GetFieldAsDouble("aggregate_index");
      const QJsonObject categoryLevels =
          QJsonDocument::fromJson(stringField(*feature, "category_levels").toUtf8()).object();
      for (auto it = categoryLevels.constBegin(); it != categoryLevels.constEnd(); ++it)
      {
        RiskLevel categoryLevel = RiskLevel::None;
        levelFromKey(it.value().toString(), categoryLevel);
        region.categoryLevels.insert(it.key(), categoryLevel);
      }
      const QString raisedBy = stringField(*feature, "raised_by");
      if (!raisedBy.isEmpty())
        region.raisedBy = raisedBy.split(QLatin1Char(','));
      summary.regions.append(region);
    }
    if (CPLGetLastErrorType() >= CE_Failure)
      store.noteReadError(lastGdalError());
  }
  summary.sortRegions();
  return summary;
}

QSet<QString> readUnitCategories(ProjectStore &store)
{
  QSet<QString> categories;
  // The last assessment's combinations know them while no unit changed (a scan of 1M units
  // takes a third of a second).
  if (AssessState::unitCategories(store, categories))
    return categories;
  CPLErrorReset();
  OGRLayer *result =
      store.dataset().ExecuteSQL("SELECT DISTINCT category FROM units", nullptr, nullptr);
  if (result)
  {
    for (auto &feature : *result)
      categories.insert(stringField(*feature, "category"));
    store.dataset().ReleaseResultSet(result);
  }
  if (!result || CPLGetLastErrorType() >= CE_Failure)
    store.noteReadError(lastGdalError());
  return categories;
}

namespace
{
//! The report rows of the units \a sql selects (unit_id, name, sector, region, score,
//! inherent_level, level, override_reason).
QList<ReportUnitRow> readUnitRows(ProjectStore &store, const QString &language, const char *sql)
{
  QList<ReportUnitRow> rows;
  const Taxonomy taxonomy = store.taxonomy();
  CPLErrorReset();
  OGRLayer *result = store.dataset().ExecuteSQL(sql, nullptr, nullptr);
  if (!result)
  {
    store.noteReadError(lastGdalError());
    return rows;
  }
  for (auto &feature : *result)
  {
    ReportUnitRow row;
    row.id = stringField(*feature, "unit_id");
    row.name = stringField(*feature, "name");
    const Sector *sector = taxonomy.findSector(stringField(*feature, "sector"));
    row.sectorCode = stringField(*feature, "sector");
    row.sectorName = sector ? sector->name(language) : row.sectorCode;
    row.categoryCode = sector ? sector->categoryCode : QString();
    row.region = stringField(*feature, "region");
    row.score = feature->GetFieldAsDouble("score");
    row.inherentLevel = levelOf(*feature, "inherent_level");
    row.finalLevel = levelOf(*feature, "level");
    row.overrideReason = stringField(*feature, "override_reason");
    rows.append(row);
  }
  if (CPLGetLastErrorType() >= CE_Failure)
    store.noteReadError(lastGdalError());
  store.dataset().ReleaseResultSet(result);
  return rows;
}
} // namespace

QList<ReportUnitRow> readMajorUnits(ProjectStore &store, const QString &language)
{
  return readUnitRows(store, language,
                      "SELECT unit_id, name, sector, region, score, inherent_level, level, "
                      "override_reason FROM units WHERE level = 'major' "
                      "ORDER BY score DESC, unit_id");
}

QList<ReportUnitRow> readOverriddenUnits(ProjectStore &store, const QString &language)
{
  return readUnitRows(store, language,
                      "SELECT unit_id, name, sector, region, score, inherent_level, level, "
                      "override_reason FROM units WHERE level_override IS NOT NULL AND "
                      "level_override <> '' ORDER BY unit_id");
}

QList<ReportUnitRow> readSignificantUnits(ProjectStore &store, const QString &language)
{
  return readUnitRows(store, language,
                      "SELECT unit_id, name, sector, region, score, inherent_level, level, "
                      "override_reason FROM units WHERE level = 'significant' "
                      "ORDER BY score DESC, unit_id");
}

QList<ReportUnitRow> readAllUnits(ProjectStore &store, const QString &language)
{
  return readUnitRows(store, language,
                      "SELECT unit_id, name, sector, region, score, inherent_level, level, "
                      "override_reason FROM units ORDER BY unit_id");
}

QMap<QString, LevelCounts> readSectorCounts(ProjectStore &store)
{
  QMap<QString, LevelCounts> counts;
  if (!store.unitsLayer())
    return counts;
  SqlStatement groups(geoPackageConnection(store.dataset()),
                      "SELECT sector, level, COUNT(*) FROM units GROUP BY 1, 2");
  while (groups.next())
  {
    RiskLevel level = RiskLevel::None;
    levelFromKey(groups.isNull(1) ? QString() : groups.string(1), level);
    counts[groups.isNull(0) ? QString() : groups.string(0)].add(
        level, static_cast<int>(groups.integer(2)));
  }
  if (groups.failed())
    store.noteReadError(groups.error());
  return counts;
}

QMap<RiskLevel, LevelCounts> readCorrectionCounts(ProjectStore &store)
{
  QMap<RiskLevel, LevelCounts> counts;
  if (!store.unitsLayer())
    return counts;
  SqlStatement groups(geoPackageConnection(store.dataset()),
                      "SELECT inherent_level, level, COUNT(*) FROM units GROUP BY 1, 2");
  while (groups.next())
  {
    RiskLevel inherent = RiskLevel::None;
    RiskLevel final = RiskLevel::None;
    levelFromKey(groups.isNull(0) ? QString() : groups.string(0), inherent);
    levelFromKey(groups.isNull(1) ? QString() : groups.string(1), final);
    if (inherent != RiskLevel::None && final != RiskLevel::None)
      counts[inherent].add(final, static_cast<int>(groups.integer(2)));
  }
  if (groups.failed())
    store.noteReadError(groups.error());
  return counts;
}

} // namespace riskatlas
