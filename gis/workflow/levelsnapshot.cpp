#include "workflow/levelsnapshot.h"

#include "assess/projectsummary.h"
#include "store/projectstore.h"
#include "support/geopackagesql.h"

#include <QCoreApplication>
#include <QSet>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(LevelSnapshot)
};

//! NULL for no level, as the assessment writes it.
void bindLevel(SqlStatement &statement, int index, RiskLevel level, bool chinese)
{
  if (level == RiskLevel::None)
    statement.bindNull(index);
  else
    statement.bind(index, chinese ? levelNameZh(level) : levelKey(level));
}
} // namespace

ReviewSnapshot readLevelSnapshot(ProjectStore &store)
{
  ReviewSnapshot snapshot;
  for (const ReportUnitRow &unit : readAllUnits(store, QStringLiteral("zh")))
  {
    snapshot.units << ComparedItem{unit.id, unit.name, QString(), unit.finalLevel};
    if (!unit.overrideReason.isEmpty())
      snapshot.overriddenUnits.insert(unit.id);
  }
  for (const RegionSummary &region : readSummary(store).regions)
    snapshot.regions << ComparedItem{region.id, region.name, region.kind, region.result.level};
  return snapshot;
}

bool applyLevelSnapshot(ProjectStore &store, const ReviewSnapshot &snapshot, QString *error)
{
  sqlite3 *connection = geoPackageConnection(store.dataset());
  if (!connection)
  {
    *error = Tr::tr("%1 is not a GeoPackage").arg(store.path());
    return false;
  }
  if (!store.beginTransaction(error))
    return false;
  const auto fail = [&](const SqlStatement &statement)
  {
    *error = statement.error();
    store.rollback();
    return false;
  };
  {
    SqlStatement unit(connection,
                      "UPDATE units SET level = ?1, level_zh = ?2, level_override = ?3, "
                      "override_reason = CASE WHEN ?3 IS NULL THEN NULL "
                      "ELSE coalesce(nullif(override_reason, ''), '—') END WHERE unit_id = ?4");
    QSet<QString> known;
    for (const ComparedItem &item : snapshot.units)
    {
      known.insert(item.id);
      bindLevel(unit, 1, item.level, false);
      bindLevel(unit, 2, item.level, true);
      if (snapshot.overriddenUnits.contains(item.id))
        unit.bind(3, levelKey(item.level));
      else
        unit.bindNull(3);
      unit.bind(4, item.id);
      if (!unit.execute())
        return fail(unit);
    }
    SqlStatement ids(connection, "SELECT unit_id FROM units");
    QStringList added;
    while (ids.next())
    {
      int size = 0;
      const char *text = ids.text(0, &size);
      const QString id = QString::fromUtf8(text, size);
      if (!known.contains(id))
        added << id;
    }
    SqlStatement remove(connection, "DELETE FROM units WHERE unit_id = ?1");
    for (const QString &id : added)
    {
      remove.bind(1, id);
      if (!remove.execute())
        return fail(remove);
    }
    SqlStatement region(connection, "UPDATE regions SET level = ?1, level_zh = ?2 "
                                    "WHERE region_id = ?3 AND kind = ?4");
    for (const ComparedItem &item : snapshot.regions)
    {
      bindLevel(region, 1, item.level, false);
      bindLevel(region, 2, item.level, true);
      region.bind(3, item.id);
      region.bind(4, item.kind);
      if (!region.execute())
        return fail(region);
    }
  }
  return store.commit(error);
}

} // namespace riskatlas
