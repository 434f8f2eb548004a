#include "workflow/unitquery.h"

#include "regioncode.h"

#include "store/writelock.h"
#include "support/geopackagesql.h"
#include "support/readonlyconnection.h"

#include <algorithm>
#include <limits>
#include <sqlite3.h>
#include <string>
#include <string_view>

namespace riskatlas
{

namespace
{
//! A WHERE clause and the text bound to its parameters, in order.
struct Condition
{
  QByteArray sql;
  QStringList values;
};

QByteArray levelRankSql()
{
  return "CASE level WHEN 'major' THEN 4 WHEN 'significant' THEN 3 WHEN 'general' THEN 2 "
         "WHEN 'low' THEN 1 ELSE 0 END";
}

//! Spellings of a control level that ControlCorrection::parseControlLevel() accepts.
QByteArray controlSpellings(ControlLevel level)
{
  switch (level)
  {
  case ControlLevel::Good:
    return "('好','good')";
  case ControlLevel::Fair:
    return "('中','fair')";
  case ControlLevel::Poor:
    return "('差','poor')";
  case ControlLevel::Unknown:
    break;
  }
  return "()";
}

Condition conditionOf(const UnitFilter &filter)
{
  QList<QByteArray> parts;
  Condition condition;
  if (!filter.category.isEmpty())
  {
    parts << "category = ?";
    condition.values << filter.category;
  }
  if (!filter.sector.isEmpty())
  {
    parts << "sector = ?";
    condition.values << filter.sector;
  }
  if (filter.level)
  {
    if (*filter.level == RiskLevel::None)
      parts << "(level IS NULL OR level = '' OR level = 'none')";
    else
    {
      parts << "level = ?";
      condition.values << levelKey(*filter.level);
    }
  }
  if (filter.regionId)
  {
    if (filter.regionId->isEmpty())
      parts << "(region_id IS NULL OR region_id = '')";
    else
    {
      parts << "region_id = ?";
      condition.values << *filter.regionId;
    }
  }
  if (filter.control)
  {
    if (*filter.control == ControlLevel::Unknown)
      parts << "(control IS NULL OR trim(control) = '')";
    else
      parts << "lower(trim(control)) IN " + controlSpellings(*filter.control);
  }
  const QString text = filter.text.trimmed();
  if (!text.isEmpty())
  {
    // The address and other original columns are kept as JSON in attributes.
    parts << "(unit_id LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\' OR "
             "attributes LIKE ? ESCAPE '\\')";
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    const QString pattern = QLatin1Char('%') + escaped + QLatin1Char('%');
    condition.values << pattern << pattern << pattern;
  }
  if (filter.assessedOnly)
    parts << "(method_version IS NOT NULL AND method_version <> '')";
  if (!parts.isEmpty())
  {
    condition.sql = " WHERE ";
    for (int i = 0; i < parts.size(); ++i)
      condition.sql += (i ? " AND " : "") + parts.at(i);
  }
  return condition;
}

QByteArray orderOf(UnitField field)
{
  switch (field)
  {
  case UnitField::Fid:
    return QByteArray();
  case UnitField::UnitId:
    return "unit_id";
  case UnitField::Name:
    return "name";
  case UnitField::Category:
    return "category";
  case UnitField::Sector:
    return "sector";
  case UnitField::Region:
    return "region";
  case UnitField::Method:
    return "method";
  case UnitField::Score:
    return "score";
  case UnitField::Level:
    return levelRankSql();
  case UnitField::Control:
    return "CASE lower(trim(control)) WHEN '好' THEN 1 WHEN 'good' THEN 1 WHEN '中' THEN 2 "
           "WHEN 'fair' THEN 2 WHEN '差' THEN 3 WHEN 'poor' THEN 3 ELSE 0 END";
  }
  return QByteArray();
}

void bindAll(SqlStatement &statement, const QStringList &values)
{
  for (int i = 0; i < values.size(); ++i)
    statement.bind(i + 1, values.at(i));
}
} // namespace

bool UnitFilter::operator==(const UnitFilter &other) const
{
  return category == other.category && sector == other.sector && level == other.level &&
         regionId == other.regionId && control == other.control && text == other.text &&
         assessedOnly == other.assessedOnly;
}

std::unique_ptr<UnitQuery> UnitQuery::open(const QString &path, QString *error)
{
  auto connection = std::make_unique<ReadOnlyConnection>(path, DefaultBusyTimeoutMs);
  if (!connection->isOpen())
  {
    if (error)
      *error = tr("cannot read %1: %2").arg(path, connection->error());
    return nullptr;
  }
  return std::unique_ptr<UnitQuery>(new UnitQuery(path, std::move(connection)));
}

UnitQuery::UnitQuery(const QString &path, std::unique_ptr<ReadOnlyConnection> connection)
    : mPath(path), mConnection(std::move(connection))
{
}

UnitQuery::~UnitQuery()
{
  // The statement goes before the connection it was prepared on.
  mRecord.reset();
}

bool UnitQuery::hasUnits()
{
  SqlStatement table(mConnection->handle(),
                     "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'units'");
  const bool found = table.next();
  if (table.failed())
    mError = table.error();
  return found;
}

bool UnitQuery::orderedFids(const UnitFilter &filter, UnitField field, Qt::SortOrder order,
                            std::vector<qint64> &fids)
{
  mError.clear();
  fids.clear();
  if (!hasUnits())
    return mError.isEmpty();
  const Condition condition = conditionOf(filter);
  const QByteArray key = orderOf(field);
  const bool descending = order == Qt::DescendingOrder;
  // The rows come in fid order (the table's own); sorting their keys here takes a third of the
  // time SQLite's sorter needs for a million rows. Ties stay in fid order, as "key, fid".
  SqlStatement statement(mConnection->handle(),
                         "SELECT fid" + (key.isEmpty() ? QByteArray() : ", " + key) +
                             " FROM units" + condition.sql + " ORDER BY fid");
  bindAll(statement, condition.values);
  const bool numeric =
      field == UnitField::Score || field == UnitField::Level || field == UnitField::Control;
  if (key.isEmpty())
  {
    while (statement.next())
      fids.push_back(statement.integer(0));
    if (descending)
      std::reverse(fids.begin(), fids.end());
  }
  else if (numeric)
  {
    // NULL before every number, as in SQLite.
    std::vector<std::pair<double, qint64>> keyed;
    while (statement.next())
      keyed.emplace_back(statement.isNull(1) ? -std::numeric_limits<double>::infinity()
                                             : statement.real(1),
                         statement.integer(0));
    const auto less =
        [descending](const std::pair<double, qint64> &a, const std::pair<double, qint64> &b)
    { return descending ? a.first > b.first : a.first < b.first; };
    std::stable_sort(keyed.begin(), keyed.end(), less);
    fids.reserve(keyed.size());
    for (const auto &row : keyed)
      fids.push_back(row.second);
  }
  else
  {
    // Text compares byte by byte (SQLite's BINARY collation); NULL before any text. The texts
    // share one buffer: a million small allocations would cost more than the sort.
    struct Keyed
    {
      size_t offset;
      int size; //!< -1 for NULL
      qint64 fid;
    };
    std::string texts;
    std::vector<Keyed> keyed;
    while (statement.next())
    {
      const SqlStatement::Value value = statement.value(1);
      keyed.push_back({texts.size(), value.null ? -1 : value.size, statement.integer(0)});
      if (!value.null)
        texts.append(value.data, static_cast<size_t>(value.size));
    }
    const auto less = [&texts](const Keyed &a, const Keyed &b)
    {
      if (a.size < 0 || b.size < 0)
        return a.size < 0 && b.size >= 0;
      return std::string_view(texts.data() + a.offset, static_cast<size_t>(a.size)) <
             std::string_view(texts.data() + b.offset, static_cast<size_t>(b.size));
    };
    if (descending)
      std::stable_sort(keyed.begin(), keyed.end(),
                       [&less](const Keyed &a, const Keyed &b) { return less(b, a); });
    else
      std::stable_sort(keyed.begin(), keyed.end(), less);
    fids.reserve(keyed.size());
    for (const Keyed &row : keyed)
      fids.push_back(row.fid);
  }
  if (statement.failed() || !statement.isValid())
  {
    mError = statement.error();
    fids.clear();
    return false;
  }
  return true;
}

qint64 UnitQuery::count(const UnitFilter &filter)
{
  mError.clear();
  if (!hasUnits())
    return 0;
  const Condition condition = conditionOf(filter);
  SqlStatement statement(mConnection->handle(), "SELECT COUNT(*) FROM units" + condition.sql);
  bindAll(statement, condition.values);
  const qint64 result = statement.next() ? statement.integer(0) : 0;
  if (statement.failed() || !statement.isValid())
    mError = statement.error();
  return result;
}

QHash<QString, qint64> UnitQuery::countByCategory(const UnitFilter &filter)
{
  mError.clear();
  QHash<QString, qint64> counts;
  if (!hasUnits())
    return counts;
  const Condition condition = conditionOf(filter);
  SqlStatement statement(mConnection->handle(), "SELECT category, COUNT(*) FROM units" +
                                                    condition.sql + " GROUP BY category");
  bindAll(statement, condition.values);
  while (statement.next())
    counts.insert(statement.string(0), statement.integer(1));
  if (statement.failed() || !statement.isValid())
    mError = statement.error();
  return counts;
}

QVector<UnitTableRecord> UnitQuery::records(const qint64 *fids, int count)
{
  mError.clear();
  QVector<UnitTableRecord> rows;
  if (count <= 0)
    return rows;
  rows.reserve(count);
  if (!mRecord)
  {
    if (!hasUnits())
      return QVector<UnitTableRecord>(count);
    const QByteArray columns =
        "SELECT fid, unit_id, name, category, sector, sector_name, region_id, region, method, "
        "score, level, control, assessment_note, method_version";
    mRecord = std::make_unique<SqlStatement>(mConnection->handle(),
                                             columns + ", level_override FROM units WHERE fid = ?");
    // A project of schema 8 or older, read before any migration, has no override column.
    if (!mRecord->isValid())
      mRecord = std::make_unique<SqlStatement>(mConnection->handle(),
                                               columns + ", NULL FROM units WHERE fid = ?");
    if (!mRecord->isValid())
    {
      mError = mRecord->error();
      mRecord.reset();
      return QVector<UnitTableRecord>(count);
    }
  }
  // One read transaction for the page: every row comes from the same commit.
  sqlite3_exec(mConnection->handle(), "BEGIN", nullptr, nullptr, nullptr);
  SqlStatement &statement = *mRecord;
  for (int i = 0; i < count; ++i)
  {
    statement.bind(1, fids[i]);
    UnitTableRecord row;
    if (statement.next())
    {
      row.fid = statement.integer(0);
      row.unitId = statement.string(1);
      row.name = statement.string(2);
      row.category = statement.string(3);
      row.sector = statement.string(4);
      row.sectorName = statement.string(5);
      row.regionId = statement.string(6);
      row.region = statement.string(7);
      row.method = statement.string(8);
      if (!statement.isNull(9))
        row.score = statement.real(9);
      levelFromKey(statement.string(10), row.level);
      // An assessment stamps every unit it saw with its method's version, scored or not.
      row.assessed = !statement.isNull(13) && !statement.string(13).isEmpty();
      row.control = statement.string(11);
      row.note = statement.string(12);
      row.overridden = !statement.isNull(14) && !statement.string(14).isEmpty();
    }
    else if (statement.failed())
      mError = statement.error();
    statement.reset();
    rows.append(row);
  }
  sqlite3_exec(mConnection->handle(), "COMMIT", nullptr, nullptr, nullptr);
  return rows;
}

QVector<UnitRegionChoice> UnitQuery::regionChoices()
{
  mError.clear();
  QVector<UnitRegionChoice> choices;
  SqlStatement table(mConnection->handle(),
                     "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'regions'");
  if (!table.next())
    return choices;
  // A unit's region is of the most basic kind the project has: district, else street, else grid.
  SqlStatement statement(
      mConnection->handle(),
      "SELECT region_id, name FROM regions WHERE kind = (SELECT kind FROM regions GROUP BY kind "
      "ORDER BY CASE kind WHEN 'district' THEN 0 WHEN 'street' THEN 1 ELSE 2 END LIMIT 1) "
      "ORDER BY region_id");
  while (statement.next())
    choices.append({statement.string(0), statement.string(1)});
  if (statement.failed() || !statement.isValid())
    mError = statement.error();
  // Code order (330101, 330102 …) as in every region list, never by name.
  std::stable_sort(choices.begin(), choices.end(),
                   [](const UnitRegionChoice &a, const UnitRegionChoice &b)
                   { return regionCodeLess(a.id, b.id); });
  return choices;
}

} // namespace riskatlas
