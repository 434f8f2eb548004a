#pragma once

#include "api/openmode.h"
#include "api/problem.h"
#include "auditentry.h"
#include "methodset.h"
#include "taxonomy.h"

#include <QString>
#include <memory>

class GDALDataset;
class OGRLayer;

namespace riskatlas
{

/**
 * A RiskAtlas project: one GeoPackage file holding the units and regions layers, the method
 * configuration, the taxonomy, every run, the append-only audit log and the layer styles.
 * Opening migrates older schemas. Changes happen inside transactions (beginTransaction() …
 * commit()); a store destroyed with a transaction open rolls it back, so nothing half-done lands.
 * One writer at a time: beginTransaction() takes the file's write lock at once, waiting at most
 * busyTimeout() for another writer (docs/architecture.md).
 */
class ProjectStore
{
public:
  ~ProjectStore();
  ProjectStore(const ProjectStore &) = delete;
  ProjectStore &operator=(const ProjectStore &) = delete;

  /**
   * Creates a new project file. Refuses an existing file unless \a overwrite; then builds the
   * new project beside it and renames it over the old one, refusing a file another program has
   * open. \a crsAuthId may be empty: the project then takes the CRS of its first imported layer.
   */
  static std::unique_ptr<ProjectStore> create(const QString &path, const QString &name,
                                              const QString &crsAuthId, bool overwrite,
                                              QString *error);
  //! Opens an existing project for update, migrating it to the current schema.
  static std::unique_ptr<ProjectStore> open(const QString &path, QString *error);
  /**
   * Opens an existing project. Waits up to the default busy timeout for another program's lock,
   * and refuses a project whose required tables or metadata are missing (\a kind Damaged). In
   * \a mode ReadOnly nothing is written: a foreign GeoPackage or a schema that needs migrating
   * is refused instead.
   */
  static std::unique_ptr<ProjectStore> open(const QString &path, OpenMode mode, QString *error,
                                            ProblemKind *kind = nullptr);

  QString path() const { return mPath; }
  bool isReadOnly() const { return mReadOnly; }
  //! The schema version open() migrated from, -1 when it did not migrate.
  int migratedFrom() const { return mMigratedFrom; }

  /**
   * The first read of the project that failed (SQLite or GDAL error) since opening or the last
   * call, as a sentence naming the file; empty when every read worked. Reads return what they
   * could; callers check this before trusting them.
   */
  QString takeReadError();
  bool hasReadError() const { return !mReadError.isEmpty(); }
  //! Records a failed read (\a reason from SQLite or GDAL) unless one is recorded already.
  void noteReadError(const QString &reason) const;
  GDALDataset &dataset() { return *mDataset; }

  int schemaVersion() const;
  QString metadata(const QString &key) const;
  bool setMetadata(const QString &key, const QString &value, QString *error);
  QString projectName() const;

  //! The project CRS as an authority id (e.g. "EPSG:4549"), empty until decided.
  QString crsAuthId() const;
  //! Fixes the project CRS and creates the spatial layers; only once.
  bool setCrs(const QString &crsAuthId, QString *error);
  bool hasSpatialLayers() const;
  OGRLayer *unitsLayer();
  OGRLayer *regionsLayer();

  /**
   * Begins a transaction holding the project's write lock (as BEGIN IMMEDIATE). While another
   * connection writes, waits up to busyTimeout(), then fails with projectBusyMessage(): the
   * caller has changed nothing yet.
   */
  bool beginTransaction(QString *error);
  /**
   * Commits. In rollback-journal mode waits up to busyTimeout() for readers holding a lock; on
   * failure the transaction is rolled back (nothing lands) and the store should be reopened.
   */
  bool commit(QString *error);
  //! Undoes the open transaction; does nothing when none is open.
  void rollback();

  //! How long beginTransaction() and commit() wait for other connections, in milliseconds.
  int busyTimeout() const { return mBusyTimeoutMs; }
  void setBusyTimeout(int milliseconds);

  //! Appends an audit entry chained to the previous one (inside the open transaction), with
  //! \a reason when the change has one (an override, an edit the analyst explained).
  bool appendAudit(const QString &action, const QString &target, const QString &oldValue,
                   const QString &newValue, QString *error, const QString &reason = QString());
  //! The sequence number of the entry appendAudit() wrote last.
  qint64 lastAuditSequence() const { return mLastAppended; }
  QList<AuditEntry> auditLog() const;
  //! One entry by its sequence number; false when there is none.
  bool auditEntry(qint64 sequence, AuditEntry &entry) const;
  //! Who the audit log records; the operating-system user until set.
  QString auditUser() const { return mAuditUser; }
  void setAuditUser(const QString &user);

  //! The method set assessments use; the default set for a new project.
  MethodSet methodSet() const;
  //! Stores \a set (if its hash is new) and makes it the project's current set.
  bool setMethodSet(const MethodSet &set, QString *error);
  //! Stores a copy of \a set keyed by its hash, if not stored yet.
  bool storeMethodSetCopy(const MethodSet &set, QString *error);
  //! A method set a run used, by its hash (full or a unique prefix of at least 8 digits).
  bool methodSetByHash(const QString &hash, MethodSet &set, QString *error) const;

  Taxonomy taxonomy() const;
  /**
   * Replaces the project's taxonomy (inside the caller's transaction). Refuses to drop a sector
   * that units still use, naming it and how many units.
   */
  bool setTaxonomy(const Taxonomy &taxonomy, QString *error);

private:
  ProjectStore() = default;
  //! Creates the project in \a buildPath, named and audited as \a path.
  static std::unique_ptr<ProjectStore> build(const QString &buildPath, const QString &path,
                                             const QString &name, const QString &crsAuthId,
                                             QString *error);
  bool initialise(bool recordMigration, QString *error);
  //! Takes over a dataset GDAL opened or created, with RiskAtlas's busy timeout.
  void adopt(GDALDataset *dataset);

  //! Audit entries matching \a where (an SQL WHERE clause or empty), in sequence order.
  QList<AuditEntry> readAudit(const QString &where) const;
  //! A single value read through GDAL; a failure is noted (noteReadError()).
  QString readValue(const QString &sql) const;

  QString mPath;
  bool mReadOnly = false;
  int mMigratedFrom = -1;
  mutable QString mReadError;
  std::unique_ptr<GDALDataset, void (*)(GDALDataset *)> mDataset{nullptr, nullptr};
  bool mInTransaction = false;
  int mBusyTimeoutMs = 0;
  //! The audit log's last sequence number and hash inside the open transaction (-1: unknown),
  //! so a run appending thousands of entries does not query the log for each.
  qint64 mAuditSequence = -1;
  QString mAuditHash;
  qint64 mLastAppended = 0;
  QString mAuditUser = operatingSystemUser();
};

} // namespace riskatlas
