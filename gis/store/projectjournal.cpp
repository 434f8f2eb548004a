#include "store/projectjournal.h"

#include "store/writelock.h"
#include "support/geopackagesql.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QtDebug>
#include <sqlite3.h>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(ProjectJournal)
};

//! The first column of the first row of a PRAGMA, lower case; empty on error.
QString pragmaText(sqlite3 *connection, const char *sql)
{
  SqlStatement statement(connection, sql);
  return statement.next() ? statement.string(0).toLower() : QString();
}

sqlite3 *openConnection(const QString &path, int flags)
{
  sqlite3 *connection = nullptr;
  if (sqlite3_open_v2(path.toUtf8().constData(), &connection, flags, nullptr) != SQLITE_OK)
  {
    sqlite3_close(connection);
    return nullptr;
  }
  sqlite3_busy_timeout(connection, DefaultBusyTimeoutMs);
  return connection;
}
} // namespace

std::unique_ptr<ProjectJournal> ProjectJournal::open(const QString &path, QString *error)
{
  auto fail = [error](const QString &message)
  {
    if (error)
      *error = message;
    return nullptr;
  };
  if (!QFileInfo(path).isFile())
    return fail(Tr::tr("%1: no such project file").arg(path));
  std::unique_ptr<ProjectJournal> journal(new ProjectJournal);
  journal->mPath = path;
  journal->mConnection = openConnection(path, SQLITE_OPEN_READWRITE);
  if (!journal->mConnection)
    return fail(Tr::tr("%1: cannot open the project for writing").arg(path));
  const QString mode = pragmaText(journal->mConnection, "PRAGMA journal_mode = WAL");
  if (mode != QLatin1String("wal"))
  {
    const QString reason = mode.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(journal->mConnection))
                                          : Tr::tr("it stays in %1 mode").arg(mode);
    sqlite3_close(journal->mConnection);
    journal->mConnection = nullptr;
    return fail(
        Tr::tr("%1: cannot switch the project to write-ahead logging: %2").arg(path, reason));
  }
  // A WAL connection keeps its shared lock on the file once it has read in WAL mode: only then
  // does it stop others from leaving WAL mode (GDAL does when told OGR_SQLITE_JOURNAL=DELETE).
  SqlStatement read(journal->mConnection, "SELECT COUNT(*) FROM sqlite_master");
  if (!read.next())
    return fail(Tr::tr("%1: cannot read the project: %2").arg(path, read.error()));
  return journal;
}

ProjectJournal::~ProjectJournal()
{
  QString error;
  if (mConnection && !close(&error))
    qWarning("%s", qPrintable(error));
}

bool ProjectJournal::close(QString *error)
{
  if (!mConnection)
    return true;
  // TRUNCATE waits (up to the busy timeout) for readers and writers, copies the whole log into
  // the file and empties it; leaving WAL mode then needs no other connection on the file.
  sqlite3_exec(mConnection, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
  const QString mode = pragmaText(mConnection, "PRAGMA journal_mode = DELETE");
  sqlite3_close(mConnection);
  mConnection = nullptr;
  if (mode == QLatin1String("delete"))
    return true;
  if (error)
    *error = Tr::tr("%1: another program still has the project open, so it stays in "
                    "write-ahead-log mode (with its -wal and -shm files) until that program "
                    "closes it; nothing is lost")
                 .arg(mPath);
  return false;
}

QString ProjectJournal::journalMode(const QString &path)
{
  if (!QFileInfo(path).isFile())
    return QString();
  sqlite3 *connection = openConnection(path, SQLITE_OPEN_READONLY);
  if (!connection)
    return QString();
  const QString mode = pragmaText(connection, "PRAGMA journal_mode");
  sqlite3_close(connection);
  return mode;
}

} // namespace riskatlas
