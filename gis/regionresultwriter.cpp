#include "regionresultwriter.h"

#include "geopackagesql.h"
#include "projectstore.h"
#include "regionlocator.h"
#include "unitpass.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <qgsdistancearea.h>
#include <qgsproject.h>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(ProjectAssessor)
};

//! How a unit counts in a region it belongs to (the aggregation rules' view of it).
RegionUnit makeRegionUnit(const ScoredCombination &combination, const Member &member)
{
  RegionUnit unit{combination.category, combination.sector, combination.result.finalLevel};
  unit.share = member.share;
  return unit;
}

/**
 * A region's result and its level per category of its units (JSON), by the aggregation rule.
 * The max rule needs only the levels, so it skips building the rules' full unit list.
 */
RegionResult aggregateRegion(const Member *members, size_t count,
                             const std::deque<ScoredCombination> &scored,
                             const RegionAggregator &aggregator, double areaKm2,
                             QString &categoryLevels)
{
  RegionResult result;
  QMap<QString, RiskLevel> byCategoryLevel;
  if (aggregator.rule() == AggregationRule::Max)
  {
    // The max rule is the highest level of the counts (aggregateRegion): count, skip the lists.
    QHash<const QString *, LevelCounts> byCategory;
    for (size_t i = 0; i < count; ++i)
    {
      const ScoredCombination &combination = scored[members[i].combination];
      result.counts.add(combination.result.finalLevel);
      byCategory[combination.categoryKey].add(combination.result.finalLevel);
    }
    result.units = static_cast<int>(count);
    result.level = result.counts.highest();
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
      byCategoryLevel.insert(*it.key(), it.value().highest());
  }
  else
  {
    QList<RegionUnit> units;
    units.reserve(static_cast<int>(count));
    QMap<QString, QList<RegionUnit>> byCategory;
    for (size_t i = 0; i < count; ++i)
    {
      const ScoredCombination &combination = scored[members[i].combination];
      units.append(makeRegionUnit(combination, members[i]));
      byCategory[combination.category].append(units.constLast());
    }
    result = aggregator.aggregate(units, areaKm2);
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
      byCategoryLevel.insert(it.key(), aggregator.aggregate(it.value(), areaKm2).level);
  }
  QJsonObject levels;
  for (auto it = byCategoryLevel.cbegin(); it != byCategoryLevel.cend(); ++it)
    levels.insert(it.key(), levelKey(it.value()));
  categoryLevels = QString::fromUtf8(QJsonDocument(levels).toJson(QJsonDocument::Compact));
  return result;
}

bool regionChanged(const StoredRegionResult &stored, const RegionResult &result,
                   const QString &levels, const QString &raisedBy)
{
  auto textDiffers = [](const QString &a, const QString &b)
  { return a.isNull() != b.isNull() || a != b; };
  if (textDiffers(stored.level, levelKey(result.level)) ||
      textDiffers(stored.levelZh, levelNameZh(result.level)) ||
      textDiffers(stored.categoryLevels, levels) || textDiffers(stored.raisedBy, raisedBy) ||
      stored.unitCount != result.units || !stored.hasIndex || stored.index != result.index)
    return true;
  for (int i = 0; i < 4; ++i)
  {
    if (stored.counts[i] != result.counts.count(assessedLevels().at(i)))
      return true;
  }
  return false;
}
} // namespace

//! Aggregates every region and writes those whose stored result changes.
bool writeRegions(ProjectStore &store, sqlite3 *connection, RegionLocator &locator,
                  const UnitPass &pass, const RegionAggregator &aggregator,
                  AggregationRule aggregation, AssessOutcome &outcome)
{
  // Group the memberships by region (counting sort, keeping unit order within a region).
  const std::vector<Membership> &memberships = pass.memberships();
  std::vector<size_t> start(locator.shapes().size() + 1, 0);
  for (const Membership &membership : memberships)
    ++start[membership.region + 1];
  for (size_t i = 1; i < start.size(); ++i)
    start[i] += start[i - 1];
  std::vector<Member> members(memberships.size());
  {
    std::vector<size_t> next(start.begin(), start.end() - 1);
    for (const Membership &membership : memberships)
      members[next[membership.region]++] = membership.member;
  }
  SqlStatement update(connection,
                      "UPDATE regions SET category_levels = ?1, raised_by = ?2, level = ?3, "
                      "level_zh = ?4, unit_count = ?5, aggregate_index = ?6, count_major = ?7, "
                      "count_significant = ?8, count_general = ?9, count_low = ?10 "
                      "WHERE fid = ?11");
  if (!update.isValid())
  {
    outcome.error = Tr::tr("cannot write the regions: %1").arg(update.error());
    return false;
  }
  QgsDistanceArea measure;
  const QgsCoordinateReferenceSystem crs(store.crsAuthId());
  measure.setSourceCrs(crs, QgsProject::instance()->transformContext());
  measure.setEllipsoid(crs.ellipsoidAcronym());
  for (const auto &shape : locator.shapes())
  {
    // Only the density rule needs the area (an ellipsoidal measure is not free at 10,000 cells).
    const double areaKm2 =
        aggregation == AggregationRule::Density
            ? measure.convertAreaMeasurement(measure.measureArea(shape->geometry),
                                             QgsUnitTypes::AreaSquareKilometers)
            : 0.0;
    QString levels;
    RegionResult result = aggregateRegion(members.data() + start[shape->index],
                                          start[shape->index + 1] - start[shape->index],
                                          pass.combinations(), aggregator, areaKm2, levels);
    // Hazard influence zones raise a region to at least the level of the sources reaching it.
    result.level = std::max(result.level, shape->influenceLevel);
    const QString raisedBy =
        shape->raisedBy.isEmpty() ? QString() : shape->raisedBy.join(QLatin1Char(','));
    if (!regionChanged(shape->stored, result, levels, raisedBy))
      continue;
    update.bind(1, levels);
    update.bind(2, raisedBy);
    update.bind(3, levelKey(result.level));
    update.bind(4, levelNameZh(result.level));
    update.bind(5, static_cast<qint64>(result.units));
    update.bind(6, result.index);
    for (int i = 0; i < 4; ++i)
      update.bind(7 + i, static_cast<qint64>(result.counts.count(assessedLevels().at(i))));
    update.bind(11, shape->fid);
    if (!update.execute())
    {
      outcome.error =
          Tr::tr("region %1: cannot write its result: %2").arg(shape->name, update.error());
      return false;
    }
    ++outcome.regionsWritten;
  }
  return true;
}

} // namespace riskatlas
