#include "clicommands.h"
#include "problemwording.h"
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

//! Checks the action's argument count; false after reporting wrong usage.
bool expectArguments(CliContext &context, const QString &usage, int count)
{
  if (context.parser().positionalArguments().size() == count + 1)
    return true;
  context.error(Tr::tr("usage: riskatlas-cli %1 %2").arg(context.command(), usage));
  return false;
}

// The titles of the shipped templates (resources/methods/*.json), for the translation: a
// title a user wrote is printed as it is.
[[maybe_unused]] const char *const shippedTitles[] = {
    QT_TRANSLATE_NOOP("RiskAtlasCli", "GB/T 42768-style 5×5 risk matrix for every sector"),
    QT_TRANSLATE_NOOP("RiskAtlasCli", "4×4 risk matrix with a cell-by-cell level table"),
    QT_TRANSLATE_NOOP("RiskAtlasCli", "LEC (Graham–Kinney) for every sector"),
    QT_TRANSLATE_NOOP("RiskAtlasCli", "MES for every sector"),
    QT_TRANSLATE_NOOP("RiskAtlasCli",
                      "City default: LEC for urban industry, MES for ammonia refrigeration, 4×4 "
                      "matrix for natural disasters, 5×5 matrix elsewhere"),
};

QString methodSetTitle(const MethodSet &set)
{
  return Tr::tr(set.title().toUtf8().constData());
}

void describeMethodSet(CliContext &context, const MethodSet &set)
{
  QTextStream &out = context.out();
  out << Tr::tr("method set %1").arg(set.hash().left(12));
  if (!set.title().isEmpty())
    out << QStringLiteral(" — ") << methodSetTitle(set);
  out << Qt::endl << Tr::tr("  default: %1").arg(set.defaultMethod().id()) << Qt::endl;
  QStringList categories = set.categoryMethods().keys();
  categories.sort();
  for (const QString &code : categories)
    out << Tr::tr("  category %1: %2").arg(code, set.categoryMethods().value(code)->id())
        << Qt::endl;
  QStringList sectors = set.sectorMethods().keys();
  sectors.sort();
  for (const QString &code : sectors)
    out << Tr::tr("  sector %1: %2").arg(code, set.sectorMethods().value(code)->id()) << Qt::endl;
  if (const AhpWeights *ahp = set.compositeIndex().ahp())
  {
    out << Tr::tr("  composite weights by AHP: CR = %1").arg(ahp->consistencyRatio(), 0, 'f', 3)
        << Qt::endl;
    if (!ahp->isConsistent())
      context.warning(ahp->consistencyWarning());
  }
}

int methodsExport(CliContext &context)
{
  if (!expectArguments(context, QStringLiteral("export PROJECT.gpkg OUT.json [--run HASH]"), 2))
    return Usage;
  auto session = openProject(context, context.positional(1), OpenMode::ReadOnly);
  if (!session)
    return Failure;
  Problem problem;
  MethodSet set = session->methodSet(&problem);
  const QString run = context.parser().value(QStringLiteral("run"));
  if (!problem.reason.isEmpty() ||
      (!run.isEmpty() && !session->methodSetByHash(run, set, &problem)) ||
      !session->exportMethodSet(set, context.positional(2), &problem))
  {
    context.error(cliMessage(problem));
    return Failure;
  }
  context.out()
      << Tr::tr("wrote method set %1 to %2").arg(set.hash().left(12), context.positional(2))
      << Qt::endl;
  return Success;
}

int methodsImport(CliContext &context)
{
  const QString templateName = context.parser().value(QStringLiteral("template"));
  if (!expectArguments(context, QStringLiteral("import PROJECT.gpkg FILE.json | --template NAME"),
                       templateName.isEmpty() ? 2 : 1))
    return Usage;
  auto session = openProject(context, context.positional(1));
  if (!session)
    return Failure;
  MethodSet set;
  if (!templateName.isEmpty())
  {
    QString error;
    Problem problem;
    if (!MethodSet::fromTemplate(templateName, set, &error))
    {
      context.error(error);
      return Failure;
    }
    if (!session->replaceMethodSet(set, &problem))
    {
      context.error(cliMessage(problem));
      return Failure;
    }
  }
  else
  {
    Problems problems;
    if (!session->replaceMethodSetFromFile(context.positional(2), set, &problems))
    {
      reportProblems(context, problems);
      return Failure;
    }
  }
  describeMethodSet(context, set);
  context.out() << Tr::tr("the project now uses this method set; run assess to apply it")
                << Qt::endl;
  return Success;
}

