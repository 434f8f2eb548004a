#include "store/writelock.h"

#include <QCoreApplication>
#include <sqlite3.h>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(ProjectStore)
};
} // namespace

WriteLock takeWriteLock(sqlite3 *connection)
{
  // A write that matches no row still takes the lock (and waits the busy timeout for it);
  // gpkg_contents exists in every GeoPackage, even before the project's own tables.
  const int rc =
      sqlite3_exec(connection, "UPDATE gpkg_contents SET table_name = table_name WHERE 0", nullptr,
                   nullptr, nullptr);
  if (rc == SQLITE_OK)
    return WriteLock::Taken;
  return (rc & 0xff) == SQLITE_BUSY ? WriteLock::Busy : WriteLock::Failed;
}

QString projectBusyMessage(const QString &path)
{
  return Tr::tr("%1: another program is changing this project; nothing was changed. Try again "
                "when it has finished")
      .arg(path);
}

QString projectInUseMessage(const QString &path, int busyTimeoutMs)
{
  return Tr::tr("%1: the project is in use by another program, which kept it locked for more "
                "than %2 s; nothing was read or changed. Try again when it has finished")
      .arg(path)
      .arg(busyTimeoutMs / 1000.0);
}

} // namespace riskatlas
