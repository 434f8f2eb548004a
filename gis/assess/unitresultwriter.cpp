#include "assess/unitresultwriter.h"

#include <algorithm>

namespace riskatlas
{

UnitWriter::UnitWriter(sqlite3 *connection)
    : mConnection(connection), mFull(connection, sql(BatchSize))
{
  mRows.resize(BatchSize);
}

bool UnitWriter::flush()
{
  const bool ok = execute(mRows.data(), mCount);
  mCount = 0;
  return ok;
}

bool UnitWriter::write(const std::vector<Row> &rows)
{
  if (!flush())
    return false;
  for (size_t first = 0; first < rows.size(); first += BatchSize)
  {
    if (!execute(rows.data() + first,
                 static_cast<int>(std::min<size_t>(BatchSize, rows.size() - first))))
      return false;
  }
  return true;
}

bool UnitWriter::execute(const Row *rows, int count)
{
  if (count == 0)
    return true;
  std::unique_ptr<SqlStatement> tail;
  SqlStatement *statement = &mFull;
  if (count < BatchSize)
  {
    tail = std::make_unique<SqlStatement>(mConnection, sql(count));
    statement = tail.get();
  }
  int parameter = 1;
  for (int i = 0; i < count; ++i)
  {
    const Row &row = rows[i];
    statement->bind(parameter++, row.fid);
    for (int column = 0; column < TextColumns; ++column)
      statement->bindUtf8(parameter++, row.texts[column], row.nulls[column]);
    if (row.scored)
      statement->bind(parameter++, row.score);
    else
      statement->bindNull(parameter++);
  }
  const bool ok = statement->isValid() && statement->execute();
  if (!ok)
    mError = statement->error();
  return ok;
}

QByteArray UnitWriter::sql(int rows)
{
  // VALUES columns: column1 = fid, column2…11 the texts, column12 the score.
  static const char *const names[TextColumns] = {
      "region_id", "region",          "region_shares",  "method", "method_version",
      "grade",     "assessment_note", "inherent_level", "level",  "level_zh"};
  QByteArray sql = "UPDATE units SET ";
  for (int column = 0; column < TextColumns; ++column)
    sql += QByteArray(names[column]) + " = v.column" + QByteArray::number(column + 2) + ", ";
  sql += "score = v.column12 FROM (VALUES ";
  for (int i = 0; i < rows; ++i)
    sql += i == 0 ? "(?,?,?,?,?,?,?,?,?,?,?,?)" : ",(?,?,?,?,?,?,?,?,?,?,?,?)";
  sql += ") AS v WHERE units.fid = v.column1";
  return sql;
}

} // namespace riskatlas
