#include "report/risklisttable.h"

#include "inputfields.h"
#include "language.h"
#include "store/fieldlabels.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"
#include "taxonomy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <gdal_priv.h>
#include <memory>
#include <ogr_spatialref.h>
#include <ogrsf_frmts.h>

namespace riskatlas
{

namespace
{
using Kind = RiskListColumn::Kind;

QString header(const Language &language, const char *text)
{
  return language.translate("RiskListTable", text);
}

RiskListCell textCell(const QString &text)
{
  return RiskListCell{text, std::nullopt, std::nullopt};
}

//! The number as shown, rounded to \a decimals, so the spreadsheet holds what the CSV says.
RiskListCell numberCell(double value, int decimals)
{
  const QString text =
      decimals >= 0 ? QString::number(value, 'f', decimals) : QString::number(value, 'g', 15);
  return RiskListCell{text, text.toDouble(), std::nullopt};
}

//! A scoring input as typed: a number when it reads as one ("4"), else text ("中").
RiskListCell inputCell(const QString &text)
{
  bool ok = false;
  const double value = text.toDouble(&ok);
  return ok ? RiskListCell{text, value, std::nullopt} : textCell(text);
}

RiskListCell levelCell(const QString &key, const Language &language)
{
  RiskLevel level = RiskLevel::None;
  if (!levelFromKey(key, level))
    return textCell(key);
  return RiskListCell{levelName(level, language.code()), std::nullopt, level};
}

//! Turns unit positions into WGS 84 longitude/latitude; none when the CRS is unknown.
std::unique_ptr<OGRCoordinateTransformation> toWgs84(const OGRSpatialReference *projectSrs)
{
  if (!projectSrs)
    return nullptr;
  OGRSpatialReference source(*projectSrs);
  source.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  OGRSpatialReference wgs84;
  wgs84.importFromEPSG(4326);
  wgs84.SetAxisMappingStrategy(OAMS_TRADITIONAL_GIS_ORDER);
  return std::unique_ptr<OGRCoordinateTransformation>(
      OGRCreateCoordinateTransformation(&source, &wgs84));
}
} // namespace

QStringList RiskListTable::headers() const
{
  QStringList list;
  for (const RiskListColumn &column : mColumns)
    list << column.header;
  return list;
}

bool RiskListTable::read(ProjectStore &store, const QString &languageCode)
{
  const Language &language = Language::get(languageCode);
  const QString code = language.code();
  const Taxonomy taxonomy = store.taxonomy();
  const QString crs = store.crsAuthId();
  OGRLayer *units = store.unitsLayer();
  const OGRSpatialReference *projectSrs = units ? units->GetSpatialRef() : nullptr;
  const int xyDecimals = projectSrs && projectSrs->IsGeographic() ? 8 : 2;
  const QString crsLabel = crs.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(crs);

  // The columns that are fields of the units read as their QGIS aliases do (FieldLabels).
  const auto field = [&code](const char *name)
  { return FieldLabels::unitField(QString::fromLatin1(name), code); };
  mColumns = {
      {QStringLiteral("seq"), header(language, QT_TRANSLATE_NOOP("RiskListTable", "No.")),
       Kind::Number, 0},
      {QStringLiteral("id"), field("unit_id"), Kind::Text, -1},
      {QStringLiteral("name"), field("name"), Kind::Text, -1},
      {QStringLiteral("category"), field("category"), Kind::Text, -1},
      {QStringLiteral("sector"), field("sector"), Kind::Text, -1},
      {QStringLiteral("sector_name"), field("sector_name"), Kind::Text, -1},
      {QStringLiteral("region_id"), field("region_id"), Kind::Text, -1},
      {QStringLiteral("region"), field("region"), Kind::Text, -1},
      {QStringLiteral("method"), field("method"), Kind::Text, -1},
      {QStringLiteral("score"), field("score"), Kind::Number, -1},
      {QStringLiteral("inherent_level"), field("inherent_level"), Kind::Level, -1},
      {QStringLiteral("level"), field("level"), Kind::Level, -1},
      {QStringLiteral("grade"), field("grade"), Kind::Text, -1},
      {QStringLiteral("override_reason"), field("override_reason"), Kind::Text, -1},
      {QStringLiteral("x"), header(language, QT_TRANSLATE_NOOP("RiskListTable", "X")) + crsLabel,
       Kind::Number, xyDecimals},
      {QStringLiteral("y"), header(language, QT_TRANSLATE_NOOP("RiskListTable", "Y")) + crsLabel,
       Kind::Number, xyDecimals},
      {QStringLiteral("longitude"),
       header(language, QT_TRANSLATE_NOOP("RiskListTable", "Longitude (WGS 84)")), Kind::Number, 6},
      {QStringLiteral("latitude"),
       header(language, QT_TRANSLATE_NOOP("RiskListTable", "Latitude (WGS 84)")), Kind::Number, 6},
      {QStringLiteral("method_version"), field("method_version"), Kind::Text, -1}};
  const int fixedColumns = static_cast<int>(mColumns.size());
  for (const QString &input : InputFields::scoringInputs())
    mColumns.append({input, FieldLabels::unitField(input, code), Kind::Number, -1});
  QStringList extras;
  for (const QJsonValue &value :
       QJsonDocument::fromJson(store.metadata(ProjectSchema::extraColumnsKey()).toUtf8()).array())
    extras << value.toString();
  for (const QString &extra : extras)
    mColumns.append({QStringLiteral("kept:") + extra, extra, Kind::Text, -1});
  mRows.clear();
  if (!units)
    return !store.hasReadError();

  const auto transform = toWgs84(projectSrs);
  CPLErrorReset();
  OGRLayer *ordered =
      store.dataset().ExecuteSQL("SELECT * FROM units ORDER BY unit_id", nullptr, nullptr);
  if (!ordered)
  {
    store.noteReadError(lastGdalError());
    return false;
  }
  for (auto &feature : *ordered)
  {
    QVector<RiskListCell> cells;
    cells.reserve(mColumns.size());
    cells << numberCell(static_cast<double>(mRows.size() + 1), 0)
          << textCell(stringField(*feature, "unit_id")) << textCell(stringField(*feature, "name"));
    const QString categoryCode = stringField(*feature, "category");
    const Category *category = taxonomy.category(categoryCode);
    cells << textCell(category ? category->name(code) : categoryCode);
    const QString sectorCode = stringField(*feature, "sector");
    const Sector *sector = taxonomy.findSector(sectorCode);
    cells << textCell(sectorCode)
          << textCell(sector ? sector->name(code) : stringField(*feature, "sector_name"))
          << textCell(stringField(*feature, "region_id"))
          << textCell(stringField(*feature, "region"))
          << textCell(FieldLabels::methodName(stringField(*feature, "method"), code));
    const int scoreIndex = feature->GetFieldIndex("score");
    cells << (feature->IsFieldSetAndNotNull(scoreIndex)
                  ? numberCell(feature->GetFieldAsDouble(scoreIndex), -1)
                  : RiskListCell{});
    cells << levelCell(stringField(*feature, "inherent_level"), language)
          << levelCell(stringField(*feature, "level"), language)
          << textCell(stringField(*feature, "grade"))
          << textCell(stringField(*feature, "override_reason"));
    const OGRGeometry *geometry = feature->GetGeometryRef();
    const auto *point =
        geometry && !geometry->IsEmpty() && wkbFlatten(geometry->getGeometryType()) == wkbPoint
            ? geometry->toPoint()
            : nullptr;
    if (point)
    {
      cells << numberCell(point->getX(), xyDecimals) << numberCell(point->getY(), xyDecimals);
      double longitude = point->getX();
      double latitude = point->getY();
      if (transform && transform->Transform(1, &longitude, &latitude))
        cells << numberCell(longitude, 6) << numberCell(latitude, 6);
      else
        cells << RiskListCell{} << RiskListCell{};
    }
    else
      cells << RiskListCell{} << RiskListCell{} << RiskListCell{} << RiskListCell{};
    cells << textCell(stringField(*feature, "method_version"));
    for (const QString &input : InputFields::scoringInputs())
      cells << inputCell(stringField(*feature, input.toUtf8().constData()));
    const QJsonObject kept =
        QJsonDocument::fromJson(stringField(*feature, "attributes").toUtf8()).object();
    for (const QString &extra : extras)
      cells << textCell(kept.value(extra).toString());
    mRows.append(cells);
  }
  if (CPLGetLastErrorType() >= CE_Failure)
    store.noteReadError(lastGdalError());
  store.dataset().ReleaseResultSet(ordered);

  // Only the scoring inputs the project uses, as in the CSV contract.
  for (int column = fixedColumns + static_cast<int>(InputFields::scoringInputs().size()) - 1;
       column >= fixedColumns; --column)
  {
    const bool used =
        std::any_of(mRows.cbegin(), mRows.cend(),
                    [column](const auto &cells) { return !cells.at(column).text.isEmpty(); });
    if (used)
      continue;
    mColumns.removeAt(column);
    for (auto &cells : mRows)
      cells.removeAt(column);
  }
  return !store.hasReadError();
}

} // namespace riskatlas
