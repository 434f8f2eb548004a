#pragma once

#include "auditentry.h"

namespace riskatlas
{

class Language;

//! What an audit entry's action did, in \a language ("Unit edited", "评审会开始"…); unknown
//! actions read as themselves.
QString auditActionText(const QString &action, const Language &language);

//! Whether \a action records a whole unit (added, deleted, restored) rather than changed fields.
bool isUnitRecordAuditAction(const QString &action);

//! Whether \a action is an analyst's change of a unit (an edit, an override, a move, an addition,
//! a deletion, their undo and redo), not a consequence of one (the assessment's "level").
bool isUnitChangeAuditAction(const QString &action);

//! A unit's record as the audit log keeps it, in brief: "id · name · sector · level".
QString auditRecordSummary(const QString &recordJson);

//! An entry's change in one line: "old → new", a unit record in brief, or the new value alone.
QString auditChangeText(const AuditEntry &entry, const Language &language);

} // namespace riskatlas
