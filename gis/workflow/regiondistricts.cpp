#include "workflow/regiondistricts.h"

#include "regionkind.h"
#include "store/writelock.h"
#include "support/geopackagesql.h"
#include "support/readonlyconnection.h"

#include <QCoreApplication>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(RegionDistricts)
};
} // namespace

QHash<QString, QString> regionDistricts(const QString &projectPath, QString *error)
{
  QHash<QString, QString> districts;
  ReadOnlyConnection connection(projectPath, DefaultBusyTimeoutMs);
  if (!connection.isOpen())
  {
    if (error)
      *error = Tr::tr("cannot read %1: %2").arg(projectPath, connection.error());
    return districts;
  }
  {
    SqlStatement table(connection.handle(),
                       "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'regions'");
    if (!table.next())
    {
      if (table.failed() && error)
        *error = table.error();
      return districts;
    }
  }
  QHash<QString, QString> parents;
  SqlStatement statement(connection.handle(), "SELECT region_id, kind, parent_id FROM regions");
  const QString district = regionKindKey(RegionKind::District);
  while (statement.next())
  {
    const QString id = statement.string(0);
    if (statement.string(1) == district)
      districts.insert(id, id);
    else
      parents.insert(id, statement.string(2));
  }
  if (statement.failed() || !statement.isValid())
  {
    if (error)
      *error = statement.error();
    return {};
  }
  // A grid cell's parent is a street or a district: two steps at most, a few more tolerated.
  for (auto it = parents.cbegin(); it != parents.cend(); ++it)
  {
    QString parent = it.value();
    for (int step = 0; step < 4 && !parent.isEmpty() && !districts.contains(parent); ++step)
      parent = parents.value(parent);
    if (districts.contains(parent))
      districts.insert(it.key(), districts.value(parent));
  }
  return districts;
}

} // namespace riskatlas
