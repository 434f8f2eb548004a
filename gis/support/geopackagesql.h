#pragma once

#include <QByteArray>
#include <QString>
#include <vector>

class GDALDataset;
class QgsGeometry;
struct sqlite3;
struct sqlite3_stmt;

namespace riskatlas
{

/**
 * The SQLite connection under a GeoPackage that GDAL opened: statements on it run in the same
 * connection, so inside the same transaction as GDAL's own writes (no second handle, no lock
 * conflict). Null when the dataset is not a GeoPackage on SQLite.
 */
sqlite3 *geoPackageConnection(GDALDataset &dataset);

/**
 * Holds the connection's mutex for a scope: SQLite then re-enters it cheaply on every call
 * instead of locking and unlocking it for each column of each row.
 */
class ConnectionLock
{
public:
  explicit ConnectionLock(sqlite3 *connection);
  ~ConnectionLock();
  ConnectionLock(const ConnectionLock &) = delete;
  ConnectionLock &operator=(const ConnectionLock &) = delete;

private:
  sqlite3 *mConnection;
};

//! A prepared SQLite statement, finalised when destroyed.
class SqlStatement
{
public:
  SqlStatement(sqlite3 *connection, const QByteArray &sql);
  ~SqlStatement();
  SqlStatement(const SqlStatement &) = delete;
  SqlStatement &operator=(const SqlStatement &) = delete;

  bool isValid() const { return mStatement != nullptr; }
  //! The connection's last error message.
  QString error() const;

  //! Steps once: true when a row is available; false at the end or on error (see failed()).
  bool next();
  bool failed() const { return mFailed; }
  //! Runs a statement that returns no rows, then resets it for the next bindings.
  bool execute();

  //! Binds text (1-based \a index); a null QString binds SQL NULL.
  void bind(int index, const QString &text);
  //! Binds UTF-8 text without copying it: \a utf8 must outlive the next execute().
  void bindUtf8(int index, const QByteArray &utf8, bool null = false);
  void bind(int index, double value);
  void bind(int index, qint64 value);
  void bindNull(int index);
  //! Binds bytes as a BLOB without copying: \a bytes must outlive the next execute().
  void bindBlob(int index, const QByteArray &bytes);
  //! Makes a stepped statement ready to run again (bindings are kept).
  void reset();

  //! A column's value without copying (one call into SQLite); valid until the next step.
  struct Value
  {
    bool null = true;
    const char *data = nullptr;
    int size = 0;
  };
  Value value(int column) const;

  bool isNull(int column) const;
  //! Text of a column (0-based) without copying; valid until the next step.
  const char *text(int column, int *size) const;
  QString string(int column) const; //!< null QString for SQL NULL
  double real(int column) const;
  qint64 integer(int column) const;
  const unsigned char *blob(int column, int *size) const;

private:
  //! Forgets what bindUtf8() bound at \a index (another bind replaced it).
  void forgetBound(int index)
  {
    if (index > 0 && static_cast<size_t>(index) <= mBound.size())
      mBound[static_cast<size_t>(index) - 1] = Bound();
  }

  //! What bindUtf8() last bound at an index: a parameter bound to the same buffer stays bound.
  struct Bound
  {
    bool known = false;
    const char *data = nullptr; //!< null for SQL NULL
    int size = -1;              //!< -1 for SQL NULL
  };

  sqlite3 *mConnection = nullptr;
  sqlite3_stmt *mStatement = nullptr;
  bool mFailed = false;
  std::vector<Bound> mBound;
};

/**
 * Reads a GeoPackage geometry blob (header "GP", version, flags, SRS id, optional envelope,
 * then WKB). For a point sets \a x and \a y and returns true; for anything else returns false
 * and, when \a geometry is given, sets it (null for an empty geometry or a damaged blob).
 */
bool geoPackagePoint(const unsigned char *data, int size, double &x, double &y,
                     QgsGeometry *geometry);

} // namespace riskatlas
