#include "assess/projectassessor.h"
#include "clicommands.h"
#include "store/projectschema.h"
#include "store/projectstore.h"

#include <QCoreApplication>

namespace riskatlas::cli
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(RiskAtlasCli)
};

//! Reads, checks and stores a method set file as the project's current set.
bool adoptMethodSetFile(CliContext &context, ProjectStore &store, const QString &path,
                        MethodSet &set)
{
  QString error;
  if (!readMethodSet(context, path, store.taxonomy(), set))
    return false;
  if (!store.beginTransaction(&error) || !store.setMethodSet(set, &error) || !store.commit(&error))
  {
    store.rollback();
    context.error(error);
    return false;
  }
  return true;
}
} // namespace

int runAssess(CliContext &context)
{
  QCommandLineParser &parser = context.parser();
  parser.setApplicationDescription(
      Tr::tr("Scores every unit with the project's method set and aggregates the regions; lists "
             "every unit whose level changed and why."));
  parser.addOption({QStringLiteral("method"),
                    Tr::tr("Score every unit with this method's default parameters, for this run "
                           "only: matrix, lec or mes."),
                    Tr::tr("METHOD")});
  parser.addOption({QStringLiteral("method-set"),
                    Tr::tr("Make this method set file the project's own, then score with it."),
                    Tr::tr("FILE.json")});
  parser.addOption({QStringLiteral("aggregation"),
                    Tr::tr("How regions take their level: max (highest unit level, the default), "
                           "weighted (composite index) or density (major and significant units "
                           "per km²). The project keeps the rule for later runs."),
                    Tr::tr("RULE")});
  parser.addOption({QStringLiteral("full"),
                    Tr::tr("Read and place every unit again, even when only the method set or the "
                           "aggregation rule changed since the last run.")});
  if (const int stop = context.parse({QStringLiteral("PROJECT.gpkg")}, 1); stop >= 0)
    return stop;
  const QString aggregationKey = parser.value(QStringLiteral("aggregation"));
  AggregationRule aggregation = AggregationRule::Max;
  if (!aggregationKey.isEmpty() && !aggregationRuleFromKey(aggregationKey, aggregation))
  {
    context.error(Tr::tr("--aggregation %1: expected %2")
                      .arg(aggregationKey, aggregationRuleKeys().join(QStringLiteral(", "))));
    return Usage;
  }
  const QString method = parser.value(QStringLiteral("method"));
  const QString methodSetFile = parser.value(QStringLiteral("method-set"));
  MethodSet methodSet;
  if (!method.isEmpty() && !methodSetFile.isEmpty())
  {
    context.error(Tr::tr("--method and --method-set exclude each other"));
    return Usage;
  }
  QString error;
  if (!method.isEmpty() && !MethodSet::forMethod(method, methodSet, &error))
  {
    context.error(QStringLiteral("--method %1: %2").arg(method, error));
    return Usage;
  }
  auto store = openProject(context);
  if (!store)
    return Failure;
  if (!methodSetFile.isEmpty() && !adoptMethodSetFile(context, *store, methodSetFile, methodSet))
    return Failure;
  if (method.isEmpty() && methodSetFile.isEmpty())
    methodSet = store->methodSet();
  if (aggregationKey.isEmpty())
    aggregationRuleFromKey(store->metadata(ProjectSchema::aggregationKey()), aggregation);

  const AssessOutcome outcome = ProjectAssessor::run(
      *store, methodSet, aggregation, context.progress(),
      parser.isSet(QStringLiteral("full")) ? AssessScope::Everything : AssessScope::Changes);
  const QString path = store->path();
  store.reset();
  if (!outcome.ok)
  {
    context.error(outcome.error);
    return Failure;
  }
  for (const QString &problem : outcome.unscored)
    context.warning(Tr::tr("left unscored: %1").arg(problem));
  if (!outcome.outside.isEmpty())
    context.warning(
        Tr::tr("%n unit(s) lie outside every region: %1", nullptr, outcome.outside.size())
            .arg(outcome.outside.join(QStringLiteral(", "))));
  context.out() << Tr::tr("assessed %1 units: %2 scored, %3 unscored, %4 outside every region; "
                          "%5 level change(s); method set %6")
                       .arg(outcome.units)
                       .arg(outcome.scored)
                       .arg(outcome.unscored.size())
                       .arg(outcome.outsideRegions)
                       .arg(outcome.levelChanges.size())
                       .arg(outcome.methodSetHash.left(12))
                << Qt::endl;
  for (const LevelChange &change : outcome.levelChanges)
    context.out() << QStringLiteral("  %1 %2: %3 → %4 (%5)")
                         .arg(change.unitId, change.unitName, change.oldLevel, change.newLevel,
                              change.reason)
                  << Qt::endl;
  // The layers' default styles do not depend on results: the imports stored them.
  refreshEmbeddedProject(context, path);
  return Success;
}

} // namespace riskatlas::cli
