#pragma once

#include <QString>

struct sqlite3;

namespace riskatlas
{

/**
 * Exclusive access to a project that is about to be replaced (new --overwrite): held while the
 * new file is built and renamed over it, so no program reads or writes the old one meanwhile.
 * Waits up to the busy timeout for other programs; a file in WAL mode that another program
 * still has open (a workbench session) is refused too. A file that is not an SQLite database
 * needs no lock.
 */
class ReplaceLock
{
public:
  ReplaceLock(const QString &path, int busyTimeoutMs);
  ~ReplaceLock();
  ReplaceLock(const ReplaceLock &) = delete;
  ReplaceLock &operator=(const ReplaceLock &) = delete;

  bool isHeld() const { return mError.isEmpty(); }
  //! Why the lock could not be taken, naming the file.
  QString error() const { return mError; }
  //! Lets go (after the rename: the lock was on the old file).
  void release();

private:
  sqlite3 *mConnection = nullptr;
  QString mError;
};

} // namespace riskatlas
