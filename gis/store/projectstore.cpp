#include "store/projectstore.h"

#include "reproducibletime.h"
#include "store/projectprobe.h"
#include "store/projectschema.h"
#include "store/replacelock.h"
#include "store/writelock.h"
#include "support/gdalsupport.h"
#include "support/geopackagesql.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <sqlite3.h>
#include <utility>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(ProjectStore)
};

void closeDataset(GDALDataset *dataset)
{
  GDALClose(dataset);
}

QString isoNow()
{
  return reproducibleNow().toString(Qt::ISODate);
}
} // namespace

ProjectStore::~ProjectStore()
{
  if (mInTransaction)
    rollback();
}

std::unique_ptr<ProjectStore> ProjectStore::create(const QString &path, const QString &name,
                                                   const QString &crsAuthId, bool overwrite,
                                                   QString *error)
{
  auto fail = [error](const QString &message)
  {
    if (error)
      *error = message;
    return nullptr;
  };
  const bool replacing = QFileInfo::exists(path);
  if (replacing && !overwrite)
    return fail(Tr::tr("%1: the file exists already; use --overwrite to replace it").arg(path));
  OGRSpatialReference srs;
  if (!crsAuthId.isEmpty() && srs.SetFromUserInput(crsAuthId.toUtf8().constData()) != OGRERR_NONE)
    return fail(Tr::tr("unknown coordinate reference system \"%1\"").arg(crsAuthId));
  if (!replacing)
    return build(path, path, name, crsAuthId, error);

  // The old file stays until the new one is complete and renamed over it (one rename: a kill
  // leaves one or the other); meanwhile no other program may use it.
  ReplaceLock lock(path, DefaultBusyTimeoutMs);
  if (!lock.isHeld())
    return fail(lock.error());
  const QFileInfo target(path);
  const QString buildPath = target.dir().filePath(
      QStringLiteral(".%1.new-%2").arg(target.fileName()).arg(QCoreApplication::applicationPid()));
  QFile::remove(buildPath);
  if (!build(buildPath, path, name, crsAuthId, error))
    return nullptr;
  if (::rename(QFile::encodeName(buildPath).constData(), QFile::encodeName(path).constData()) != 0)
  {
    QFile::remove(buildPath);
    return fail(Tr::tr("%1: cannot replace the existing file").arg(path));
  }
  lock.release();
  return open(path, OpenMode::ReadWrite, error);
}

