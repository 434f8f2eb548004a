#include "clicommands.h"
#include "problemwording.h"
#include "workflow/projectsession.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QLocale>

namespace riskatlas::cli
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(RiskAtlasCli)
};
} // namespace

void addLanguageOption(QCommandLineParser &parser)
{
  parser.addOption({QStringLiteral("language"), Tr::tr("zh (default) or en."), Tr::tr("LANG"),
                    QStringLiteral("zh")});
}

QString usageMessage(CliContext &context, const Problem &problem, bool basemapGiven)
{
  const QString &setting = problem.setting;
  const QStringList typedOptions{QStringLiteral("paper"), QStringLiteral("kind"),
                                 QStringLiteral("dpi"), QStringLiteral("language")};
  const QString typed =
      typedOptions.contains(setting) ? context.parser().value(setting) : QString();
  if (setting == QLatin1String("paper"))
    return Tr::tr("--paper %1: expected A4, A3, A2, A1 or A0").arg(typed);
  if (setting == QLatin1String("kind"))
    return Tr::tr("--kind %1: expected district, street or grid").arg(typed);
  if (setting == QLatin1String("dpi"))
    return Tr::tr("--dpi %1: expected a number from 30 to 1200").arg(typed);
  if (setting == QLatin1String("language"))
    return Tr::tr("--language %1: expected zh or en").arg(typed);
  if (setting == QLatin1String("basemap"))
    return (basemapGiven ? Tr::tr("--basemap %1: refused: %2")
                         : Tr::tr("RISKATLAS_BASEMAP %1: refused: %2"))
        .arg(problem.value, problem.reason);
  return cliMessage(problem);
}

int runSummary(CliContext &context)
{
  QCommandLineParser &parser = context.parser();
  parser.setApplicationDescription(Tr::tr("Prints the figures of the last assessment."));
  parser.addOption({QStringLiteral("json"),
                    Tr::tr("JSON on stdout (schema: resources/schemas/summary.schema.json).")});
  if (const int stop = context.parse({QStringLiteral("PROJECT.gpkg")}, 1); stop >= 0)
    return stop;
  auto session = openProject(context, OpenMode::ReadOnly);
  if (!session)
    return Failure;
  Problem problem;
  const AssessmentSummary summary = session->summary(&problem);
  const Taxonomy taxonomy = session->taxonomy(&problem);
  if (!problem.reason.isEmpty())
  {
    context.error(cliMessage(problem));
    return Failure;
  }
  if (parser.isSet(QStringLiteral("json")))
  {
    context.out() << QString::fromUtf8(
        QJsonDocument(summary.toJson(taxonomy)).toJson(QJsonDocument::Indented));
    return Success;
  }
  QTextStream &out = context.out();
  out << Tr::tr("units %1, scored %2, unscored %3, outside regions %4")
             .arg(summary.units)
             .arg(summary.scored)
             .arg(summary.unscored)
             .arg(summary.outsideRegions)
      << Qt::endl;
  // Level and kind names in the language of the messages; in English the keys, as before.
  const bool chinese = QLocale().language() == QLocale::Chinese;
  for (RiskLevel level : assessedLevels())
    out << QStringLiteral("  %1: %2")
               .arg(levelName(level, chinese ? QStringLiteral("zh") : QStringLiteral("en")))
               .arg(summary.levels.count(level))
        << Qt::endl;
  const QHash<QString, QString> kindNames{{QStringLiteral("district"), Tr::tr("district")},
                                          {QStringLiteral("street"), Tr::tr("street")},
                                          {QStringLiteral("grid"), Tr::tr("grid")}};
  for (const RegionSummary &region : summary.regions)
    out << Tr::tr("  %1 %2 (%3): %4, %5 units")
               .arg(kindNames.value(region.kind, region.kind), region.name, region.id,
                    chinese ? levelNameZh(region.result.level) : levelKey(region.result.level))
               .arg(region.result.units)
        << Qt::endl;
  return Success;
}

