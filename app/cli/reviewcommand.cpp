#include "clicommands.h"
#include "problemwording.h"
#include "workflow/projectsession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace riskatlas::cli
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(RiskAtlasCli)
};

//! The action's arguments after the project, or false with its usage said.
bool expectReviewArguments(CliContext &context, const QString &usage, int count)
{
  if (context.parser().positionalArguments().size() == count + 1)
    return true;
  context.error(Tr::tr("usage: riskatlas-cli review %1").arg(usage));
  return false;
}

int reviewStart(CliContext &context)
{
  if (!expectReviewArguments(context,
                             QStringLiteral("start PROJECT.gpkg --title TEXT --date YYYY-MM-DD "
                                            "--chair NAME --participant NAME… [--place TEXT]"),
                             1))
    return Usage;
  QCommandLineParser &parser = context.parser();
  ReviewSession session;
  session.title = parser.value(QStringLiteral("title"));
  session.date = parser.value(QStringLiteral("date"));
  session.place = parser.value(QStringLiteral("place"));
  session.chair = parser.value(QStringLiteral("chair"));
  session.participants = parser.values(QStringLiteral("participant"));
  if (const QStringList problems = reviewSessionProblems(session); !problems.isEmpty())
  {
    for (const QString &problem : problems)
      context.error(problem);
    return Usage;
  }
  auto project = openProject(context, context.positional(1));
  if (!project)
    return Failure;
  Problem problem;
  if (!project->startReview(session, &problem))
  {
    context.error(cliMessage(problem));
    return Failure;
  }
  context.out() << Tr::tr("review session %1 started: %2").arg(session.number).arg(session.title)
                << Qt::endl;
  return Success;
}

int reviewEnd(CliContext &context)
{
  if (!expectReviewArguments(context, QStringLiteral("end PROJECT.gpkg"), 1))
    return Usage;
  auto project = openProject(context, context.positional(1));
  if (!project)
    return Failure;
  Problem problem;
  ReviewSession ended;
  if (!project->endReview(ended, &problem))
  {
    context.error(cliMessage(problem));
    return Failure;
  }
  context.out()
      << Tr::tr("review session %1 ended; audit head %2").arg(ended.number).arg(ended.headHash)
      << Qt::endl;
  return Success;
}

int reviewList(CliContext &context)
{
  if (!expectReviewArguments(context, QStringLiteral("list PROJECT.gpkg [--json]"), 1))
    return Usage;
  auto project = openProject(context, context.positional(1), OpenMode::ReadOnly);
  if (!project)
    return Failure;
  Problem problem;
  const QList<ReviewSession> sessions = project->reviewSessions(&problem);
  if (!problem.reason.isEmpty())
  {
    context.error(cliMessage(problem));
    return Failure;
  }
  if (context.parser().isSet(QStringLiteral("json")))
  {
    QJsonArray array;
    for (const ReviewSession &session : sessions)
      array.append(session.toJson());
    context.out() << QString::fromUtf8(
        QJsonDocument(QJsonObject{{QStringLiteral("sessions"), array}})
            .toJson(QJsonDocument::Indented));
    return Success;
  }
  for (const ReviewSession &session : sessions)
    context.out() << QStringLiteral("%1  %2  %3  %4  %5")
                         .arg(session.number)
                         .arg(session.date, session.title, session.chair,
                              session.isOpen() ? Tr::tr("open") : Tr::tr("ended"))
                  << Qt::endl;
  return Success;
}

int reviewMinutes(CliContext &context)
{
  if (!expectReviewArguments(
          context,
          QStringLiteral("minutes PROJECT.gpkg FILE.pdf|.docx|.odt|.html [--session N] "
                         "[--language zh|en]"),
          2))
    return Usage;
  QCommandLineParser &parser = context.parser();
  const QString file = context.positional(2);
  const QString language = parser.value(QStringLiteral("language"));
  bool numberOk = true;
  const int number = parser.isSet(QStringLiteral("session"))
                         ? parser.value(QStringLiteral("session")).toInt(&numberOk)
                         : 0;
  if (!numberOk || number < 0)
  {
    context.error(Tr::tr("--session %1: expected the number of a review session")
                      .arg(parser.value(QStringLiteral("session"))));
    return Usage;
  }
  if (const Problems problems =
          ProjectSession::checkMinutesFile(file) + ProjectSession::checkLanguage(language);
      !problems.isEmpty())
  {
    context.error(usageMessage(context, problems.first(), false));
    return Usage;
  }
  auto project = openProject(context, context.positional(1), OpenMode::ReadOnly);
  if (!project)
    return Failure;
  Problem problem;
  if (!project->writeReviewMinutes(number, file, language, &problem))
  {
    context.error(cliMessage(problem));
    return Failure;
  }
  for (const QString &warning : project->takeWarnings())
    context.warning(warning);
  context.out() << Tr::tr("wrote %1").arg(file) << Qt::endl;
  return Success;
}
} // namespace

int runReview(CliContext &context)
{
  QCommandLineParser &parser = context.parser();
  parser.setApplicationDescription(
      Tr::tr("Review sessions with officials and experts: start one (date, place, chair, "
             "participants), make the agreed changes in the workbench — each needs a reason and "
             "is recorded with the session —, end it, and write its minutes (PDF, DOCX, ODT or "
             "HTML): attendees, every change with old → new level and reason, the counts and "
             "maps before and after, and the audit chain's head hash."));
  parser.addOption(
      {QStringLiteral("title"), Tr::tr("start: the meeting's title."), Tr::tr("TEXT")});
  parser.addOption(
      {QStringLiteral("date"), Tr::tr("start: the meeting's date."), Tr::tr("YYYY-MM-DD")});
  parser.addOption({QStringLiteral("place"), Tr::tr("start: where it is held."), Tr::tr("TEXT")});
  parser.addOption({QStringLiteral("chair"), Tr::tr("start: who chairs it."), Tr::tr("NAME")});
  parser.addOption({QStringLiteral("participant"),
                    Tr::tr("start: one participant (repeat for each)."), Tr::tr("NAME")});
  parser.addOption({QStringLiteral("json"), Tr::tr("list: JSON on stdout (see docs/cli.md).")});
  parser.addOption({QStringLiteral("session"),
                    Tr::tr("minutes: the session's number (default: the last one)."), Tr::tr("N")});
  addLanguageOption(parser);
  if (const int stop = context.parse({QStringLiteral("start|end|list|minutes"),
                                      QStringLiteral("PROJECT.gpkg"), QStringLiteral("FILE")},
                                     2);
      stop >= 0)
    return stop;
  const QString action = context.positional(0);
  if (action == QLatin1String("start"))
    return reviewStart(context);
  if (action == QLatin1String("end"))
    return reviewEnd(context);
  if (action == QLatin1String("list"))
    return reviewList(context);
  if (action == QLatin1String("minutes"))
    return reviewMinutes(context);
  context.error(Tr::tr("unknown action \"%1\" (start, end, list, minutes)").arg(action));
  return Usage;
}

} // namespace riskatlas::cli
