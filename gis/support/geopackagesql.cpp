#include "support/geopackagesql.h"

#include <QSysInfo>
#include <algorithm>
#include <cmath>
#include <cstring>
#include <gdal_priv.h>
#include <qgsgeometry.h>
#include <sqlite3.h>

namespace riskatlas
{

sqlite3 *geoPackageConnection(GDALDataset &dataset)
{
  if (!dataset.GetDriver() || !EQUAL(dataset.GetDriver()->GetDescription(), "GPKG"))
    return nullptr;
  return static_cast<sqlite3 *>(dataset.GetInternalHandle("SQLITE_HANDLE"));
}

ConnectionLock::ConnectionLock(sqlite3 *connection) : mConnection(connection)
{
  if (mConnection)
    sqlite3_mutex_enter(sqlite3_db_mutex(mConnection));
}

ConnectionLock::~ConnectionLock()
{
  if (mConnection)
    sqlite3_mutex_leave(sqlite3_db_mutex(mConnection));
}

SqlStatement::SqlStatement(sqlite3 *connection, const QByteArray &sql) : mConnection(connection)
{
  if (!connection || sqlite3_prepare_v2(connection, sql.constData(), static_cast<int>(sql.size()),
                                        &mStatement, nullptr) != SQLITE_OK)
  {
    mStatement = nullptr;
    mFailed = true;
  }
}

SqlStatement::~SqlStatement()
{
  sqlite3_finalize(mStatement);
}

QString SqlStatement::error() const
{
  return mConnection ? QString::fromUtf8(sqlite3_errmsg(mConnection))
                     : QStringLiteral("not a GeoPackage");
}

bool SqlStatement::next()
{
  if (!mStatement)
    return false;
  const int rc = sqlite3_step(mStatement);
  if (rc == SQLITE_ROW)
    return true;
  if (rc != SQLITE_DONE)
    mFailed = true;
  return false;
}

bool SqlStatement::execute()
{
  if (!mStatement)
    return false;
  const int rc = sqlite3_step(mStatement);
  sqlite3_reset(mStatement);
  if (rc != SQLITE_DONE && rc != SQLITE_ROW)
  {
    mFailed = true;
    return false;
  }
  return true;
}

void SqlStatement::bind(int index, const QString &text)
{
  forgetBound(index);
  if (text.isNull())
    sqlite3_bind_null(mStatement, index);
  else
  {
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(mStatement, index, utf8.constData(), static_cast<int>(utf8.size()),
                      SQLITE_TRANSIENT);
  }
}

void SqlStatement::bindUtf8(int index, const QByteArray &utf8, bool null)
{
  // SQLite keeps bindings across resets and reads an SQLITE_STATIC buffer when it steps: a
  // parameter already bound to this very buffer (or to NULL) needs no new bind.
  if (index <= 0 || !mStatement)
    return;
  if (mBound.empty())
    mBound.resize(static_cast<size_t>(sqlite3_bind_parameter_count(mStatement)));
  Bound *bound = static_cast<size_t>(index) <= mBound.size()
                     ? &mBound[static_cast<size_t>(index) - 1]
                     : nullptr;
  const char *data = null ? nullptr : utf8.constData();
  const int size = null ? -1 : static_cast<int>(utf8.size());
  if (bound && bound->known && bound->data == data && bound->size == size)
    return;
  if (null)
    sqlite3_bind_null(mStatement, index);
  else
    sqlite3_bind_text(mStatement, index, data, size, SQLITE_STATIC);
  if (bound)
  {
    bound->known = true;
    bound->data = data;
    bound->size = size;
  }
}

void SqlStatement::bindBlob(int index, const QByteArray &bytes)
{
  sqlite3_bind_blob(mStatement, index, bytes.constData(), static_cast<int>(bytes.size()),
                    SQLITE_STATIC);
}

void SqlStatement::reset()
{
  if (mStatement)
    sqlite3_reset(mStatement);
}

void SqlStatement::bind(int index, double value)
{
  forgetBound(index);
  sqlite3_bind_double(mStatement, index, value);
}

void SqlStatement::bind(int index, qint64 value)
{
  forgetBound(index);
  sqlite3_bind_int64(mStatement, index, value);
}

void SqlStatement::bindNull(int index)
{
  forgetBound(index);
  sqlite3_bind_null(mStatement, index);
}

SqlStatement::Value SqlStatement::value(int column) const
{
  sqlite3_value *value = sqlite3_column_value(mStatement, column);
  Value view;
  if (sqlite3_value_type(value) == SQLITE_NULL)
    return view;
  view.null = false;
  view.data = reinterpret_cast<const char *>(sqlite3_value_text(value));
  view.size = sqlite3_value_bytes(value);
  if (!view.data)
    view.data = "";
  return view;
}

bool SqlStatement::isNull(int column) const
{
  return sqlite3_column_type(mStatement, column) == SQLITE_NULL;
}

const char *SqlStatement::text(int column, int *size) const
{
  const char *value = reinterpret_cast<const char *>(sqlite3_column_text(mStatement, column));
  *size = sqlite3_column_bytes(mStatement, column);
  return value ? value : "";
}

QString SqlStatement::string(int column) const
{
  if (isNull(column))
    return QString();
  int size = 0;
  const char *value = text(column, &size);
  return QString::fromUtf8(value, size);
}

double SqlStatement::real(int column) const
{
  return sqlite3_column_double(mStatement, column);
}

qint64 SqlStatement::integer(int column) const
{
  return sqlite3_column_int64(mStatement, column);
}

const unsigned char *SqlStatement::blob(int column, int *size) const
{
  const auto *value = static_cast<const unsigned char *>(sqlite3_column_blob(mStatement, column));
  *size = sqlite3_column_bytes(mStatement, column);
  return value;
}

namespace
{
template <typename T> T readValue(const unsigned char *data, bool littleEndian)
{
  unsigned char bytes[sizeof(T)];
  std::memcpy(bytes, data, sizeof(T));
  const bool hostLittle = QSysInfo::ByteOrder == QSysInfo::LittleEndian;
  if (littleEndian != hostLittle)
    std::reverse(bytes, bytes + sizeof(T));
  T value;
  std::memcpy(&value, bytes, sizeof(T));
  return value;
}
} // namespace

bool geoPackagePoint(const unsigned char *data, int size, double &x, double &y,
                     QgsGeometry *geometry)
{
  if (geometry)
    *geometry = QgsGeometry();
  if (!data || size < 8 || data[0] != 'G' || data[1] != 'P')
    return false;
  const unsigned char flags = data[3];
  if (flags & 0x10) // empty geometry
    return false;
  static const int envelopeBytes[] = {0, 32, 48, 48, 64, 0, 0, 0};
  const int envelope = (flags >> 1) & 0x07;
  if (envelope > 4)
    return false;
  const int offset = 8 + envelopeBytes[envelope];
  if (size < offset + 5)
    return false;
  const unsigned char *wkb = data + offset;
  const bool little = wkb[0] == 1;
  const quint32 type = readValue<quint32>(wkb + 1, little);
  // Point in plain, ISO (Z 1001, M 2001, ZM 3001) or EWKB (high flag bits) form.
  const quint32 baseType = (type & 0x0fffffff) % 1000;
  if (baseType == 1 && size >= offset + 21)
  {
    x = readValue<double>(wkb + 5, little);
    y = readValue<double>(wkb + 13, little);
    if (std::isnan(x) || std::isnan(y))
      return false;
    if (geometry)
      *geometry = QgsGeometry(new QgsPoint(x, y));
    return true;
  }
  if (geometry)
  {
    QByteArray bytes(reinterpret_cast<const char *>(wkb), size - offset);
    geometry->fromWkb(bytes);
  }
  return false;
}

} // namespace riskatlas
