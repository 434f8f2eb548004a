#pragma once

#include "api/problem.h"
#include "api/unitedit.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <functional>

namespace riskatlas
{

/**
 * One analyst's edit of one unit on the project's undo stack. redo() applies it (the first
 * time as the edit, later as the reversal of its undo) and undo() reverses it; each is one
 * committed transaction with its audit entry, run synchronously (a single-row transaction takes
 * milliseconds). When the project refuses (a missing reason, the unit changed by someone else,
 * the file busy) nothing is written: the command reports the problem to the refusal handler and
 * marks itself obsolete, so the stack drops it instead of holding a step that no longer applies.
 */
class UnitEditCommand : public QUndoCommand
{
  Q_DECLARE_TR_FUNCTIONS(UnitEditCommand)

public:
  using RefusalHandler = std::function<void(const Problem &problem)>;

  /**
   * \a analyst is who the audit log records (Preferences::analystName()); \a onRefused, when
   * given, hears every refusal (e.g. to show it in the Problems dock or a message box).
   */
  UnitEditCommand(const QString &projectPath, const UnitEdit &edit, const QString &analyst,
                  RefusalHandler onRefused = {}, QUndoCommand *parent = nullptr);

  void redo() override;
  void undo() override;

  //! The audit entry of the last step applied (edit, undo or redo); 0 before or when none.
  qint64 lastAuditSequence() const { return mLastSequence; }
  //! The problem of the last refused step; kind Invalid with an empty reason when none.
  const Problem &problem() const { return mProblem; }
  bool wasRefused() const { return mRefused; }
  const UnitEdit &edit() const { return mEdit; }

  //! "Edit unit RU0001", "Override the level of unit RU0001" …, for the undo history.
  static QString describe(const UnitEdit &edit, const QString &unitId);

private:
  void refuse(const Problem &problem);

  QString mPath;
  UnitEdit mEdit;
  QString mAnalyst;
  RefusalHandler mOnRefused;
  //! The entry to reverse next: the edit (or its redo) for undo(), the undo for redo().
  qint64 mLastSequence = 0;
  bool mDone = false;
  bool mRefused = false;
  Problem mProblem;
};

} // namespace riskatlas
