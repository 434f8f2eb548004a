#include "assess/unitstatepatch.h"

#include "assess/regionlocator.h"
#include "assess/regionresultwriter.h"
#include "assess/unitresultwriter.h"
#include "inputfields.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"
#include "support/geopackagesql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <ogrsf_frmts.h>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(ProjectAssessor)
};
} // namespace

UnitStatePatch::UnitStatePatch(ProjectStore &store, const MethodSet &methodSet,
                               AggregationRule aggregation)
    : mStore(store), mMethodSet(methodSet), mAggregation(aggregation)
{
}

UnitStatePatch::~UnitStatePatch() = default;

bool UnitStatePatch::begin(QString *error)
{
  mConnection = geoPackageConnection(mStore.dataset());
  if (!mConnection)
  {
    if (error)
      *error = Tr::tr("%1: not a GeoPackage").arg(mStore.path());
    return false;
  }
  mToken = AssessState::token(mMethodSet);
  mUsable = AssessState::isCurrent(mStore, mToken);
  if (!mUsable)
    return true;
  if (!AssessState::readCombinations(mConnection, mStored, error) ||
      !AssessState::readRegions(mConnection, true, mRegions, error))
    return false;
  for (const RegionTally &region : mRegions)
  {
    // As IncrementalPass: a state that cannot serve is left dropped for the full pass.
    if (mAggregation == AggregationRule::Density && region.areaKm2 < 0)
      mUsable = false;
    for (const TallyEntry &entry : region.entries)
    {
      if (entry.combination >= mStored.size())
        mUsable = false;
    }
  }
  if (!mUsable)
    return true;
  for (int i = 0; i < static_cast<int>(mRegions.size()); ++i)
    mRegionByFid.insert(mRegions[static_cast<size_t>(i)].fid, i);
  // Scored when a region to aggregate needs them (finish()): a city has thousands.
  mScored.resize(mStored.size());
  mIsScored.assign(mStored.size(), false);
  mOutside = AssessState::outsideUnits(mStore);
  return true;
}

ScoredCombination UnitStatePatch::combinationOf(const OGRFeature &unit) const
{
  // As UnitPass::score(): every input (null as empty), the override only when set.
  ScoredCombination combination;
  combination.category = stringField(unit, "category");
  combination.sector = stringField(unit, "sector");
  for (const QString &input : InputFields::scoringInputs())
  {
    const QString value = stringField(unit, input.toUtf8().constData());
    combination.inputs.insert(input, value.isNull() ? QString() : value);
  }
  const QString override = stringField(unit, "level_override");
  if (!override.isEmpty())
    combination.inputs.insert(levelOverrideInput(), override);
  scoreCombination(mMethodSet, combination);
  return combination;
}

UnitStatePatch::Placement UnitStatePatch::place(const OGRFeature &unit, double zone)
{
  Placement placement;
  const QgsGeometry position = qgsGeometry(unit);
  const bool isPoint = !position.isNull() && !position.isMultipart() &&
                       QgsWkbTypes::geometryType(position.wkbType()) == QgsWkbTypes::PointGeometry;
  QgsGeometry shape;
  const QString shapeWkt = stringField(unit, "shape");
  if (!shapeWkt.isEmpty())
    shape = QgsGeometry::fromWkt(shapeWkt);
  const QgsGeometry located = shape.isNull() ? position : shape;
  // Only the regions around the unit (and its influence zone) are read; a unit placed by its
  // region hint needs them all.
  std::unique_ptr<RegionLocator> nearby;
  RegionLocator *locator = nullptr;
  if (located.isNull())
  {
    if (!mAllRegions)
      mAllRegions = std::make_unique<RegionLocator>(mStore.regionsLayer());
    locator = mAllRegions.get();
  }
  else
  {
    QgsRectangle around = located.boundingBox();
    around.grow(std::max(
        zone, 1e-6 * std::max(1.0, std::abs(around.xMaximum()) + std::abs(around.yMaximum()))));
    nearby = std::make_unique<RegionLocator>(mStore.regionsLayer(), around);
    locator = nearby.get();
  }
  QJsonObject shares;
  RegionList regions;
  std::vector<quint32> hits;
  if (!shape.isNull())
  {
    // Line and area units: every region they cross, by length or area share (as the full pass).
    regions = locator->regionsTouching(shape);
    const bool isLine = QgsWkbTypes::geometryType(shape.wkbType()) == QgsWkbTypes::LineGeometry;
    const double whole = isLine ? shape.length() : shape.area();
    for (RegionShape *region : regions)
    {
      const QgsGeometry part = shape.intersection(region->geometry);
      const double share = whole > 0 ? (isLine ? part.length() : part.area()) / whole : 0;
      shares.insert(region->id, std::round(share * 1e4) / 1e4);
    }
    std::stable_sort(regions.begin(), regions.end(),
                     [&shares](RegionShape *a, RegionShape *b)
                     {
                       if (a->kindRank != b->kindRank)
                         return a->kindRank < b->kindRank;
                       return shares.value(a->id).toDouble() > shares.value(b->id).toDouble();
                     });
  }
  else if (isPoint)
  {
    const QgsPointXY point = position.asPoint();
    locator->regionsAt(point.x(), point.y(), hits);
  }
  else if (!position.isNull())
    regions = locator->regionsTouching(position);
  else
    regions = locator->regionsNamed(stringField(unit, "region_hint"));
  if (!isPoint || !shape.isNull())
  {
    hits.clear();
    for (RegionShape *region : regions)
      hits.push_back(region->index);
  }
  for (quint32 region : hits)
  {
    const RegionShape *member = locator->shape(region);
    placement.members.push_back({member->fid, member->id, member->name,
                                 shares.isEmpty() ? 1.0 : shares.value(member->id).toDouble()});
  }
  if (zone > 0 && !located.isNull())
  {
    for (RegionShape *reached : locator->regionsTouching(located.buffer(zone, 16)))
      placement.reached.push_back(reached->fid);
  }
  if (!shares.isEmpty())
    placement.sharesJson = QJsonDocument(shares).toJson(QJsonDocument::Compact);
  return placement;
}

