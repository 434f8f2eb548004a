#pragma once

#include <QJsonValue>
#include <QStringList>
#include <QUndoCommand>

namespace riskatlas
{

class MethodSetDraft;

//! One edit of a method-set draft: the value at a path, old and new (Tiled's ChangeValue).
class ChangeJsonValue : public QUndoCommand
{
public:
  ChangeJsonValue(MethodSetDraft *draft, const QStringList &path, const QJsonValue &oldValue,
                  const QJsonValue &newValue, const QString &text);

  void undo() override;
  void redo() override;

private:
  MethodSetDraft *mDraft;
  QStringList mPath;
  QJsonValue mOld;
  QJsonValue mNew;
};

} // namespace riskatlas
