#include "unitpresencecommand.h"

#include "projectdocument.h"
#include "sessiontask.h"
#include "workflow/projectsession.h"

#include <QMutex>
#include <QMutexLocker>

namespace riskatlas
{

struct UnitPresenceCommand::State
{
  mutable QMutex mutex;
  //! The entries the next step reverses: those of the last step applied.
  QList<UnitEditResult> results;
  bool applied = false;
  bool started = false; //!< the first application succeeded once
  Problem problem;
};

UnitPresenceCommand::UnitPresenceCommand(ProjectDocument *document, const QString &text,
                                         FirstStep first, RefusalHandler onRefused,
                                         QUndoCommand *parent)
    : QUndoCommand(text, parent), mDocument(document), mFirst(std::move(first)),
      mOnRefused(std::move(onRefused)), mState(std::make_shared<State>())
{
}

void UnitPresenceCommand::redo()
{
  queue(true);
}

void UnitPresenceCommand::undo()
{
  queue(false);
}

QList<qint64> UnitPresenceCommand::lastAuditSequences() const
{
  QMutexLocker lock(&mState->mutex);
  QList<qint64> sequences;
  for (const UnitEditResult &result : mState->results)
    sequences << result.auditSequence;
  return sequences;
}

QList<UnitEditResult> UnitPresenceCommand::lastResults() const
{
  QMutexLocker lock(&mState->mutex);
  return mState->results;
}

bool UnitPresenceCommand::isApplied() const
{
  QMutexLocker lock(&mState->mutex);
  return mState->applied;
}

Problem UnitPresenceCommand::problem() const
{
  QMutexLocker lock(&mState->mutex);
  return mState->problem;
}

void UnitPresenceCommand::queue(bool applying)
{
  if (!mDocument)
    return;
  const QString name = text();
  const QString step = applying ? name : tr("Undo %1").arg(name);
  const std::shared_ptr<State> state = mState;
  const FirstStep first = mFirst;
  auto *task = new SessionTask(
      step, mDocument->path(), true,
      [state, first, applying, name, step](ProjectSession &session, QgsFeedback *)
      {
        TaskResult result;
        QMutexLocker lock(&state->mutex);
        // A step in the other direction was refused: the project is already where this leads.
        if (state->applied == applying)
        {
          result.ok = true;
          return result;
        }
        QList<UnitEditResult> done;
        Problem problem;
        bool ok = false;
        if (applying && !state->started)
          ok = first(session, done, problem);
        else
        {
          QList<qint64> sequences;
          for (const UnitEditResult &last : state->results)
            sequences << last.auditSequence;
          ok = session.reverseUnitPresence(sequences, &done, &problem);
        }
        if (!ok)
        {
          // A whole sentence, for the status bar or a message box.
          const QString because = problem.message();
          problem.reason =
              applying && state->started
                  ? tr("Cannot redo “%1”: %2. The project is left as it is.").arg(name, because)
              : applying
                  ? tr("Cannot do “%1”: %2. Nothing was changed.").arg(name, because)
                  : tr("Cannot undo “%1”: %2. The project is left as it is.").arg(name, because);
          problem.location.clear();
          state->problem = problem;
          result.problems << problem;
          return result;
        }
        state->started = true;
        state->applied = applying;
        state->results = done;
        state->problem = Problem();
        result.ok = true;
        result.messages << step;
        return result;
      });
  const RefusalHandler refused = mOnRefused;
  QObject::connect(task, &SessionTask::completed, mDocument.data(),
                   [refused](const TaskResult &result)
                   {
                     if (!result.ok && !result.cancelled && refused && !result.problems.isEmpty())
                       refused(result.problems.first());
                   });
  mDocument->run(task);
}

} // namespace riskatlas
