#include "clicommands.h"
#include "problemwording.h"
#include "workflow/problemscsv.h"
#include "workflow/projectsession.h"

#include <QCoreApplication>

namespace riskatlas::cli
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(RiskAtlasCli)
};

//! Reports the import (and, after a failure, writes every problem to \a errorsFile).
int finishImport(CliContext &context, ProjectSession &session, const ImportOutcome &outcome,
                 const QString &what, const QString &errorsFile = QString())
{
  QString error;
  if (!errorsFile.isEmpty() && !outcome.ok &&
      !writeProblemsCsv(errorsFile, outcome.problems, {&cliMessage, &cliReason}, &error))
    context.warning(error);
  reportWarnings(context, outcome.warnings);
  if (!outcome.ok)
  {
    reportProblems(context, outcome.problems);
    context.error(
        Tr::tr("%n problem(s) found; nothing was imported", nullptr, outcome.problems.size()));
    return Failure;
  }
  for (const QString &id : outcome.withoutPosition)
    context.warning(Tr::tr("unit %1 has no position; it is placed by its region").arg(id));
  if (!outcome.removed.isEmpty())
    context.warning(Tr::tr("%n unit(s) of this file are no longer listed in it and were kept: %1",
                           nullptr, outcome.removed.size())
                        .arg(outcome.removed.join(QStringLiteral(", "))));
  context.out() << Tr::tr("%1: %2 added, %3 updated, %4 unchanged; project CRS %5")
                       .arg(what)
                       .arg(outcome.added)
                       .arg(outcome.updated)
                       .arg(outcome.unchanged)
                       .arg(outcome.projectCrs)
                << Qt::endl;
  reportWarnings(context, session.takeWarnings());
  return Success;
}

void addImportOptions(QCommandLineParser &parser)
{
  parser.addOption(
      {QStringLiteral("layer"), Tr::tr("Layer of a multi-layer file."), Tr::tr("NAME")});
  parser.addOption({QStringLiteral("source-crs"),
                    Tr::tr("CRS of the coordinates when the file states none; CSV default "
                           "EPSG:4326."),
                    Tr::tr("EPSG:n")});
  parser.addOption({QStringLiteral("encoding"),
                    Tr::tr("Text encoding of a CSV or a shapefile without .cpg, e.g. GBK; UTF-8 "
                           "and GB18030 are recognised by themselves."),
                    Tr::tr("NAME")});
  parser.addOption({QStringLiteral("errors"),
                    Tr::tr("On failure, also write every problem to this CSV file."),
                    Tr::tr("FILE.csv")});
}
} // namespace

std::unique_ptr<ProjectSession> openProject(CliContext &context, const QString &path, OpenMode mode)
{
  Problem problem;
  auto session = ProjectSession::open(path, mode, &problem);
  if (!session)
    context.error(cliMessage(problem));
  else
    reportWarnings(context, session->takeWarnings());
  return session;
}

std::unique_ptr<ProjectSession> openProject(CliContext &context, OpenMode mode)
{
  return openProject(context, context.positional(0), mode);
}

int runNew(CliContext &context)
{
  QCommandLineParser &parser = context.parser();
  parser.setApplicationDescription(Tr::tr("Creates a new, empty RiskAtlas project (GeoPackage)."));
  parser.addOption({QStringLiteral("name"), Tr::tr("Project (city) name."), Tr::tr("TEXT")});
  parser.addOption({QStringLiteral("crs"),
                    Tr::tr("Project CRS, e.g. EPSG:4549; default: from the first imported layer."),
                    Tr::tr("EPSG:n")});
  parser.addOption({QStringLiteral("overwrite"), Tr::tr("Replace an existing file.")});
  if (const int stop = context.parse({QStringLiteral("PROJECT.gpkg")}, 1); stop >= 0)
    return stop;
  Problem problem;
  auto session = ProjectSession::create(context.positional(0), parser.value(QStringLiteral("name")),
                                        parser.value(QStringLiteral("crs")),
                                        parser.isSet(QStringLiteral("overwrite")), &problem);
  if (!session)
  {
    context.error(cliMessage(problem));
    return Failure;
  }
  context.out() << Tr::tr("created %1 (%2)").arg(session->path(), session->projectName())
                << Qt::endl;
  return Success;
}