int runExportUnits(CliContext &context)
{
  QCommandLineParser &parser = context.parser();
  parser.setApplicationDescription(
      Tr::tr("Writes the risk list (风险清单) as CSV (UTF-8 with BOM) or as an XLSX spreadsheet."));
  // No default: without it the CSV keeps its documented columns (docs/cli.md).
  parser.addOption({QStringLiteral("language"),
                    Tr::tr("zh or en: headers, names and levels in that language, with each "
                           "unit's coordinates. Without it a CSV keeps the documented columns "
                           "and an XLSX is in Chinese."),
                    Tr::tr("LANG")});
  if (const int stop =
          context.parse({QStringLiteral("PROJECT.gpkg"), QStringLiteral("OUT.csv|OUT.xlsx")}, 2);
      stop >= 0)
    return stop;
  const QString output = context.positional(1);
  const bool languageSet = parser.isSet(QStringLiteral("language"));
  const QString language = languageSet ? parser.value(QStringLiteral("language")) : QString();
  Problems problems = languageSet ? ProjectSession::checkLanguage(language) : Problems();
  problems << ProjectSession::checkRiskListFile(output);
  if (!problems.isEmpty())
  {
    context.error(usageMessage(context, problems.first(), false));
    return Usage;
  }
  auto session = openProject(context, OpenMode::ReadOnly);
  if (!session)
    return Failure;
  Problem problem;
  int rows = 0;
  if (!session->exportRiskList(output, language, &rows, &problem))
  {
    context.error(cliMessage(problem));
    return Failure;
  }
  context.out() << Tr::tr("wrote %1 units to %2").arg(rows).arg(output) << Qt::endl;
  return Success;
}

void addMapPaperOptions(QCommandLineParser &parser, const QString &kindDescription)
{
  parser.addOption({QStringLiteral("paper"), Tr::tr("A4, A3 (default), A2, A1 or A0."),
                    Tr::tr("SIZE"), QStringLiteral("A3")});
  parser.addOption({QStringLiteral("orientation"), Tr::tr("landscape (default) or portrait."),
                    Tr::tr("ORIENTATION"), QStringLiteral("landscape")});
  if (!kindDescription.isEmpty())
    parser.addOption(
        {QStringLiteral("kind"), kindDescription, Tr::tr("KIND"), QStringLiteral("district")});
}

void addMapResolutionOption(QCommandLineParser &parser)
{
  parser.addOption({QStringLiteral("dpi"), Tr::tr("Resolution of PNG output (default 300)."),
                    Tr::tr("N"), QStringLiteral("300")});
}

int readMapPaperOptions(CliContext &context, MapRequest &request, const QString &output,
                        bool basemapGiven, bool withKind)
{
  QCommandLineParser &parser = context.parser();
  request.paper = parser.value(QStringLiteral("paper"));
  if (withKind)
    request.kind = parser.value(QStringLiteral("kind"));
  const QString orientation = parser.value(QStringLiteral("orientation"));
  request.landscape = orientation == QLatin1String("landscape");
  bool dpiOk = false;
  request.dpi = parser.value(QStringLiteral("dpi")).toInt(&dpiOk);
  if (!dpiOk)
    request.dpi = 0; // reported as out of range with the text typed
  request.language = parser.value(QStringLiteral("language"));
  const Problems problems = ProjectSession::checkMapRequest(request, output);
  const bool paperFirst = !problems.isEmpty() && problems.first().setting == QLatin1String("paper");
  if (!paperFirst && !request.landscape && orientation != QLatin1String("portrait"))
  {
    context.error(Tr::tr("--orientation %1: expected landscape or portrait").arg(orientation));
    return Usage;
  }
  if (!problems.isEmpty())
  {
    context.error(usageMessage(context, problems.first(), basemapGiven));
    return Usage;
  }
  return -1;
}

