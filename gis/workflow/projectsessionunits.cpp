// ProjectSession: units the analyst adds on the map or deletes, each change one transaction with
// one audit entry holding the unit's whole record, and their reversal (a restore brings a deleted
// unit back exactly).

#include "assess/unitstatepatch.h"
#include "inputfields.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"
#include "workflow/projectsession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <ogrsf_frmts.h>
#include <qgsgeometry.h>

namespace riskatlas
{

namespace
{
const QString FidKey = QStringLiteral("fid");

void setProblem(Problem *problem, const Problem &value)
{
  if (problem)
    *problem = value;
}

Problem fieldProblem(ProblemKind kind, const QString &file, const QString &field,
                     const QString &value, const QString &reason)
{
  Problem problem = Problem::fileProblem(kind, file, reason);
  problem.field = field;
  problem.value = value;
  return problem;
}

//! A geometry as text that reads back to the same coordinates (17 significant digits).
QString exactWkt(const OGRFeature &feature)
{
  const QgsGeometry geometry = qgsGeometry(feature);
  return geometry.isNull() ? QString() : geometry.asWkt(17);
}

//! The unit's whole record: every field (typed; null for none), its geometry and its fid.
QJsonObject unitRecord(const OGRFeature &feature)
{
  QJsonObject record;
  const OGRFeatureDefn *definition = feature.GetDefnRef();
  for (int i = 0; i < definition->GetFieldCount(); ++i)
  {
    const OGRFieldDefn *field = definition->GetFieldDefn(i);
    const QString name = QString::fromUtf8(field->GetNameRef());
    if (!feature.IsFieldSetAndNotNull(i))
    {
      record.insert(name, QJsonValue());
      continue;
    }
    switch (field->GetType())
    {
    case OFTInteger:
    case OFTInteger64:
      record.insert(name, static_cast<qint64>(feature.GetFieldAsInteger64(i)));
      break;
    case OFTReal:
      record.insert(name, feature.GetFieldAsDouble(i));
      break;
    default:
      record.insert(name, QString::fromUtf8(feature.GetFieldAsString(i)));
    }
  }
  const QString wkt = exactWkt(feature);
  record.insert(UnitEditFields::position(), wkt.isNull() ? QJsonValue() : QJsonValue(wkt));
  record.insert(FidKey, static_cast<qint64>(feature.GetFID()));
  return record;
}

QString recordText(const QJsonValue &value)
{
  if (value.isNull() || value.isUndefined())
    return QString();
  if (value.isDouble())
    return QString::number(value.toDouble(), 'g', 17);
  return value.toVariant().toString();
}

QMap<QString, QString> recordValues(const QJsonObject &record)
{
  QMap<QString, QString> values;
  for (auto it = record.begin(); it != record.end(); ++it)
    values.insert(it.key(), recordText(it.value()));
  return values;
}

QString compactJson(const QJsonObject &object)
{
  return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

//! The fields a unit's identity and inputs are made of: a later change of one of them means an
//! undo no longer applies. Results (levels, regions) are left out: assessments rewrite them.
QStringList identityFields()
{
  QStringList fields{QStringLiteral("unit_id"),         QStringLiteral("name"),
                     QStringLiteral("category"),        QStringLiteral("sector"),
                     QStringLiteral("attributes"),      QStringLiteral("region_hint"),
                     QStringLiteral("shape"),           QStringLiteral("level_override"),
                     QStringLiteral("override_reason"), UnitEditFields::position()};
  fields << InputFields::scoringInputs();
  return fields;
}

//! A unit's row by its ID, or null.
OGRFeature *unitById(OGRLayer &units, const QString &unitId)
{
  units.SetAttributeFilter(
      QStringLiteral("unit_id = %1").arg(sqlLiteral(unitId)).toUtf8().constData());
  units.ResetReading();
  OGRFeature *feature = units.GetNextFeature();
  units.SetAttributeFilter(nullptr);
  return feature;
}

//! Fills \a feature from a record written by unitRecord() (results included).
void fillFromRecord(OGRFeature &feature, const QJsonObject &record, OGRLayer &units)
{
  const OGRFeatureDefn *definition = feature.GetDefnRef();
  for (int i = 0; i < definition->GetFieldCount(); ++i)
  {
    const OGRFieldDefn *field = definition->GetFieldDefn(i);
    const QJsonValue value = record.value(QString::fromUtf8(field->GetNameRef()));
    if (value.isNull() || value.isUndefined())
      feature.SetFieldNull(i);
    else if (field->GetType() == OFTInteger || field->GetType() == OFTInteger64)
      feature.SetField(i, static_cast<GIntBig>(value.toVariant().toLongLong()));
    else if (field->GetType() == OFTReal)
      feature.SetField(i, value.toDouble());
    else
      feature.SetField(i, value.toVariant().toString().toUtf8().constData());
  }
  OGRGeometry *geometry = nullptr;
  const QString wkt = record.value(UnitEditFields::position()).toString();
  if (!wkt.isEmpty())
  {
    const QByteArray text = wkt.toUtf8();
    OGRGeometryFactory::createFromWkt(text.constData(), units.GetSpatialRef(), &geometry);
  }
  feature.SetGeometryDirectly(geometry);
}

bool parseRecord(const QString &json, QJsonObject &record)
{
  QJsonParseError error;
  const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
  if (error.error != QJsonParseError::NoError || !document.isObject())
    return false;
  record = document.object();
  return record.contains(QStringLiteral("unit_id"));
}
} // namespace

bool ProjectSession::addUnit(const UnitCreation &unit, UnitEditResult *result, Problem *problem)
{
  if (!checkReviewReason(unit.reason, problem))
    return false;
  // Checked before anything is opened for writing; each problem names its field.
  const QString unitId = unit.unitId.trimmed();
  if (unitId.isEmpty())
  {
    setProblem(problem, fieldProblem(ProblemKind::Invalid, mPath, QStringLiteral("unit_id"),
                                     unit.unitId, tr("a unit needs an ID")));
    return false;
  }
  for (auto it = unit.inputs.cbegin(); it != unit.inputs.cend(); ++it)
  {
    if (!InputFields::scoringInputs().contains(it.key()))
    {
      setProblem(problem,
                 fieldProblem(ProblemKind::Invalid, mPath, it.key(), it.value(),
                              tr("\"%1\" is not a scoring input of a unit").arg(it.key())));
      return false;
    }
  }
  const QgsGeometry point = QgsGeometry::fromWkt(unit.position.trimmed());
  if (point.isNull() || point.isMultipart() ||
      QgsWkbTypes::geometryType(point.wkbType()) != QgsWkbTypes::PointGeometry ||
      !std::isfinite(point.asPoint().x()) || !std::isfinite(point.asPoint().y()))
  {
    setProblem(
        problem,
        fieldProblem(
            ProblemKind::Invalid, mPath, UnitEditFields::position(), unit.position,
            tr("\"%1\" is not a position (a point such as POINT (x y))").arg(unit.position)));
    return false;
  }
  ProjectStore *project = store(problem);
  if (!project)
    return false;
  const Taxonomy taxonomy = project->taxonomy();
  const Sector *sector = taxonomy.findSector(unit.sector.trimmed());
  if (!sector)
  {
    setProblem(problem,
               fieldProblem(ProblemKind::NotInProject, mPath, QStringLiteral("sector"), unit.sector,
                            tr("the project's taxonomy has no sector \"%1\"").arg(unit.sector)));
    return false;
  }
  OGRLayer *units = project->unitsLayer();
  if (!units)
  {
    setProblem(problem,
               Problem::fileProblem(
                   ProblemKind::ProjectNoUnits, mPath,
                   tr("%1: the project has no units layer yet; import units first").arg(mPath)));
    return false;
  }
  QString error;
  if (!project->beginTransaction(&error))
  {
    setProblem(problem, Problem::fileProblem(ProblemKind::Failed, mPath, error));
    return false;
  }
  auto fail = [&](const Problem &value)
  {
    project->rollback();
    setProblem(problem, value);
    return false;
  };
  if (OGRFeatureUniquePtr(unitById(*units, unitId)))
  {
    Problem used = fieldProblem(ProblemKind::Invalid, mPath, QStringLiteral("unit_id"), unitId,
                                tr("unit ID %1 is used by another unit").arg(unitId));
    used.unitId = unitId;
    return fail(used);
  }
  // The state is read before the row is added (its triggers drop it then).
  AggregationRule rule = AggregationRule::Max;
  aggregationRuleFromKey(project->metadata(ProjectSchema::aggregationKey()), rule);
  UnitStatePatch patch(*project, project->methodSet(), rule);
  if (!patch.begin(&error))
    return fail(Problem::fileProblem(ProblemKind::Failed, mPath, error));
  OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(units->GetLayerDefn()));
  setStringField(*feature, "unit_id", unitId);
  setStringField(*feature, "name", unit.name.trimmed());
  setStringField(*feature, "category", sector->categoryCode);
  setStringField(*feature, "sector", sector->code);
  setStringField(*feature, "sector_name", sector->nameZh);
  for (const QString &input : InputFields::scoringInputs())
  {
    const QString value = unit.inputs.value(input).trimmed();
    setStringField(*feature, input.toUtf8().constData(), value.isEmpty() ? QString() : value);
  }
  setStringField(*feature, "attributes", QStringLiteral("{}"));
  setGeometry(*feature, point);
  if (units->CreateFeature(feature.get()) != OGRERR_NONE)
    return fail(Problem::fileProblem(
        ProblemKind::Failed, mPath,
        tr("%1: cannot write unit %2: %3").arg(mPath, unitId, lastGdalError())));
  const qint64 fid = feature->GetFID();
  if (!patch.addUnit(fid, &error) || !patch.finish(&error))
    return fail(Problem::fileProblem(ProblemKind::Failed, mPath, error));
  OGRFeatureUniquePtr written(units->GetFeature(fid));
  if (!written)
    return fail(Problem::fileProblem(ProblemKind::Failed, mPath,
                                     tr("%1: cannot read unit %2 back").arg(mPath, unitId)));
  const QJsonObject record = unitRecord(*written);
  if (!project->appendAudit(UnitPresenceActions::added(), QStringLiteral("unit %1").arg(unitId),
                            QString(), compactJson(record), &error, unit.reason.trimmed()) ||
      !project->commit(&error))
    return fail(Problem::fileProblem(ProblemKind::Failed, mPath, error));
  if (result)
  {
    *result = UnitEditResult();
    result->auditSequence = project->lastAuditSequence();
    result->unitId = unitId;
    result->fid = fid;
    result->newValues = recordValues(record);
    result->regionsUpdated = patch.regionsUpdated();
  }
  return true;
}

bool ProjectSession::deleteUnit(qint64 fid, const QString &reason, UnitEditResult *result,
                                Problem *problem)
{
  QList<UnitEditResult> results;
  if (!deleteUnits({fid}, reason, &results, problem))
    return false;
  if (result && !results.isEmpty())
    *result = results.first();
  return true;
}

bool ProjectSession::deleteUnits(const QList<qint64> &fids, const QString &reason,
                                 QList<UnitEditResult> *results, Problem *problem)
{
  if (reason.trimmed().isEmpty())
  {
    Problem missing = Problem::fileProblem(ProblemKind::ReasonRequired, mPath,
                                           tr("deleting a unit needs a reason; give the reason"));
    missing.field = QStringLiteral("reason");
    setProblem(problem, missing);
    return false;
  }
  ProjectStore *project = store(problem);
  if (!project)
    return false;
  OGRLayer *units = project->unitsLayer();
  if (!units)
  {
    setProblem(problem, Problem::fileProblem(ProblemKind::ProjectNoUnits, mPath,
                                             tr("%1: the project has no units").arg(mPath)));
    return false;
  }
  QString error;
  if (!project->beginTransaction(&error))
  {
    setProblem(problem, Problem::fileProblem(ProblemKind::Failed, mPath, error));
    return false;
  }
  auto fail = [&](ProblemKind kind, const QString &message)
  {
    project->rollback();
    setProblem(problem, Problem::fileProblem(kind, mPath, message));
    return false;
  };
  AggregationRule rule = AggregationRule::Max;
  aggregationRuleFromKey(project->metadata(ProjectSchema::aggregationKey()), rule);
  UnitStatePatch patch(*project, project->methodSet(), rule);
  if (!patch.begin(&error))
    return fail(ProblemKind::Failed, error);
  QList<UnitEditResult> done;
  for (qint64 fid : fids)
  {
    OGRFeatureUniquePtr feature(units->GetFeature(fid));
    if (!feature)
      return fail(ProblemKind::NotInProject,
                  tr("%1: the project has no unit with fid %2").arg(mPath).arg(fid));
    const QJsonObject record = unitRecord(*feature);
    const QString unitId = stringField(*feature, "unit_id");
    if (!patch.removeUnit(fid, &error))
      return fail(ProblemKind::Failed, error);
    if (units->DeleteFeature(fid) != OGRERR_NONE)
      return fail(ProblemKind::Failed,
                  tr("%1: cannot delete unit %2: %3").arg(mPath, unitId, lastGdalError()));
    if (!project->appendAudit(UnitPresenceActions::deleted(), QStringLiteral("unit %1").arg(unitId),
                              compactJson(record), QString(), &error, reason.trimmed()))
      return fail(ProblemKind::Failed, error);
    UnitEditResult entry;
    entry.auditSequence = project->lastAuditSequence();
    entry.unitId = unitId;
    entry.fid = fid;
    entry.oldValues = recordValues(record);
    done << entry;
  }
  if (!patch.finish(&error) || !project->commit(&error))
    return fail(ProblemKind::Failed, error);
  for (UnitEditResult &entry : done)
    entry.regionsUpdated = patch.regionsUpdated();
  if (results)
    *results = done;
  return true;
}

bool ProjectSession::reverseUnitPresence(const QList<qint64> &sequences,
                                         QList<UnitEditResult> *results, Problem *problem)
{
  ProjectStore *project = store(problem);
  if (!project)
    return false;
  OGRLayer *units = project->unitsLayer();
  if (!units)
  {
    setProblem(problem, Problem::fileProblem(ProblemKind::ProjectNoUnits, mPath,
                                             tr("%1: the project has no units").arg(mPath)));
    return false;
  }
  QString error;
  if (!project->beginTransaction(&error))
  {
    setProblem(problem, Problem::fileProblem(ProblemKind::Failed, mPath, error));
    return false;
  }
  auto refuse = [&](const Problem &value)
  {
    project->rollback();
    setProblem(problem, value);
    return false;
  };
  auto fail = [&](ProblemKind kind, const QString &message)
  { return refuse(Problem::fileProblem(kind, mPath, message)); };
  AggregationRule rule = AggregationRule::Max;
  aggregationRuleFromKey(project->metadata(ProjectSchema::aggregationKey()), rule);
  UnitStatePatch patch(*project, project->methodSet(), rule);
  if (!patch.begin(&error))
    return fail(ProblemKind::Failed, error);
  const Taxonomy taxonomy = project->taxonomy();
  QList<UnitEditResult> done;
  for (qint64 sequence : sequences)
  {
    AuditEntry entry;
    QJsonObject record;
    if (!project->auditEntry(sequence, entry) ||
        !QStringList{UnitPresenceActions::added(), UnitPresenceActions::deleted(),
                     UnitPresenceActions::addUndone(), UnitPresenceActions::restored()}
             .contains(entry.action))
      return fail(ProblemKind::NotInProject,
                  tr("audit entry #%1 is not an addition or deletion of a unit").arg(sequence));
    // The entry's record: its new value when it brought the unit, its old value when it took
    // the unit away.
    const bool entryBrought = entry.action == UnitPresenceActions::added() ||
                              entry.action == UnitPresenceActions::restored();
    if (!parseRecord(entryBrought ? entry.newValue : entry.oldValue, record))
      return fail(ProblemKind::Damaged,
                  tr("audit entry #%1 does not hold the unit's record").arg(sequence));
    const QString unitId = record.value(QStringLiteral("unit_id")).toString();
    const bool isUndo = entry.action == UnitPresenceActions::added() ||
                        entry.action == UnitPresenceActions::deleted();
    const QString reason =
        (isUndo ? QStringLiteral("undo of #%1") : QStringLiteral("redo of #%1")).arg(sequence);
    UnitEditResult step;
    step.unitId = unitId;
    if (entryBrought)
    {
      // Take the unit away again, if it is still what the entry brought.
      OGRFeatureUniquePtr feature(unitById(*units, unitId));
      if (!feature)
      {
        Problem gone = Problem::fileProblem(
            ProblemKind::EditConflict, mPath,
            tr("unit %1 no longer exists (deleted since); the step no longer applies").arg(unitId));
        gone.unitId = unitId;
        return refuse(gone);
      }
      const QJsonObject current = unitRecord(*feature);
      for (const QString &field : identityFields())
      {
        if (!record.contains(field))
          continue;
        const QString was = recordText(record.value(field));
        const QString now = recordText(current.value(field));
        if (was != now)
        {
          Problem conflict = Problem::fileProblem(
              ProblemKind::EditConflict, mPath,
              tr("unit %1 was changed since: %2 is \"%3\", not \"%4\"; the step no longer applies")
                  .arg(unitId, field, now, was));
          conflict.unitId = unitId;
          conflict.field = field;
          conflict.value = now;
          return refuse(conflict);
        }
      }
      const qint64 fid = feature->GetFID();
      if (!patch.removeUnit(fid, &error))
        return fail(ProblemKind::Failed, error);
      if (units->DeleteFeature(fid) != OGRERR_NONE)
        return fail(ProblemKind::Failed,
                    tr("%1: cannot delete unit %2: %3").arg(mPath, unitId, lastGdalError()));
      const QString action =
          isUndo ? UnitPresenceActions::addUndone() : UnitPresenceActions::deleted();
      if (!project->appendAudit(action, QStringLiteral("unit %1").arg(unitId), compactJson(current),
                                QString(), &error, reason))
        return fail(ProblemKind::Failed, error);
      step.fid = fid;
      step.oldValues = recordValues(current);
    }
    else
    {
      // Bring the unit back as it was: same ID, same fid when free, every field and input.
      if (OGRFeatureUniquePtr(unitById(*units, unitId)))
      {
        Problem used = Problem::fileProblem(
            ProblemKind::EditConflict, mPath,
            tr("unit ID %1 is used by another unit now; the step no longer applies").arg(unitId));
        used.unitId = unitId;
        used.field = QStringLiteral("unit_id");
        used.value = unitId;
        return refuse(used);
      }
      const QString sector = record.value(QStringLiteral("sector")).toString();
      if (!sector.isEmpty() && !taxonomy.findSector(sector))
      {
        Problem dropped = Problem::fileProblem(
            ProblemKind::EditConflict, mPath,
            tr("unit %1's sector %2 is no longer in the project's taxonomy; the step no longer "
               "applies")
                .arg(unitId, sector));
        dropped.unitId = unitId;
        dropped.field = QStringLiteral("sector");
        dropped.value = sector;
        return refuse(dropped);
      }
      OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(units->GetLayerDefn()));
      fillFromRecord(*feature, record, *units);
      const qint64 oldFid = record.value(FidKey).toVariant().toLongLong();
      if (oldFid > 0 && !OGRFeatureUniquePtr(units->GetFeature(oldFid)))
        feature->SetFID(oldFid);
      if (units->CreateFeature(feature.get()) != OGRERR_NONE)
        return fail(ProblemKind::Failed,
                    tr("%1: cannot write unit %2: %3").arg(mPath, unitId, lastGdalError()));
      const qint64 fid = feature->GetFID();
      if (!patch.addUnit(fid, &error))
        return fail(ProblemKind::Failed, error);
      // The entry holds the unit as assessed now.
      OGRFeatureUniquePtr written(units->GetFeature(fid));
      if (!written)
        return fail(ProblemKind::Failed, tr("%1: cannot read unit %2 back").arg(mPath, unitId));
      const QJsonObject now = unitRecord(*written);
      const QString action =
          isUndo ? UnitPresenceActions::restored() : UnitPresenceActions::added();
      if (!project->appendAudit(action, QStringLiteral("unit %1").arg(unitId), QString(),
                                compactJson(now), &error, reason))
        return fail(ProblemKind::Failed, error);
      step.fid = fid;
      step.newValues = recordValues(now);
    }
    step.auditSequence = project->lastAuditSequence();
    done << step;
  }
  if (!patch.finish(&error) || !project->commit(&error))
    return fail(ProblemKind::Failed, error);
  for (UnitEditResult &step : done)
    step.regionsUpdated = patch.regionsUpdated();
  if (results)
    *results = done;
  return true;
}

} // namespace riskatlas
