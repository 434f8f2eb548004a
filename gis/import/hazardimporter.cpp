#include "import/hazardimporter.h"

#include "hazardlifecycle.h"
#include "import/hazardrowreader.h"
#include "import/importcommit.h"
#include "import/sourcelayer.h"
#include "store/hazardcolumns.h"
#include "store/hazardtable.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"

#include <QCoreApplication>
#include <gdal_priv.h>
#include <memory>
#include <ogrsf_frmts.h>
#include <qgscoordinatetransform.h>
#include <qgsfeedback.h>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(HazardImporter)
};

struct ProjectUnits
{
  QHash<QString, QString> names; //!< id → name
  QHash<QString, std::shared_ptr<OGRGeometry>> positions;
};

ProjectUnits readUnits(ProjectStore &store)
{
  ProjectUnits units;
  OGRLayer *layer = store.unitsLayer();
  if (!layer)
    return units;
  layer->ResetReading();
  for (auto &feature : *layer)
  {
    const QString id = stringField(*feature, "unit_id");
    units.names.insert(id, stringField(*feature, "name"));
    if (const OGRGeometry *geometry = feature->GetGeometryRef())
      units.positions.insert(id, std::shared_ptr<OGRGeometry>(geometry->clone()));
  }
  return units;
}

bool sameRow(const OGRFeature &stored, const OGRFeature &incoming)
{
  const OGRFeatureDefn *definition = stored.GetDefnRef();
  for (int i = 0; i < definition->GetFieldCount(); ++i)
  {
    const char *name = definition->GetFieldDefn(i)->GetNameRef();
    if (QByteArray(name) == "source_file" || QByteArray(name) == "source_row")
      continue;
    if (stringField(stored, name) != stringField(incoming, name))
      return false;
  }
  const OGRGeometry *a = stored.GetGeometryRef();
  const OGRGeometry *b = incoming.GetGeometryRef();
  return (!a && !b) || (a && b && a->Equals(b));
}
} // namespace

