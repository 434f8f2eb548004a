#include "workflow/regionquery.h"

#include "regioncode.h"

#include "store/writelock.h"
#include "support/geopackagesql.h"
#include "support/readonlyconnection.h"

#include <algorithm>

namespace riskatlas
{

std::unique_ptr<RegionQuery> RegionQuery::open(const QString &path, QString *error)
{
  auto connection = std::make_unique<ReadOnlyConnection>(path, DefaultBusyTimeoutMs);
  if (!connection->isOpen())
  {
    if (error)
      *error = tr("cannot read %1: %2").arg(path, connection->error());
    return nullptr;
  }
  return std::unique_ptr<RegionQuery>(new RegionQuery(std::move(connection)));
}

RegionQuery::RegionQuery(std::unique_ptr<ReadOnlyConnection> connection)
    : mConnection(std::move(connection))
{
}

RegionQuery::~RegionQuery() = default;

QVector<AssessedRegion> RegionQuery::regions(RegionKind kind)
{
  mError.clear();
  QVector<AssessedRegion> rows;
  {
    SqlStatement table(mConnection->handle(),
                       "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'regions'");
    if (!table.next())
    {
      if (table.failed())
        mError = table.error();
      return rows;
    }
  }
  SqlStatement statement(mConnection->handle(),
                         "SELECT fid, region_id, name, level, unit_count, count_major, "
                         "count_significant, count_general, count_low, aggregate_index, raised_by "
                         "FROM regions WHERE kind = ? ORDER BY fid");
  statement.bind(1, regionKindKey(kind));
  while (statement.next())
  {
    AssessedRegion row;
    row.fid = statement.integer(0);
    row.regionId = statement.string(1);
    row.name = statement.string(2);
    levelFromKey(statement.string(3), row.level);
    row.unitCount = static_cast<int>(statement.integer(4));
    row.counts.add(RiskLevel::Major, static_cast<int>(statement.integer(5)));
    row.counts.add(RiskLevel::Significant, static_cast<int>(statement.integer(6)));
    row.counts.add(RiskLevel::General, static_cast<int>(statement.integer(7)));
    row.counts.add(RiskLevel::Low, static_cast<int>(statement.integer(8)));
    row.aggregateIndex = statement.real(9);
    const QString raisedBy = statement.string(10);
    if (!raisedBy.isEmpty())
      row.raisedBy = raisedBy.split(QLatin1Char(','));
    rows.append(row);
  }
  if (statement.failed() || !statement.isValid())
  {
    mError = statement.error();
    rows.clear();
  }
  // Code order (330101, 330102 …), as in every region table, not import order.
  std::stable_sort(rows.begin(), rows.end(),
                   [](const AssessedRegion &a, const AssessedRegion &b)
                   { return regionCodeLess(a.regionId, b.regionId); });
  return rows;
}

} // namespace riskatlas
