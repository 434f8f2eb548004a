#include "auditentry.h"

#include <QCryptographicHash>

namespace riskatlas
{

QString computeAuditHash(const AuditEntry &entry)
{
  // Unit separator between fields, so that moving text from one field to the next changes it.
  const QChar separator(0x1F);
  QStringList fields{QString::number(entry.sequence),
                     entry.timestamp,
                     entry.user,
                     entry.action,
                     entry.target,
                     entry.oldValue,
                     entry.newValue,
                     entry.previousHash};
  if (!entry.reason.isEmpty())
    fields << entry.reason;
  return QString::fromLatin1(
      QCryptographicHash::hash(fields.join(separator).toUtf8(), QCryptographicHash::Sha256)
          .toHex());
}

AuditChainBreak findAuditChainBreak(const QList<AuditEntry> &entries)
{
  QString previous;
  for (int i = 0; i < entries.size(); ++i)
  {
    const AuditEntry &entry = entries.at(i);
    if (computeAuditHash(entry) != entry.hash)
      return {i, true};
    if (entry.previousHash != previous)
      return {i, false};
    previous = entry.hash;
  }
  return {};
}

int firstBrokenAuditEntry(const QList<AuditEntry> &entries)
{
  return findAuditChainBreak(entries).index;
}

QJsonObject auditEntryToJson(const AuditEntry &entry)
{
  return {{QStringLiteral("sequence"), entry.sequence},
          {QStringLiteral("timestamp"), entry.timestamp},
          {QStringLiteral("user"), entry.user},
          {QStringLiteral("action"), entry.action},
          {QStringLiteral("target"), entry.target},
          {QStringLiteral("old"), entry.oldValue},
          {QStringLiteral("new"), entry.newValue},
          {QStringLiteral("reason"), entry.reason},
          {QStringLiteral("previous_hash"), entry.previousHash},
          {QStringLiteral("hash"), entry.hash}};
}

QString operatingSystemUser()
{
  for (const char *variable : {"USER", "USERNAME", "LOGNAME"})
  {
    const QString name = qEnvironmentVariable(variable);
    if (!name.isEmpty())
      return name;
  }
  return QStringLiteral("unknown");
}

} // namespace riskatlas
