#include "import/unitimporter.h"

#include "import/importcommit.h"
#include "import/unitcolumns.h"
#include "inputfields.h"
#include "store/projectcrs.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <qgscoordinatetransform.h>
#include <qgsfeedback.h>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(UnitImporter)
};

//! Fields an import owns; results (method, score, levels, region) belong to assess.
const QStringList &importedFields()
{
  static const QStringList fields =
      QStringList{QStringLiteral("name"),       QStringLiteral("category"),
                  QStringLiteral("sector"),     QStringLiteral("sector_name"),
                  QStringLiteral("attributes"), QStringLiteral("region_hint"),
                  QStringLiteral("shape")} +
      InputFields::scoringInputs();
  return fields;
}

QHash<QString, qint64> existingUnits(ProjectStore &store, const QString &sourceFile,
                                     QSet<QString> &fromThisFile)
{
  QHash<QString, qint64> ids;
  OGRLayer *result =
      store.dataset().ExecuteSQL("SELECT fid, unit_id, source_file FROM units", nullptr, nullptr);
  if (!result)
    return ids;
  for (auto &feature : *result)
  {
    const QString id = stringField(*feature, "unit_id");
    ids.insert(id, feature->GetFID()); // fid is the result's FID
    if (stringField(*feature, "source_file") == sourceFile)
      fromThisFile.insert(id);
  }
  store.dataset().ReleaseResultSet(result);
  return ids;
}

bool sameUnit(const OGRFeature &stored, const OGRFeature &incoming)
{
  for (const QString &field : importedFields())
  {
    const QByteArray name = field.toUtf8();
    if (stringField(stored, name.constData()) != stringField(incoming, name.constData()))
      return false;
  }
  const OGRGeometry *a = stored.GetGeometryRef();
  const OGRGeometry *b = incoming.GetGeometryRef();
  return (!a && !b) || (a && b && a->Equals(b));
}

void fillUnit(OGRFeature &feature, const UnitRecord &record, const QgsGeometry &geometry)
{
  setStringField(feature, "unit_id", record.id);
  setStringField(feature, "name", record.name);
  setStringField(feature, "category", record.sector->categoryCode);
  setStringField(feature, "sector", record.sector->code);
  setStringField(feature, "sector_name", record.sector->nameZh);
  for (const QString &input : InputFields::scoringInputs())
    setStringField(feature, input.toUtf8().constData(),
                   record.inputs.contains(input) ? record.inputs.value(input).toString()
                                                 : QString());
  setStringField(feature, "attributes",
                 QString::fromUtf8(QJsonDocument(record.extra).toJson(QJsonDocument::Compact)));
  setStringField(feature, "region_hint",
                 record.regionHint.isEmpty() ? QString() : record.regionHint);
  if (geometry.isNull())
  {
    feature.SetGeometryDirectly(nullptr);
    setStringField(feature, "shape", QString());
  }
  else if (QgsWkbTypes::geometryType(geometry.wkbType()) == QgsWkbTypes::PointGeometry &&
           !geometry.isMultipart())
  {
    setGeometry(feature, geometry);
    setStringField(feature, "shape", QString());
  }
  else
  {
    // Lines and areas are drawn and joined at a point on their surface; the shape is kept.
    setGeometry(feature, geometry.pointOnSurface());
    setStringField(feature, "shape", geometry.asWkt(3));
  }
}

void clearResults(OGRFeature &feature)
{
  for (const char *field :
       {"method", "method_version", "inherent_level", "assessment_note", "grade", "score"})
    feature.SetFieldNull(feature.GetFieldIndex(field));
  setStringField(feature, "level", levelKey(RiskLevel::None));
  setStringField(feature, "level_zh", levelNameZh(RiskLevel::None));
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

QgsPointXY centreInLonLat(const QList<UnitRecord> &records, const QgsCoordinateReferenceSystem &crs,
                          const QgsCoordinateTransformContext &context)
{
  QgsRectangle extent;
  extent.setMinimal();
  for (const UnitRecord &record : records)
  {
    if (!record.geometry.isNull())
      extent.combineExtentWith(record.geometry.boundingBox());
  }
  QgsPointXY centre = extent.center();
  if (!crs.isGeographic())
    centre = QgsCoordinateTransform(crs, QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")),
                                    context)
                 .transform(centre);
  return centre;
}

} // namespace