int runExportMap(CliContext &context)
{
  QCommandLineParser &parser = context.parser();
  parser.setApplicationDescription(
      Tr::tr("Exports the four-colour risk map: PDF or SVG (vector, text kept as text), or PNG "
             "with a world file."));
  addMapPaperOptions(parser, Tr::tr("Regions to colour: district (default), street or grid."));
  parser.addOption({QStringLiteral("category"),
                    Tr::tr("Map one category: its units and the regions' level for it."),
                    Tr::tr("CODE")});
  addMapResolutionOption(parser);
  parser.addOption({QStringLiteral("atlas"),
                    Tr::tr("One page per district: one multi-page PDF, or OUT_<district "
                           "code>.png/.svg per page.")});
  parser.addOption({QStringLiteral("template"),
                    Tr::tr("A QGIS layout template (.qpt) instead of the user folder's or the "
                           "built-in one; it needs a map item with the id \"map\"."),
                    Tr::tr("FILE.qpt")});
  parser.addOption({QStringLiteral("basemap"),
                    Tr::tr("Basemap: an XYZ tile URL with {x} {y} {z} (e.g. Tianditu), a WMTS "
                           "capabilities URL or a QGIS WMS/WMTS source; left out with a note when "
                           "unreachable. Default: $RISKATLAS_BASEMAP; \"none\" for no basemap."),
                    Tr::tr("URL")});
  addLanguageOption(parser);
  if (const int stop = context.parse(
          {QStringLiteral("PROJECT.gpkg"), QStringLiteral("OUT.pdf|OUT.png|OUT.svg")}, 2);
      stop >= 0)
    return stop;
  MapRequest request;
  request.atlas = parser.isSet(QStringLiteral("atlas"));
  request.templatePath = parser.value(QStringLiteral("template"));
  request.category = parser.value(QStringLiteral("category"));
  // The user's configured basemap (e.g. Tianditu with their key) unless this map says otherwise.
  const bool basemapGiven = parser.isSet(QStringLiteral("basemap"));
  request.basemapUrl = basemapGiven ? parser.value(QStringLiteral("basemap"))
                                    : qEnvironmentVariable("RISKATLAS_BASEMAP").trimmed();
  if (request.basemapUrl == QLatin1String("none"))
    request.basemapUrl.clear();
  const QString output = context.positional(1);
  if (const int stop = readMapPaperOptions(context, request, output, basemapGiven); stop >= 0)
    return stop;
  auto session = openProject(context, OpenMode::ReadOnly);
  if (!session)
    return Failure;
  const MapExport result = session->exportMap(request, output);
  reportWarnings(context, session->takeWarnings());
  reportWarnings(context, result.warnings);
  if (!result.ok)
  {
    context.error(cliMessage(result.problem));
    return result.problem.kind == ProblemKind::TemplateInvalid ? Usage : Failure;
  }
  const QStringList &written = result.written;
  for (const QString &file : written)
    context.out() << Tr::tr("wrote %1").arg(file) << Qt::endl;
  return Success;
}

int runReport(CliContext &context)
{
  QCommandLineParser &parser = context.parser();
  parser.setApplicationDescription(
      Tr::tr("Writes the assessment report, by the output's extension: an A4 PDF, a DOCX, ODT or "
             "HTML document (through pandoc), or an XLSX spreadsheet of the risk list, the region "
             "table and the sector statistics."));
  addLanguageOption(parser);
  parser.addOption({QStringLiteral("template"),
                    Tr::tr("A folder with the report's wording, logo and project facts, before "
                           "the user folder and the built-in set."),
                    QStringLiteral("DIR")});
  parser.addOption({QStringLiteral("compare"),
                    Tr::tr("Adds the section \"Comparison with the previous assessment\" against "
                           "this earlier project: units by level before and after, the changed "
                           "regions and units, the change map (not in XLSX)."),
                    QStringLiteral("OLD.gpkg")});
  if (const int stop = context.parse(
          {QStringLiteral("PROJECT.gpkg"), QStringLiteral("OUT.pdf|docx|odt|html|xlsx")}, 2);
      stop >= 0)
    return stop;
  const QString language = parser.value(QStringLiteral("language"));
  const QString templateFolder = parser.value(QStringLiteral("template"));
  Problems problems = ProjectSession::checkLanguage(language);
  problems << ProjectSession::checkReportRequest(context.positional(1), templateFolder);
  if (!problems.isEmpty())
  {
    context.error(usageMessage(context, problems.first(), false));
    return Usage;
  }
  auto session = openProject(context, OpenMode::ReadOnly);
  if (!session)
    return Failure;
  Problem problem;
  const bool written = session->writeReport(context.positional(1), language, templateFolder,
                                            parser.value(QStringLiteral("compare")), &problem);
  reportWarnings(context, session->takeWarnings());
  if (!written)
  {
    context.error(cliMessage(problem));
    return Failure;
  }
  context.out() << Tr::tr("wrote %1").arg(context.positional(1)) << Qt::endl;
  return Success;
}

} // namespace riskatlas::cli