int UnitStatePatch::tallyOf(qint64 regionFid) const
{
  return mRegionByFid.value(regionFid, -1);
}

bool UnitStatePatch::removeUnit(qint64 fid, QString *error)
{
  Q_UNUSED(error)
  if (!mUsable)
    return true;
  OGRLayer *units = mStore.unitsLayer();
  OGRFeatureUniquePtr unit(units ? units->GetFeature(fid) : nullptr);
  if (!unit)
    return true;
  // The unit's combination is the one whose units list it.
  quint32 combination = 0;
  bool found = false;
  for (size_t i = 0; i < mStored.size() && !found; ++i)
  {
    auto &list = mStored[i].units;
    const auto at = std::find(list.begin(), list.end(), fid);
    if (at != list.end())
    {
      list.erase(at);
      combination = static_cast<quint32>(i);
      found = true;
    }
  }
  if (!found)
  {
    // Not in the state (it should be, as the state is current): leave it to the full pass.
    mUsable = false;
    return true;
  }
  mDirtyCombinations.insert(combination);
  const Placement placement = place(*unit, mScored[combination].zone);
  for (const Placement::Member &member : placement.members)
  {
    const int index = tallyOf(member.fid);
    if (index < 0)
      continue;
    std::vector<TallyEntry> &entries = mRegions[static_cast<size_t>(index)].entries;
    const auto entry =
        std::find_if(entries.begin(), entries.end(),
                     [combination](const TallyEntry &e) { return e.combination == combination; });
    if (entry == entries.end())
      continue;
    if (entry->count <= 1)
      entries.erase(entry);
    else
    {
      --entry->count;
      entry->share -= member.share;
    }
    mDirtyRegions.insert(index);
  }
  const QString unitId = stringField(*unit, "unit_id");
  for (int i = 0; i < static_cast<int>(mRegions.size()); ++i)
  {
    std::vector<InfluenceSource> &influence = mRegions[static_cast<size_t>(i)].influence;
    const auto end = std::remove_if(influence.begin(), influence.end(),
                                    [&unitId](const InfluenceSource &source)
                                    { return source.unitId == unitId; });
    if (end != influence.end())
    {
      influence.erase(end, influence.end());
      mDirtyRegions.insert(i);
    }
  }
  if (mOutside.removeAll(unitId) > 0)
    mOutsideDirty = true;
  return true;
}

