// riskatlas-cli hazards: the hidden-danger register (事故隐患) — import, export, list, update,
// stats. Parses, calls ProjectSession, prints; list and stats --json are documented contracts.
#include "clicommands.h"
#include "hazardpresentation.h"
#include "problemwording.h"
#include "reproducibletime.h"
#include "workflow/problemscsv.h"
#include "workflow/projectsession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>

namespace riskatlas::cli
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(RiskAtlasCli)
};

bool parseDateOption(CliContext &context, const QString &name, QDate &date)
{
  const QString text = context.parser().value(name);
  if (text.isEmpty())
    return true;
  date = QDate::fromString(text, Qt::ISODate);
  if (date.isValid())
    return true;
  context.error(Tr::tr("--%1 %2: expected a date YYYY-MM-DD").arg(name, text));
  return false;
}

//! The filter options; false after reporting wrong usage.
bool readFilter(CliContext &context, HazardFilter &filter)
{
  QCommandLineParser &parser = context.parser();
  filter.asOf = reproducibleNow().toLocalTime().date();
  if (!parseDateOption(context, QStringLiteral("as-of"), filter.asOf))
    return false;
  filter.overdueOnly = parser.isSet(QStringLiteral("overdue"));
  const QString grade = parser.value(QStringLiteral("grade"));
  if (!grade.isEmpty())
  {
    HazardGrade value;
    if (!hazardGradeFromText(grade, value))
    {
      context.error(Tr::tr("--grade %1: expected general or major").arg(grade));
      return false;
    }
    filter.grade = value;
  }
  const QString status = parser.value(QStringLiteral("status"));
  if (!status.isEmpty() && context.positional(0) != QLatin1String("update"))
  {
    HazardStatus value;
    if (!hazardStatusFromText(status, value))
    {
      context.error(Tr::tr("--status %1: expected found, assigned, rectifying, rectified or closed")
                        .arg(status));
      return false;
    }
    filter.status = value;
  }
  filter.round = parser.value(QStringLiteral("round")).trimmed();
  filter.district = parser.value(QStringLiteral("district")).trimmed();
  filter.unitId = parser.value(QStringLiteral("unit")).trimmed();
  return true;
}

bool expectArguments(CliContext &context, const QString &usage, int count)
{
  if (context.parser().positionalArguments().size() == count + 1)
    return true;
  context.error(Tr::tr("usage: riskatlas-cli hazards %1").arg(usage));
  return false;
}

//! expectArguments(), then the filter options into \a filter; false after saying what is wrong.
bool expectFilteredArguments(CliContext &context, const QString &usage, int count,
                             HazardFilter &filter)
{
  return expectArguments(context, usage, count) && readFilter(context, filter);
}

int hazardsImport(CliContext &context)
{
  if (!expectArguments(context, QStringLiteral("import PROJECT.gpkg REGISTER.csv|.xlsx"), 2))
    return Usage;
  QCommandLineParser &parser = context.parser();
  HazardImportOptions options;
  options.layerName = parser.value(QStringLiteral("layer"));
  options.encoding = parser.value(QStringLiteral("encoding")).toLatin1();
  if (parser.isSet(QStringLiteral("header-row")))
  {
    bool number = false;
    options.headerRow = parser.value(QStringLiteral("header-row")).toInt(&number);
    if (!number || options.headerRow < 1)
    {
      context.error(Tr::tr("--header-row must be 1 or more"));
      return Usage;
    }
  }
  auto session = openProject(context, context.positional(1));
  if (!session)
    return Failure;
  const ImportOutcome outcome =
      session->importHazards(context.positional(2), options, context.progress());
  const QString errorsFile = parser.value(QStringLiteral("errors"));
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
  context.out() << Tr::tr("hidden dangers: %1 added, %2 updated, %3 unchanged")
                       .arg(outcome.added)
                       .arg(outcome.updated)
                       .arg(outcome.unchanged)
                << Qt::endl;
  reportWarnings(context, session->takeWarnings());
  return Success;
}

int hazardsExport(CliContext &context)
{
  HazardFilter filter;
  if (!expectFilteredArguments(context, QStringLiteral("export PROJECT.gpkg OUT.csv|OUT.xlsx"), 2,
                               filter))
    return Usage;
  const Problems fileProblems = ProjectSession::checkHazardFile(context.positional(2));
  if (!fileProblems.isEmpty())
  {
    reportProblems(context, fileProblems);
    return Usage;
  }
  auto session = openProject(context, context.positional(1), OpenMode::ReadOnly);
  if (!session)
    return Failure;
  Problem problem;
  int rows = 0;
  if (!session->exportHazards(context.positional(2), filter, &rows, &problem))
  {
    context.error(cliMessage(problem));
    return Failure;
  }
  context.out()
      << Tr::tr("wrote %n hidden danger(s) to %1", nullptr, rows).arg(context.positional(2))
      << Qt::endl;
  return Success;
}

