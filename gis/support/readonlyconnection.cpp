#include "support/readonlyconnection.h"

#include <sqlite3.h>

namespace riskatlas
{

ReadOnlyConnection::ReadOnlyConnection(const QString &path, int busyTimeoutMs)
{
  sqlite3 *connection = nullptr;
  // NOMUTEX: one thread uses the connection; the file's own locks order it against others.
  if (sqlite3_open_v2(path.toUtf8().constData(), &connection,
                      SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
  {
    mError = connection ? QString::fromUtf8(sqlite3_errmsg(connection))
                        : QStringLiteral("out of memory");
    sqlite3_close(connection);
    return;
  }
  sqlite3_busy_timeout(connection, busyTimeoutMs);
  mConnection = connection;
}

ReadOnlyConnection::~ReadOnlyConnection()
{
  sqlite3_close(mConnection);
}

} // namespace riskatlas
