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
  AssessRequest request;
  const QString aggregationKey = parser.value(QStringLiteral("aggregation"));
  if (!aggregationKey.isEmpty())
  {
    AggregationRule aggregation = AggregationRule::Max;
    if (!aggregationRuleFromKey(aggregationKey, aggregation))
    {
      context.error(Tr::tr("--aggregation %1: expected %2")
                        .arg(aggregationKey, aggregationRuleKeys().join(QStringLiteral(", "))));
      return Usage;
    }
    request.aggregation = aggregation;
  }
  const QString method = parser.value(QStringLiteral("method"));
  const QString methodSetFile = parser.value(QStringLiteral("method-set"));
  if (!method.isEmpty() && !methodSetFile.isEmpty())
  {
    context.error(Tr::tr("--method and --method-set exclude each other"));
    return Usage;
  }
  if (!method.isEmpty())
  {
    MethodSet methodSet;
    QString error;
    if (!MethodSet::forMethod(method, methodSet, &error))
    {
      context.error(QStringLiteral("--method %1: %2").arg(method, error));
      return Usage;
    }
    request.methodSet = methodSet;
  }
  request.scope =
      parser.isSet(QStringLiteral("full")) ? AssessScope::Everything : AssessScope::Changes;
  auto session = openProject(context);
  if (!session)
    return Failure;
  if (!methodSetFile.isEmpty())
  {
    MethodSet methodSet;
    Problems problems;
    if (!session->replaceMethodSetFromFile(methodSetFile, methodSet, &problems))
    {
      reportProblems(context, problems);
      return Failure;
    }
    request.methodSet = methodSet;
  }

  const AssessOutcome outcome = session->assess(request, context.progress());
  if (!outcome.ok)
  {
    context.error(cliMessage(assessProblem(outcome, session->path())));
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
  reportWarnings(context, session->takeWarnings());
  return Success;
}

} // namespace riskatlas::cli