bool UnitStatePatch::addUnit(qint64 fid, QString *error)
{
  OGRLayer *units = mStore.unitsLayer();
  OGRFeatureUniquePtr unit(units ? units->GetFeature(fid) : nullptr);
  if (!unit)
  {
    if (error)
      *error = Tr::tr("%1: the project has no unit with fid %2").arg(mStore.path()).arg(fid);
    return false;
  }
  const QString unitId = stringField(*unit, "unit_id");
  ScoredCombination scored = combinationOf(*unit);
  mLastLevel = levelKey(scored.result.finalLevel);
  const Placement placement = place(*unit, scored.zone);

  // The unit's own results, as the full pass writes them.
  const Placement::Member *own = placement.members.empty() ? nullptr : &placement.members.front();
  const QByteArray regionTexts[3] = {own ? own->id.toUtf8() : QByteArray(),
                                     own ? own->name.toUtf8() : QByteArray(), placement.sharesJson};
  const bool regionNulls[3] = {!own || own->id.isNull(), !own || own->name.isNull(),
                               placement.sharesJson.isEmpty()};
  const QString note = scored.result.scored ? QString() : unscoredNote(unitId, scored.result);
  const QByteArray noteUtf8 = note.isNull() ? QByteArray() : note.toUtf8();
  std::vector<UnitWriter::Row> rows(1);
  fillResultRow(rows.front(), fid, regionTexts, regionNulls, scored, noteUtf8);
  UnitWriter writer(mConnection);
  if (!writer.isValid() || !writer.write(rows))
  {
    if (error)
      *error = Tr::tr("cannot write the units' results: %1").arg(writer.error());
    return false;
  }
  if (!mUsable)
    return true;

  // Its combination in the state: an existing one with the same category, sector and inputs,
  // or a new one.
  quint32 combination = 0;
  bool found = false;
  for (size_t i = 0; i < mStored.size(); ++i)
  {
    if (mStored[i].category == scored.category && mStored[i].sector == scored.sector &&
        mStored[i].inputs == scored.inputs)
    {
      combination = static_cast<quint32>(i);
      found = true;
      break;
    }
  }
  if (!found)
  {
    StoredCombination stored;
    stored.category = scored.category;
    stored.sector = scored.sector;
    stored.inputs = scored.inputs;
    stored.outcome = outcomeSignature(scored.result);
    mStored.push_back(std::move(stored));
    mScored.push_back(scored);
    mIsScored.push_back(true);
    combination = static_cast<quint32>(mStored.size() - 1);
  }
  auto &list = mStored[combination].units;
  list.insert(std::lower_bound(list.begin(), list.end(), fid), fid);
  mDirtyCombinations.insert(combination);
  for (const Placement::Member &member : placement.members)
  {
    const int index = tallyOf(member.fid);
    if (index < 0)
      continue;
    std::vector<TallyEntry> &entries = mRegions[static_cast<size_t>(index)].entries;
    auto entry =
        std::lower_bound(entries.begin(), entries.end(), combination,
                         [](const TallyEntry &e, quint32 value) { return e.combination < value; });
    if (entry == entries.end() || entry->combination != combination)
      entry = entries.insert(entry, {combination, 0, 0.0});
    ++entry->count;
    entry->share += member.share;
    mDirtyRegions.insert(index);
  }
  for (qint64 region : placement.reached)
  {
    const int index = tallyOf(region);
    if (index < 0)
      continue;
    mRegions[static_cast<size_t>(index)].influence.push_back({combination, unitId});
    mDirtyRegions.insert(index);
  }
  if (placement.members.empty())
  {
    mOutside << unitId;
    mOutsideDirty = true;
  }
  return true;
}

bool UnitStatePatch::finish(QString *error)
{
  if (!mUsable)
    return true;
  for (quint32 combination : mDirtyCombinations)
  {
    if (!AssessState::writeCombination(mConnection, combination, mStored[combination], error))
      return false;
  }
  std::vector<RegionTally> changed;
  for (int index : mDirtyRegions)
  {
    const RegionTally &region = mRegions[static_cast<size_t>(index)];
    if (!AssessState::writeRegionTally(mConnection, region, error))
      return false;
    changed.push_back(region);
  }
  std::sort(changed.begin(), changed.end(),
            [](const RegionTally &a, const RegionTally &b) { return a.fid < b.fid; });
  auto score = [this](quint32 index)
  {
    if (mIsScored[index])
      return;
    ScoredCombination &combination = mScored[index];
    combination.category = mStored[index].category;
    combination.sector = mStored[index].sector;
    combination.inputs = mStored[index].inputs;
    scoreCombination(mMethodSet, combination);
    mIsScored[index] = true;
  };
  for (const RegionTally &region : changed)
  {
    for (const TallyEntry &entry : region.entries)
      score(entry.combination);
    for (const InfluenceSource &source : region.influence)
      score(source.combination);
  }
  AssessOutcome outcome;
  if (!writeRegions(mConnection,
                    aggregateRegions(changed, mScored, mMethodSet.aggregator(mAggregation)),
                    outcome))
  {
    if (error)
      *error = outcome.error;
    return false;
  }
  mRegionsWritten = outcome.regionsWritten;
  if (mOutsideDirty && !AssessState::setOutsideUnits(mStore, mOutside, error))
    return false;
  // The triggers dropped the state when the row was added or deleted; it is current again.
  return mStore.setMetadata(ProjectSchema::assessStateKey(), mToken, error);
}

} // namespace riskatlas