int hazardsList(CliContext &context)
{
  HazardFilter filter;
  if (!expectFilteredArguments(context, QStringLiteral("list PROJECT.gpkg [filters] [--json]"), 1,
                               filter))
    return Usage;
  auto session = openProject(context, context.positional(1), OpenMode::ReadOnly);
  if (!session)
    return Failure;
  Problem problem;
  QList<HiddenDanger> hazards = session->hazards(filter, &problem);
  if (!problem.reason.isEmpty())
  {
    context.error(cliMessage(problem));
    return Failure;
  }
  if (filter.overdueOnly) // the longest overdue first
    std::stable_sort(hazards.begin(), hazards.end(),
                     [&filter](const HiddenDanger &a, const HiddenDanger &b)
                     { return a.daysOverdue(filter.asOf) > b.daysOverdue(filter.asOf); });
  if (context.parser().isSet(QStringLiteral("json")))
  {
    context.out() << QString::fromUtf8(
        QJsonDocument(hazardListToJson(hazards, filter.asOf)).toJson(QJsonDocument::Indented));
    return Success;
  }
  for (const HiddenDanger &hazard : hazards)
  {
    QString line = QStringLiteral("%1  %2 %3  %4  %5  %6 %7  %8 %9")
                       .arg(hazard.id, hazard.unitId, hazard.unitName, hazardGradeKey(hazard.grade),
                            hazardStatusKey(hazard.status), Tr::tr("round"),
                            hazard.round.isEmpty() ? QStringLiteral("-") : hazard.round,
                            Tr::tr("deadline"), hazard.deadline.toString(Qt::ISODate));
    if (hazard.isOverdue(filter.asOf))
      line += QStringLiteral("  ") +
              Tr::tr("overdue %n day(s)", nullptr, int(hazard.daysOverdue(filter.asOf)));
    context.out() << line << Qt::endl;
  }
  context.out() << Tr::tr("%n hidden danger(s) as of %1", nullptr, int(hazards.size()))
                       .arg(filter.asOf.toString(Qt::ISODate))
                << Qt::endl;
  return Success;
}

int hazardsUpdate(CliContext &context)
{
  if (!expectArguments(context,
                       QStringLiteral("update PROJECT.gpkg HAZARD_ID --status STATUS [--date "
                                      "YYYY-MM-DD] [--verifier NAME] [--reason TEXT]"),
                       2))
    return Usage;
  QCommandLineParser &parser = context.parser();
  HazardUpdate update;
  update.hazardId = context.positional(2);
  const QString status = parser.value(QStringLiteral("status"));
  if (!status.isEmpty())
  {
    HazardStatus value;
    if (!hazardStatusFromText(status, value))
    {
      context.error(Tr::tr("--status %1: expected found, assigned, rectifying, rectified or closed")
                        .arg(status));
      return Usage;
    }
    update.status = value;
  }
  QDate date;
  if (!parseDateOption(context, QStringLiteral("date"), date) ||
      !parseDateOption(context, QStringLiteral("rectified-date"), update.rectifiedDate) ||
      !parseDateOption(context, QStringLiteral("deadline"), update.deadline))
    return Usage;
  if (!update.status && !update.deadline.isValid())
  {
    context.error(Tr::tr("give --status or --deadline"));
    return Usage;
  }
  // --date is the date of the step the status names.
  if (update.status == HazardStatus::Closed)
    update.closedDate = date;
  else if (update.status == HazardStatus::Rectified && !update.rectifiedDate.isValid())
    update.rectifiedDate = date;
  update.verifier = parser.value(QStringLiteral("verifier"));
  update.reason = parser.value(QStringLiteral("reason"));
  auto session = openProject(context, context.positional(1));
  if (!session)
    return Failure;
  Problem problem;
  HiddenDanger after;
  if (!session->updateHazard(update, &after, &problem))
  {
    if (problem.kind == ProblemKind::ReasonRequired)
      context.error(Tr::tr("%1; give --reason").arg(problem.message()));
    else
      context.error(cliMessage(problem));
    return Failure;
  }
  context.out() << Tr::tr("hidden danger %1: %2, deadline %3")
                       .arg(after.id, hazardStatusKey(after.status),
                            after.deadline.toString(Qt::ISODate))
                << Qt::endl;
  reportWarnings(context, session->takeWarnings());
  return Success;
}

int hazardsStats(CliContext &context)
{
  HazardFilter filter;
  if (!expectFilteredArguments(context, QStringLiteral("stats PROJECT.gpkg [filters] [--json]"), 1,
                               filter))
    return Usage;
  auto session = openProject(context, context.positional(1), OpenMode::ReadOnly);
  if (!session)
    return Failure;
  Problem problem;
  const HazardStatistics statistics = session->hazardStatistics(filter, &problem);
  if (!problem.reason.isEmpty())
  {
    context.error(cliMessage(problem));
    return Failure;
  }
  if (context.parser().isSet(QStringLiteral("json")))
  {
    context.out() << QString::fromUtf8(
        QJsonDocument(statistics.toJson()).toJson(QJsonDocument::Indented));
    return Success;
  }
  printHazardStatistics(context.out(), statistics);
  return Success;
}
int hazardsMap(CliContext &context)
{
  HazardFilter filter;
  if (!expectFilteredArguments(context,
                               QStringLiteral("map PROJECT.gpkg OUT.pdf|OUT.png|OUT.svg [--as-of "
                                              "YYYY-MM-DD] [--language zh|en]"),
                               2, filter))
    return Usage;
  const QString output = context.positional(2);
  MapRequest request;
  if (const int stop = readMapPaperOptions(context, request, output, false, false); stop >= 0)
    return stop;
  auto session = openProject(context, context.positional(1), OpenMode::ReadOnly);
  if (!session)
    return Failure;
  const MapExport result = session->exportRectificationMap(filter, request, output);
  reportWarnings(context, session->takeWarnings());
  reportWarnings(context, result.warnings);
  if (!result.ok)
  {
    context.error(cliMessage(result.problem));
    return result.problem.kind == ProblemKind::TemplateInvalid ? Usage : Failure;
  }
  for (const QString &file : result.written)
    context.out() << Tr::tr("wrote %1").arg(file) << Qt::endl;
  return Success;
}
} // namespace

