#include "clicommands.h"
#include "projectstore.h"
#include "regionimporter.h"
#include "riskstyle.h"
#include "unitimporter.h"

#include <QCoreApplication>

namespace riskatlas::cli
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(RiskAtlasCli)
};

//! Closes the project, reports the import and, after a success, refreshes the styles.
int finishImport(CliContext &context, std::unique_ptr<ProjectStore> store,
                 const ImportOutcome &outcome, const QString &what)
{
  const QString path = store->path();
  store.reset(); // QGIS opens the file next, for the styles

  if (!outcome.ok)
  {
    for (const QString &error : outcome.errors)
      context.error(error);
    context.error(
        Tr::tr("%n problem(s) found; nothing was imported", nullptr, outcome.errors.size()));
    return Failure;
  }
  context.out() << Tr::tr("%1: %2 added, %3 updated; project CRS %4")
                       .arg(what)
                       .arg(outcome.added)
                       .arg(outcome.updated)
                       .arg(outcome.projectCrs)
                << Qt::endl;
  refreshDefaultStyles(context, path);
  return Success;
}
} // namespace

std::unique_ptr<ProjectStore> openProject(CliContext &context)
{
  QString error;
  auto store = ProjectStore::open(context.positional(0), &error);
  if (!store)
    context.error(error);
  return store;
}

void refreshDefaultStyles(CliContext &context, const QString &projectPath)
{
  QString error;
  if (!saveDefaultStyles(projectPath, &error))
    context.warning(error);
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
  QString error;
  auto store = ProjectStore::create(context.positional(0), parser.value(QStringLiteral("name")),
                                    parser.value(QStringLiteral("crs")),
                                    parser.isSet(QStringLiteral("overwrite")), &error);
  if (!store)
  {
    context.error(error);
    return Failure;
  }
  context.out() << Tr::tr("created %1 (%2)").arg(store->path(), store->projectName()) << Qt::endl;
  return Success;
}

int runImportUnits(CliContext &context)
{
  QCommandLineParser &parser = context.parser();
  parser.setApplicationDescription(
      Tr::tr("Imports risk units (GeoPackage, shapefile, GeoJSON, CSV with coordinate columns); "
             "units are upserted by id. All rows are checked first: any problem imports nothing."));
  parser.addOption(
      {QStringLiteral("layer"), Tr::tr("Layer of a multi-layer file."), Tr::tr("NAME")});
  parser.addOption({QStringLiteral("map"),
                    Tr::tr("Map a field to a column, e.g. --map id=统一社会信用代码 (repeatable)."),
                    Tr::tr("TARGET=COLUMN")});
  parser.addOption({QStringLiteral("source-crs"),
                    Tr::tr("CRS of the coordinates; CSV default EPSG:4326."), Tr::tr("EPSG:n")});
  if (const int stop = context.parse({QStringLiteral("PROJECT.gpkg"), QStringLiteral("FILE")}, 2);
      stop >= 0)
    return stop;
  UnitImportOptions options;
  options.layerName = parser.value(QStringLiteral("layer"));
  options.sourceCrs = parser.value(QStringLiteral("source-crs"));
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
  auto store = openProject(context);
  if (!store)
    return Failure;
  const ImportOutcome outcome =
      UnitImporter::run(*store, context.positional(1), options, context.progress());
  return finishImport(context, std::move(store), outcome, Tr::tr("units"));
}

int runImportRegions(CliContext &context)
{
  QCommandLineParser &parser = context.parser();
  parser.setApplicationDescription(
      Tr::tr("Imports region polygons, replacing the project's regions of that kind."));
  parser.addOption(
      {QStringLiteral("layer"), Tr::tr("Layer of a multi-layer file."), Tr::tr("NAME")});
  parser.addOption(
      {QStringLiteral("name-field"), Tr::tr("Field holding the region name."), Tr::tr("FIELD")});
  parser.addOption(
      {QStringLiteral("id-field"), Tr::tr("Field holding the region code."), Tr::tr("FIELD")});
  parser.addOption({QStringLiteral("kind"), Tr::tr("district (default), street or grid."),
                    Tr::tr("KIND"), QStringLiteral("district")});
  parser.addOption(
      {QStringLiteral("source-crs"), Tr::tr("CRS of a file that states none."), Tr::tr("EPSG:n")});
  if (const int stop = context.parse({QStringLiteral("PROJECT.gpkg"), QStringLiteral("FILE")}, 2);
      stop >= 0)
    return stop;
  RegionImportOptions options;
  options.layerName = parser.value(QStringLiteral("layer"));
  options.nameField = parser.value(QStringLiteral("name-field"));
  options.idField = parser.value(QStringLiteral("id-field"));
  options.kind = parser.value(QStringLiteral("kind"));
  options.sourceCrs = parser.value(QStringLiteral("source-crs"));
  if (!RegionImporter::isKnownKind(options.kind))
  {
    context.error(Tr::tr("--kind %1: expected district, street or grid").arg(options.kind));
    return Usage;
  }
  auto store = openProject(context);
  if (!store)
    return Failure;
  QStringList warnings;
  const ImportOutcome outcome =
      RegionImporter::run(*store, context.positional(1), options, context.progress(), &warnings);
  for (const QString &warning : warnings)
    context.warning(warning);
  return finishImport(context, std::move(store), outcome, Tr::tr("regions (%1)").arg(options.kind));
}

} // namespace riskatlas::cli
