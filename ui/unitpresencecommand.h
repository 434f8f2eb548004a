#pragma once

#include "api/problem.h"
#include "api/unitedit.h"

#include <QCoreApplication>
#include <QList>
#include <QPointer>
#include <QUndoCommand>
#include <functional>
#include <memory>

namespace riskatlas
{

class ProjectDocument;
class ProjectSession;

/**
 * Units added to or deleted from the project, undoably: the base of UnitAddCommand and
 * UnitDeleteCommand. redo() applies the change (the first time as the addition or deletion,
 * later as the reversal of its undo) and undo() reverses it, each a writing task on the document
 * (one committed transaction with its audit entries, recorded as Preferences::analystName()),
 * after which the document reloads its layers and emits changed().
 *
 * A step the project refuses — the unit was changed or deleted since, its ID is used again, the
 * file is busy — writes nothing: the refusal handler hears the problem, worded as a sentence
 * ("Cannot undo “Add unit RU0361”: …"), and the command keeps the project as it is, so a later
 * step in the other direction does nothing.
 */
class UnitPresenceCommand : public QUndoCommand
{
  Q_DECLARE_TR_FUNCTIONS(UnitPresenceCommand)

public:
  using RefusalHandler = std::function<void(const Problem &problem)>;

  void redo() override;
  void undo() override;

  //! The audit entries of the last step that was applied (on the main thread, once its task
  //! completed); empty before.
  QList<qint64> lastAuditSequences() const;
  //! The results of the last step applied (units, fids, records).
  QList<UnitEditResult> lastResults() const;
  //! Whether the change is in the project (after a completed redo, before an undo).
  bool isApplied() const;
  //! The problem of the last refused step; kind Invalid with an empty reason when none.
  Problem problem() const;

protected:
  //! The first application: adds or deletes, filling the results.
  using FirstStep = std::function<bool(ProjectSession &session, QList<UnitEditResult> &results,
                                       Problem &problem)>;

  UnitPresenceCommand(ProjectDocument *document, const QString &text, FirstStep first,
                      RefusalHandler onRefused, QUndoCommand *parent);

private:
  //! Shared with the tasks, which run after the command may have gone.
  struct State;
  void queue(bool applying);

  QPointer<ProjectDocument> mDocument;
  FirstStep mFirst;
  RefusalHandler mOnRefused;
  std::shared_ptr<State> mState;
};

} // namespace riskatlas