int runHazards(CliContext &context)
{
  QCommandLineParser &parser = context.parser();
  parser.setApplicationDescription(Tr::tr(
      "The hidden-danger register (事故隐患) and its 60-day closed loop: import a register "
      "(CSV/XLSX, Chinese headers, GBK or UTF-8), export it, list it, change a hidden danger's "
      "status, count found / rectified / closed / overdue as of a date, and map the districts' "
      "rectification rate. Schemas: "
      "resources/schemas/hazard-list.schema.json, hazard-stats.schema.json."));
  parser.addOption({QStringLiteral("as-of"),
                    Tr::tr("list, export, stats: judge overdue on this date (default today)."),
                    Tr::tr("YYYY-MM-DD")});
  parser.addOption(
      {QStringLiteral("overdue"), Tr::tr("list, export, stats: only overdue hidden dangers.")});
  parser.addOption({QStringLiteral("grade"), Tr::tr("list, export, stats: only this grade."),
                    Tr::tr("general|major")});
  parser.addOption(
      {QStringLiteral("round"), Tr::tr("list, export, stats: only this round."), Tr::tr("N")});
  parser.addOption({QStringLiteral("district"),
                    Tr::tr("list, export, stats: only this district (code)."), Tr::tr("CODE")});
  parser.addOption({QStringLiteral("unit"), Tr::tr("list, export, stats: only this unit's."),
                    Tr::tr("UNIT_ID")});
  parser.addOption({QStringLiteral("status"),
                    Tr::tr("update: the new status; list, export, stats: only this status."),
                    Tr::tr("STATUS")});
  parser.addOption({QStringLiteral("json"), Tr::tr("list, stats: JSON on stdout (docs/cli.md).")});
  parser.addOption({QStringLiteral("date"),
                    Tr::tr("update: the date of the step (rectified or closed)."),
                    Tr::tr("YYYY-MM-DD")});
  parser.addOption({QStringLiteral("rectified-date"),
                    Tr::tr("update: the date rectified, when closing straight away."),
                    Tr::tr("YYYY-MM-DD")});
  parser.addOption(
      {QStringLiteral("verifier"), Tr::tr("update: who verified a closure."), Tr::tr("NAME")});
  parser.addOption({QStringLiteral("deadline"), Tr::tr("update: a new deadline (needs --reason)."),
                    Tr::tr("YYYY-MM-DD")});
  parser.addOption({QStringLiteral("reason"),
                    Tr::tr("update: why (required to reopen or to move the deadline)."),
                    Tr::tr("TEXT")});
  parser.addOption(
      {QStringLiteral("layer"), Tr::tr("import: the sheet of a workbook."), Tr::tr("NAME")});
  parser.addOption({QStringLiteral("encoding"),
                    Tr::tr("import: text encoding of a CSV, e.g. GBK; UTF-8 and GB18030 are "
                           "recognised by themselves."),
                    Tr::tr("NAME")});
  parser.addOption({QStringLiteral("header-row"),
                    Tr::tr("import: the row holding the column names (default 1)."), Tr::tr("N")});
  addMapPaperOptions(parser, QString());
  addMapResolutionOption(parser);
  addLanguageOption(parser);
  parser.addOption({QStringLiteral("errors"),
                    Tr::tr("import: on failure, also write every problem to this CSV file."),
                    Tr::tr("FILE.csv")});
  if (const int stop = context.parse({QStringLiteral("import|export|list|update|stats|map"),
                                      QStringLiteral("PROJECT.gpkg"), QStringLiteral("ARGUMENT")},
                                     2);
      stop >= 0)
    return stop;
  const QString action = context.positional(0);
  if (action == QLatin1String("import"))
    return hazardsImport(context);
  if (action == QLatin1String("export"))
    return hazardsExport(context);
  if (action == QLatin1String("list"))
    return hazardsList(context);
  if (action == QLatin1String("update"))
    return hazardsUpdate(context);
  if (action == QLatin1String("stats"))
    return hazardsStats(context);
  if (action == QLatin1String("map"))
    return hazardsMap(context);
  context.error(
      Tr::tr("unknown action \"%1\" (import, export, list, update, stats, map)").arg(action));
  return Usage;
}

} // namespace riskatlas::cli