ImportOutcome HazardImporter::run(ProjectStore &store, const QString &path,
                                  const HazardImportOptions &options, QgsFeedback *feedback)
{
  ImportOutcome outcome;
  Problem openProblem;
  auto source = SourceLayer::open(path, {options.layerName, options.encoding, options.headerRow},
                                  &openProblem);
  if (!source)
    return outcome.fail(openProblem);
  const HazardColumns columns(source->headers());
  const QStringList missing = columns.missingRequired();
  if (!missing.isEmpty())
  {
    QStringList names;
    for (const QString &field : missing)
      names << QStringLiteral("%1 (%2)").arg(HazardColumns::chineseHeader(field), field);
    return outcome.fail(ProblemKind::Invalid, source->fileName(),
                        Tr::tr("%1: no column for %2; the columns are %3")
                            .arg(source->fileName(), names.join(QStringLiteral(", ")),
                                 source->headers().join(QStringLiteral(", "))));
  }

  const ProjectUnits units = readUnits(store);
  HazardRowReader reader(*source, columns, units.names, HazardTable::deadlineRule(store));
  QList<HazardRecord> records;
  const qint64 total = qMax<qint64>(1, source->featureCount());
  qint64 seen = 0;
  source->forEachRow(
      [&](const SourceRow &row)
      {
        HazardRecord record;
        if (reader.read(row, record, outcome.problems))
          records.append(record);
        if (feedback)
          feedback->setProgress(50.0 * ++seen / total);
        return !(feedback && feedback->isCanceled());
      });
  const QString cancelMessage = Tr::tr("import cancelled; the project is unchanged");
  if (feedback && feedback->isCanceled())
    return outcome.fail(ProblemKind::Cancelled, source->fileName(), cancelMessage);
  if (store.hasReadError())
    return outcome.fail(ProblemKind::Damaged, store.path(), store.takeReadError());
  if (!outcome.problems.isEmpty())
    return outcome;
  if (records.isEmpty())
    return outcome.fail(ProblemKind::Invalid, source->fileName(),
                        Tr::tr("%1: the file has no hidden dangers").arg(source->fileName()));

  QString error;
  auto abort = [&](const QString &message, ProblemKind kind = ProblemKind::Failed)
  {
    store.rollback();
    return outcome.fail(kind, store.path(), message);
  };
  if (!store.beginTransaction(&error))
    return abort(error);
  OGRLayer *layer = HazardTable::ensureLayer(store, &error);
  if (!layer)
    return abort(error);
  QHash<QString, qint64> existing;
  layer->ResetReading();
  for (auto &feature : *layer)
    existing.insert(stringField(*feature, "hazard_id"), feature->GetFID());

  const QgsCoordinateReferenceSystem projectCrs(store.crsAuthId());
  const QgsCoordinateTransform transform(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")),
                                         projectCrs, options.transformContext);
  for (int i = 0; i < records.size(); ++i)
  {
    if (feedback && feedback->isCanceled())
      return abort(cancelMessage, ProblemKind::Cancelled);
    const HazardRecord &record = records.at(i);
    const qint64 fid = existing.value(record.hazard.id, -1);
    OGRFeatureUniquePtr stored(fid >= 0 ? layer->GetFeature(fid) : nullptr);
    if (stored)
    {
      // A register moves hidden dangers forward; moving one back is reopening, with a reason.
      const HazardStatus was = HazardTable::read(*stored).status;
      if (record.hazard.status < was)
      {
        Problem problem;
        problem.file = source->fileName();
        problem.location = record.location;
        problem.unitId = record.hazard.id;
        problem.field = columns.header(QStringLiteral("status"));
        problem.value = hazardStatusNameZh(record.hazard.status);
        problem.reason = Tr::tr("the project has it as %1; a register cannot move it back "
                                "(reopening is a status update with a reason)")
                             .arg(hazardStatusKey(was));
        outcome.problems << problem;
        continue;
      }
    }
    OGRFeatureUniquePtr feature(stored ? stored->Clone()
                                       : OGRFeature::CreateFeature(layer->GetLayerDefn()));
    HazardTable::write(*feature, record.hazard);
    feature->SetField("position_given", record.lonLat ? 1 : 0);
    if (record.lonLat)
    {
      try
      {
        QgsGeometry point = QgsGeometry::fromPointXY(*record.lonLat);
        point.transform(transform);
        setGeometry(*feature, point);
      }
      catch (const QgsCsException &exception)
      {
        return abort(
            Tr::tr("%1: hidden danger %2: cannot transform its position to %3: %4")
                .arg(source->fileName(), record.hazard.id, projectCrs.authid(), exception.what()));
      }
    }
    else if (const auto position = units.positions.value(record.hazard.unitId))
      feature->SetGeometry(position.get());
    else
      feature->SetGeometryDirectly(nullptr);
    if (stored && sameRow(*stored, *feature))
    {
      ++outcome.unchanged;
      continue;
    }
    setStringField(*feature, "source_file", source->fileName());
    feature->SetField("source_row", static_cast<int>(record.sourceRow));
    if ((stored ? layer->SetFeature(feature.get()) : layer->CreateFeature(feature.get())) !=
        OGRERR_NONE)
      return abort(Tr::tr("%1: hidden danger %2: cannot be written: %3")
                       .arg(source->fileName(), record.hazard.id, lastGdalError()));
    ++(stored ? outcome.updated : outcome.added);
    if (feedback)
      feedback->setProgress(50.0 + 45.0 * (i + 1) / records.size());
  }
  if (!outcome.problems.isEmpty())
  {
    store.rollback();
    outcome.added = outcome.updated = outcome.unchanged = 0;
    return outcome;
  }
  if (!store.appendAudit(QStringLiteral("import-hazards"), source->fileName(), QString(),
                         QStringLiteral("%1 added, %2 updated, %3 unchanged")
                             .arg(outcome.added)
                             .arg(outcome.updated)
                             .arg(outcome.unchanged),
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
