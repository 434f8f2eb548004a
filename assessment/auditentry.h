#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

namespace riskatlas
{

/**
 * One entry of a project's append-only audit log: when, who (the analyst, by default the OS
 * user), what, old → new and why. Each entry carries the hash of the previous one, so a removed
 * or altered entry is detectable.
 */
struct AuditEntry
{
  qint64 sequence = 0;
  QString timestamp; //!< ISO 8601 UTC
  QString user;
  QString action; //!< e.g. "import-units", "assess"
  QString target; //!< what was changed, e.g. a file name or a unit id
  QString oldValue;
  QString newValue;
  QString previousHash;
  QString reason; //!< why (schema 9); empty for entries written before and for routine steps
  QString hash;
};

/**
 * SHA-256 (hex) over every field except hash itself. The reason takes part only when it is not
 * empty, so entries written before it existed (schema < 9) keep their hashes.
 */
QString computeAuditHash(const AuditEntry &entry);

//! Where and how an audit chain (entries in sequence order) is broken.
struct AuditChainBreak
{
  int index = -1; //!< the first bad entry, -1 when the chain is intact
  //! True: the entry's own fields no longer give its hash (it was edited). False: it does not
  //! follow the entry before it (an entry was removed or the entries were reordered).
  bool altered = false;
};

//! Checks every entry's hash and its link to the one before.
AuditChainBreak findAuditChainBreak(const QList<AuditEntry> &entries);

//! Index of the first entry whose hash or link to its predecessor is wrong, or -1 if intact.
int firstBrokenAuditEntry(const QList<AuditEntry> &entries);

//! One entry as `riskatlas-cli audit --json` prints it (sequence, timestamp, user, action,
//! target, old, new, reason, previous_hash, hash).
QJsonObject auditEntryToJson(const AuditEntry &entry);

//! The operating-system user name recorded as "who".
QString operatingSystemUser();

} // namespace riskatlas
