// ProjectSession: the hidden-danger register (事故隐患) — import, reading with filters,
// statistics, export, and status updates along the life cycle, each one audited transaction.

#include "hazardlifecycle.h"
#include "import/hazardimporter.h"
#include "maps/rectificationmap.h"
#include "report/hazardexporter.h"
#include "store/hazardregister.h"
#include "store/hazardtable.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"
#include "workflow/mapexportsteps.h"
#include "workflow/projectsession.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <ogrsf_frmts.h>

namespace riskatlas
{

namespace
{
const QString UpdateAction = QStringLiteral("update-hazard");
const QString ReopenAction = QStringLiteral("reopen-hazard");

void setProblem(Problem *problem, const Problem &value)
{
  if (problem)
    *problem = value;
}

bool selected(const HiddenDanger &hazard, const HazardFilter &filter)
{
  return (!filter.overdueOnly || hazard.isOverdue(filter.asOf)) &&
         (!filter.grade || hazard.grade == *filter.grade) &&
         (filter.round.isEmpty() || hazard.round == filter.round) &&
         (filter.district.isEmpty() || hazard.districtCode == filter.district) &&
         (filter.unitId.isEmpty() || hazard.unitId == filter.unitId) &&
         (!filter.status || hazard.status == *filter.status);
}
} // namespace

ImportOutcome ProjectSession::importHazards(const QString &file, const HazardImportOptions &options,
                                            QgsFeedback *feedback)
{
  return import([&](ProjectStore &project)
                { return HazardImporter::run(project, file, options, feedback); });
}

QList<HiddenDanger> ProjectSession::hazards(const HazardFilter &filter, Problem *problem)
{
  QList<HiddenDanger> chosen;
  ProjectStore *project = store(problem);
  if (!project)
    return chosen;
  const QList<HiddenDanger> all = HazardRegister::readAll(*project);
  if (readFailed(*project, problem))
    return chosen;
  for (const HiddenDanger &hazard : all)
  {
    if (selected(hazard, filter))
      chosen << hazard;
  }
  return chosen;
}

HazardStatistics ProjectSession::hazardStatistics(const HazardFilter &filter, Problem *problem)
{
  return HazardStatistics::compute(hazards(filter, problem), filter.asOf);
}

MapExport ProjectSession::exportRectificationMap(const HazardFilter &filter,
                                                 const MapRequest &request, const QString &file)
{
  MapExport result;
  const HazardStatistics statistics = hazardStatistics(filter, &result.problem);
  if (!result.problem.reason.isEmpty())
    return result;
  ProjectStore *project = store(&result.problem);
  if (!project)
    return result;
  MapOptions options = mapOptionsFor(request, *project);
  warnAboutFont();
  const std::unique_ptr<RiskMapLayout> map =
      buildRectificationMap(project->path(), statistics, options);
  writeMapLayout(*map, file, result);
  return result;
}

bool ProjectSession::exportHazards(const QString &file, const HazardFilter &filter, int *rows,
                                   Problem *problem)
{
  Problem readProblem;
  const QList<HiddenDanger> chosen = hazards(filter, &readProblem);
  if (!readProblem.reason.isEmpty())
  {
    setProblem(problem, readProblem);
    return false;
  }
  QString error;
  if (!HazardExporter::write(chosen, filter.asOf, file,
                             tr("Hidden dangers of %1").arg(projectName()), &error))
  {
    setProblem(problem, Problem::fileProblem(ProblemKind::Failed, file, error));
    return false;
  }
  if (rows)
    *rows = static_cast<int>(chosen.size());
  return true;
}

bool ProjectSession::updateHazard(const HazardUpdate &update, HiddenDanger *result,
                                  Problem *problem)
{
  ProjectStore *project = store(problem);
  if (!project)
    return false;
  auto refuse = [&](ProblemKind kind, const QString &field, const QString &message)
  {
    project->rollback();
    Problem refused = Problem::fileProblem(kind, mPath, message);
    refused.unitId = update.hazardId;
    refused.field = field;
    setProblem(problem, refused);
    return false;
  };
  if (!update.status && !update.deadline.isValid())
    return refuse(ProblemKind::Invalid, QStringLiteral("status"),
                  tr("hidden danger %1: nothing to change: give a status or a deadline")
                      .arg(update.hazardId));
  QString error;
  if (!project->beginTransaction(&error))
    return refuse(ProblemKind::Failed, QString(), error);
  OGRLayer *layer = HazardTable::layer(*project);
  OGRFeatureUniquePtr feature;
  if (layer)
  {
    layer->SetAttributeFilter(
        QStringLiteral("hazard_id = %1").arg(sqlLiteral(update.hazardId)).toUtf8().constData());
    layer->ResetReading();
    feature.reset(layer->GetNextFeature());
    layer->SetAttributeFilter(nullptr);
  }
  if (!feature)
    return refuse(ProblemKind::NotInProject, QStringLiteral("hazard_id"),
                  tr("%1: the project has no hidden danger %2").arg(mPath, update.hazardId));
  const HiddenDanger before = HazardTable::read(*feature);
  HiddenDanger after = before;
  bool reopening = false;
  if (update.status)
  {
    HazardChange change;
    change.to = *update.status;
    change.rectifiedDate = update.rectifiedDate;
    change.verifier = update.verifier;
    change.closedDate = update.closedDate;
    change.reason = update.reason;
    const HazardVerdict verdict = HazardLifecycle::check(before, change);
    if (!verdict.allowed())
      return refuse(verdict.refusal == HazardRefusal::ReasonRequired ? ProblemKind::ReasonRequired
                                                                     : ProblemKind::Invalid,
                    QStringLiteral("status"),
                    tr("hidden danger %1: %2").arg(update.hazardId, verdict.reason));
    reopening = HazardLifecycle::isReopening(before.status, change.to);
    after = HazardLifecycle::apply(before, change);
  }
  if (update.deadline.isValid() && update.deadline != before.deadline)
  {
    if (update.reason.trimmed().isEmpty())
      return refuse(ProblemKind::ReasonRequired, QStringLiteral("deadline"),
                    tr("hidden danger %1: a new deadline needs a reason").arg(update.hazardId));
    after.deadline = update.deadline;
    const HazardVerdict verdict = HazardLifecycle::checkRecord(after);
    if (!verdict.allowed())
      return refuse(ProblemKind::Invalid, QStringLiteral("deadline"),
                    tr("hidden danger %1: %2").arg(update.hazardId, verdict.reason));
  }
  const QString oldValue = HazardTable::auditValue(before);
  const QString newValue = HazardTable::auditValue(after);
  if (oldValue == newValue)
  {
    project->rollback();
    if (result)
      *result = after;
    return true;
  }
  HazardTable::write(*feature, after);
  if (layer->SetFeature(feature.get()) != OGRERR_NONE)
    return refuse(
        ProblemKind::Failed, QString(),
        tr("%1: cannot write hidden danger %2: %3").arg(mPath, update.hazardId, lastGdalError()));
  if (!project->appendAudit(reopening ? ReopenAction : UpdateAction,
                            QStringLiteral("hazard %1").arg(update.hazardId), oldValue, newValue,
                            &error, update.reason.trimmed()) ||
      !project->commit(&error))
    return refuse(ProblemKind::Failed, QString(), error);
  if (result)
    *result = after;
  return true;
}

HazardDeadlineRule ProjectSession::hazardDeadlineRule(Problem *problem)
{
  ProjectStore *project = store(problem);
  if (!project)
    return {};
  const HazardDeadlineRule rule = HazardTable::deadlineRule(*project);
  readFailed(*project, problem);
  return rule;
}

bool ProjectSession::setHazardDeadlineRule(const HazardDeadlineRule &rule, Problem *problem)
{
  return commit(
      [&rule](ProjectStore &project, QString *error)
      {
        const HazardDeadlineRule old = HazardTable::deadlineRule(project);
        return HazardTable::setDeadlineRule(project, rule, error) &&
               project.appendAudit(
                   QStringLiteral("hazard-deadlines"), QStringLiteral("project"),
                   QString::fromUtf8(QJsonDocument(old.toJson()).toJson(QJsonDocument::Compact)),
                   QString::fromUtf8(QJsonDocument(rule.toJson()).toJson(QJsonDocument::Compact)),
                   error);
      },
      QString(), problem);
}

Problems ProjectSession::checkHazardFile(const QString &file)
{
  return checkRiskListFile(file);
}

} // namespace riskatlas
