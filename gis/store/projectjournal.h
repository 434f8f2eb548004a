#pragma once

#include <QString>
#include <memory>

struct sqlite3;

namespace riskatlas
{

/**
 * The journal mode of a project file for the lifetime of a long-lived session (the workbench):
 * write-ahead logging (WAL) while it lives, so readers (the map canvas, QGIS Desktop) never block
 * a writer and a writer never blocks them; back to SQLite's rollback journal (DELETE mode) when
 * it closes, the log first checkpointed into the file, so the project is one file again.
 *
 * It keeps a connection of its own open: while it is open no other program can take the file
 * out of WAL mode (QGIS tries to when it closes its last layer of a GeoPackage), and the -wal
 * and -shm files stay. Close every other connection of this process first (ProjectStore, QGIS
 * layers, then let Qt delete QGIS's pooled connections), then close() the journal.
 * See docs/architecture.md.
 */
class ProjectJournal
{
public:
  /**
   * Switches \a path to WAL mode. Fails (null, with \a error) when the file is missing, is no
   * SQLite database, or stays in another mode (e.g. on a network share without shared memory).
   */
  static std::unique_ptr<ProjectJournal> open(const QString &path, QString *error);
  //! Calls close() unless done; a failure is only logged.
  ~ProjectJournal();
  ProjectJournal(const ProjectJournal &) = delete;
  ProjectJournal &operator=(const ProjectJournal &) = delete;

  QString path() const { return mPath; }

  /**
   * Checkpoints the log into the file (TRUNCATE), returns it to DELETE mode and closes the
   * journal's connection. False, with \a error, when another connection still has the file
   * open: the file then stays in WAL mode, whole (nothing is lost), until the last connection
   * closes it (QGIS then returns it to DELETE mode, and so does the next session's close()).
   */
  bool close(QString *error);

  //! The file's journal mode as SQLite reports it ("delete", "wal", …), empty on error.
  static QString journalMode(const QString &path);

private:
  ProjectJournal() = default;

  QString mPath;
  sqlite3 *mConnection = nullptr;
};

} // namespace riskatlas
