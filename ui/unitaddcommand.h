#pragma once

#include "api/unitcreation.h"
#include "unitpresencecommand.h"

namespace riskatlas
{

/**
 * Adding a unit (UnitAddTool's request) on the project's undo stack: redo() adds it
 * (ProjectSession::addUnit: scored, its regions updated, audited add-unit), undo() removes it
 * again (undo-add-unit), a later redo() adds it back (add-unit, "redo of #N"). An undo is
 * refused when the unit was changed since; a redo when its ID is used again.
 */
class UnitAddCommand : public UnitPresenceCommand
{
  Q_DECLARE_TR_FUNCTIONS(UnitAddCommand)

public:
  UnitAddCommand(ProjectDocument *document, const UnitCreation &unit, RefusalHandler onRefused = {},
                 QUndoCommand *parent = nullptr);

  const UnitCreation &unit() const { return mUnit; }

private:
  UnitCreation mUnit;
};

} // namespace riskatlas