std::unique_ptr<ProjectStore> ProjectStore::build(const QString &buildPath, const QString &path,
                                                  const QString &name, const QString &crsAuthId,
                                                  QString *error)
{
  auto fail = [error](const QString &message)
  {
    if (error)
      *error = message;
    return nullptr;
  };
  GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("GPKG");
  if (!driver)
    return fail(Tr::tr("GDAL has no GeoPackage driver"));
  std::unique_ptr<ProjectStore> store(new ProjectStore);
  store->mPath = path;
  store->adopt(driver->Create(buildPath.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
  if (!store->mDataset)
    return fail(Tr::tr("%1: cannot create the GeoPackage: %2").arg(path, lastGdalError()));

  QString stepError;
  const bool ok =
      store->beginTransaction(&stepError) && store->initialise(false, &stepError) &&
      store->setMetadata(ProjectSchema::projectNameKey(),
                         name.isEmpty() ? QFileInfo(path).completeBaseName() : name, &stepError) &&
      store->setMetadata(ProjectSchema::createdKey(), isoNow(), &stepError) &&
      store->appendAudit(QStringLiteral("new"), QFileInfo(path).fileName(), QString(),
                         store->projectName(), &stepError) &&
      store->setMethodSet(MethodSet::defaultSet(), &stepError) &&
      (crsAuthId.isEmpty() || store->setCrs(crsAuthId, &stepError)) && store->commit(&stepError);
  if (!ok)
  {
    store.reset();
    QFile::remove(buildPath);
    return fail(Tr::tr("%1: %2").arg(path, stepError));
  }
  return store;
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString &path, QString *error)
{
  return open(path, OpenMode::ReadWrite, error);
}

std::unique_ptr<ProjectStore> ProjectStore::open(const QString &path, OpenMode mode, QString *error,
                                                 ProblemKind *kind)
{
  auto fail = [error, kind](const QString &message, ProblemKind why = ProblemKind::Failed)
  {
    if (error)
      *error = message;
    if (kind)
      *kind = why;
    return nullptr;
  };
  if (!QFileInfo::exists(path))
    return fail(Tr::tr("%1: no such project file").arg(path));
  const bool readOnly = mode == OpenMode::ReadOnly;
  // SQLite alone first: it waits for another program's lock (GDAL would just fail to open) and
  // names a missing table before any code relies on it.
  const ProjectProbe probe = probeProject(path, mode, DefaultBusyTimeoutMs);
  switch (probe.outcome)
  {
  case ProjectProbe::Outcome::Damaged:
    return fail(probe.message, ProblemKind::Damaged);
  case ProjectProbe::Outcome::Busy:
  case ProjectProbe::Outcome::Failed:
    return fail(probe.message);
  case ProjectProbe::Outcome::Foreign:
    if (readOnly)
      return fail(Tr::tr("%1 is not a RiskAtlas project").arg(path));
    break;
  case ProjectProbe::Outcome::Project:
    if (readOnly && probe.schemaVersion < ProjectSchema::CurrentVersion)
      return fail(Tr::tr("%1: the project has schema version %2; a command that changes it "
                         "(e.g. assess) first migrates it to version %3")
                      .arg(path)
                      .arg(probe.schemaVersion)
                      .arg(ProjectSchema::CurrentVersion));
    break;
  case ProjectProbe::Outcome::NotDatabase:
    break;
  }
  const char *drivers[] = {"GPKG", nullptr};
  std::unique_ptr<ProjectStore> store(new ProjectStore);
  store->mPath = path;
  store->mReadOnly = readOnly;
  store->adopt(GDALDataset::Open(path.toUtf8().constData(),
                                 GDAL_OF_VECTOR | (readOnly ? GDAL_OF_READONLY : GDAL_OF_UPDATE),
                                 drivers, nullptr, nullptr));
  if (!store->mDataset)
    return fail(readOnly ? Tr::tr("%1: not a GeoPackage").arg(path)
                         : Tr::tr("%1: not a GeoPackage that can be opened for writing").arg(path));
  QString stepError;
  const int version = store->schemaVersion();
  if (store->hasReadError())
    return fail(store->takeReadError(), ProblemKind::Damaged);
  if (readOnly)
  {
    if (!ProjectSchema::migrateProject(*store->mDataset, version, &stepError))
      return fail(Tr::tr("%1: %2").arg(path, stepError));
  }
  else if (version < ProjectSchema::CurrentVersion)
  {
    if (!store->beginTransaction(&stepError) || !store->initialise(true, &stepError) ||
        !store->commit(&stepError))
      return fail(stepError.startsWith(path) ? stepError : Tr::tr("%1: %2").arg(path, stepError));
    store->mMigratedFrom = version;
  }
  else if (!ProjectSchema::migrateProject(*store->mDataset, version, &stepError))
    return fail(Tr::tr("%1: %2").arg(path, stepError));
  return store;
}

QString ProjectStore::takeReadError()
{
  return std::exchange(mReadError, QString());
}

void ProjectStore::noteReadError(const QString &reason) const
{
  if (mReadError.isEmpty())
    mReadError = projectDamagedMessage(mPath, reason);
}

QString ProjectStore::readValue(const QString &sql) const
{
  CPLErrorReset();
  const QString value = querySingleValue(*mDataset, sql);
  if (CPLGetLastErrorType() >= CE_Failure)
    noteReadError(lastGdalError());
  return value;
}

void ProjectStore::adopt(GDALDataset *dataset)
{
  mDataset = {dataset, closeDataset};
  if (dataset)
    setBusyTimeout(DefaultBusyTimeoutMs);
}

void ProjectStore::setBusyTimeout(int milliseconds)
{
  mBusyTimeoutMs = milliseconds;
  if (sqlite3 *connection = geoPackageConnection(*mDataset))
    sqlite3_busy_timeout(connection, milliseconds);
}

bool ProjectStore::initialise(bool recordMigration, QString *error)
{
  const int from = schemaVersion();
  if (!ProjectSchema::migrateProject(*mDataset, from, error))
    return false;
  if (from == ProjectSchema::CurrentVersion)
    return true;
  const bool ok = setMetadata(ProjectSchema::schemaVersionKey(),
                              QString::number(ProjectSchema::CurrentVersion), error);
  return ok &&
         (!recordMigration ||
          appendAudit(QStringLiteral("migrate"), QStringLiteral("schema"), QString::number(from),
                      QString::number(ProjectSchema::CurrentVersion), error));
}

int ProjectStore::schemaVersion() const
{
  if (!mDataset->GetLayerByName(ProjectSchema::metadataTable()))
    return 0;
  return metadata(ProjectSchema::schemaVersionKey()).toInt();
}

QString ProjectStore::metadata(const QString &key) const
{
  return readValue(
      QStringLiteral("SELECT value FROM ra_metadata WHERE key = %1").arg(sqlLiteral(key)));
}

bool ProjectStore::setMetadata(const QString &key, const QString &value, QString *error)
{
  return executeSql(*mDataset,
                    QStringLiteral("INSERT INTO ra_metadata(key, value) VALUES (%1, %2) "
                                   "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
                        .arg(sqlLiteral(key), sqlLiteral(value)),
                    error);
}

QString ProjectStore::projectName() const
{
  return metadata(ProjectSchema::projectNameKey());
}

QString ProjectStore::crsAuthId() const
{
  return metadata(ProjectSchema::crsKey());
}

bool ProjectStore::setCrs(const QString &crsAuthId, QString *error)
{
  if (hasSpatialLayers())
  {
    if (error)
      *error = Tr::tr("the project CRS is fixed already (%1)").arg(this->crsAuthId());
    return false;
  }
  OGRSpatialReference srs;
  if (srs.SetFromUserInput(crsAuthId.toUtf8().constData()) != OGRERR_NONE)
  {
    if (error)
      *error = Tr::tr("unknown coordinate reference system \"%1\"").arg(crsAuthId);
    return false;
  }
  char *wkt = nullptr;
  srs.exportToWkt(&wkt);
  const QString wktText = QString::fromUtf8(wkt);
  CPLFree(wkt);
  return ProjectSchema::createSpatialLayers(*mDataset, wktText, error) &&
         setMetadata(ProjectSchema::crsKey(), crsAuthId, error) &&
         appendAudit(QStringLiteral("set-crs"), QStringLiteral("project"), QString(), crsAuthId,
                     error);
}

bool ProjectStore::hasSpatialLayers() const
{
  return mDataset->GetLayerByName(ProjectSchema::unitsLayer()) != nullptr;
}

OGRLayer *ProjectStore::unitsLayer()
{
  return mDataset->GetLayerByName(ProjectSchema::unitsLayer());
}

OGRLayer *ProjectStore::regionsLayer()
{
  return mDataset->GetLayerByName(ProjectSchema::regionsLayer());
}

bool ProjectStore::beginTransaction(QString *error)
{
  mAuditSequence = -1;
  if (mReadOnly)
  {
    if (error)
      *error = Tr::tr("%1: the project was opened read-only").arg(mPath);
    return false;
  }
  if (mDataset->StartTransaction(FALSE) != OGRERR_NONE)
  {
    if (error)
      *error = Tr::tr("cannot start a transaction: %1").arg(lastGdalError());
    return false;
  }
  sqlite3 *connection = geoPackageConnection(*mDataset);
  const WriteLock lock = connection ? takeWriteLock(connection) : WriteLock::Taken;
  if (lock != WriteLock::Taken)
  {
    const QString message = QString::fromUtf8(sqlite3_errmsg(connection));
    mDataset->RollbackTransaction();
    if (error)
      *error = lock == WriteLock::Busy ? projectBusyMessage(mPath)
                                       : Tr::tr("cannot start a transaction: %1").arg(message);
    return false;
  }
  mInTransaction = true;
  return true;
}

bool ProjectStore::commit(QString *error)
{
  mAuditSequence = -1;
  mInTransaction = false;
  if (mDataset->CommitTransaction() != OGRERR_NONE)
  {
    // In rollback-journal mode a commit waits for readers to let go; SQLite then keeps the
    // transaction open, while GDAL counts it as ended: roll it back so nothing lands.
    sqlite3 *connection = geoPackageConnection(*mDataset);
    const bool busy = connection && (sqlite3_errcode(connection) & 0xff) == SQLITE_BUSY;
    const QString message = lastGdalError();
    if (connection && !sqlite3_get_autocommit(connection))
      sqlite3_exec(connection, "ROLLBACK", nullptr, nullptr, nullptr);
    if (error)
      *error = busy ? Tr::tr("%1: another program kept reading the project for longer than %2 "
                             "s, so the changes could not be saved; nothing was changed")
                          .arg(mPath)
                          .arg(mBusyTimeoutMs / 1000.0)
                    : Tr::tr("cannot commit the changes: %1").arg(message);
    return false;
  }
  return true;
}

void ProjectStore::rollback()
{
  mAuditSequence = -1;
  // Callers roll back after any failure, also one of beginTransaction() or commit(), which
  // leave no transaction (GDAL would print an error).
  if (!mInTransaction)
    return;
  mInTransaction = false;
  mDataset->RollbackTransaction();
}

bool ProjectStore::appendAudit(const QString &action, const QString &target,
                               const QString &oldValue, const QString &newValue, QString *error,
                               const QString &reason)
{
  OGRLayer *layer = mDataset->GetLayerByName(ProjectSchema::auditTable());
  if (!mInTransaction || mAuditSequence < 0)
  {
    mAuditSequence =
        querySingleValue(*mDataset,
                         QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM ra_audit_log"))
            .toLongLong();
    mAuditHash = querySingleValue(
        *mDataset, QStringLiteral("SELECT hash FROM ra_audit_log ORDER BY seq DESC LIMIT 1"));
  }
  AuditEntry entry;
  entry.sequence = mAuditSequence + 1;
  entry.previousHash = mAuditHash;
  entry.timestamp = isoNow();
  entry.user = mAuditUser;
  entry.action = action;
  entry.target = target;
  entry.oldValue = oldValue;
  entry.newValue = newValue;
  entry.reason = reason;
  entry.hash = computeAuditHash(entry);

  OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
  feature->SetField("seq", static_cast<GIntBig>(entry.sequence));
  setStringField(*feature, "timestamp", entry.timestamp);
  setStringField(*feature, "user", entry.user);
  setStringField(*feature, "action", entry.action);
  setStringField(*feature, "target", entry.target);
  setStringField(*feature, "old_value", entry.oldValue);
  setStringField(*feature, "new_value", entry.newValue);
  setStringField(*feature, "prev_hash", entry.previousHash);
  setStringField(*feature, "hash", entry.hash);
  if (!reason.isEmpty())
    setStringField(*feature, "reason", reason);
  if (layer->CreateFeature(feature.get()) != OGRERR_NONE)
  {
    mAuditSequence = -1;
    if (error)
      *error = Tr::tr("cannot write the audit log: %1").arg(lastGdalError());
    return false;
  }
  mAuditSequence = entry.sequence;
  mAuditHash = entry.hash;
  mLastAppended = entry.sequence;
  return true;
}

void ProjectStore::setAuditUser(const QString &user)
{
  mAuditUser = user.trimmed().isEmpty() ? operatingSystemUser() : user.trimmed();
}

bool ProjectStore::auditEntry(qint64 sequence, AuditEntry &entry) const
{
  const QList<AuditEntry> entries = readAudit(QStringLiteral("WHERE seq = %1").arg(sequence));
  if (entries.isEmpty())
    return false;
  entry = entries.first();
  return true;
}

QList<AuditEntry> ProjectStore::auditLog() const
{
  return readAudit(QString());
}

QList<AuditEntry> ProjectStore::readAudit(const QString &where) const
{
  QList<AuditEntry> entries;
  CPLErrorReset();
  const QString sql =
      QStringLiteral("SELECT seq, timestamp, user, action, target, old_value, new_value, "
                     "prev_hash, hash, reason FROM ra_audit_log %1 ORDER BY seq")
          .arg(where);
  OGRLayer *result = mDataset->ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr);
  if (!result)
  {
    noteReadError(lastGdalError());
    return entries;
  }
  for (auto &feature : *result)
  {
    AuditEntry entry;
    entry.sequence = feature->GetFieldAsInteger64(0);
    entry.timestamp = stringField(*feature, "timestamp");
    entry.user = stringField(*feature, "user");
    entry.action = stringField(*feature, "action");
    entry.target = stringField(*feature, "target");
    entry.oldValue = stringField(*feature, "old_value");
    entry.newValue = stringField(*feature, "new_value");
    entry.previousHash = stringField(*feature, "prev_hash");
    entry.hash = stringField(*feature, "hash");
    entry.reason = stringField(*feature, "reason");
    entries.append(entry);
  }
  if (CPLGetLastErrorType() >= CE_Failure)
    noteReadError(lastGdalError());
  mDataset->ReleaseResultSet(result);
  return entries;
}

MethodSet ProjectStore::methodSet() const
{
  const QString hash = metadata(ProjectSchema::methodSetHashKey());
  if (hash.isEmpty())
    return MethodSet::defaultSet();
  const QString definition =
      readValue(QStringLiteral("SELECT definition FROM ra_method_sets WHERE hash = %1")
                    .arg(sqlLiteral(hash)));
  MethodSet set;
  QString error;
  if (definition.isEmpty())
    noteReadError(Tr::tr("the current method set %1 is missing").arg(hash));
  else if (!MethodSet::fromJson(QJsonDocument::fromJson(definition.toUtf8()).object(), set, &error))
    noteReadError(Tr::tr("the current method set %1 is not valid: %2").arg(hash, error));
  else
    return set;
  return MethodSet::defaultSet();
}

bool ProjectStore::storeMethodSetCopy(const MethodSet &set, QString *error)
{
  const QString hash = set.hash();
  if (!querySingleValue(
           *mDataset,
           QStringLiteral("SELECT hash FROM ra_method_sets WHERE hash = %1").arg(sqlLiteral(hash)))
           .isEmpty())
    return true;
  OGRLayer *layer = mDataset->GetLayerByName(ProjectSchema::methodSetsTable());
  OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
  setStringField(*feature, "hash", hash);
  setStringField(*feature, "created", isoNow());
  setStringField(*feature, "definition",
                 QString::fromUtf8(QJsonDocument(set.toJson()).toJson(QJsonDocument::Indented)));
  if (layer->CreateFeature(feature.get()) != OGRERR_NONE)
  {
    if (error)
      *error = Tr::tr("cannot store the method set: %1").arg(lastGdalError());
    return false;
  }
  return true;
}

bool ProjectStore::setMethodSet(const MethodSet &set, QString *error)
{
  const QString previous = metadata(ProjectSchema::methodSetHashKey());
  if (previous == set.hash())
    return true;
  return storeMethodSetCopy(set, error) &&
         setMetadata(ProjectSchema::methodSetHashKey(), set.hash(), error) &&
         appendAudit(QStringLiteral("set-method-set"), QStringLiteral("project"), previous,
                     set.hash(), error);
}

bool ProjectStore::methodSetByHash(const QString &hash, MethodSet &set, QString *error) const
{
  const QString prefix = hash.trimmed().toLower();
  const QString count = querySingleValue(
      *mDataset, QStringLiteral("SELECT COUNT(*) FROM ra_method_sets WHERE hash LIKE %1")
                     .arg(sqlLiteral(prefix + QLatin1Char('%'))));
  if (prefix.size() < 8 || count.toInt() != 1)
  {
    if (error)
      *error = count.toInt() > 1 ? Tr::tr("method set %1 is ambiguous; give more digits").arg(hash)
                                 : Tr::tr("the project has no method set %1").arg(hash);
    return false;
  }
  const QString definition = querySingleValue(
      *mDataset, QStringLiteral("SELECT definition FROM ra_method_sets WHERE hash LIKE %1")
                     .arg(sqlLiteral(prefix + QLatin1Char('%'))));
  return MethodSet::fromJson(QJsonDocument::fromJson(definition.toUtf8()).object(), set, error);
}

bool ProjectStore::setTaxonomy(const Taxonomy &taxonomy, QString *error)
{
  if (hasSpatialLayers())
  {
    OGRLayer *used = mDataset->ExecuteSQL(
        "SELECT sector, COUNT(*) AS n FROM units GROUP BY sector ORDER BY sector", nullptr,
        nullptr);
    QHash<QString, qint64> unitsBySector;
    if (used)
    {
      for (auto &feature : *used)
        unitsBySector.insert(stringField(*feature, "sector"), feature->GetFieldAsInteger64("n"));
      mDataset->ReleaseResultSet(used);
    }
    const QStringList missing = taxonomy.lackingSectors(unitsBySector);
    if (!missing.isEmpty())
    {
      if (error)
        *error = Tr::tr("the new taxonomy lacks sectors that units use: %1")
                     .arg(missing.join(QStringLiteral(", ")));
      return false;
    }
  }
  const Taxonomy previous = this->taxonomy();
  const QString before = QStringLiteral("%1 sectors").arg(previous.sectorCount());
  if (!executeSql(*mDataset, QStringLiteral("DELETE FROM ra_taxonomy"), error))
    return false;
  if (!ProjectSchema::writeTaxonomy(*mDataset, taxonomy, error))
    return false;
  // Units keep their sector codes; names and categories follow the new taxonomy.
  for (const Category &category : taxonomy.categories())
    for (const Sector &sector : category.sectors)
      if (hasSpatialLayers() &&
          !executeSql(
              *mDataset,
              QStringLiteral("UPDATE units SET category = %1, sector_name = %2 WHERE sector = %3")
                  .arg(sqlLiteral(category.code), sqlLiteral(sector.nameZh),
                       sqlLiteral(sector.code)),
              error))
        return false;
  // What changed, so that the log answers "who changed what" and not only "how many".
  QStringList after{QStringLiteral("%1 sectors").arg(taxonomy.sectorCount())};
  after << taxonomy.changesFrom(previous);
  return appendAudit(QStringLiteral("set-taxonomy"), QStringLiteral("project"), before,
                     after.join(QStringLiteral("; ")), error);
}

Taxonomy ProjectStore::taxonomy() const
{
  // The project's own copy, so that edits to a city's sector list travel with the file.
  CPLErrorReset();
  OGRLayer *result = mDataset->ExecuteSQL(
      "SELECT category_code, category_zh, category_en, sector_code, sector_zh, sector_en "
      "FROM ra_taxonomy ORDER BY fid",
      nullptr, nullptr);
  QJsonArray categoryArray;
  QJsonObject current;
  QJsonArray sectors;
  auto flush = [&]()
  {
    if (!current.isEmpty())
    {
      current.insert(QStringLiteral("sectors"), sectors);
      categoryArray.append(current);
    }
  };
  if (result)
  {
    for (auto &feature : *result)
    {
      const QString categoryCode = stringField(*feature, "category_code");
      if (current.value(QStringLiteral("code")).toString() != categoryCode)
      {
        flush();
        current = {{QStringLiteral("code"), categoryCode},
                   {QStringLiteral("name_zh"), stringField(*feature, "category_zh")},
                   {QStringLiteral("name_en"), stringField(*feature, "category_en")}};
        sectors = QJsonArray();
      }
      sectors.append(QJsonObject{{QStringLiteral("code"), stringField(*feature, "sector_code")},
                                 {QStringLiteral("name_zh"), stringField(*feature, "sector_zh")},
                                 {QStringLiteral("name_en"), stringField(*feature, "sector_en")}});
    }
    mDataset->ReleaseResultSet(result);
  }
  if (!result || CPLGetLastErrorType() >= CE_Failure)
  {
    noteReadError(lastGdalError());
    return Taxonomy::defaultTaxonomy();
  }
  flush();
  Taxonomy taxonomy;
  QString error;
  if (!Taxonomy::fromJson(QJsonObject{{QStringLiteral("categories"), categoryArray}}, taxonomy,
                          &error))
  {
    noteReadError(Tr::tr("table %1 is not valid: %2")
                      .arg(QString::fromUtf8(ProjectSchema::taxonomyTable()), error));
    return Taxonomy::defaultTaxonomy();
  }
  return taxonomy;
}

} // namespace riskatlas
