#include "workflow/sectorusage.h"

#include "support/geopackagesql.h"
#include "support/readonlyconnection.h"

namespace riskatlas
{

bool SectorUsage::read(const QString &path, QHash<QString, qint64> &unitsBySector, QString *error)
{
  unitsBySector.clear();
  ReadOnlyConnection connection(path, 5000);
  if (!connection.isOpen())
  {
    if (error)
      *error = tr("%1: %2").arg(path, connection.error());
    return false;
  }
  SqlStatement hasUnits(connection.handle(),
                        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'units'");
  if (!hasUnits.next())
    return !hasUnits.failed();
  SqlStatement statement(connection.handle(), "SELECT sector, COUNT(*) FROM units GROUP BY sector");
  while (statement.next())
    unitsBySector.insert(statement.string(0), statement.integer(1));
  if (statement.failed() || !statement.isValid())
  {
    if (error)
      *error = tr("%1: %2").arg(path, statement.error());
    return false;
  }
  return true;
}

} // namespace riskatlas
