#include "unitimporter.h"

#include "gdalsupport.h"
#include "inputfields.h"
#include "projectcrs.h"
#include "projectschema.h"
#include "projectstore.h"
#include "sourcelayer.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <qgscoordinatetransform.h>
#include <qgsfeedback.h>
#include <qgsproject.h>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(UnitImporter)
};

//! A row that passed every check, ready to write.
struct UnitRecord
{
  QString id;
  QString name;
  const Sector *sector = nullptr;
  QgsPointXY position; //!< in the source CRS
  QVariantMap inputs;
  QJsonObject extra;
  qint64 sourceRow = 0;
};

class UnitRowReader
{
public:
  UnitRowReader(SourceLayer &source, const QMap<QString, QString> &mapping,
                const Taxonomy &taxonomy, bool coordinatesAreLonLat)
      : mSource(source), mMapping(mapping), mTaxonomy(taxonomy), mLonLat(coordinatesAreLonLat)
  {
    const QStringList headers = source.headers();
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
      mTargetColumn.insert(it.key(), headers.indexOf(it.value()));
    for (int i = 0; i < headers.size(); ++i)
    {
      if (!mapping.values().contains(headers.at(i)))
        mExtraColumns << i;
    }
  }

  QStringList extraHeaders() const
  {
    QStringList names;
    for (int column : mExtraColumns)
      names << mSource.headers().at(column);
    return names;
  }

  bool read(const SourceRow &row, UnitRecord &record, QStringList &errors)
  {
    const int errorsBefore = errors.size();
    record.id = value(row, InputFields::id()).trimmed();
    record.name = value(row, InputFields::name()).trimmed();
    record.sourceRow = row.featureId;
    auto report = [&](const QString &target, const QString &text, const QString &reason)
    {
      const QString who =
          record.id.isEmpty() ? row.location : Tr::tr("%1 (id %2)").arg(row.location, record.id);
      errors << Tr::tr("%1: %2: field %3: value \"%4\": %5")
                    .arg(mSource.fileName(), who, mMapping.value(target, target), text, reason);
    };

    if (record.id.isEmpty())
      report(InputFields::id(), QString(), Tr::tr("every unit needs an id"));
    else if (mSeenIds.contains(record.id))
      report(InputFields::id(), record.id,
             Tr::tr("the id appears again (first at %1)").arg(mSeenIds.value(record.id)));
    else
      mSeenIds.insert(record.id, row.location);

    const QString sectorText = value(row, InputFields::sector());
    record.sector = mTaxonomy.findSector(sectorText);
    if (!record.sector)
      report(InputFields::sector(), sectorText,
             Tr::tr("not a sector code, Chinese or English sector name of the project's taxonomy"));

    readPosition(row, record, report);

    for (const QString &input : InputFields::scoringInputs())
    {
      if (mMapping.contains(input))
        record.inputs.insert(input, value(row, input).trimmed());
    }
    for (int column : mExtraColumns)
      record.extra.insert(mSource.headers().at(column), row.values.at(column));
    return errors.size() == errorsBefore;
  }

private:
  QString value(const SourceRow &row, const QString &target) const
  {
    const int column = mTargetColumn.value(target, -1);
    return column < 0 ? QString() : row.values.at(column);
  }

  template <typename Report>
  void readPosition(const SourceRow &row, UnitRecord &record, Report &report)
  {
    const bool hasColumns =
        mMapping.contains(InputFields::longitude()) && mMapping.contains(InputFields::latitude());
    if (!hasColumns)
    {
      if (row.geometry.isEmpty())
      {
        report(QStringLiteral("geometry"), QString(), Tr::tr("the feature has no geometry"));
        return;
      }
      if (QgsWkbTypes::geometryType(row.geometry.wkbType()) != QgsWkbTypes::PointGeometry ||
          row.geometry.isMultipart())
      {
        report(QStringLiteral("geometry"), QgsWkbTypes::displayString(row.geometry.wkbType()),
               Tr::tr("units must be points in this version"));
        return;
      }
      record.position = row.geometry.asPoint();
      return;
    }
    const QString xText = value(row, InputFields::longitude()).trimmed();
    const QString yText = value(row, InputFields::latitude()).trimmed();
    bool xOk = false;
    bool yOk = false;
    const double x = xText.toDouble(&xOk);
    const double y = yText.toDouble(&yOk);
    if (xText.isEmpty())
      report(InputFields::longitude(), xText, Tr::tr("every unit needs a position"));
    else if (!xOk)
      report(InputFields::longitude(), xText, Tr::tr("not a number"));
    if (yText.isEmpty())
      report(InputFields::latitude(), yText, Tr::tr("every unit needs a position"));
    else if (!yOk)
      report(InputFields::latitude(), yText, Tr::tr("not a number"));
    if (!xOk || !yOk)
      return;
    if (mLonLat && (x < -180 || x > 180))
      report(InputFields::longitude(), xText,
             Tr::tr("cannot be a longitude; for projected coordinates give --source-crs EPSG:n"));
    else if (mLonLat && (y < -90 || y > 90))
      report(InputFields::latitude(), yText,
             Tr::tr("cannot be a latitude; for projected coordinates give --source-crs EPSG:n"));
    record.position = QgsPointXY(x, y);
  }

