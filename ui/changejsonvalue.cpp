#include "changejsonvalue.h"

#include "methodsetdraft.h"

namespace riskatlas
{

ChangeJsonValue::ChangeJsonValue(MethodSetDraft *draft, const QStringList &path,
                                 const QJsonValue &oldValue, const QJsonValue &newValue,
                                 const QString &text)
    : QUndoCommand(text), mDraft(draft), mPath(path), mOld(oldValue), mNew(newValue)
{
}

void ChangeJsonValue::undo()
{
  mDraft->applyValue(mPath, mOld);
}

void ChangeJsonValue::redo()
{
  mDraft->applyValue(mPath, mNew);
}

} // namespace riskatlas
