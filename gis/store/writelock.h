#pragma once

#include <QString>

struct sqlite3;

namespace riskatlas
{

/**
 * How long a writer waits for another to finish before it gives up, in milliseconds (SQLite's
 * busy timeout on every connection RiskAtlas opens to a project).
 */
constexpr int DefaultBusyTimeoutMs = 5000;

enum class WriteLock
{
  Taken,
  Busy,   //!< another connection writes, and went on longer than the busy timeout
  Failed, //!< anything else (the connection's error message tells)
};

/**
 * Takes the write lock for the deferred transaction just begun on \a connection, before it
 * reads anything, as BEGIN IMMEDIATE would (GDAL begins deferred transactions). A writer that
 * only asked for the lock at its first write could have read a state that another writer then
 * changed: in WAL mode SQLite refuses it at once without waiting (SQLITE_BUSY_SNAPSHOT).
 */
WriteLock takeWriteLock(sqlite3 *connection);

//! The message a second writer gives: names the file, says nothing was changed.
QString projectBusyMessage(const QString &path);
//! The message of a command that could not even open the project: another program kept it
//! locked for longer than \a busyTimeoutMs.
QString projectInUseMessage(const QString &path, int busyTimeoutMs);

} // namespace riskatlas
