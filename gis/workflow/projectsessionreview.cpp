// ProjectSession: review sessions with officials and experts, and their minutes.
#include "api/outputformat.h"
#include "report/reviewminuteswriter.h"
#include "reproducibletime.h"
#include "store/hazardregister.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "workflow/levelsnapshot.h"
#include "workflow/projectcopy.h"
#include "workflow/projectsession.h"

#include <QDir>
#include <QJsonDocument>
#include <QTemporaryDir>

namespace riskatlas
{

namespace
{
void setProblem(Problem *problem, const Problem &value)
{
  if (problem)
    *problem = value;
}

QString nowUtc()
{
  return reproducibleNow().toUTC().toString(Qt::ISODate);
}

const QString StartAction = QStringLiteral("review-start");
const QString EndAction = QStringLiteral("review-end");
} // namespace

QList<ReviewSession> ProjectSession::reviewSessions(Problem *problem)
{
  ProjectStore *project = store(problem);
  if (!project)
    return {};
  return reviewSessionsFromJson(project->metadata(ProjectSchema::reviewSessionsKey()));
}

std::optional<ReviewSession> ProjectSession::openReviewSession(Problem *problem)
{
  const QList<ReviewSession> sessions = reviewSessions(problem);
  if (!sessions.isEmpty() && sessions.last().isOpen())
    return sessions.last();
  return std::nullopt;
}

bool ProjectSession::checkReviewReason(const QString &reason, Problem *problem)
{
  if (!reason.trimmed().isEmpty())
    return true;
  const std::optional<ReviewSession> open = openReviewSession();
  if (!open)
    return true;
  Problem missing = Problem::fileProblem(
      ProblemKind::ReasonRequired, mPath,
      tr("a change during review session %1 (%2) needs a reason; give the reason agreed")
          .arg(open->number)
          .arg(open->title));
  missing.field = QStringLiteral("reason");
  setProblem(problem, missing);
  return false;
}

bool ProjectSession::startReview(ReviewSession &session, Problem *problem)
{
  if (const QStringList problems = reviewSessionProblems(session); !problems.isEmpty())
  {
    setProblem(problem, Problem::fileProblem(ProblemKind::Invalid, mPath,
                                             problems.join(QStringLiteral("; "))));
    return false;
  }
  ProjectStore *project = store(problem);
  if (!project)
    return false;
  QList<ReviewSession> sessions =
      reviewSessionsFromJson(project->metadata(ProjectSchema::reviewSessionsKey()));
  if (!sessions.isEmpty() && sessions.last().isOpen())
  {
    setProblem(problem,
               Problem::fileProblem(
                   ProblemKind::Invalid, mPath,
                   tr("review session %1 (%2) is still open; end it before starting another")
                       .arg(sessions.last().number)
                       .arg(sessions.last().title)));
    return false;
  }
  const ReviewSnapshot before = readLevelSnapshot(*project);
  if (readFailed(*project, problem))
    return false;
  session.number = sessions.isEmpty() ? 1 : sessions.last().number + 1;
  session.recorder = mAnalyst.isEmpty() ? project->auditUser() : mAnalyst;
  session.startedAt = nowUtc();
  session.endedAt.clear();
  session.endSequence = 0;
  session.headHash.clear();
  const QString details =
      QString::fromUtf8(QJsonDocument(session.toJson()).toJson(QJsonDocument::Compact));
  QString error;
  if (!project->beginTransaction(&error) ||
      !project->appendAudit(StartAction, QStringLiteral("review %1").arg(session.number), QString(),
                            details, &error))
  {
    project->rollback();
    setProblem(problem, Problem::fileProblem(ProblemKind::Failed, mPath, error));
    return false;
  }
  session.startSequence = project->lastAuditSequence();
  sessions << session;
  if (!project->setMetadata(ProjectSchema::reviewSnapshotKey(session.number, false),
                            before.toJson(), &error) ||
      !project->setMetadata(ProjectSchema::reviewSessionsKey(), reviewSessionsToJson(sessions),
                            &error) ||
      !project->commit(&error))
  {
    project->rollback();
    setProblem(problem, Problem::fileProblem(ProblemKind::Failed, mPath, error));
    return false;
  }
  return true;
}

bool ProjectSession::endReview(ReviewSession &ended, Problem *problem)
{
  ProjectStore *project = store(problem);
  if (!project)
    return false;
  QList<ReviewSession> sessions =
      reviewSessionsFromJson(project->metadata(ProjectSchema::reviewSessionsKey()));
  if (sessions.isEmpty() || !sessions.last().isOpen())
  {
    setProblem(problem,
               Problem::fileProblem(ProblemKind::Invalid, mPath, tr("no review session is open")));
    return false;
  }
  const ReviewSnapshot after = readLevelSnapshot(*project);
  if (readFailed(*project, problem))
    return false;
  ReviewSession &session = sessions.last();
  session.endedAt = nowUtc();
  const QString counts =
      QString::fromUtf8(QJsonDocument(after.unitLevels().toJson()).toJson(QJsonDocument::Compact));
  QString error;
  AuditEntry last;
  if (!project->beginTransaction(&error) ||
      !project->appendAudit(EndAction, QStringLiteral("review %1").arg(session.number), QString(),
                            counts, &error) ||
      !project->auditEntry(project->lastAuditSequence(), last))
  {
    project->rollback();
    setProblem(problem, Problem::fileProblem(ProblemKind::Failed, mPath,
                                             error.isEmpty() ? tr("cannot read the audit log back")
                                                             : error));
    return false;
  }
  session.endSequence = last.sequence;
  session.headHash = last.hash;
  if (!project->setMetadata(ProjectSchema::reviewSnapshotKey(session.number, true), after.toJson(),
                            &error) ||
      !project->setMetadata(ProjectSchema::reviewSessionsKey(), reviewSessionsToJson(sessions),
                            &error) ||
      !project->commit(&error))
  {
    project->rollback();
    setProblem(problem, Problem::fileProblem(ProblemKind::Failed, mPath, error));
    return false;
  }
  ended = session;
  return true;
}

bool ProjectSession::writeReviewMinutes(int number, const QString &file, const QString &language,
                                        Problem *problem)
{
  if (const Problems problems = checkMinutesFile(file) + checkLanguage(language);
      !problems.isEmpty())
  {
    setProblem(problem, problems.first());
    return false;
  }
  ProjectStore *project = store(problem);
  if (!project)
    return false;
  const QList<ReviewSession> sessions =
      reviewSessionsFromJson(project->metadata(ProjectSchema::reviewSessionsKey()));
  const auto found =
      std::find_if(sessions.cbegin(), sessions.cend(),
                   [number](const ReviewSession &session) { return session.number == number; });
  if (sessions.isEmpty() || (number != 0 && found == sessions.cend()))
  {
    Problem missing = Problem::fileProblem(
        ProblemKind::NotInProject, mPath,
        number == 0 ? tr("%1: the project has no review session").arg(mPath)
                    : tr("%1: the project has no review session %2").arg(mPath).arg(number));
    missing.value = QString::number(number);
    setProblem(problem, missing);
    return false;
  }
  ReviewMinutesInput input;
  input.language = language;
  input.projectName = project->projectName();
  input.session = number == 0 ? sessions.last() : *found;
  const int held = input.session.number;
  ReviewSnapshot::fromJson(project->metadata(ProjectSchema::reviewSnapshotKey(held, false)),
                           input.before);
  if (input.session.isOpen())
    input.after = readLevelSnapshot(*project);
  else
    ReviewSnapshot::fromJson(project->metadata(ProjectSchema::reviewSnapshotKey(held, true)),
                             input.after);
  const QList<AuditEntry> log = project->auditLog();
  for (const AuditEntry &entry : log)
    if (input.session.covers(entry.sequence))
      input.entries << entry;
  input.chainIntact = findAuditChainBreak(log).index < 0;
  input.headHash = input.session.isOpen() ? (log.isEmpty() ? QString() : log.last().hash)
                                          : input.session.headHash;
  input.hazards = HazardRegister::readAll(*project);
  input.hazardsAsOf = QDate::fromString(input.session.date, Qt::ISODate);
  const MethodSet methodSet = project->methodSet();
  if (readFailed(*project, problem))
    return false;

  // The maps: two copies of the project, one showing the levels before, one after.
  QTemporaryDir work;
  ReviewMinutesMaps maps;
  maps.projectName = input.projectName;
  maps.crsAuthId = project->crsAuthId();
  maps.aggregation = project->metadata(ProjectSchema::aggregationKey());
  maps.beforeProject = QDir(work.path()).filePath(QStringLiteral("before.gpkg"));
  maps.afterProject = QDir(work.path()).filePath(QStringLiteral("after.gpkg"));
  for (const auto &[copy, snapshot] :
       {std::pair{maps.beforeProject, &input.before}, std::pair{maps.afterProject, &input.after}})
  {
    Problem copyProblem;
    QString error;
    std::unique_ptr<ProjectStore> state;
    if (!work.isValid() || !copyProject(mPath, copy, &copyProblem) ||
        !(state = ProjectStore::open(copy, &error)) ||
        !applyLevelSnapshot(*state, *snapshot, &error))
      mWarnings << tr("the minutes go without their maps: %1")
                       .arg(error.isEmpty() ? copyProblem.message() : error);
  }
  QString error;
  if (!riskatlas::writeReviewMinutes(input, maps, methodSet.palette(), file, &error, nullptr))
  {
    setProblem(problem, Problem::fileProblem(ProblemKind::Failed, file, error));
    return false;
  }
  return true;
}

} // namespace riskatlas
