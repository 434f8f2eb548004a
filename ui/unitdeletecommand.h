#pragma once

#include "unitpresencecommand.h"

namespace riskatlas
{

/**
 * Deleting units (one or several, in one transaction) on the project's undo stack: redo()
 * deletes them with the analyst's reason (ProjectSession::deleteUnits: each audited delete-unit
 * with its whole record; their regions updated), undo() restores them exactly (restore-unit:
 * same IDs, fids, fields, inputs and overrides), a later redo() deletes them again. An undo is
 * refused when an ID is used by another unit since; a redo when a unit was changed since.
 */
class UnitDeleteCommand : public UnitPresenceCommand
{
  Q_DECLARE_TR_FUNCTIONS(UnitDeleteCommand)

public:
  //! \a unitIds name the units for the undo history ("Delete unit RU0001", "Delete 3 units").
  UnitDeleteCommand(ProjectDocument *document, const QList<qint64> &fids,
                    const QStringList &unitIds, const QString &reason,
                    RefusalHandler onRefused = {}, QUndoCommand *parent = nullptr);

  QList<qint64> fids() const { return mFids; }
  QString reason() const { return mReason; }

private:
  QList<qint64> mFids;
  QString mReason;
};

} // namespace riskatlas
