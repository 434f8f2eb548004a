#include "store/projectprobe.h"

#include "store/projectschema.h"
#include "store/writelock.h"

#include <QCoreApplication>
#include <QSet>
#include <memory>
#include <sqlite3.h>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(ProjectStore)
};

using Connection = std::unique_ptr<sqlite3, int (*)(sqlite3 *)>;

ProjectProbe failed(const QString &path, sqlite3 *connection, int rc, int busyTimeoutMs)
{
  ProjectProbe probe;
  const QString reason = QString::fromUtf8(connection ? sqlite3_errmsg(connection) : "");
  switch (rc & 0xff)
  {
  case SQLITE_BUSY:
  case SQLITE_LOCKED:
    probe.outcome = ProjectProbe::Outcome::Busy;
    probe.message = projectInUseMessage(path, busyTimeoutMs);
    break;
  case SQLITE_NOTADB:
    probe.outcome = ProjectProbe::Outcome::NotDatabase;
    break;
  case SQLITE_CORRUPT:
    probe.outcome = ProjectProbe::Outcome::Damaged;
    probe.message = projectDamagedMessage(path, reason);
    break;
  default:
    probe.outcome = ProjectProbe::Outcome::Failed;
    probe.message = rc == SQLITE_READONLY_ROLLBACK
                        ? Tr::tr("%1: a program stopped while changing this project; a command "
                                 "that changes it (e.g. assess) first undoes the unfinished change")
                              .arg(path)
                        : Tr::tr("%1: cannot read the project: %2").arg(path, reason);
  }
  return probe;
}

ProjectProbe damaged(const QString &message)
{
  ProjectProbe probe;
  probe.outcome = ProjectProbe::Outcome::Damaged;
  probe.message = message;
  return probe;
}
} // namespace

QString projectDamagedMessage(const QString &path, const QString &reason)
{
  return Tr::tr("%1: the project file is damaged: %2").arg(path, reason);
}

ProjectProbe probeProject(const QString &path, OpenMode mode, int busyTimeoutMs)
{
  sqlite3 *raw = nullptr;
  const int flags = mode == OpenMode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  int rc = sqlite3_open_v2(path.toUtf8().constData(), &raw, flags, nullptr);
  Connection connection(raw, sqlite3_close);
  if (rc != SQLITE_OK)
    return failed(path, raw, rc, busyTimeoutMs);
  sqlite3_extended_result_codes(raw, 1);
  sqlite3_busy_timeout(raw, busyTimeoutMs);

  // Each query is its own read transaction; all the probe reads is small.
  auto query = [raw](const char *sql, QStringList &values) -> int
  {
    sqlite3_stmt *statement = nullptr;
    int status = sqlite3_prepare_v2(raw, sql, -1, &statement, nullptr);
    while (status == SQLITE_OK && (status = sqlite3_step(statement)) == SQLITE_ROW)
    {
      const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
      values << (text ? QString::fromUtf8(text) : QString());
      status = SQLITE_OK;
    }
    sqlite3_finalize(statement);
    return status == SQLITE_DONE ? SQLITE_OK : status;
  };
  QStringList names;
  if ((rc = query("SELECT name FROM sqlite_master WHERE type = 'table'", names)) != SQLITE_OK)
    return failed(path, raw, rc, busyTimeoutMs);
  const QSet<QString> tables(names.cbegin(), names.cend());
  ProjectProbe probe;
  if (!tables.contains(QStringLiteral("gpkg_contents")))
  {
    probe.outcome = ProjectProbe::Outcome::NotDatabase;
    return probe;
  }
  if (!tables.contains(QString::fromUtf8(ProjectSchema::metadataTable())))
  {
    probe.outcome = ProjectProbe::Outcome::Foreign;
    return probe;
  }
  QStringList version;
  QStringList crs;
  if ((rc = query("SELECT value FROM ra_metadata WHERE key = 'schema_version'", version)) !=
          SQLITE_OK ||
      (rc = query("SELECT value FROM ra_metadata WHERE key = 'crs'", crs)) != SQLITE_OK)
    return failed(path, raw, rc, busyTimeoutMs);
  if (version.isEmpty())
    return damaged(Tr::tr("%1: the metadata row %2 is missing; the project file is damaged")
                       .arg(path, ProjectSchema::schemaVersionKey()));
  bool number = false;
  probe.schemaVersion = version.first().trimmed().toInt(&number);
  if (!number || probe.schemaVersion < 1)
    return damaged(Tr::tr("%1: the schema version \"%2\" is not valid; the project file is "
                          "damaged")
                       .arg(path, version.first()));
  QList<const char *> required{ProjectSchema::auditTable(), ProjectSchema::methodSetsTable(),
                               ProjectSchema::runsTable(), ProjectSchema::taxonomyTable()};
  if (probe.schemaVersion >= 8)
    required << ProjectSchema::assessCombinationsTable() << ProjectSchema::assessRegionsTable();
  if (!crs.isEmpty() && !crs.first().isEmpty())
    required << ProjectSchema::unitsLayer() << ProjectSchema::regionsLayer();
  for (const char *table : required)
  {
    if (!tables.contains(QString::fromUtf8(table)))
      return damaged(Tr::tr("%1: table %2 is missing; the project file is damaged")
                         .arg(path, QString::fromUtf8(table)));
  }
  probe.outcome = ProjectProbe::Outcome::Project;
  return probe;
}

} // namespace riskatlas
