#include "uniteditcommands.h"

#include "workflow/projectsession.h"

namespace riskatlas
{

UnitEditCommand::UnitEditCommand(const QString &projectPath, const UnitEdit &edit,
                                 const QString &analyst, RefusalHandler onRefused,
                                 QUndoCommand *parent)
    : QUndoCommand(parent), mPath(projectPath), mEdit(edit), mAnalyst(analyst),
      mOnRefused(std::move(onRefused))
{
  setText(describe(edit, QString()));
}

QString UnitEditCommand::describe(const UnitEdit &edit, const QString &unitId)
{
  const QString unit = unitId.isEmpty() ? QStringLiteral("#%1").arg(edit.fid) : unitId;
  if (edit.values.size() == 1 && edit.values.contains(UnitEditFields::levelOverride()))
    return edit.values.value(UnitEditFields::levelOverride()).isEmpty()
               ? tr("Clear the level override of unit %1").arg(unit)
               : tr("Override the level of unit %1").arg(unit);
  if (edit.values.size() == 1 && edit.values.contains(UnitEditFields::position()))
    return tr("Move unit %1").arg(unit);
  return tr("Edit unit %1").arg(unit);
}

void UnitEditCommand::refuse(const Problem &problem)
{
  mRefused = true;
  mProblem = problem;
  setObsolete(true);
  if (mOnRefused)
    mOnRefused(problem);
}

void UnitEditCommand::redo()
{
  Problem problem;
  auto session = ProjectSession::open(mPath, &problem);
  if (!session)
    return refuse(problem);
  session->setAnalyst(mAnalyst);
  UnitEditResult result;
  const bool ok = mDone ? session->reverseUnitEdit(mLastSequence, &result, &problem)
                        : session->editUnit(mEdit, &result, &problem);
  if (!ok)
    return refuse(problem);
  if (!mDone)
  {
    setText(describe(mEdit, result.unitId));
    // The unit held these values already: nothing to undo, nothing kept on the stack.
    if (result.auditSequence == 0)
      setObsolete(true);
  }
  mDone = true;
  mLastSequence = result.auditSequence;
}

void UnitEditCommand::undo()
{
  if (mLastSequence == 0)
    return;
  Problem problem;
  auto session = ProjectSession::open(mPath, &problem);
  if (!session)
    return refuse(problem);
  session->setAnalyst(mAnalyst);
  UnitEditResult result;
  if (!session->reverseUnitEdit(mLastSequence, &result, &problem))
    return refuse(problem);
  mLastSequence = result.auditSequence;
}

} // namespace riskatlas
