#pragma once

// Copies of the sample city (imported, not assessed) for tests of several connections on one
// file, and ways to read such a file from outside (fresh connections of their own).

#include "import/regionimporter.h"
#include "import/unitimporter.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"
#include "testdata.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <gdal_priv.h>
#include <sqlite3.h>

namespace riskatlas::test
{

class SampleCopies
{
public:
  //! Imports the sample's districts and units into a base project; false with \a error.
  bool build(QString *error)
  {
    mBase = mDir.filePath(QStringLiteral("base.gpkg"));
    auto store = ProjectStore::create(mBase, QStringLiteral("示例市"), QString(), false, error);
    if (!store)
      return false;
    const ImportOutcome regions = RegionImporter::run(
        *store, sampleFile(QStringLiteral("districts.geojson")), {}, nullptr, nullptr);
    const ImportOutcome units =
        UnitImporter::run(*store, sampleFile(QStringLiteral("units.csv")), {}, nullptr);
    *error = (regions.messages() + units.messages()).join(QLatin1Char('\n'));
    return regions.ok && units.ok;
  }

  //! A fresh copy of the base project.
  QString copy()
  {
    const QString path = file(QStringLiteral("copy.gpkg"));
    if (!QFile::copy(mBase, path))
      qFatal("cannot copy %s", qPrintable(mBase));
    return path;
  }

  //! A new path in the temporary folder.
  QString file(const QString &name)
  {
    return mDir.filePath(QStringLiteral("%1-%2").arg(++mCounter).arg(name));
  }

private:
  QTemporaryDir mDir;
  QString mBase;
  int mCounter = 0;
};

//! Runs \a sql on a fresh read-only connection and hashes every value of every row.
inline QByteArray digest(const QString &path, const char *sql)
{
  sqlite3 *connection = nullptr;
  sqlite3_open_v2(path.toUtf8().constData(), &connection, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_busy_timeout(connection, 2000);
  sqlite3_stmt *statement = nullptr;
  QCryptographicHash hash(QCryptographicHash::Sha256);
  if (sqlite3_prepare_v2(connection, sql, -1, &statement, nullptr) != SQLITE_OK)
    hash.addData(sqlite3_errmsg(connection));
  int rc = SQLITE_ROW;
  while (statement && (rc = sqlite3_step(statement)) == SQLITE_ROW)
    for (int column = 0; column < sqlite3_column_count(statement); ++column)
    {
      const char *bytes = static_cast<const char *>(sqlite3_column_blob(statement, column));
      hash.addData(bytes, sqlite3_column_bytes(statement, column));
      hash.addData("|", 1);
    }
  if (rc != SQLITE_DONE)
    hash.addData(sqlite3_errmsg(connection));
  sqlite3_finalize(statement);
  sqlite3_close(connection);
  return hash.result().toHex();
}

//! A single value read through GDAL (read-only), or "cannot open".
inline QString value(const QString &path, const QString &sql)
{
  const char *drivers[] = {"GPKG", nullptr};
  GDALDatasetUniquePtr dataset(GDALDataset::Open(
      path.toUtf8().constData(), GDAL_OF_VECTOR | GDAL_OF_READONLY, drivers, nullptr, nullptr));
  return dataset ? querySingleValue(*dataset, sql) : QStringLiteral("cannot open");
}

//! No -wal, -shm or -journal file beside \a path.
inline bool noSideFiles(const QString &path)
{
  for (const char *suffix : {"-wal", "-shm", "-journal"})
    if (QFile::exists(path + QLatin1String(suffix)))
      return false;
  return true;
}

} // namespace riskatlas::test
