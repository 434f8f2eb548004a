#pragma once

#include <QString>
#include <memory>

namespace riskatlas
{

class ReadOnlyConnection;

/**
 * Tells whether another connection committed to a project file since the last look: SQLite's
 * `PRAGMA data_version` on a read-only connection of the watch's own, which changes when any
 * other connection (another process such as riskatlas-cli or QGIS Desktop, or another
 * connection of this process) commits. A look is one cheap pragma, no read of the data.
 *
 * Close the watch before the file's ProjectJournal (it is one more connection to the file).
 */
class ProjectChangeWatch
{
public:
  //! Watches \a path; null, with \a error, when the file cannot be opened.
  static std::unique_ptr<ProjectChangeWatch> open(const QString &path, QString *error);
  ~ProjectChangeWatch();
  ProjectChangeWatch(const ProjectChangeWatch &) = delete;
  ProjectChangeWatch &operator=(const ProjectChangeWatch &) = delete;

  QString path() const { return mPath; }
  //! True when a commit happened since the last look (or rebaseline()); then looks again anew.
  bool changedSinceLastLook();
  //! Takes the file as it is now as known (e.g. after this program's own commit).
  void rebaseline();
  /**
   * True when the path no longer names the file the watch opened: another file was moved or
   * copied over it as a whole (a backup restored, a file manager's "replace"), or it was removed
   * or renamed. The watch's connection still reads the old file: reopen the project. POSIX only;
   * Windows cannot replace a file that is open.
   */
  bool fileReplaced() const;
  //! The path names no file any more (removed or renamed away).
  bool fileMissing() const;

private:
  ProjectChangeWatch(const QString &path, std::unique_ptr<ReadOnlyConnection> connection);
  //! The file's data version as seen by the watch's connection; -1 on error.
  qint64 dataVersion() const;

  QString mPath;
  std::unique_ptr<ReadOnlyConnection> mConnection;
  qint64 mVersion = -1;
  //! The opened file's identity (device and inode), empty where the platform has none.
  QByteArray mIdentity;
};

} // namespace riskatlas
