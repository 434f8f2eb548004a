#include "store/replacelock.h"

#include <QByteArray>
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

bool isBusy(int rc)
{
  return (rc & 0xff) == SQLITE_BUSY || (rc & 0xff) == SQLITE_LOCKED;
}
} // namespace

ReplaceLock::ReplaceLock(const QString &path, int busyTimeoutMs)
{
  if (sqlite3_open_v2(path.toUtf8().constData(), &mConnection, SQLITE_OPEN_READWRITE, nullptr) !=
      SQLITE_OK)
  {
    release(); // not a database we can open: nothing to share
    return;
  }
  sqlite3_busy_timeout(mConnection, busyTimeoutMs);
  // In WAL mode readers never block an exclusive lock; leaving WAL needs every other
  // connection closed, so it tells whether another program still has the file open (SQLite
  // then keeps WAL and answers "wal" without an error).
  sqlite3_stmt *statement = nullptr;
  int rc = sqlite3_prepare_v2(mConnection, "PRAGMA journal_mode = DELETE", -1, &statement, nullptr);
  if (rc == SQLITE_OK && (rc = sqlite3_step(statement)) == SQLITE_ROW)
  {
    const auto *mode = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
    rc = mode && qstricmp(mode, "delete") == 0 ? SQLITE_OK : SQLITE_BUSY;
  }
  sqlite3_finalize(statement);
  if (rc == SQLITE_OK)
    rc = sqlite3_exec(mConnection, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr);
  if (rc == SQLITE_OK)
    return;
  if (isBusy(rc))
    mError = Tr::tr("%1: another program has this project open; it was not replaced. Try again "
                    "when it has finished")
                 .arg(path);
  release();
}

ReplaceLock::~ReplaceLock()
{
  release();
}

void ReplaceLock::release()
{
  if (!mConnection)
    return;
  if (!sqlite3_get_autocommit(mConnection))
    sqlite3_exec(mConnection, "ROLLBACK", nullptr, nullptr, nullptr);
  sqlite3_close(mConnection);
  mConnection = nullptr;
}

} // namespace riskatlas
