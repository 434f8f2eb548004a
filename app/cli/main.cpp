// riskatlas-cli: batch access to RiskAtlas. Thin wiring: pick the command, parse its arguments,
// start QGIS only then (about 0.6 s) and run it, so help and usage errors answer at once.
#include "clicommands.h"
#include "support/gisruntime.h"

#include <QCoreApplication>
#include <QMap>
#include <cstdio>
#include <memory>
#include <qgsapplication.h>

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(RiskAtlasCli)
};

using Command = int (*)(riskatlas::cli::CliContext &);

const QMap<QString, Command> &commands()
{
  using namespace riskatlas::cli;
  static const QMap<QString, Command> table{
      {QStringLiteral("new"), runNew},
      {QStringLiteral("import-units"), runImportUnits},
      {QStringLiteral("import-regions"), runImportRegions},
      {QStringLiteral("make-grid"), runMakeGrid},
      {QStringLiteral("assess"), runAssess},
      {QStringLiteral("summary"), runSummary},
      {QStringLiteral("export-units"), runExportUnits},
      {QStringLiteral("export-map"), runExportMap},
      {QStringLiteral("report"), runReport},
      {QStringLiteral("methods"), runMethods},
      {QStringLiteral("taxonomy"), runTaxonomy},
      {QStringLiteral("audit"), runAudit},
      {QStringLiteral("report-template"), runReportTemplate},
      {QStringLiteral("compare"), runCompare},
      {QStringLiteral("explain"), runExplain},
      {QStringLiteral("hazards"), runHazards},
      {QStringLiteral("review"), runReview},
  };
  return table;
}

QString usage()
{
  return Tr::tr("Usage: riskatlas-cli COMMAND [options]\n\n"
                "Commands:\n"
                "  new             create a project (GeoPackage)\n"
                "  import-units    import risk units\n"
                "  import-regions  import districts, streets or grids\n"
                "  make-grid       cover the city with grid cells\n"
                "  assess          score the units and aggregate the regions\n"
                "  summary         print the figures (--json for scripts)\n"
                "  export-units    write the risk list (CSV)\n"
                "  export-map      write the four-colour map (PDF or PNG)\n"
                "  report          write the assessment report (PDF, DOCX, ODT, HTML, XLSX)\n"
                "  methods         export, import or validate method sets; list templates\n"
                "  taxonomy        export or import the project's categories and sectors\n"
                "  audit           print the audit log; --verify checks its hash chain\n"
                "  report-template store the report's wording, logo and facts in the project\n"
                "  compare         the units and regions whose level changed between two projects\n"
                "  explain         why a unit or region has its level\n"
                "  hazards         the hidden-danger register: import, export, list, update, "
                "stats, map\n"
                "  review          review sessions: start, end, list, minutes\n\n"
                "riskatlas-cli COMMAND --help describes a command's options.\n"
                "Exit codes: 0 success, 1 the operation failed, 2 wrong usage.\n");
}
} // namespace

int main(int argc, char **argv)
{
  riskatlas::cli::installInterruptHandler();
  // Parsing needs only Qt Core and the translators; Qt allows one application object at a time,
  // so this one gives way to QGIS's once a command is about to run.
  auto core = std::make_unique<QCoreApplication>(argc, argv);
  riskatlas::cli::installCliLanguage();
  std::unique_ptr<QgsApplication> gis;
  QStringList arguments = QCoreApplication::arguments().mid(1);
  const QString command = arguments.isEmpty() ? QString() : arguments.takeFirst();
  int code = riskatlas::cli::Usage;
  if (command == QLatin1String("--help") || command == QLatin1String("-h"))
  {
    std::fputs(usage().toUtf8().constData(), stdout);
    code = riskatlas::cli::Success;
  }
  else if (command == QLatin1String("--version"))
  {
    std::printf("riskatlas-cli %s\n", RISKATLAS_VERSION);
    code = riskatlas::cli::Success;
  }
  else if (const Command run = commands().value(command))
  {
    riskatlas::cli::CliContext context(command, arguments);
    context.setBeforeRun(
        [&]
        {
          core.reset();
          gis = riskatlas::startQgis(argc, argv, false);
          riskatlas::cli::installCliLanguage();
        });
    code = run(context);
    if (!context.finishOutput() && code == riskatlas::cli::Success)
      code = riskatlas::cli::Failure;
  }
  else
  {
    if (!command.isEmpty())
      std::fprintf(
          stderr, "%s\n",
          Tr::tr("riskatlas-cli: unknown command \"%1\"").arg(command).toUtf8().constData());
    std::fputs(usage().toUtf8().constData(), stderr);
  }
  if (gis)
    QgsApplication::exitQgis();
  return code;
}
