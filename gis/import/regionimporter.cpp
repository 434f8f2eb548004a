#include "import/regionimporter.h"

#include "import/finitegeometry.h"
#include "import/importcommit.h"
#include "import/regionfields.h"
#include "import/regionwriter.h"
#include "import/sourcelayer.h"
#include "store/projectcrs.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"

#include <QCoreApplication>
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
  Q_DECLARE_TR_FUNCTIONS(RegionImporter)
};

} // namespace

ImportOutcome RegionImporter::run(ProjectStore &store, const QString &path,
                                  const RegionImportOptions &options, QgsFeedback *feedback,
                                  QStringList *warnings)
{
  ImportOutcome outcome;
  QString error;
  const QString kind = regionKindKey(options.kind);
  Problem openProblem;
  auto source = SourceLayer::open(path, {options.layerName, options.encoding, 1}, &openProblem);
  if (!source)
    return outcome.fail(openProblem);
  const QString file = source->fileName();
  if (!source->hasGeometry())
    return outcome.fail(
        ProblemKind::Invalid, file,
        Tr::tr("%1: the layer has no geometry; regions must be polygons").arg(file));
  const QStringList headers = source->headers();
  const QString fields = headers.join(QStringLiteral(", "));
  auto noSuchField = [&](const QString &setting, const QString &value)
  {
    Problem problem =
        Problem::fileProblem(ProblemKind::SettingNoSuchField, file,
                             Tr::tr("%1: no field \"%2\" (fields: %3)").arg(file, value, fields));
    problem.setting = setting;
    problem.value = value;
    problem.allowed = fields;
    return outcome.fail(problem);
  };
  const int nameColumn = RegionFields::nameColumn(headers, options.nameField);
  if (nameColumn < 0 && options.nameField.isEmpty())
  {
    Problem problem = Problem::fileProblem(
        ProblemKind::RegionNameUnrecognised, file,
        Tr::tr("%1: no region name column recognised (fields: %2)").arg(file, fields));
    problem.allowed = fields;
    return outcome.fail(problem);
  }
  if (nameColumn < 0)
    return noSuchField(QStringLiteral("name-field"), options.nameField);
  const int idColumn = RegionFields::idColumn(headers, options.idField);
  if (!options.idField.isEmpty() && idColumn < 0)
    return noSuchField(QStringLiteral("id-field"), options.idField);
  const int parentColumn = RegionFields::parentColumn(headers, options.parentField);
  if (!options.parentField.isEmpty() && parentColumn < 0)
    return noSuchField(QStringLiteral("parent-field"), options.parentField);
  QgsCoordinateReferenceSystem sourceCrs =
      options.sourceCrs.isEmpty() ? source->crs() : QgsCoordinateReferenceSystem(options.sourceCrs);
  if (!sourceCrs.isValid())
    return outcome.fail(ProblemKind::SourceCrsUnknown, file,
                        Tr::tr("%1: the coordinate reference system is unknown").arg(file));

  QList<RegionRecord> records;
  QSet<QString> seenIds;
  QgsRectangle extent;
  extent.setMinimal();
  source->forEachRow(
      [&](const SourceRow &row)
      {
        RegionRecord record;
        record.name = row.values.at(nameColumn).trimmed();
        record.parentId = parentColumn >= 0 ? row.values.at(parentColumn).trimmed() : QString();
        record.id = idColumn >= 0 ? row.values.at(idColumn).trimmed()
                                  : QStringLiteral("%1-%2").arg(kind).arg(row.featureId);
        const QString who = Tr::tr("%1: %2").arg(file, row.location);
        auto rowProblem = [&](const QString &field, const QString &value, const QString &reason)
        {
          Problem problem;
          problem.file = file;
          problem.location = row.location;
          problem.field = field;
          problem.value = value;
          problem.reason = reason;
          outcome.problems << problem;
        };
        if (record.name.isEmpty())
          rowProblem(headers.at(nameColumn), QString(), Tr::tr("every region needs a name"));
        if (record.id.isEmpty())
          rowProblem(headers.at(idColumn), QString(), Tr::tr("every region needs a code"));
        else if (seenIds.contains(record.id))
          rowProblem(idColumn >= 0 ? headers.at(idColumn) : QStringLiteral("fid"), record.id,
                     Tr::tr("the code appears twice"));
        seenIds.insert(record.id);
        if (QgsWkbTypes::geometryType(row.geometry.wkbType()) != QgsWkbTypes::PolygonGeometry)
        {
          rowProblem(QStringLiteral("geometry"),
                     row.geometry.isEmpty() ? Tr::tr("empty")
                                            : QgsWkbTypes::displayString(row.geometry.wkbType()),
                     Tr::tr("regions must be polygons"));
          return true;
        }
        const QString badVertex = firstNonFiniteVertex(row.geometry);
        if (!badVertex.isEmpty())
        {
          rowProblem(QStringLiteral("geometry"), badVertex,
                     Tr::tr("a vertex has no finite coordinates (NaN or infinite)"));
          return true;
        }
        record.geometry = row.geometry;
        const bool repaired = !record.geometry.isGeosValid();
        if (repaired)
        {
          // A zero-area ring is "repaired" into lines or points: keep only polygonal parts.
          record.geometry = record.geometry.makeValid();
          if (QgsWkbTypes::geometryType(record.geometry.wkbType()) !=
                  QgsWkbTypes::PolygonGeometry &&
              !record.geometry.convertGeometryCollectionToSubclass(QgsWkbTypes::PolygonGeometry))
            record.geometry = QgsGeometry();
        }
        if (record.geometry.isEmpty() || !(record.geometry.area() > 0))
        {
          rowProblem(QStringLiteral("geometry"), row.geometry.asWkt(6).left(80),
                     Tr::tr("the polygon has no area, so it cannot be a region"));
          return true;
        }
        if (repaired)
        {
          if (warnings)
            *warnings << Tr::tr("%1: region %2 had an invalid polygon and was repaired")
                             .arg(who, record.name);
        }
        record.geometry.convertToMultiType();
        extent.combineExtentWith(record.geometry.boundingBox());
        records.append(record);
        return !(feedback && feedback->isCanceled());
      });
  if (feedback && feedback->isCanceled())
    outcome.fail(ProblemKind::Cancelled, file,
                 Tr::tr("import cancelled; the project is unchanged"));
  if (!outcome.problems.isEmpty())
    return outcome;
  if (records.isEmpty())
    return outcome.fail(ProblemKind::Invalid, file,
                        Tr::tr("%1: the file has no regions").arg(file));

  if (!store.beginTransaction(&error))
    return outcome.fail(ProblemKind::Failed, store.path(), error);
  auto abort = [&](const QString &message)
  {
    store.rollback();
    return outcome.fail(ProblemKind::Failed, store.path(), message);
  };
  if (store.crsAuthId().isEmpty())
  {
    QgsPointXY centre = extent.center();
    if (!sourceCrs.isGeographic())
      centre = QgsCoordinateTransform(sourceCrs,
                                      QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")),
                                      options.transformContext)
                   .transform(centre);
    if (!store.setCrs(suggestProjectCrs(sourceCrs, centre), &error))
      return abort(error);
  }
  const QgsCoordinateTransform transform(sourceCrs, QgsCoordinateReferenceSystem(store.crsAuthId()),
                                         options.transformContext);
  for (RegionRecord &record : records)
  {
    try
    {
      record.geometry.transform(transform);
    }
    catch (const QgsCsException &exception)
    {
      return abort(Tr::tr("%1: region %2: cannot transform it to %3: %4")
                       .arg(file, record.name, store.crsAuthId(), exception.what()));
    }
  }
  if (!replaceRegions(store, kind, records, outcome.replaced, &error))
    return abort(Tr::tr("%1: %2").arg(file, error));
  outcome.added = records.size();
  if (!store.appendAudit(QStringLiteral("import-regions"), file,
                         QStringLiteral("%1 %2").arg(outcome.replaced).arg(kind),
                         QStringLiteral("%1 %2").arg(outcome.added).arg(kind), &error))
    return abort(error);
  if (!commitImport(store, feedback, outcome, Tr::tr("import cancelled; the project is unchanged")))
    return outcome;
  outcome.ok = true;
  outcome.rows = records.size();
  outcome.projectCrs = store.crsAuthId();
  return outcome;
}

} // namespace riskatlas