int runImportUnits(CliContext &context)
{
  QCommandLineParser &parser = context.parser();
  parser.setApplicationDescription(
      Tr::tr("Imports risk units (GeoPackage, shapefile, GeoJSON, KML, CSV, XLSX or ODS with "
             "coordinate, WKT or region columns); units are upserted by id. All rows are checked "
             "first: any problem imports nothing."));
  addImportOptions(parser);
  parser.addOption({QStringLiteral("map"),
                    Tr::tr("Map a field to a column, e.g. --map id=统一社会信用代码 (repeatable)."),
                    Tr::tr("TARGET=COLUMN")});
  parser.addOption({QStringLiteral("header-row"),
                    Tr::tr("Row holding the column names, for sheets with title rows above it."),
                    Tr::tr("N"), QStringLiteral("1")});
  parser.addOption({QStringLiteral("coordinates"),
                    Tr::tr("Remove web-map offsets: gcj02 (AMap, Tencent) or bd09 (Baidu)."),
                    Tr::tr("DATUM")});
  if (const int stop = context.parse({QStringLiteral("PROJECT.gpkg"), QStringLiteral("FILE")}, 2);
      stop >= 0)
    return stop;
  UnitImportOptions options;
  options.layerName = parser.value(QStringLiteral("layer"));
  options.sourceCrs = parser.value(QStringLiteral("source-crs"));
  options.encoding = parser.value(QStringLiteral("encoding")).toLatin1();
  bool headerRowOk = false;
  options.headerRow = parser.value(QStringLiteral("header-row")).toInt(&headerRowOk);
  if (!headerRowOk || options.headerRow < 1)
  {
    context.error(Tr::tr("--header-row %1: expected a row number from 1")
                      .arg(parser.value(QStringLiteral("header-row"))));
    return Usage;
  }
  const QString datum = parser.value(QStringLiteral("coordinates")).toLower();
  if (datum == QLatin1String("gcj02"))
    options.datum = WebMapDatum::Gcj02;
  else if (datum == QLatin1String("bd09"))
    options.datum = WebMapDatum::Bd09;
  else if (!datum.isEmpty())
  {
    context.error(Tr::tr("--coordinates %1: expected gcj02 or bd09").arg(datum));
    return Usage;
  }
  for (const QString &mapping : parser.values(QStringLiteral("map")))
  {
    const int equals = mapping.indexOf(QLatin1Char('='));
    if (equals <= 0 || equals == mapping.size() - 1)
    {
      context.error(Tr::tr("--map %1: expected TARGET=COLUMN").arg(mapping));
      return Usage;
    }
    options.fieldMap.insert(mapping.left(equals).trimmed(), mapping.mid(equals + 1));
  }
  auto session = openProject(context);
  if (!session)
    return Failure;
  const ImportOutcome outcome =
      session->importUnits(context.positional(1), options, context.progress());
  return finishImport(context, *session, outcome, Tr::tr("units"),
                      parser.value(QStringLiteral("errors")));
}

int runImportRegions(CliContext &context)
{
  QCommandLineParser &parser = context.parser();
  parser.setApplicationDescription(
      Tr::tr("Imports region polygons, replacing the project's regions of that kind."));
  addImportOptions(parser);
  parser.addOption({QStringLiteral("parent-field"),
                    Tr::tr("Field holding the code of the region each one lies in (a street's "
                           "district)."),
                    Tr::tr("FIELD")});
  parser.addOption(
      {QStringLiteral("name-field"), Tr::tr("Field holding the region name."), Tr::tr("FIELD")});
  parser.addOption(
      {QStringLiteral("id-field"), Tr::tr("Field holding the region code."), Tr::tr("FIELD")});
  parser.addOption({QStringLiteral("kind"), Tr::tr("district (default), street or grid."),
                    Tr::tr("KIND"), QStringLiteral("district")});
  if (const int stop = context.parse({QStringLiteral("PROJECT.gpkg"), QStringLiteral("FILE")}, 2);
      stop >= 0)
    return stop;
  RegionImportOptions options;
  options.layerName = parser.value(QStringLiteral("layer"));
  options.nameField = parser.value(QStringLiteral("name-field"));
  options.idField = parser.value(QStringLiteral("id-field"));
  const QString kind = parser.value(QStringLiteral("kind"));
  options.sourceCrs = parser.value(QStringLiteral("source-crs"));
  options.parentField = parser.value(QStringLiteral("parent-field"));
  options.encoding = parser.value(QStringLiteral("encoding")).toLatin1();
  if (!regionKindFromKey(kind, options.kind))
  {
    context.error(Tr::tr("--kind %1: expected district, street or grid").arg(kind));
    return Usage;
  }
  auto session = openProject(context);
  if (!session)
    return Failure;
  const ImportOutcome outcome =
      session->importRegions(context.positional(1), options, context.progress());
  return finishImport(context, *session, outcome, Tr::tr("regions (%1)").arg(kind),
                      parser.value(QStringLiteral("errors")));
}

int runMakeGrid(CliContext &context)
{
  QCommandLineParser &parser = context.parser();
  parser.setApplicationDescription(
      Tr::tr("Covers the city (the union of its districts) with grid cells clipped to its "
             "boundary; they replace the project's grid regions."));
  parser.addOption({QStringLiteral("cell-size"),
                    Tr::tr("Cell size in metres (square side, or distance between hexagon "
                           "centres)."),
                    Tr::tr("METRES")});
  parser.addOption({QStringLiteral("shape"), Tr::tr("square (default) or hex."), Tr::tr("SHAPE"),
                    QStringLiteral("square")});
  if (const int stop = context.parse({QStringLiteral("PROJECT.gpkg")}, 1); stop >= 0)
    return stop;
  GridOptions options;
  bool ok = false;
  options.cellSize = parser.value(QStringLiteral("cell-size")).toDouble(&ok);
  if (!ok || !(options.cellSize > 0))
  {
    context.error(Tr::tr("--cell-size: expected a size in metres greater than 0"));
    return Usage;
  }
  const QString shape = parser.value(QStringLiteral("shape"));
  if (shape == QLatin1String("hex"))
    options.shape = GridOptions::Shape::Hexagon;
  else if (shape != QLatin1String("square"))
  {
    context.error(Tr::tr("--shape %1: expected square or hex").arg(shape));
    return Usage;
  }
  auto session = openProject(context);
  if (!session)
    return Failure;
  const ImportOutcome outcome = session->makeGrid(options, context.progress());
  return finishImport(context, *session, outcome, Tr::tr("regions (grid)"));
}

} // namespace riskatlas::cli