int methodsValidate(CliContext &context)
{
  if (!expectArguments(context, QStringLiteral("validate FILE.json [--project PROJECT.gpkg]"), 1))
    return Usage;
  Taxonomy taxonomy = Taxonomy::defaultTaxonomy();
  const QString project = context.parser().value(QStringLiteral("project"));
  if (!project.isEmpty())
  {
    auto session = openProject(context, project, OpenMode::ReadOnly);
    if (!session)
      return Failure;
    Problem problem;
    taxonomy = session->taxonomy(&problem);
    if (!problem.reason.isEmpty())
    {
      context.error(cliMessage(problem));
      return Failure;
    }
  }
  MethodSet set;
  Problems problems;
  if (!readMethodSetFile(context.positional(1), taxonomy, set, &problems))
  {
    reportProblems(context, problems);
    return Failure;
  }
  describeMethodSet(context, set);
  context.out() << Tr::tr("valid") << Qt::endl;
  return Success;
}

int methodsTemplates(CliContext &context)
{
  if (!expectArguments(context, QStringLiteral("templates"), 0))
    return Usage;
  for (const QString &name : MethodSet::templateNames())
  {
    MethodSet set;
    MethodSet::fromTemplate(name, set, nullptr);
    context.out() << name << QStringLiteral("\t") << methodSetTitle(set) << Qt::endl;
  }
  return Success;
}
} // namespace

int runMethods(CliContext &context)
{
  QCommandLineParser &parser = context.parser();
  parser.setApplicationDescription(Tr::tr(
      "Method sets: export the project's (or a past run's) to JSON, import one, validate a "
      "file, list the shipped templates. Schema: resources/schemas/method-set.schema.json."));
  parser.addOption({QStringLiteral("run"), Tr::tr("export: the method set of a past run (hash)."),
                    Tr::tr("HASH")});
  parser.addOption(
      {QStringLiteral("template"), Tr::tr("import: a shipped template by name."), Tr::tr("NAME")});
  parser.addOption({QStringLiteral("project"),
                    Tr::tr("validate: check sector and category codes against this project."),
                    Tr::tr("PROJECT.gpkg")});
  if (const int stop = context.parse({QStringLiteral("export|import|validate|templates"),
                                      QStringLiteral("ARGUMENT"), QStringLiteral("ARGUMENT")},
                                     1);
      stop >= 0)
    return stop;
  const QString action = context.positional(0);
  if (action == QLatin1String("export"))
    return methodsExport(context);
  if (action == QLatin1String("import"))
    return methodsImport(context);
  if (action == QLatin1String("validate"))
    return methodsValidate(context);
  if (action == QLatin1String("templates"))
    return methodsTemplates(context);
  context.error(Tr::tr("unknown action \"%1\" (export, import, validate, templates)").arg(action));
  return Usage;
}

int runTaxonomy(CliContext &context)
{
  context.parser().setApplicationDescription(
      Tr::tr("The project's categories and sectors: export them to JSON to rename, add, remove "
             "or regroup sectors, and import the edited file."));
  if (const int stop = context.parse({QStringLiteral("export|import"),
                                      QStringLiteral("PROJECT.gpkg"), QStringLiteral("FILE.json")},
                                     3);
      stop >= 0)
    return stop;
  const QString action = context.positional(0);
  if (action != QLatin1String("export") && action != QLatin1String("import"))
  {
    context.error(Tr::tr("unknown action \"%1\" (export, import)").arg(action));
    return Usage;
  }
  // Export only reads: the file stays as it is, even a project that would need migrating.
  auto session =
      openProject(context, context.positional(1),
                  action == QLatin1String("export") ? OpenMode::ReadOnly : OpenMode::ReadWrite);
  if (!session)
    return Failure;
  const QString file = context.positional(2);
  Problem problem;
  if (action == QLatin1String("export"))
  {
    if (!session->exportTaxonomy(file, &problem))
    {
      context.error(cliMessage(problem));
      return Failure;
    }
    context.out() << Tr::tr("wrote %1").arg(file) << Qt::endl;
    return Success;
  }
  Taxonomy taxonomy;
  if (!session->replaceTaxonomyFromFile(file, taxonomy, &problem))
  {
    context.error(cliMessage(problem));
    return Failure;
  }
  context.out() << Tr::tr("the project now has %n sector(s)", nullptr, taxonomy.sectorCount())
                << Qt::endl;
  return Success;
}

} // namespace riskatlas::cli
