#include "import/regionimporter.h"

#include "import/importcommit.h"
#include "import/regionrowreader.h"
#include "import/regionwriter.h"
#include "store/projectcrs.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"

#include <QCoreApplication>
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
  RegionRowReader reader(*source, options);
  QgsCoordinateReferenceSystem sourceCrs;
  Problem checkProblem;
  if (!reader.check(sourceCrs, checkProblem))
    return outcome.fail(checkProblem);

  QList<RegionRecord> records;
  QgsRectangle extent;
  extent.setMinimal();
  source->forEachRow(
      [&](const SourceRow &row)
      {
        RegionRecord record;
        bool repaired = false;
        if (reader.read(row, record, outcome.problems, repaired))
        {
          if (repaired && warnings)
            *warnings << Tr::tr("%1: region %2 had an invalid polygon and was repaired")
                             .arg(Tr::tr("%1: %2").arg(file, row.location), record.name);
          extent.combineExtentWith(record.geometry.boundingBox());
          records.append(record);
        }
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
