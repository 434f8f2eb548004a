#pragma once

#include "support/geopackagesql.h"

#include <QByteArray>
#include <QString>
#include <cstring>
#include <memory>
#include <vector>

namespace riskatlas
{

//! True when a stored text column differs from the value the assessment writes.
inline bool differs(const SqlStatement &row, int column, const QByteArray &value, bool valueIsNull)
{
  const SqlStatement::Value stored = row.value(column);
  if (stored.null || valueIsNull)
    return stored.null != valueIsNull;
  return stored.size != value.size() ||
         std::memcmp(stored.data, value.constData(), stored.size) != 0;
}

/**
 * Writes units' results in batches: one UPDATE … FROM (VALUES …) per few hundred rows spares
 * SQLite the per-statement work (statement journal, record buffers) of one UPDATE per row.
 */
class UnitWriter
{
public:
  static constexpr int TextColumns = 10;
  struct Row
  {
    qint64 fid = 0;
    QByteArray texts[TextColumns]; //!< region_id … level_zh, in columns() order
    bool nulls[TextColumns] = {};
    bool scored = false;
    double score = 0;
  };

  explicit UnitWriter(sqlite3 *connection);

  bool isValid() const { return mFull.isValid(); }
  QString error() const { return mError; }

  Row &next() { return mRows[static_cast<size_t>(mCount++)]; }

  bool flushIfFull() { return mCount < BatchSize || flush(); }

  bool flush();

  //! Writes \a rows (after any rows queued by next()), binding them in place.
  bool write(const std::vector<Row> &rows);

private:
  static constexpr int BatchSize = 64;

  static QByteArray sql(int rows);
  bool execute(const Row *rows, int count);

  sqlite3 *mConnection;
  SqlStatement mFull;
  std::vector<Row> mRows;
  int mCount = 0;
  QString mError;
};

} // namespace riskatlas