  SourceLayer &mSource;
  QMap<QString, QString> mMapping;
  QHash<QString, int> mTargetColumn;
  QList<int> mExtraColumns;
  const Taxonomy &mTaxonomy;
  bool mLonLat;
  QHash<QString, QString> mSeenIds;
};

QHash<QString, qint64> existingUnitIds(ProjectStore &store)
{
  QHash<QString, qint64> ids;
  OGRLayer *result = store.dataset().ExecuteSQL("SELECT fid, unit_id FROM units", nullptr, nullptr);
  if (!result)
    return ids;
  for (auto &feature : *result)
    ids.insert(stringField(*feature, "unit_id"), feature->GetFID()); // fid is the result's FID
  store.dataset().ReleaseResultSet(result);
  return ids;
}

QgsPointXY centreOf(const QList<UnitRecord> &records)
{
  QgsRectangle extent;
  extent.setMinimal();
  for (const UnitRecord &record : records)
    extent.combineExtentWith(record.position.x(), record.position.y());
  return extent.center();
}

bool mergeExtraColumns(ProjectStore &store, const QStringList &headers, QString *error)
{
  QJsonArray known =
      QJsonDocument::fromJson(store.metadata(ProjectSchema::extraColumnsKey()).toUtf8()).array();
  for (const QString &header : headers)
  {
    if (!known.contains(header))
      known.append(header);
  }
  return store.setMetadata(ProjectSchema::extraColumnsKey(),
                           QString::fromUtf8(QJsonDocument(known).toJson(QJsonDocument::Compact)),
                           error);
}

bool writeUnit(OGRLayer &layer, const UnitRecord &record, qint64 existingFid,
               const QgsGeometry &geometry, const QString &sourceFile, QString *error)
{
  OGRFeatureUniquePtr feature(existingFid >= 0 ? layer.GetFeature(existingFid)
                                               : OGRFeature::CreateFeature(layer.GetLayerDefn()));
  setStringField(*feature, "unit_id", record.id);
  setStringField(*feature, "name", record.name);
  setStringField(*feature, "category", record.sector->categoryCode);
  setStringField(*feature, "sector", record.sector->code);
  setStringField(*feature, "sector_name", record.sector->nameZh);
  for (const QString &input : InputFields::scoringInputs())
  {
    if (record.inputs.contains(input))
      setStringField(*feature, input.toUtf8().constData(), record.inputs.value(input).toString());
  }
  // Inputs changed: the previous result no longer describes this unit until it is assessed.
  for (const char *result : {"method", "inherent_level", "assessment_note"})
    feature->SetFieldNull(feature->GetFieldIndex(result));
  feature->SetFieldNull(feature->GetFieldIndex("score"));
  setStringField(*feature, "level", QStringLiteral("none"));
  setStringField(*feature, "level_zh", levelNameZh(RiskLevel::None));
  setStringField(*feature, "source_file", sourceFile);
  feature->SetField("source_row", static_cast<int>(record.sourceRow));
  setStringField(*feature, "attributes",
                 QString::fromUtf8(QJsonDocument(record.extra).toJson(QJsonDocument::Compact)));
  setGeometry(*feature, geometry);
  const OGRErr result =
      existingFid >= 0 ? layer.SetFeature(feature.get()) : layer.CreateFeature(feature.get());
  if (result != OGRERR_NONE)
  {
    if (error)
      *error = Tr::tr("unit %1: cannot be written: %2").arg(record.id, lastGdalError());
    return false;
  }
  return true;
}
} // namespace

