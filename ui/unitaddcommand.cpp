#include "unitaddcommand.h"

#include "workflow/projectsession.h"

namespace riskatlas
{

UnitAddCommand::UnitAddCommand(ProjectDocument *document, const UnitCreation &unit,
                               RefusalHandler onRefused, QUndoCommand *parent)
    : UnitPresenceCommand(
          document, tr("Add unit %1").arg(unit.unitId.trimmed()),
          [unit](ProjectSession &session, QList<UnitEditResult> &results, Problem &problem)
          {
            UnitEditResult result;
            if (!session.addUnit(unit, &result, &problem))
              return false;
            results = {result};
            return true;
          },
          std::move(onRefused), parent),
      mUnit(unit)
{
}

} // namespace riskatlas
