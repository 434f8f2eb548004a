// ProjectSession: the assessment report in its formats.
#include "api/outputformat.h"
#include "maps/changemap.h"
#include "report/assessmentworkbook.h"
#include "report/pandocreport.h"
#include "report/reportwriter.h"
#include "reporttemplatearchive.h"
#include "reporttemplates.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "workflow/projectsession.h"

#include <QFileInfo>
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
} // namespace

Problems ProjectSession::checkReportRequest(const QString &file, const QString &templateFolder)
{
  Problems problems = checkReportFile(file);
  if (!templateFolder.isEmpty() && !QFileInfo(templateFolder).isDir())
    problems << Problem::fileProblem(
        ProblemKind::TemplateInvalid, templateFolder,
        tr("%1: the report template must be a folder").arg(templateFolder));
  return problems;
}

bool ProjectSession::writeReport(const QString &file, const QString &language,
                                 const QString &templateFolder, Problem *problem)
{
  return writeReport(file, language, templateFolder, QString(), problem);
}

bool ProjectSession::writeReport(const QString &file, const QString &language,
                                 const QString &templateFolder, const QString &older,
                                 Problem *problem)
{
  if (const Problems problems = checkReportRequest(file, templateFolder); !problems.isEmpty())
  {
    setProblem(problem, problems.first());
    return false;
  }
  // The earlier assessment first: a missing or damaged file fails before any report is made.
  ComparedProjects compared;
  if (!older.isEmpty() && !readComparedProjects(older, compared, problem))
    return false;
  const ComparedProjects *compare = older.isEmpty() ? nullptr : &compared;
  ProjectStore *project = store(problem);
  if (!project)
    return false;
  QString error;
  bool written = false;
  // The project's own template between --template and the user's: written out for the renderers.
  QStringList templateFolders{templateFolder};
  QTemporaryDir projectTemplate;
  ReportTemplateArchive archive;
  if (ReportTemplateArchive::fromJson(project->metadata(ProjectSchema::reportTemplateKey()),
                                      archive, &error) &&
      projectTemplate.isValid() && archive.writeFolder(projectTemplate.path(), &error))
    templateFolders << projectTemplate.path();
  error.clear();
  templateFolders << ReportTemplates::userFolder();
  switch (reportFormat(file))
  {
  case OutputFormat::Xlsx:
    written = writeAssessmentWorkbook(*project, file, language, &error);
    break;
  case OutputFormat::Docx:
  case OutputFormat::Odt:
  case OutputFormat::Html:
    written =
        writePandocReport(*project, file, language, templateFolders, &error, nullptr, compare);
    break;
  default: // PDF, also for a name without a suffix (a device), as before
    warnAboutFont();
    written = writeReportPdf(*project, file, language, templateFolders, &error, compare);
    break;
  }
  if (readFailed(*project, problem))
    return false;
  if (written)
    return true;
  setProblem(problem, Problem::fileProblem(ProblemKind::Failed, file, error));
  return false;
}

} // namespace riskatlas
