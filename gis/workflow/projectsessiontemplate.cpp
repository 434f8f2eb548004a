// ProjectSession: the report template a project carries in its metadata.
#include "reporttemplatearchive.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "workflow/projectsession.h"

namespace riskatlas
{

namespace
{
void setProblem(Problem *problem, const Problem &value)
{
  if (problem)
    *problem = value;
}
} // namespace

bool ProjectSession::storeReportTemplate(const QString &folder, QStringList *files,
                                         Problem *problem)
{
  ReportTemplateArchive archive;
  QString error;
  if (!ReportTemplateArchive::readFolder(folder, archive, &error))
  {
    setProblem(problem, Problem::fileProblem(ProblemKind::TemplateInvalid, folder, error));
    return false;
  }
  if (files)
    *files = archive.files();
  const QString stored = archive.files().join(QStringLiteral(", "));
  return commit(
      [&](ProjectStore &project, QString *message)
      {
        ReportTemplateArchive before;
        QString ignored;
        const QString old =
            ReportTemplateArchive::fromJson(project.metadata(ProjectSchema::reportTemplateKey()),
                                            before, &ignored)
                ? before.files().join(QStringLiteral(", "))
                : QString();
        return project.setMetadata(ProjectSchema::reportTemplateKey(), archive.toJson(), message) &&
               project.appendAudit(QStringLiteral("set-report-template"), folder, old, stored,
                                   message);
      },
      QString(), problem);
}

bool ProjectSession::clearReportTemplate(Problem *problem)
{
  const QStringList files = reportTemplateFiles(problem);
  if (files.isEmpty())
    return problem == nullptr || problem->reason.isEmpty();
  return commit(
      [&](ProjectStore &project, QString *message)
      {
        return project.setMetadata(ProjectSchema::reportTemplateKey(), QString(), message) &&
               project.appendAudit(QStringLiteral("clear-report-template"),
                                   QStringLiteral("report template"),
                                   files.join(QStringLiteral(", ")), QString(), message);
      },
      QString(), problem);
}

QStringList ProjectSession::reportTemplateFiles(Problem *problem)
{
  ProjectStore *project = store(problem);
  if (!project)
    return {};
  const QString json = project->metadata(ProjectSchema::reportTemplateKey());
  if (json.isEmpty())
    return {};
  ReportTemplateArchive archive;
  QString error;
  if (!ReportTemplateArchive::fromJson(json, archive, &error))
  {
    setProblem(problem,
               Problem::fileProblem(ProblemKind::Failed, mPath, tr("%1: %2").arg(mPath, error)));
    return {};
  }
  return archive.files();
}

bool ProjectSession::exportReportTemplate(const QString &folder, Problem *problem)
{
  ProjectStore *project = store(problem);
  if (!project)
    return false;
  ReportTemplateArchive archive;
  QString error;
  if (!ReportTemplateArchive::fromJson(project->metadata(ProjectSchema::reportTemplateKey()),
                                       archive, &error))
  {
    setProblem(problem,
               Problem::fileProblem(ProblemKind::Failed, mPath,
                                    tr("%1: no report template stored in the project").arg(mPath)));
    return false;
  }
  if (archive.writeFolder(folder, &error))
    return true;
  setProblem(problem, Problem::fileProblem(ProblemKind::Failed, folder, error));
  return false;
}

} // namespace riskatlas
