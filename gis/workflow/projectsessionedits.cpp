// ProjectSession: the analyst's edits of single units, each one transaction and one audit entry,
// and their reversal.

#include "inputfields.h"
#include "risklevel.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"
#include "workflow/projectsession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cmath>
#include <memory>
#include <ogrsf_frmts.h>

namespace riskatlas
{

namespace
{
const QString EditAction = QStringLiteral("edit-unit");
const QString OverrideAction = QStringLiteral("override-level");
const QString ClearOverrideAction = QStringLiteral("clear-override");
const QString MoveAction = QStringLiteral("move-unit");
const QString UndoAction = QStringLiteral("undo");
const QString RedoAction = QStringLiteral("redo");

QString overrideReasonField()
{
  return QStringLiteral("override_reason");
}

//! The fields an audit entry of a unit edit may name (what a reversal may write back).
bool isEditableField(const QString &field)
{
  return InputFields::scoringInputs().contains(field) || field == UnitEditFields::levelOverride() ||
         field == overrideReasonField() || field == UnitEditFields::position();
}

//! A geometry as OGR writes it, so that a position read back compares equal to one written.
QString geometryWkt(const OGRGeometry *geometry)
{
  if (!geometry)
    return QString();
  char *wkt = nullptr;
  geometry->exportToWkt(&wkt);
  const QString text = QString::fromUtf8(wkt);
  CPLFree(wkt);
  return text;
}

//! Point WKT normalised by OGR; false for anything but a finite point.
bool normalisePoint(const QString &wkt, QString &normalised)
{
  OGRGeometry *geometry = nullptr;
  const QByteArray text = wkt.toUtf8();
  if (OGRGeometryFactory::createFromWkt(text.constData(), nullptr, &geometry) != OGRERR_NONE ||
      !geometry)
    return false;
  const std::unique_ptr<OGRGeometry> owned(geometry);
  const auto *point = dynamic_cast<const OGRPoint *>(geometry);
  if (!point || point->IsEmpty() || !std::isfinite(point->getX()) || !std::isfinite(point->getY()))
    return false;
  normalised = geometryWkt(geometry);
  return true;
}

//! A unit's value of \a field as an edit compares and records it.
QString currentValue(const OGRFeature &feature, const QString &field)
{
  if (field == UnitEditFields::position())
    return geometryWkt(feature.GetGeometryRef());
  return stringField(feature, field.toUtf8().constData());
}

QString compactJson(const QMap<QString, QString> &values)
{
  QJsonObject object;
  for (auto it = values.cbegin(); it != values.cend(); ++it)
    object.insert(it.key(), it.value());
  return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

bool parseValues(const QString &json, QMap<QString, QString> &values)
{
  QJsonParseError error;
  const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8(), &error);
  if (error.error != QJsonParseError::NoError || !document.isObject())
    return false;
  const QJsonObject object = document.object();
  for (auto it = object.begin(); it != object.end(); ++it)
  {
    if (!isEditableField(it.key()) || !it.value().isString())
      return false;
    values.insert(it.key(), it.value().toString());
  }
  return true;
}

void setProblem(Problem *problem, const Problem &value)
{
  if (problem)
    *problem = value;
}
} // namespace

void ProjectSession::setAnalyst(const QString &name)
{
  mAnalyst = name.trimmed();
  if (mStore)
    mStore->setAuditUser(mAnalyst);
}

QList<AuditEntry> ProjectSession::auditLog(Problem *problem)
{
  ProjectStore *project = store(problem);
  if (!project)
    return {};
  const QList<AuditEntry> entries = project->auditLog();
  if (readFailed(*project, problem))
    return {};
  return entries;
}

bool ProjectSession::unitDetails(qint64 fid, UnitDetails &details, Problem *problem)
{
  ProjectStore *project = store(problem);
  if (!project)
    return false;
  OGRLayer *units = project->unitsLayer();
  OGRFeatureUniquePtr feature(units ? units->GetFeature(fid) : nullptr);
  if (!feature)
  {
    if (!readFailed(*project, problem))
      setProblem(problem, Problem::fileProblem(
                              ProblemKind::NotInProject, mPath,
                              tr("%1: the project has no unit with fid %2").arg(mPath).arg(fid)));
    return false;
  }
  details = UnitDetails();
  details.fid = fid;
  details.unitId = stringField(*feature, "unit_id");
  details.name = stringField(*feature, "name");
  details.category = stringField(*feature, "category");
  details.sector = stringField(*feature, "sector");
  details.sectorName = stringField(*feature, "sector_name");
  details.method = stringField(*feature, "method");
  details.grade = stringField(*feature, "grade");
  const int scoreIndex = feature->GetFieldIndex("score");
  if (scoreIndex >= 0 && feature->IsFieldSetAndNotNull(scoreIndex))
    details.score = feature->GetFieldAsDouble(scoreIndex);
  details.inherentLevel = stringField(*feature, "inherent_level");
  details.level = stringField(*feature, "level");
  details.note = stringField(*feature, "assessment_note");
  for (const QString &input : InputFields::scoringInputs())
    details.inputs.insert(input, stringField(*feature, input.toUtf8().constData()));
  details.levelOverride = stringField(*feature, "level_override");
  details.overrideReason = stringField(*feature, "override_reason");
  // The kept columns in the order of the import; any others after them.
  const QJsonObject kept =
      QJsonDocument::fromJson(stringField(*feature, "attributes").toUtf8()).object();
  QStringList order;
  for (const QJsonValue &column :
       QJsonDocument::fromJson(project->metadata(ProjectSchema::extraColumnsKey()).toUtf8())
           .array())
    order << column.toString();
  for (auto it = kept.begin(); it != kept.end(); ++it)
  {
    if (!order.contains(it.key()))
      order << it.key();
  }
  for (const QString &column : order)
  {
    if (kept.contains(column))
      details.attributes.append({column, kept.value(column).toVariant().toString()});
  }
  return !readFailed(*project, problem);
}

bool ProjectSession::editUnit(const UnitEdit &edit, UnitEditResult *result, Problem *problem)
{
  QMap<QString, QString> values;
  for (auto it = edit.values.cbegin(); it != edit.values.cend(); ++it)
  {
    if (!InputFields::scoringInputs().contains(it.key()) &&
        it.key() != UnitEditFields::levelOverride() && it.key() != UnitEditFields::position())
    {
      Problem invalid = Problem::fileProblem(
          ProblemKind::Invalid, mPath, tr("a unit has no editable field \"%1\"").arg(it.key()));
      invalid.field = it.key();
      setProblem(problem, invalid);
      return false;
    }
    QString value = it.value().trimmed();
    if (it.key() == UnitEditFields::position() && !normalisePoint(value, value))
    {
      Problem invalid = Problem::fileProblem(
          ProblemKind::Invalid, mPath,
          tr("\"%1\" is not a position (a point such as POINT (x y))").arg(it.value()));
      invalid.field = it.key();
      invalid.value = it.value();
      setProblem(problem, invalid);
      return false;
    }
    values.insert(it.key(), value);
  }
  QString action = EditAction;
  if (values.size() == 1 && values.contains(UnitEditFields::position()))
    action = MoveAction;
  if (values.contains(UnitEditFields::levelOverride()))
  {
    const QString level = values.value(UnitEditFields::levelOverride());
    RiskLevel parsed = RiskLevel::None;
    if (!level.isEmpty() && (!levelFromKey(level, parsed) || parsed == RiskLevel::None))
    {
      Problem invalid = Problem::fileProblem(
          ProblemKind::Invalid, mPath,
          tr("\"%1\" is not a risk level (major, significant, general or low)").arg(level));
      invalid.field = UnitEditFields::levelOverride();
      invalid.value = level;
      setProblem(problem, invalid);
      return false;
    }
    if (!level.isEmpty() && edit.reason.trimmed().isEmpty())
    {
      Problem missing = Problem::fileProblem(
          ProblemKind::ReasonRequired, mPath,
          tr("a manual risk level needs a reason; give the reason for the override"));
      missing.field = QStringLiteral("reason");
      setProblem(problem, missing);
      return false;
    }
    values.insert(overrideReasonField(), level.isEmpty() ? QString() : edit.reason.trimmed());
    if (values.size() == 2)
      action = level.isEmpty() ? ClearOverrideAction : OverrideAction;
  }
  if (!checkReviewReason(edit.reason, problem))
    return false;
  return applyUnitValues(edit.fid, QString(), values, edit.expected, action, edit.reason.trimmed(),
                         result, problem);
}

bool ProjectSession::reverseUnitEdit(qint64 sequence, UnitEditResult *result, Problem *problem)
{
  ProjectStore *project = store(problem);
  if (!project)
    return false;
  AuditEntry entry;
  const QStringList reversible{EditAction, OverrideAction, ClearOverrideAction,
                               MoveAction, UndoAction,     RedoAction};
  QMap<QString, QString> oldValues;
  QMap<QString, QString> newValues;
  const QString prefix = QStringLiteral("unit ");
  if (!project->auditEntry(sequence, entry) || !reversible.contains(entry.action) ||
      !entry.target.startsWith(prefix) || !parseValues(entry.oldValue, oldValues) ||
      !parseValues(entry.newValue, newValues))
  {
    if (!readFailed(*project, problem))
      setProblem(problem, Problem::fileProblem(
                              ProblemKind::NotInProject, mPath,
                              tr("audit entry #%1 is not an edit of a unit").arg(sequence)));
    return false;
  }
  const bool isUndo = entry.action != UndoAction;
  return applyUnitValues(
      0, entry.target.mid(prefix.size()), oldValues, newValues, isUndo ? UndoAction : RedoAction,
      (isUndo ? QStringLiteral("undo of #%1") : QStringLiteral("redo of #%1")).arg(sequence),
      result, problem);
}

bool ProjectSession::applyUnitValues(qint64 fid, const QString &unitId,
                                     const QMap<QString, QString> &values,
                                     const std::optional<QMap<QString, QString>> &expected,
                                     const QString &action, const QString &reason,
                                     UnitEditResult *result, Problem *problem)
{
  ProjectStore *project = store(problem);
  if (!project)
    return false;
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
  OGRLayer *units = project->unitsLayer();
  if (!units)
    return fail(ProblemKind::ProjectNoUnits, tr("%1: the project has no units").arg(mPath));
  OGRFeatureUniquePtr feature;
  if (fid > 0)
    feature.reset(units->GetFeature(fid));
  else
  {
    units->SetAttributeFilter(
        QStringLiteral("unit_id = %1").arg(sqlLiteral(unitId)).toUtf8().constData());
    units->ResetReading();
    feature.reset(units->GetNextFeature());
    units->SetAttributeFilter(nullptr);
  }
  if (!feature)
    return fail(ProblemKind::NotInProject,
                fid > 0 ? tr("%1: the project has no unit with fid %2").arg(mPath).arg(fid)
                        : tr("%1: the project has no unit %2").arg(mPath, unitId));
  UnitEditResult done;
  done.unitId = stringField(*feature, "unit_id");
  if (expected)
  {
    for (auto it = expected->cbegin(); it != expected->cend(); ++it)
    {
      const QString current = currentValue(*feature, it.key());
      if (current != it.value())
      {
        Problem conflict = Problem::fileProblem(
            ProblemKind::EditConflict, mPath,
            tr("unit %1 was changed since: %2 is \"%3\", not \"%4\"; the edit no longer applies")
                .arg(done.unitId, it.key(), current, it.value()));
        conflict.unitId = done.unitId;
        conflict.field = it.key();
        conflict.value = current;
        project->rollback();
        setProblem(problem, conflict);
        return false;
      }
    }
  }
  if (values.contains(UnitEditFields::position()) && !stringField(*feature, "shape").isEmpty())
    return fail(
        ProblemKind::Invalid,
        tr("unit %1 is a line or area unit; change its shape in QGIS Desktop").arg(done.unitId));
  for (auto it = values.cbegin(); it != values.cend(); ++it)
  {
    const QByteArray field = it.key().toUtf8();
    const QString current = currentValue(*feature, it.key());
    if (current == it.value())
      continue;
    done.oldValues.insert(it.key(), current);
    done.newValues.insert(it.key(), it.value());
    if (it.key() == UnitEditFields::position())
    {
      OGRGeometry *geometry = nullptr;
      if (!it.value().isEmpty())
      {
        const QByteArray wkt = it.value().toUtf8();
        OGRGeometryFactory::createFromWkt(wkt.constData(), units->GetSpatialRef(), &geometry);
      }
      feature->SetGeometryDirectly(geometry);
    }
    else
      setStringField(*feature, field.constData(), it.value().isEmpty() ? QString() : it.value());
  }
  if (done.newValues.isEmpty())
  {
    project->rollback();
    if (result)
      *result = done;
    return true;
  }
  if (units->SetFeature(feature.get()) != OGRERR_NONE)
    return fail(ProblemKind::Failed,
                tr("%1: cannot write unit %2: %3").arg(mPath, done.unitId, lastGdalError()));
  if (!project->appendAudit(action, QStringLiteral("unit %1").arg(done.unitId),
                            compactJson(done.oldValues), compactJson(done.newValues), &error,
                            reason) ||
      !project->commit(&error))
    return fail(ProblemKind::Failed, error);
  done.auditSequence = project->lastAuditSequence();
  if (result)
    *result = done;
  return true;
}

} // namespace riskatlas
