#include "assess/projectsummary.h"
#include "clicommands.h"
#include "maps/basemap.h"
#include "maps/riskmaplayout.h"
#include "report/reportwriter.h"
#include "report/risklistexporter.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "support/gisruntime.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

namespace riskatlas::cli
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(RiskAtlasCli)
};

void addLanguageOption(QCommandLineParser &parser)
{
  parser.addOption({QStringLiteral("language"), Tr::tr("zh (default) or en."), Tr::tr("LANG"),
                    QStringLiteral("zh")});
}

bool checkLanguage(CliContext &context, QString &language)
{
  language = context.parser().value(QStringLiteral("language"));
  if (isSupportedLanguage(language))
    return true;
  context.error(Tr::tr("--language %1: expected zh or en").arg(language));
  return false;
}

void warnAboutFont(CliContext &context)
{
  QString message;
  if (!checkCartographyFont(&message))
    context.warning(message);
}
} // namespace

int runSummary(CliContext &context)
{
  QCommandLineParser &parser = context.parser();
  parser.setApplicationDescription(Tr::tr("Prints the figures of the last assessment."));
  parser.addOption({QStringLiteral("json"),
                    Tr::tr("JSON on stdout (schema: resources/schemas/summary.schema.json).")});
  if (const int stop = context.parse({QStringLiteral("PROJECT.gpkg")}, 1); stop >= 0)
    return stop;
  auto store = openProject(context);
  if (!store)
    return Failure;
  const AssessmentSummary summary = readSummary(*store);
  if (parser.isSet(QStringLiteral("json")))
  {
    context.out() << QString::fromUtf8(
        QJsonDocument(summary.toJson(store->taxonomy())).toJson(QJsonDocument::Indented));
    return Success;
  }
  QTextStream &out = context.out();
  out << Tr::tr("units %1, scored %2, unscored %3, outside regions %4")
             .arg(summary.units)
             .arg(summary.scored)
             .arg(summary.unscored)
             .arg(summary.outsideRegions)
      << Qt::endl;
  for (RiskLevel level : assessedLevels())
    out << QStringLiteral("  %1: %2")
               .arg(levelName(level, QStringLiteral("en")))
               .arg(summary.levels.count(level))
        << Qt::endl;
  for (const RegionSummary &region : summary.regions)
    out << QStringLiteral("  %1 %2 (%3): %4, %5 units")
               .arg(region.kind, region.name, region.id, levelKey(region.result.level))
               .arg(region.result.units)
        << Qt::endl;
  return Success;
}

int runExportUnits(CliContext &context)
{
  context.parser().setApplicationDescription(
      Tr::tr("Writes the risk list (风险清单) as CSV, UTF-8 with BOM."));
  if (const int stop =
          context.parse({QStringLiteral("PROJECT.gpkg"), QStringLiteral("OUT.csv")}, 2);
      stop >= 0)
    return stop;
  auto store = openProject(context);
  if (!store)
    return Failure;
  QString error;
  int rows = 0;
  if (!exportRiskList(*store, context.positional(1), &rows, &error))
  {
    context.error(error);
    return Failure;
  }
  context.out() << Tr::tr("wrote %1 units to %2").arg(rows).arg(context.positional(1)) << Qt::endl;
  return Success;
}

