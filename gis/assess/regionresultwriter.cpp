#include "assess/regionresultwriter.h"

#include "assess/assessstate.h"
#include "assess/regionlocator.h"
#include "assess/unitpass.h"
#include "store/projectstore.h"
#include "support/geopackagesql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <qgsdistancearea.h>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(ProjectAssessor)
};

/**
 * A region's result and its level per category of its units (JSON), by the aggregation rule,
 * from its tally. The max rule needs only the levels, so it skips building the rules' unit list.
 */
RegionResult aggregateTally(const RegionTally &region,
                            const std::deque<ScoredCombination> &combinations,
                            const RegionAggregator &aggregator, QString &categoryLevels)
{
  RegionResult result;
  QMap<QString, RiskLevel> byCategoryLevel;
  if (aggregator.rule() == AggregationRule::Max)
  {
    QMap<QString, LevelCounts> byCategory;
    for (const TallyEntry &entry : region.entries)
    {
      const ScoredCombination &combination = combinations[entry.combination];
      const int count = static_cast<int>(entry.count);
      result.counts.add(combination.result.finalLevel, count);
      byCategory[combination.category].add(combination.result.finalLevel, count);
      result.units += count;
    }
    result.level = result.counts.highest();
    for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
      byCategoryLevel.insert(it.key(), it.value().highest());
  }
  else
  {
    const double areaKm2 = std::max(region.areaKm2, 0.0);
    QList<RegionUnit> units;
    units.reserve(static_cast<int>(region.entries.size()));
    QMap<QString, QList<RegionUnit>> byCategory;
    for (const TallyEntry &entry : region.entries)
    {
      const ScoredCombination &combination = combinations[entry.combination];
      RegionUnit unit{combination.category, combination.sector, combination.result.finalLevel};
      unit.share = entry.share;
      unit.count = static_cast<int>(entry.count);
      units.append(unit);
      byCategory[combination.category].append(unit);
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

std::vector<double> measureRegionAreas(const QString &crsAuthId, const RegionLocator &locator,
                                       const QgsCoordinateTransformContext &transformContext)
{
  QgsDistanceArea measure;
  const QgsCoordinateReferenceSystem crs(crsAuthId);
  measure.setSourceCrs(crs, transformContext);
  measure.setEllipsoid(crs.ellipsoidAcronym());
  std::vector<double> areas;
  areas.reserve(locator.shapes().size());
  for (const auto &shape : locator.shapes())
    areas.push_back(measure.convertAreaMeasurement(measure.measureArea(shape->geometry),
                                                   QgsUnitTypes::AreaSquareKilometers));
  return areas;
}

bool tallyRegions(sqlite3 *connection, const std::vector<double> &areasKm2,
                  const RegionLocator &locator, const UnitPass &pass,
                  std::vector<RegionTally> &regions, QString *error)
{
  std::vector<RegionTally> stored;
  if (!AssessState::readRegions(connection, false, stored, error))
    return false;
  QHash<qint64, size_t> storedByFid;
  for (size_t i = 0; i < stored.size(); ++i)
    storedByFid.insert(stored[i].fid, i);

  // Group the memberships by region and, within a region, by combination (two stable counting
  // sorts), so shares are summed in unit order and every run sums alike.
  const std::vector<Membership> &memberships = pass.memberships();
  std::vector<size_t> byCombination(pass.combinations().size() + 1, 0);
  for (const Membership &membership : memberships)
    ++byCombination[membership.member.combination + 1];
  for (size_t i = 1; i < byCombination.size(); ++i)
    byCombination[i] += byCombination[i - 1];
  std::vector<const Membership *> sorted(memberships.size());
  for (const Membership &membership : memberships)
    sorted[byCombination[membership.member.combination]++] = &membership;
  std::vector<size_t> start(locator.shapes().size() + 1, 0);
  for (const Membership &membership : memberships)
    ++start[membership.region + 1];
  for (size_t i = 1; i < start.size(); ++i)
    start[i] += start[i - 1];
  std::vector<Member> members(memberships.size());
  {
    std::vector<size_t> next(start.begin(), start.end() - 1);
    for (const Membership *membership : sorted)
      members[next[membership->region]++] = membership->member;
  }

  regions.clear();
  regions.reserve(locator.shapes().size());
  for (const auto &shape : locator.shapes())
  {
    RegionTally region;
    const auto found = storedByFid.constFind(shape->fid);
    if (found != storedByFid.constEnd())
      region = std::move(stored[found.value()]);
    region.fid = shape->fid;
    region.name = shape->name;
    region.influence = shape->influence;
    if (!areasKm2.empty())
      region.areaKm2 = areasKm2[shape->index];
    // Sum the units per combination; shares in unit order, so every run sums alike.
    Member *first = members.data() + start[shape->index];
    Member *last = members.data() + start[shape->index + 1];
    std::stable_sort(first, last,
                     [](const Member &a, const Member &b)
                     { return a.combination < b.combination; });
    for (const Member *member = first; member != last; ++member)
    {
      if (region.entries.empty() || region.entries.back().combination != member->combination)
        region.entries.push_back({member->combination, 0, 0.0});
      ++region.entries.back().count;
      region.entries.back().share += member->share;
    }
    regions.push_back(std::move(region));
  }
  return true;
}

std::vector<RegionWrite> aggregateRegions(const std::vector<RegionTally> &regions,
                                          const std::deque<ScoredCombination> &combinations,
                                          const RegionAggregator &aggregator)
{
  std::vector<RegionWrite> writes;
  for (const RegionTally &region : regions)
  {
    RegionWrite write;
    write.result = aggregateTally(region, combinations, aggregator, write.categoryLevels);
    // Hazard influence zones raise a region to at least the level of the scored sources
    // reaching it.
    QStringList raisedByIds;
    for (const InfluenceSource &source : region.influence)
    {
      const UnitAssessment &sourceResult = combinations[source.combination].result;
      if (!sourceResult.scored)
        continue;
      write.result.level = std::max(write.result.level, sourceResult.finalLevel);
      raisedByIds << source.unitId;
    }
    if (!raisedByIds.isEmpty())
      write.raisedBy = raisedByIds.join(QLatin1Char(','));
    if (!regionChanged(region.stored, write.result, write.categoryLevels, write.raisedBy))
      continue;
    write.fid = region.fid;
    write.name = region.name;
    writes.push_back(std::move(write));
  }
  return writes;
}

bool writeRegions(sqlite3 *connection, const std::vector<RegionWrite> &writes,
                  AssessOutcome &outcome)
{
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
  for (const RegionWrite &write : writes)
  {
    const RegionResult &result = write.result;
    update.bind(1, write.categoryLevels);
    update.bind(2, write.raisedBy);
    update.bind(3, levelKey(result.level));
    update.bind(4, levelNameZh(result.level));
    update.bind(5, static_cast<qint64>(result.units));
    update.bind(6, result.index);
    for (int i = 0; i < 4; ++i)
      update.bind(7 + i, static_cast<qint64>(result.counts.count(assessedLevels().at(i))));
    update.bind(11, write.fid);
    if (!update.execute())
    {
      outcome.error =
          Tr::tr("region %1: cannot write its result: %2").arg(write.name, update.error());
      return false;
    }
    ++outcome.regionsWritten;
  }
  return true;
}

} // namespace riskatlas