ImportOutcome UnitImporter::run(ProjectStore &store, const QString &path,
                                const UnitImportOptions &options, QgsFeedback *feedback)
{
  ImportOutcome outcome;
  QString error;
  Problem openProblem;
  auto source = SourceLayer::open(path, {options.layerName, options.encoding, options.headerRow},
                                  &openProblem);
  if (!source)
    return outcome.fail(openProblem);
  QMap<QString, QString> mapping;
  if (!InputFields::resolve(source->headers(), options.fieldMap, mapping, &error))
    return outcome.fail(ProblemKind::Invalid, source->fileName(),
                        Tr::tr("%1: %2").arg(source->fileName(), error));
  QgsCoordinateReferenceSystem sourceCrs;
  if (!checkUnitColumns(*source, mapping, options, sourceCrs, outcome.problems))
    return outcome;

  const Taxonomy taxonomy = store.taxonomy();
  UnitRowReader reader(*source, mapping, taxonomy, sourceCrs.isGeographic(), options.datum);
  QList<UnitRecord> records;
  const qint64 total = qMax<qint64>(1, source->featureCount());
  qint64 seen = 0;
  source->forEachRow(
      [&](const SourceRow &row)
      {
        UnitRecord record;
        if (reader.read(row, record, outcome.problems))
        {
          if (record.repaired)
            outcome.warnings << Tr::tr("%1: %2 (id %3): the geometry was invalid and was repaired")
                                    .arg(source->fileName(), record.location, record.id);
          records.append(record);
        }
        if (feedback)
          feedback->setProgress(50.0 * ++seen / total);
        return !(feedback && feedback->isCanceled());
      });
  if (feedback && feedback->isCanceled())
    return outcome.fail(ProblemKind::Cancelled, source->fileName(),
                        Tr::tr("import cancelled; the project is unchanged"));
  if (!outcome.problems.isEmpty())
    return outcome;
  if (records.isEmpty())
    return outcome.fail(ProblemKind::Invalid, source->fileName(),
                        Tr::tr("%1: the file has no units").arg(source->fileName()));

  auto abort = [&](const QString &message, ProblemKind kind = ProblemKind::Failed)
  {
    store.rollback();
    return outcome.fail(kind, store.path(), message);
  };
  auto cancelled = [&] { return feedback && feedback->isCanceled(); };
  const QString cancelMessage = Tr::tr("import cancelled; the project is unchanged");
  if (!store.beginTransaction(&error))
    return abort(error);
  if (store.crsAuthId().isEmpty() &&
      !store.setCrs(suggestProjectCrs(sourceCrs,
                                      centreInLonLat(records, sourceCrs, options.transformContext)),
                    &error))
    return abort(error);
  const QgsCoordinateReferenceSystem projectCrs(store.crsAuthId());
  const QgsCoordinateTransform transform(sourceCrs, projectCrs, options.transformContext);
  QSet<QString> fromThisFile;
  const QHash<QString, qint64> existing = existingUnits(store, source->fileName(), fromThisFile);
  OGRLayer *units = store.unitsLayer();
  for (int i = 0; i < records.size(); ++i)
  {
    if (cancelled())
      return abort(cancelMessage, ProblemKind::Cancelled);
    const UnitRecord &record = records.at(i);
    QgsGeometry geometry = record.geometry;
    try
    {
      if (!geometry.isNull())
        geometry.transform(transform);
    }
    catch (const QgsCsException &exception)
    {
      return abort(Tr::tr("%1: unit %2: cannot transform its position to %3: %4")
                       .arg(source->fileName(), record.id, projectCrs.authid(), exception.what()));
    }
    const qint64 fid = existing.value(record.id, -1);
    OGRFeatureUniquePtr stored(fid >= 0 ? units->GetFeature(fid) : nullptr);
    OGRFeatureUniquePtr feature(stored ? stored->Clone()
                                       : OGRFeature::CreateFeature(units->GetLayerDefn()));
    fillUnit(*feature, record, geometry);
    fromThisFile.remove(record.id);
    if (stored && sameUnit(*stored, *feature))
    {
      ++outcome.unchanged; // keeps its score, levels and audit history
      continue;
    }
    clearResults(*feature);
    setStringField(*feature, "source_file", source->fileName());
    feature->SetField("source_row", static_cast<int>(record.sourceRow));
    if ((stored ? units->SetFeature(feature.get()) : units->CreateFeature(feature.get())) !=
        OGRERR_NONE)
      return abort(Tr::tr("%1: unit %2: cannot be written: %3")
                       .arg(source->fileName(), record.id, lastGdalError()));
    ++(stored ? outcome.updated : outcome.added);
    if (record.geometry.isNull())
      outcome.withoutPosition << record.id;
    if (feedback)
      feedback->setProgress(50.0 + 45.0 * (i + 1) / records.size());
  }
  outcome.removed = QStringList(fromThisFile.cbegin(), fromThisFile.cend());
  outcome.removed.sort();
  if (!mergeExtraColumns(store, reader.extraHeaders(), &error) ||
      !store.appendAudit(QStringLiteral("import-units"), source->fileName(), QString(),
                         QStringLiteral("%1 added, %2 updated, %3 unchanged, %4 no longer listed")
                             .arg(outcome.added)
                             .arg(outcome.updated)
                             .arg(outcome.unchanged)
                             .arg(outcome.removed.size()),
                         &error))
    return abort(error);
  if (!commitImport(store, feedback, outcome, cancelMessage))
    return outcome;
  outcome.ok = true;
  outcome.rows = records.size();
  outcome.projectCrs = store.crsAuthId();
  return outcome;
}

} // namespace riskatlas
