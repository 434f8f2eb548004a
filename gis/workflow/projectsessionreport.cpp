// ProjectSession: the assessment report in its formats.
#include "report/pandocreport.h"
#include "report/reportwriter.h"
#include "reporttemplates.h"
#include "store/projectstore.h"
#include "workflow/projectsession.h"

#include <QFileInfo>

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

QStringList ProjectSession::reportFormats()
{
  return QStringList{QStringLiteral("pdf")} + pandocReportFormats();
}

Problems ProjectSession::checkReportRequest(const QString &file, const QString &templateFolder)
{
  Problems problems;
  const QString suffix = QFileInfo(file).suffix().toLower();
  if (!reportFormats().contains(suffix))
  {
    Problem problem;
    problem.kind = ProblemKind::SettingInvalid;
    problem.setting = QStringLiteral("output");
    problem.value = file;
    problem.file = file;
    problem.allowed = reportFormats().join(QStringLiteral(", "));
    problem.reason =
        tr("%1: the report must end in .%2").arg(file, reportFormats().join(QStringLiteral(", .")));
    problems << problem;
  }
  if (!templateFolder.isEmpty() && !QFileInfo(templateFolder).isDir())
    problems << Problem::fileProblem(
        ProblemKind::TemplateInvalid, templateFolder,
        tr("%1: the report template must be a folder").arg(templateFolder));
  return problems;
}

bool ProjectSession::writeReport(const QString &file, const QString &language,
                                 const QString &templateFolder, Problem *problem)
{
  if (const Problems problems = checkReportRequest(file, templateFolder); !problems.isEmpty())
  {
    setProblem(problem, problems.first());
    return false;
  }
  ProjectStore *project = store(problem);
  if (!project)
    return false;
  warnAboutFont();
  QString error;
  bool written = false;
  if (QFileInfo(file).suffix().toLower() == QLatin1String("pdf"))
    written = writeReportPdf(*project, file, language, &error);
  else
    written = writePandocReport(*project, file, language,
                                {templateFolder, ReportTemplates::userFolder()}, &error, nullptr);
  if (readFailed(*project, problem))
    return false;
  if (written)
    return true;
  setProblem(problem, Problem::fileProblem(ProblemKind::Failed, file, error));
  return false;
}

} // namespace riskatlas
