#pragma once

#include "assessmentcomparison.h"

#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace riskatlas
{

/**
 * A review meeting (评审会) held on a project: officials and experts look at the results and
 * agree changes, which the analyst makes during the session. The session is delimited in the
 * audit log by its `review-start` and `review-end` entries: every entry between them belongs to
 * it, which is how its changes are tagged without touching the hash chain's fields.
 */
struct ReviewSession
{
  int number = 0; //!< 1, 2, … in the project, in the order held
  QString title;  //!< e.g. "2026年度城市安全风险评估成果专家评审会"
  QString date;   //!< the meeting's date, yyyy-MM-dd
  QString place;
  QString chair; //!< 主持人
  QStringList participants;
  QString recorder;         //!< 记录人: the analyst who started the session
  QString startedAt;        //!< ISO 8601 UTC
  QString endedAt;          //!< empty while the session is open
  qint64 startSequence = 0; //!< the `review-start` audit entry
  qint64 endSequence = 0;   //!< the `review-end` audit entry, 0 while open
  QString headHash;         //!< the audit chain's head hash when the session ended

  bool isOpen() const { return endedAt.isEmpty(); }
  //! Whether audit entry \a sequence was written during the session (its start and end excluded).
  bool covers(qint64 sequence) const;
  //! The `review list --json` object of one session (docs/cli.md).
  QJsonObject toJson() const;
  static ReviewSession fromJson(const QJsonObject &object);
};

//! The sessions stored in a project (metadata `review_sessions`), in order; empty on bad JSON.
QList<ReviewSession> reviewSessionsFromJson(const QString &json);
QString reviewSessionsToJson(const QList<ReviewSession> &sessions);

//! Problems with a session's details before it starts, as sentences; empty when it may start.
QStringList reviewSessionProblems(const ReviewSession &session);

/**
 * The levels of every unit and region at one moment: taken when a session starts and when it
 * ends, so that its minutes compare exactly what the meeting saw before and after, whatever
 * happens to the project later.
 */
struct ReviewSnapshot
{
  QList<ComparedItem> units;
  QList<ComparedItem> regions;
  QSet<QString> overriddenUnits; //!< units whose level was set by hand

  //! Compact JSON (arrays per item), a few dozen bytes per unit.
  QString toJson() const;
  static bool fromJson(const QString &json, ReviewSnapshot &snapshot);
  LevelCounts unitLevels() const;
};

} // namespace riskatlas
