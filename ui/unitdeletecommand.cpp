#include "unitdeletecommand.h"

#include "workflow/projectsession.h"

namespace riskatlas
{

namespace
{
QString describe(const QList<qint64> &fids, const QStringList &unitIds)
{
  if (unitIds.size() == 1)
    return UnitDeleteCommand::tr("Delete unit %1").arg(unitIds.first());
  return UnitDeleteCommand::tr("Delete %n unit(s)", nullptr, static_cast<int>(fids.size()));
}
} // namespace

UnitDeleteCommand::UnitDeleteCommand(ProjectDocument *document, const QList<qint64> &fids,
                                     const QStringList &unitIds, const QString &reason,
                                     RefusalHandler onRefused, QUndoCommand *parent)
    : UnitPresenceCommand(
          document, describe(fids, unitIds),
          [fids, reason](ProjectSession &session, QList<UnitEditResult> &results, Problem &problem)
          { return session.deleteUnits(fids, reason, &results, &problem); },
          std::move(onRefused), parent),
      mFids(fids), mReason(reason)
{
}

} // namespace riskatlas
