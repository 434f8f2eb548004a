#include "auditentry.h"
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

//! "#12 2026-11-30T09:15:02Z 张工 override-level unit RU0001: OLD → NEW (reason)".
QString entryLine(const AuditEntry &entry)
{
  QString line = QStringLiteral("#%1 %2 %3 %4 %5")
                     .arg(entry.sequence)
                     .arg(entry.timestamp, entry.user, entry.action, entry.target);
  if (!entry.oldValue.isEmpty() || !entry.newValue.isEmpty())
    line += entry.oldValue.isEmpty()
                ? QStringLiteral(": %1").arg(entry.newValue)
                : QStringLiteral(": %1 → %2").arg(entry.oldValue, entry.newValue);
  if (!entry.reason.isEmpty())
    line += QStringLiteral(" (%1)").arg(entry.reason);
  return line;
}

QString breakMessage(const QString &path, const AuditEntry &entry, const AuditChainBreak &found)
{
  return found.altered
             ? Tr::tr("%1: audit entry #%2 was altered: its fields no longer give its hash")
                   .arg(path)
                   .arg(entry.sequence)
             : Tr::tr("%1: audit entry #%2 does not follow the entry before it: an entry was "
                      "removed or the entries were reordered")
                   .arg(path)
                   .arg(entry.sequence);
}
} // namespace

int runAudit(CliContext &context)
{
  QCommandLineParser &parser = context.parser();
  parser.setApplicationDescription(
      Tr::tr("Prints the project's audit log (who changed what, when and why), oldest first."));
  parser.addOption({QStringLiteral("verify"),
                    Tr::tr("Check the hash chain; exit 1 naming the first bad entry.")});
  parser.addOption({QStringLiteral("json"), Tr::tr("JSON on stdout (see docs/cli.md).")});
  if (const int stop = context.parse({QStringLiteral("PROJECT.gpkg")}, 1); stop >= 0)
    return stop;
  auto session = openProject(context, OpenMode::ReadOnly);
  if (!session)
    return Failure;
  Problem problem;
  const QList<AuditEntry> entries = session->auditLog(&problem);
  if (!problem.reason.isEmpty())
  {
    context.error(cliMessage(problem));
    return Failure;
  }
  const bool verify = parser.isSet(QStringLiteral("verify"));
  const AuditChainBreak found = findAuditChainBreak(entries);
  const bool broken = found.index >= 0;
  const QString head = entries.isEmpty() ? QString() : entries.last().hash;

  if (parser.isSet(QStringLiteral("json")))
  {
    QJsonArray list;
    for (const AuditEntry &entry : entries)
      list.append(auditEntryToJson(entry));
    QJsonObject firstBroken;
    if (broken)
      firstBroken = {{QStringLiteral("sequence"), entries.at(found.index).sequence},
                     {QStringLiteral("problem"),
                      found.altered ? QStringLiteral("altered") : QStringLiteral("unlinked")}};
    const QJsonObject json{
        {QStringLiteral("entries"), list},
        {QStringLiteral("count"), entries.size()},
        {QStringLiteral("head_hash"), head},
        {QStringLiteral("intact"), !broken},
        {QStringLiteral("first_broken"), broken ? QJsonValue(firstBroken) : QJsonValue()}};
    context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
  }
  else if (!verify)
  {
    for (const AuditEntry &entry : entries)
      context.out() << entryLine(entry) << Qt::endl;
  }
  if (!verify)
    return Success;
  if (broken)
  {
    context.error(breakMessage(session->path(), entries.at(found.index), found));
    return Failure;
  }
  if (!parser.isSet(QStringLiteral("json")))
    context.out() << Tr::tr("audit chain intact: %n record(s), head %1", nullptr,
                            static_cast<int>(entries.size()))
                         .arg(head.isEmpty() ? Tr::tr("none") : head)
                  << Qt::endl;
  return Success;
}

} // namespace riskatlas::cli