ImportOutcome UnitImporter::run(ProjectStore &store, const QString &path,
                                const UnitImportOptions &options, QgsFeedback *feedback)
{
  ImportOutcome outcome;
  QString error;
  auto source = SourceLayer::open(path, options.layerName, &error);
  if (!source)
  {
    outcome.errors << error;
    return outcome;
  }

  QMap<QString, QString> mapping;
  if (!InputFields::resolve(source->headers(), options.fieldMap, mapping, &error))
  {
    outcome.errors << Tr::tr("%1: %2").arg(source->fileName(), error);
    return outcome;
  }
  for (const QString &required : {InputFields::id(), InputFields::sector()})
  {
    if (!mapping.contains(required))
      outcome.errors << Tr::tr("%1: no column for the field \"%2\" (columns: %3); name it with "
                               "--map %2=COLUMN")
                            .arg(source->fileName(), required,
                                 source->headers().join(QStringLiteral(", ")));
  }
  const bool positionByColumns =
      mapping.contains(InputFields::longitude()) && mapping.contains(InputFields::latitude());
  if (!positionByColumns && !source->hasGeometry())
    outcome.errors << Tr::tr("%1: no geometry and no longitude/latitude (经度/纬度) columns; name "
                             "them with --map longitude=COLUMN --map latitude=COLUMN")
                          .arg(source->fileName());

  QgsCoordinateReferenceSystem sourceCrs;
  if (!options.sourceCrs.isEmpty())
  {
    sourceCrs = QgsCoordinateReferenceSystem(options.sourceCrs);
    if (!sourceCrs.isValid())
      outcome.errors
          << Tr::tr("--source-crs %1: unknown coordinate reference system").arg(options.sourceCrs);
  }
  else if (positionByColumns)
    sourceCrs = QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326"));
  else
    sourceCrs = source->crs();
  if (!sourceCrs.isValid() && outcome.errors.isEmpty())
    outcome.errors << Tr::tr("%1: the file states no coordinate reference system; give "
                             "--source-crs EPSG:n")
                          .arg(source->fileName());
  if (!outcome.errors.isEmpty())
    return outcome;

  const Taxonomy taxonomy = store.taxonomy();
  UnitRowReader reader(*source, mapping, taxonomy, sourceCrs.isGeographic());
  QList<UnitRecord> records;
  const qint64 total = qMax<qint64>(1, source->featureCount());
  source->forEachRow(
      [&](const SourceRow &row)
      {
        UnitRecord record;
        if (reader.read(row, record, outcome.errors))
          records.append(record);
        if (feedback)
          feedback->setProgress(50.0 * (records.size() + 1) / total);
        return !(feedback && feedback->isCanceled());
      });
  outcome.rows = records.size();
  if (feedback && feedback->isCanceled())
  {
    outcome.errors << Tr::tr("import cancelled; the project is unchanged");
    return outcome;
  }
  if (!outcome.errors.isEmpty())
    return outcome;
  if (records.isEmpty())
  {
    outcome.errors << Tr::tr("%1: the file has no units").arg(source->fileName());
    return outcome;
  }

  if (!store.beginTransaction(&error))
  {
    outcome.errors << error;
    return outcome;
  }
  if (store.crsAuthId().isEmpty())
  {
    QgsPointXY centre = centreOf(records);
    if (!sourceCrs.isGeographic())
    {
      const QgsCoordinateTransform toLonLat(
          sourceCrs, QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")),
          QgsProject::instance()->transformContext());
      centre = toLonLat.transform(centre);
    }
    if (!store.setCrs(suggestProjectCrs(sourceCrs, centre), &error))
    {
      store.rollback();
      outcome.errors << error;
      return outcome;
    }
  }
  const QgsCoordinateReferenceSystem projectCrs(store.crsAuthId());
  const QgsCoordinateTransform transform(sourceCrs, projectCrs,
                                         QgsProject::instance()->transformContext());
  const QHash<QString, qint64> existing = existingUnitIds(store);
  OGRLayer *units = store.unitsLayer();
  for (int i = 0; i < records.size(); ++i)
  {
    const UnitRecord &record = records.at(i);
    QgsGeometry geometry = QgsGeometry::fromPointXY(record.position);
    try
    {
      geometry.transform(transform);
    }
    catch (const QgsCsException &exception)
    {
      store.rollback();
      outcome.errors << Tr::tr("%1: unit %2: cannot transform its position to %3: %4")
                            .arg(source->fileName(), record.id, projectCrs.authid(),
                                 exception.what());
      return outcome;
    }
    const qint64 fid = existing.value(record.id, -1);
    if (!writeUnit(*units, record, fid, geometry, source->fileName(), &error))
    {
      store.rollback();
      outcome.errors << Tr::tr("%1: %2").arg(source->fileName(), error);
      return outcome;
    }
    ++(fid >= 0 ? outcome.updated : outcome.added);
    if (feedback)
      feedback->setProgress(50.0 + 50.0 * (i + 1) / records.size());
  }
  if (!mergeExtraColumns(store, reader.extraHeaders(), &error) ||
      !store.appendAudit(
          QStringLiteral("import-units"), source->fileName(), QString(),
          QStringLiteral("%1 added, %2 updated").arg(outcome.added).arg(outcome.updated), &error) ||
      !store.commit(&error))
  {
    store.rollback();
    outcome.errors << error;
    return outcome;
  }
  outcome.ok = true;
  outcome.projectCrs = store.crsAuthId();
  return outcome;
}

} // namespace riskatlas
