#pragma once

#include <QString>

struct sqlite3;

namespace riskatlas
{

/**
 * A read-only SQLite connection of its own to a file, for a reader that runs beside the writers
 * (a table in the workbench): in WAL mode it never blocks a writer nor waits for one. It holds
 * no transaction between statements, so each read sees the last commit.
 */
class ReadOnlyConnection
{
public:
  //! Opens \a path read-only; isOpen() tells, error() says why not.
  ReadOnlyConnection(const QString &path, int busyTimeoutMs);
  ~ReadOnlyConnection();
  ReadOnlyConnection(const ReadOnlyConnection &) = delete;
  ReadOnlyConnection &operator=(const ReadOnlyConnection &) = delete;

  bool isOpen() const { return mConnection != nullptr; }
  sqlite3 *handle() const { return mConnection; }
  QString error() const { return mError; }

private:
  sqlite3 *mConnection = nullptr;
  QString mError;
};

} // namespace riskatlas