int runExportMap(CliContext &context)
{
  QCommandLineParser &parser = context.parser();
  parser.setApplicationDescription(
      Tr::tr("Exports the four-colour risk map: PDF or SVG (vector, text kept as text), or PNG "
             "with a world file."));
  parser.addOption({QStringLiteral("paper"), Tr::tr("A4, A3 (default), A2, A1 or A0."),
                    Tr::tr("SIZE"), QStringLiteral("A3")});
  parser.addOption({QStringLiteral("orientation"), Tr::tr("landscape (default) or portrait."),
                    Tr::tr("ORIENTATION"), QStringLiteral("landscape")});
  parser.addOption({QStringLiteral("kind"),
                    Tr::tr("Regions to colour: district (default), street or grid."),
                    Tr::tr("KIND"), QStringLiteral("district")});
  parser.addOption({QStringLiteral("category"),
                    Tr::tr("Map one category: its units and the regions' level for it."),
                    Tr::tr("CODE")});
  parser.addOption({QStringLiteral("dpi"), Tr::tr("Resolution of PNG output (default 300)."),
                    Tr::tr("N"), QStringLiteral("300")});
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
  MapOptions options;
  options.paper = parser.value(QStringLiteral("paper")).toUpper();
  options.kind = parser.value(QStringLiteral("kind"));
  const QString orientation = parser.value(QStringLiteral("orientation"));
  options.landscape = orientation == QLatin1String("landscape");
  bool dpiOk = false;
  options.dpi = parser.value(QStringLiteral("dpi")).toInt(&dpiOk);
  if (!RiskMapLayout::isKnownPaper(options.paper))
  {
    context.error(Tr::tr("--paper %1: expected A4, A3, A2, A1 or A0")
                      .arg(parser.value(QStringLiteral("paper"))));
    return Usage;
  }
  if (!options.landscape && orientation != QLatin1String("portrait"))
  {
    context.error(Tr::tr("--orientation %1: expected landscape or portrait").arg(orientation));
    return Usage;
  }
  if (options.kind != QLatin1String("district") && options.kind != QLatin1String("street") &&
      options.kind != QLatin1String("grid"))
  {
    context.error(Tr::tr("--kind %1: expected district, street or grid").arg(options.kind));
    return Usage;
  }
  if (!dpiOk || options.dpi < 30 || options.dpi > 1200)
  {
    context.error(Tr::tr("--dpi %1: expected a number from 30 to 1200")
                      .arg(parser.value(QStringLiteral("dpi"))));
    return Usage;
  }
  if (!checkLanguage(context, options.language))
    return Usage;
  const QString output = context.positional(1);
  const QString suffix = QFileInfo(output).suffix().toLower();
  if (suffix != QLatin1String("pdf") && suffix != QLatin1String("png") &&
      suffix != QLatin1String("svg"))
  {
    context.error(Tr::tr("%1: the output must end in .pdf, .png or .svg").arg(output));
    return Usage;
  }
  options.atlas = parser.isSet(QStringLiteral("atlas"));
  options.templatePath = parser.value(QStringLiteral("template"));
  if (!options.templatePath.isEmpty() && !QFileInfo(options.templatePath).isFile())
  {
    context.error(Tr::tr("--template %1: no such file").arg(options.templatePath));
    return Usage;
  }
  // The user's configured basemap (e.g. Tianditu with their key) unless this map says otherwise.
  const bool basemapGiven = parser.isSet(QStringLiteral("basemap"));
  options.basemapUrl = basemapGiven ? parser.value(QStringLiteral("basemap"))
                                    : qEnvironmentVariable("RISKATLAS_BASEMAP").trimmed();
  if (options.basemapUrl == QLatin1String("none"))
    options.basemapUrl.clear();
  if (const QString refusal = basemap::shiftedSourceReason(options.basemapUrl);
      !options.basemapUrl.isEmpty() && !refusal.isEmpty())
  {
    context.error((basemapGiven ? Tr::tr("--basemap %1: refused: %2")
                                : Tr::tr("RISKATLAS_BASEMAP %1: refused: %2"))
                      .arg(options.basemapUrl, refusal));
    return Usage;
  }
  auto store = openProject(context);
  if (!store)
    return Failure;
  options.aggregation = store->metadata(ProjectSchema::aggregationKey());
  options.category = parser.value(QStringLiteral("category"));
  if (!options.category.isEmpty())
  {
    const Taxonomy taxonomy = store->taxonomy();
    const Category *category = taxonomy.category(options.category);
    if (!category)
    {
      QStringList codes;
      for (const Category &known : taxonomy.categories())
        codes << known.code;
      context.error(Tr::tr("--category %1: the project's categories are %2")
                        .arg(options.category, codes.join(QStringLiteral(", "))));
      return Failure;
    }
    options.categoryName = category->name(options.language);
  }
  warnAboutFont(context);
  RiskMapLayout map(store->path(), store->projectName(), store->crsAuthId(), options);
  for (const QString &warning : map.warnings())
    context.warning(warning);
  if (!map.isValid())
  {
    context.error(map.error());
    return map.isTemplateError() ? Usage : Failure;
  }
  QString error;
  QStringList written;
  const bool ok = suffix == QLatin1String("pdf")   ? map.exportPdf(output, &error, &written)
                  : suffix == QLatin1String("svg") ? map.exportSvg(output, &error, &written)
                                                   : map.exportPng(output, &error, &written);
  if (!ok)
  {
    context.error(error);
    return Failure;
  }
  for (const QString &file : written)
    context.out() << Tr::tr("wrote %1").arg(file) << Qt::endl;
  return Success;
}

int runReport(CliContext &context)
{
  QCommandLineParser &parser = context.parser();
  parser.setApplicationDescription(Tr::tr("Writes the assessment report as an A4 PDF."));
  addLanguageOption(parser);
  if (const int stop =
          context.parse({QStringLiteral("PROJECT.gpkg"), QStringLiteral("OUT.pdf")}, 2);
      stop >= 0)
    return stop;
  QString language;
  if (!checkLanguage(context, language))
    return Usage;
  auto store = openProject(context);
  if (!store)
    return Failure;
  warnAboutFont(context);
  QString error;
  if (!writeReportPdf(*store, context.positional(1), language, &error))
  {
    context.error(error);
    return Failure;
  }
  context.out() << Tr::tr("wrote %1").arg(context.positional(1)) << Qt::endl;
  return Success;
}

} // namespace riskatlas::cli
