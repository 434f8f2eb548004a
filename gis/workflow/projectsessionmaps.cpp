// ProjectSession: the map export and the checks of a map request and of output files.
#include "api/outputformat.h"
#include "assess/projectsummary.h"
#include "maps/basemap.h"
#include "maps/riskmaplayout.h"
#include "regionkind.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "translations.h"
#include "workflow/mapexportsteps.h"
#include "workflow/projectsession.h"

#include <QFileInfo>

namespace riskatlas
{

namespace
{
Problem invalidSetting(const QString &setting, const QString &value, const QString &allowed,
                       const QString &reason)
{
  Problem problem;
  problem.kind = ProblemKind::SettingInvalid;
  problem.setting = setting;
  problem.value = value;
  problem.allowed = allowed;
  problem.reason = reason;
  return problem;
}

QString outputSuffix(const QString &file)
{
  return QFileInfo(file).suffix().toLower();
}
} // namespace

Problems ProjectSession::checkLanguage(const QString &language)
{
  if (isSupportedLanguage(language))
    return {};
  return {invalidSetting(QStringLiteral("language"), language, QStringLiteral("zh, en"),
                         tr("language %1: expected zh or en").arg(language))};
}

namespace
{
Problems checkOutputSuffix(const QString &file, const QStringList &suffixes, bool known)
{
  if (known)
    return {};
  Problem problem = invalidSetting(
      QStringLiteral("output"), file, suffixes.join(QStringLiteral(", ")),
      ProjectSession::tr("%1: the output must end in %2").arg(file, suffixList(suffixes)));
  problem.file = file;
  return {problem};
}
} // namespace

Problems ProjectSession::checkReportFile(const QString &file)
{
  return checkOutputSuffix(file, reportSuffixes(), reportFormat(file) != OutputFormat::Unknown);
}

Problems ProjectSession::checkMinutesFile(const QString &file)
{
  const OutputFormat format = reportFormat(file);
  return checkOutputSuffix(file,
                           {QStringLiteral("pdf"), QStringLiteral("docx"), QStringLiteral("odt"),
                            QStringLiteral("html")},
                           format != OutputFormat::Unknown && format != OutputFormat::Xlsx);
}

Problems ProjectSession::checkRiskListFile(const QString &file)
{
  return checkOutputSuffix(file, riskListSuffixes(), riskListFormat(file) != OutputFormat::Unknown);
}

Problems ProjectSession::checkMapRequest(const MapRequest &request, const QString &file)
{
  Problems problems;
  if (!RiskMapLayout::isKnownPaper(request.paper.toUpper()))
    problems << invalidSetting(QStringLiteral("paper"), request.paper,
                               QStringLiteral("A4, A3, A2, A1, A0"),
                               tr("paper %1: expected A4, A3, A2, A1 or A0").arg(request.paper));
  RegionKind kind;
  if (!regionKindFromKey(request.kind, kind))
    problems << invalidSetting(
        QStringLiteral("kind"), request.kind, regionKindKeys().join(QStringLiteral(", ")),
        tr("region kind %1: expected district, street or grid").arg(request.kind));
  if (request.dpi < 30 || request.dpi > 1200)
    problems << invalidSetting(QStringLiteral("dpi"), QString::number(request.dpi),
                               QStringLiteral("30-1200"),
                               tr("resolution %1 dpi: expected 30 to 1200").arg(request.dpi));
  problems << checkLanguage(request.language);
  const QString suffix = outputSuffix(file);
  if (suffix != QLatin1String("pdf") && suffix != QLatin1String("png") &&
      suffix != QLatin1String("svg"))
  {
    Problem problem =
        invalidSetting(QStringLiteral("output"), file, QStringLiteral("pdf, png, svg"),
                       tr("%1: the output must end in .pdf, .png or .svg").arg(file));
    problem.file = file;
    problems << problem;
  }
  if (!request.templatePath.isEmpty() && !QFileInfo(request.templatePath).isFile())
  {
    Problem problem = Problem::fileProblem(ProblemKind::TemplateInvalid, request.templatePath,
                                           tr("%1: no such file").arg(request.templatePath));
    problem.setting = QStringLiteral("template");
    problem.value = request.templatePath;
    problems << problem;
  }
  const QString refusal = basemap::shiftedSourceReason(request.basemapUrl);
  if (!request.basemapUrl.isEmpty() && !refusal.isEmpty())
    problems << invalidSetting(QStringLiteral("basemap"), request.basemapUrl, QString(), refusal);
  return problems;
}

MapExport ProjectSession::exportMap(const MapRequest &request, const QString &file)
{
  MapExport result;
  ProjectStore *project = store(&result.problem);
  if (!project)
    return result;
  MapOptions options = mapOptionsFor(request, *project);
  options.category = request.category;
  if (!options.category.isEmpty())
  {
    const Taxonomy taxonomy = project->taxonomy();
    const Category *category = taxonomy.category(options.category);
    if (!category)
    {
      QStringList codes;
      for (const Category &known : taxonomy.categories())
        codes << known.code;
      Problem &problem = result.problem;
      problem.kind = ProblemKind::NotInProject;
      problem.file = mPath;
      problem.setting = QStringLiteral("category");
      problem.value = options.category;
      problem.allowed = codes.join(QStringLiteral(", "));
      problem.reason = tr("the project has no category %1 (categories: %2)")
                           .arg(options.category, problem.allowed);
      return result;
    }
    options.categoryName = category->name(options.language);
  }
  // QGIS draws what it can read and says nothing: one grouped scan of the units and regions
  // first, so a damaged project fails instead of drawing an empty map.
  readSummary(*project);
  if (readFailed(*project, &result.problem))
    return result;
  warnAboutFont();
  probeBasemap(options); // the network wait happens here, never inside layout building
  RiskMapLayout map(project->path(), project->projectName(), project->crsAuthId(), options);
  writeMapLayout(map, file, result);
  return result;
}

} // namespace riskatlas
