#include "projectassessor.h"

#include "assessmentsummary.h"
#include "gdalsupport.h"
#include "geopackagesql.h"
#include "inputfields.h"
#include "projectschema.h"
#include "projectstore.h"
#include "reproducibletime.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <deque>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <optional>
#include <qgscurve.h>
#include <qgscurvepolygon.h>
#include <qgsdistancearea.h>
#include <qgsfeedback.h>
#include <qgsgeometryengine.h>
#include <qgspoint.h>
#include <qgsproject.h>
#include <string>
#include <unordered_map>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(ProjectAssessor)
};

//! A region's result as stored, to write only what changed.
struct StoredRegionResult
{
  QString level;
  QString levelZh;
  qint64 unitCount = -1;
  qint64 counts[4] = {-1, -1, -1, -1};
  bool hasIndex = false;
  double index = 0;
  QString categoryLevels;
  QString raisedBy;
};

/**
 * A polygon's edges in horizontal stripes: a point test looks only at the edges of its stripe,
 * so it stays cheap for district outlines with thousands of vertices.
 */
class EdgeStripes
{
public:
  enum class Place
  {
    Outside,
    Inside,
    NearBoundary //!< within a hair of an edge: ask GEOS
  };

  explicit EdgeStripes(const QgsGeometry &geometry)
  {
    const QgsRectangle box = geometry.boundingBox();
    mYMin = box.yMinimum();
    mEpsilon = 1e-9 * (std::abs(box.xMaximum()) + std::abs(box.yMaximum()) + box.width() +
                       box.height() + 1.0);
    int rings = 0;
    for (auto part = geometry.const_parts_begin(); part != geometry.const_parts_end(); ++part)
    {
      const auto *polygon = qgsgeometry_cast<const QgsCurvePolygon *>(*part);
      if (!polygon)
        continue;
      for (int ring = -1; ring < polygon->numInteriorRings(); ++ring)
      {
        const QgsCurve *curve = ring < 0 ? polygon->exteriorRing() : polygon->interiorRing(ring);
        if (!curve)
          continue;
        ++rings;
        QgsPointSequence points;
        curve->points(points);
        for (int i = 1; i < points.size(); ++i)
          mEdges.push_back(
              {points.at(i - 1).x(), points.at(i - 1).y(), points.at(i).x(), points.at(i).y()});
      }
    }
    mRectangle =
        rings == 1 && mEdges.size() == 4 &&
        std::all_of(mEdges.begin(), mEdges.end(),
                    [](const Edge &edge) { return edge.x1 == edge.x2 || edge.y1 == edge.y2; });
    const int stripes = std::clamp(static_cast<int>(mEdges.size() / 4), 1, 4096);
    mStripeHeight = box.height() > 0 ? box.height() / stripes : 1.0;
    std::vector<std::vector<quint32>> members(static_cast<size_t>(stripes));
    for (size_t i = 0; i < mEdges.size(); ++i)
    {
      const Edge &edge = mEdges[i];
      const int first = stripeOf(std::min(edge.y1, edge.y2) - mEpsilon, stripes);
      const int last = stripeOf(std::max(edge.y1, edge.y2) + mEpsilon, stripes);
      for (int stripe = first; stripe <= last; ++stripe)
        members[static_cast<size_t>(stripe)].push_back(static_cast<quint32>(i));
    }
    mStripeStart.reserve(members.size() + 1);
    mStripeStart.push_back(0);
    for (const auto &stripe : members)
    {
      mStripeEdges.insert(mStripeEdges.end(), stripe.begin(), stripe.end());
      mStripeStart.push_back(static_cast<quint32>(mStripeEdges.size()));
    }
  }

  Place locate(double x, double y) const
  {
    const int stripe = stripeOf(y, static_cast<int>(mStripeStart.size()) - 1);
    bool inside = false;
    for (quint32 i = mStripeStart[static_cast<size_t>(stripe)];
         i < mStripeStart[static_cast<size_t>(stripe) + 1]; ++i)
    {
      const Edge &edge = mEdges[mStripeEdges[i]];
      if (nearEdge(edge, x, y))
        return Place::NearBoundary;
      if ((edge.y1 > y) != (edge.y2 > y) &&
          x < edge.x1 + (y - edge.y1) * (edge.x2 - edge.x1) / (edge.y2 - edge.y1))
        inside = !inside;
    }
    return inside ? Place::Inside : Place::Outside;
  }

  struct Edge
  {
    double x1, y1, x2, y2;
  };
  const std::vector<Edge> &edges() const { return mEdges; }
  double epsilon() const { return mEpsilon; }
  //! One ring of four axis-parallel edges: the polygon is exactly its bounding box.
  bool isRectangle() const { return mRectangle; }

private:
  int stripeOf(double y, int stripes) const
  {
    const double position = (y - mYMin) / mStripeHeight;
    if (!(position > 0))
      return 0;
    return std::min(static_cast<int>(position), stripes - 1);
  }

  bool nearEdge(const Edge &edge, double x, double y) const
  {
    if (x < std::min(edge.x1, edge.x2) - mEpsilon || x > std::max(edge.x1, edge.x2) + mEpsilon ||
        y < std::min(edge.y1, edge.y2) - mEpsilon || y > std::max(edge.y1, edge.y2) + mEpsilon)
      return false;
    const double dx = edge.x2 - edge.x1;
    const double dy = edge.y2 - edge.y1;
    const double length2 = dx * dx + dy * dy;
    double t = length2 > 0 ? ((x - edge.x1) * dx + (y - edge.y1) * dy) / length2 : 0;
    t = std::clamp(t, 0.0, 1.0);
    const double ex = edge.x1 + t * dx - x;
    const double ey = edge.y1 + t * dy - y;
    return ex * ex + ey * ey <= mEpsilon * mEpsilon;
  }

  std::vector<Edge> mEdges;
  std::vector<quint32> mStripeStart;
  std::vector<quint32> mStripeEdges;
  double mYMin = 0;
  double mStripeHeight = 1;
  double mEpsilon = 0;
  bool mRectangle = false;
};

struct RegionShape;
using RegionList = std::vector<RegionShape *>;

struct RegionShape
{
  qint64 fid = 0;
  QString id;
  QString name;
  QByteArray idUtf8;
  QByteArray nameUtf8;
  QString kind;
  int kindRank = 0;
  QString parentId;
  QgsGeometry geometry;
  QgsRectangle box;
  std::unique_ptr<QgsGeometryEngine> engine;
  std::unique_ptr<EdgeStripes> stripes;
  quint32 index = 0;                          //!< position in the locator's list
  RiskLevel influenceLevel = RiskLevel::None; //!< the highest source whose zone reaches it
  QStringList raisedBy;
  StoredRegionResult stored;

  //! GEOS "intersects" for a point, answered by the edge stripes unless the point is on an edge.
  bool containsPoint(double x, double y) const
  {
    switch (stripes->locate(x, y))
    {
    case EdgeStripes::Place::Inside:
      return true;
    case EdgeStripes::Place::Outside:
      return false;
    case EdgeStripes::Place::NearBoundary:
      break;
    }
    const QgsPoint point(x, y);
    return engine->intersects(&point);
  }
};

/**
 * Regions bucketed on a uniform grid over their extent. A bucket lists only the regions that
 * reach it, each with its box and whether the whole bucket lies inside it (no edge crosses the
 * bucket), so most points are placed without touching a polygon edge.
 */
class BucketIndex
{
public:
  struct Entry
  {
    double xMin, yMin, xMax, yMax; //!< the region's bounding box
    quint32 region;
    int kindRank;
    bool inside;    //!< the whole bucket lies in the region
    bool rectangle; //!< the region is exactly its bounding box
  };

  void build(const std::vector<std::unique_ptr<RegionShape>> &shapes)
  {
    if (shapes.empty())
      return;
    mExtent = shapes.front()->box;
    for (const auto &shape : shapes)
      mExtent.combineExtentWith(shape->box);
    const int side = std::clamp(static_cast<int>(std::ceil(std::sqrt(shapes.size()))) * 2, 1, 1024);
    mColumns = mRows = side;
    mCellWidth = mExtent.width() > 0 ? mExtent.width() / side : 1.0;
    mCellHeight = mExtent.height() > 0 ? mExtent.height() / side : 1.0;
    mBuckets.assign(static_cast<size_t>(mColumns) * mRows, {});
    std::vector<char> crossed;
    for (size_t i = 0; i < shapes.size(); ++i)
    {
      const RegionShape &shape = *shapes[i];
      const QgsRectangle &box = shape.box;
      const int c0 = column(box.xMinimum()), c1 = column(box.xMaximum());
      const int r0 = row(box.yMinimum()), r1 = row(box.yMaximum());
      const int width = c1 - c0 + 1;
      // Buckets an edge passes through (by the edge's box, widened by the edge tolerance).
      crossed.assign(static_cast<size_t>(width) * (r1 - r0 + 1), 0);
      const double margin = shape.stripes->epsilon() * 4;
      for (const EdgeStripes::Edge &edge : shape.stripes->edges())
      {
        for (int r = row(std::min(edge.y1, edge.y2) - margin);
             r <= row(std::max(edge.y1, edge.y2) + margin); ++r)
          for (int c = column(std::min(edge.x1, edge.x2) - margin);
               c <= column(std::max(edge.x1, edge.x2) + margin); ++c)
          {
            if (r >= r0 && r <= r1 && c >= c0 && c <= c1)
              crossed[static_cast<size_t>(r - r0) * width + (c - c0)] = 1;
          }
      }
      for (int r = r0; r <= r1; ++r)
        for (int c = c0; c <= c1; ++c)
        {
          const bool edgeInside = crossed[static_cast<size_t>(r - r0) * width + (c - c0)];
          bool inside = false;
          if (!edgeInside)
          {
            // No edge crosses the bucket: it lies wholly inside or wholly outside.
            const double cx = mExtent.xMinimum() + (c + 0.5) * mCellWidth;
            const double cy = mExtent.yMinimum() + (r + 0.5) * mCellHeight;
            if (shape.stripes->locate(cx, cy) != EdgeStripes::Place::Inside)
              continue;
            inside = true;
          }
          mBuckets[static_cast<size_t>(r) * mColumns + c].push_back(
              {box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum(),
               static_cast<quint32>(i), shape.kindRank, inside, shape.stripes->isRectangle()});
        }
    }
  }

  //! Candidates for a point; null outside the extent.
  const std::vector<Entry> *at(double x, double y) const
  {
    if (mBuckets.empty() || !(x >= mExtent.xMinimum() && x <= mExtent.xMaximum() &&
                              y >= mExtent.yMinimum() && y <= mExtent.yMaximum()))
      return nullptr;
    return &mBuckets[static_cast<size_t>(row(y)) * mColumns + column(x)];
  }

  //! Candidates for a rectangle, each once, in region order.
  std::vector<int> in(const QgsRectangle &box) const
  {
    std::vector<int> found;
    if (mBuckets.empty() || !mExtent.intersects(box))
      return found;
    for (int r = row(box.yMinimum()); r <= row(box.yMaximum()); ++r)
      for (int c = column(box.xMinimum()); c <= column(box.xMaximum()); ++c)
      {
        for (const Entry &entry : mBuckets[static_cast<size_t>(r) * mColumns + c])
          found.push_back(static_cast<int>(entry.region));
      }
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    return found;
  }

private:
  int column(double x) const
  {
    const double position = (x - mExtent.xMinimum()) / mCellWidth;
    return position > 0 ? std::min(static_cast<int>(position), mColumns - 1) : 0;
  }
  int row(double y) const
  {
    const double position = (y - mExtent.yMinimum()) / mCellHeight;
    return position > 0 ? std::min(static_cast<int>(position), mRows - 1) : 0;
  }

  QgsRectangle mExtent;
  int mColumns = 0;
  int mRows = 0;
  double mCellWidth = 1;
  double mCellHeight = 1;
  std::vector<std::vector<Entry>> mBuckets;
};

class RegionLocator
{
public:
  explicit RegionLocator(OGRLayer *layer)
  {
    if (!layer)
      return;
    layer->ResetReading();
    for (auto &feature : *layer)
    {
      auto shape = std::make_unique<RegionShape>();
      shape->fid = feature->GetFID();
      shape->id = stringField(*feature, "region_id");
      shape->name = stringField(*feature, "name");
      shape->idUtf8 = shape->id.toUtf8();
      shape->nameUtf8 = shape->name.toUtf8();
      shape->kind = stringField(*feature, "kind");
      shape->kindRank = regionKindRank(shape->kind);
      shape->parentId = stringField(*feature, "parent_id");
      shape->geometry = qgsGeometry(*feature);
      shape->box = shape->geometry.boundingBox();
      shape->engine.reset(QgsGeometry::createGeometryEngine(shape->geometry.constGet()));
      shape->engine->prepareGeometry();
      shape->stripes = std::make_unique<EdgeStripes>(shape->geometry);
      StoredRegionResult &stored = shape->stored;
      stored.level = stringField(*feature, "level");
      stored.levelZh = stringField(*feature, "level_zh");
      stored.categoryLevels = stringField(*feature, "category_levels");
      stored.raisedBy = stringField(*feature, "raised_by");
      auto integer = [&feature](const char *name) -> qint64
      {
        const int index = feature->GetFieldIndex(name);
        return index >= 0 && feature->IsFieldSetAndNotNull(index)
                   ? feature->GetFieldAsInteger64(index)
                   : -1;
      };
      stored.unitCount = integer("unit_count");
      for (int i = 0; i < 4; ++i)
        stored.counts[i] =
            integer(QStringLiteral("count_%1").arg(levelKey(assessedLevels().at(i))).toUtf8());
      const int indexField = feature->GetFieldIndex("aggregate_index");
      stored.hasIndex = indexField >= 0 && feature->IsFieldSetAndNotNull(indexField);
      stored.index = stored.hasIndex ? feature->GetFieldAsDouble(indexField) : 0;
      shape->index = static_cast<quint32>(mShapes.size());
      mShapes.push_back(std::move(shape));
    }
    mIndex.build(mShapes);
  }

  /**
   * The regions a point belongs to, one per kind: the region containing it, or for a point on
   * a shared border the one with the smallest code, so no unit is counted twice. Sorted by kind.
   */
  void regionsAt(double x, double y, std::vector<quint32> &regions) const
  {
    regions.clear();
    const std::vector<BucketIndex::Entry> *candidates = mIndex.at(x, y);
    if (!candidates)
      return;
    // Entries carry what the test needs, so a region's record is read only on a shared border.
    std::vector<const BucketIndex::Entry *> &hits = mHits;
    hits.clear();
    for (const BucketIndex::Entry &entry : *candidates)
    {
      if (!entry.inside)
      {
        if (x < entry.xMin || x > entry.xMax || y < entry.yMin || y > entry.yMax)
          continue;
        // A rectangle is its box (closed, as GEOS "intersects" counts the border).
        if (!entry.rectangle && !mShapes[entry.region]->containsPoint(x, y))
          continue;
      }
      size_t same = 0;
      while (same < hits.size() &&
             !(hits[same]->kindRank == entry.kindRank &&
               mShapes[hits[same]->region]->kind == mShapes[entry.region]->kind))
        ++same;
      if (same == hits.size())
        hits.push_back(&entry);
      else if (mShapes[entry.region]->id < mShapes[hits[same]->region]->id)
        hits[same] = &entry;
    }
    std::stable_sort(hits.begin(), hits.end(),
                     [](const BucketIndex::Entry *a, const BucketIndex::Entry *b)
                     { return a->kindRank < b->kindRank; });
    for (const BucketIndex::Entry *hit : hits)
      regions.push_back(hit->region);
  }

  /**
   * For a unit without a position: the region whose code or name is \a hint (the most basic
   * kind if several match) and that region's parent.
   */
  RegionList regionsNamed(const QString &hint)
  {
    const auto cached = mNamed.constFind(hint);
    if (cached != mNamed.constEnd())
      return cached.value();
    RegionShape *match = nullptr;
    for (const auto &shape : mShapes)
    {
      if ((shape->id == hint || shape->name == hint) &&
          (!match || shape->kindRank < match->kindRank))
        match = shape.get();
    }
    RegionList regions;
    if (match)
    {
      regions.push_back(match);
      for (const auto &shape : mShapes)
      {
        if (!match->parentId.isEmpty() && shape->id == match->parentId &&
            shape->kind != match->kind)
          regions.push_back(shape.get());
      }
    }
    mNamed.insert(hint, regions);
    return regions;
  }

  //! Every region (any kind) a geometry touches.
  RegionList regionsTouching(const QgsGeometry &geometry) const
  {
    RegionList regions;
    const QgsRectangle box = geometry.boundingBox();
    for (int candidate : mIndex.in(box))
    {
      RegionShape *shape = mShapes[static_cast<size_t>(candidate)].get();
      if (shape->box.intersects(box) && shape->engine->intersects(geometry.constGet()))
        regions.push_back(shape);
    }
    return regions;
  }

  std::vector<std::unique_ptr<RegionShape>> &shapes() { return mShapes; }
  RegionShape *shape(quint32 index) const { return mShapes[index].get(); }

private:
  BucketIndex mIndex;
  std::vector<std::unique_ptr<RegionShape>> mShapes;
  QHash<QString, RegionList> mNamed;
  mutable std::vector<const BucketIndex::Entry *> mHits; //!< scratch of regionsAt()
};

QString describeProblem(const QString &unitId, const InputProblem &problem)
{
  return Tr::tr("unit %1: field %2: value \"%3\": allowed %4")
      .arg(unitId, problem.field, problem.value, problem.allowed);
}

QString describeResult(const UnitAssessment &result, const QVariantMap &inputs)
{
  if (!result.scored)
    return Tr::tr("%1: unscored (%2 = \"%3\")")
        .arg(result.methodId, result.problem.field, result.problem.value);
  const QString control = inputs.value(InputFields::control()).toString();
  return Tr::tr("%1 %2, score %3 → %4, control %5")
      .arg(result.methodId, result.methodVersion, QString::number(result.score, 'g', 6),
           levelKey(result.inherentLevel), control.isEmpty() ? Tr::tr("not given") : control);
}

/**
 * One distinct combination of category, sector and scoring inputs, scored once: a city has a
 * few thousand of them however many units it has.
 */
struct ScoredCombination
{
  QString category;
  const QString *categoryKey = nullptr; //!< one pointer per distinct category (for grouping)
  QString sector;
  QVariantMap inputs;
  UnitAssessment result;
  double zone = 0; //!< influence distance of the sector (metres), 0 for none
  QByteArray method;
  QByteArray methodVersion;
  QByteArray grade;
  QByteArray inherentLevel;
  QByteArray level;
  QByteArray levelZh;
};

//! A unit in a region: its scored combination and its share (1 for a point).
struct Member
{
  quint32 combination;
  double share;
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

//! True when a stored text column differs from the value the assessment writes.
bool differs(const SqlStatement &row, int column, const QByteArray &value, bool valueIsNull)
{
  const SqlStatement::Value stored = row.value(column);
  if (stored.null || valueIsNull)
    return stored.null != valueIsNull;
  return stored.size != value.size() ||
         std::memcmp(stored.data, value.constData(), stored.size) != 0;
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

bool recordRun(ProjectStore &store, const MethodSet &methodSet, AggregationRule aggregation,
               const AssessOutcome &outcome, QString *error)
{
  OGRLayer *runs = store.dataset().GetLayerByName(ProjectSchema::runsTable());
  OGRFeatureUniquePtr run(OGRFeature::CreateFeature(runs->GetLayerDefn()));
  setStringField(*run, "timestamp", reproducibleNow().toString(Qt::ISODate));
  setStringField(*run, "user", operatingSystemUser());
  setStringField(*run, "method_set_hash", methodSet.hash());
  setStringField(*run, "aggregation", aggregationRuleKey(aggregation));
  run->SetField("units", outcome.units);
  run->SetField("scored", outcome.scored);
  if (runs->CreateFeature(run.get()) != OGRERR_NONE)
  {
    if (error)
      *error = Tr::tr("cannot record the run: %1").arg(lastGdalError());
    return false;
  }
  return store.storeMethodSetCopy(methodSet, error) &&
         store.setMetadata(ProjectSchema::aggregationKey(), aggregationRuleKey(aggregation),
                           error) &&
         store.appendAudit(QStringLiteral("assess"), QStringLiteral("project"), QString(),
                           QStringLiteral("method set %1, aggregation %2, %3 of %4 units scored")
                               .arg(methodSet.hash().left(12), aggregationRuleKey(aggregation))
                               .arg(outcome.scored)
                               .arg(outcome.units),
                           error);
}

//! Phase times on stderr when RISKATLAS_TIMING is set (for tests/benchmarks).
class PhaseTimer
{
public:
  PhaseTimer() : mEnabled(qEnvironmentVariableIsSet("RISKATLAS_TIMING"))
  {
    mTimer.start();
    mCpu = std::clock();
  }
  void lap(const char *phase, const QString &detail = QString())
  {
    if (!mEnabled)
      return;
    const std::clock_t cpu = std::clock();
    fprintf(stderr, "timing: %s %.3f s (cpu %.3f s)%s%s\n", phase, mTimer.restart() / 1000.0,
            static_cast<double>(cpu - mCpu) / CLOCKS_PER_SEC, detail.isEmpty() ? "" : ", ",
            qPrintable(detail));
    mCpu = cpu;
  }

private:
  bool mEnabled;
  QElapsedTimer mTimer;
  std::clock_t mCpu;
};

struct Membership
{
  quint32 region;
  Member member;
};

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

  explicit UnitWriter(sqlite3 *connection)
      : mConnection(connection), mFull(connection, sql(BatchSize))
  {
    mRows.resize(BatchSize);
  }

  bool isValid() const { return mFull.isValid(); }
  QString error() const { return mError; }

  Row &next() { return mRows[static_cast<size_t>(mCount++)]; }

  bool flushIfFull() { return mCount < BatchSize || flush(); }

  bool flush()
  {
    if (mCount == 0)
      return true;
    std::unique_ptr<SqlStatement> tail;
    SqlStatement *statement = &mFull;
    if (mCount < BatchSize)
    {
      tail = std::make_unique<SqlStatement>(mConnection, sql(mCount));
      statement = tail.get();
    }
    int parameter = 1;
    for (int i = 0; i < mCount; ++i)
    {
      const Row &row = mRows[static_cast<size_t>(i)];
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
    mCount = 0;
    return ok;
  }

private:
  static constexpr int BatchSize = 256;

  static QByteArray sql(int rows)
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

  sqlite3 *mConnection;
  SqlStatement mFull;
  std::vector<Row> mRows;
  int mCount = 0;
  QString mError;
};

/**
 * The units pass: reads every unit with one SELECT on GDAL's own SQLite connection (inside the
 * open transaction), scores each distinct input combination once, places units in regions and
 * rewrites only the rows whose stored results change. False with outcome.error on failure or
 * cancellation; the caller rolls back.
 */
class UnitPass
{
public:
  UnitPass(ProjectStore &store, const MethodSet &methodSet, RegionLocator &locator,
           AssessOutcome &outcome, QgsFeedback *feedback)
      : mStore(store), mMethodSet(methodSet), mLocator(locator), mOutcome(outcome),
        mFeedback(feedback)
  {
  }

  bool run(sqlite3 *connection);
  const std::deque<ScoredCombination> &combinations() const { return mCombinations; }
  //! Which unit (scored combination) lies in which region, in unit order.
  const std::vector<Membership> &memberships() const { return mMemberships; }

private:
  enum Column
  {
    Fid,
    UnitId,
    Name,
    Category,
    Sector,
    RegionHint,
    Shape,
    Geometry,
    RegionId,
    Region,
    RegionShares,
    Method,
    MethodVersion,
    Score,
    Grade,
    InherentLevel,
    Level,
    LevelZh,
    Note,
    FirstInput
  };

  quint32 score(const SqlStatement &row);
  bool fail(const QString &message)
  {
    mOutcome.error = message;
    return false;
  }

  ProjectStore &mStore;
  const MethodSet &mMethodSet;
  RegionLocator &mLocator;
  AssessOutcome &mOutcome;
  QgsFeedback *mFeedback;
  std::unordered_map<std::string, quint32> mCache;
  std::deque<QString> mCategories;
  QHash<QString, const QString *> mCategoryKeys;
  std::vector<Membership> mMemberships;
  std::deque<ScoredCombination> mCombinations;
  std::string mKey;
};

quint32 UnitPass::score(const SqlStatement &row)
{
  mKey.clear();
  const int inputs = InputFields::scoringInputs().size();
  for (int column = Category; column < FirstInput + inputs; ++column)
  {
    if (column >= RegionHint && column < FirstInput)
      continue;
    const SqlStatement::Value value = row.value(column);
    mKey.push_back(value.null ? '\x1e' : '\x1f');
    mKey.append(value.data ? value.data : "", static_cast<size_t>(value.size));
  }
  const auto cached = mCache.find(mKey);
  if (cached != mCache.end())
    return cached->second;
  mCombinations.emplace_back();
  ScoredCombination &combination = mCombinations.back();
  // Null reads as empty text, exactly as the OGR reader gave it.
  combination.category = row.isNull(Category) ? QString() : row.string(Category);
  auto category = mCategoryKeys.constFind(combination.category);
  if (category == mCategoryKeys.constEnd())
  {
    mCategories.push_back(combination.category);
    category = mCategoryKeys.insert(combination.category, &mCategories.back());
  }
  combination.categoryKey = category.value();
  combination.sector = row.isNull(Sector) ? QString() : row.string(Sector);
  for (int i = 0; i < inputs; ++i)
  {
    const QString value = row.string(FirstInput + i);
    combination.inputs.insert(InputFields::scoringInputs().at(i),
                              value.isNull() ? QString() : value);
  }
  combination.result =
      mMethodSet.assess(combination.category, combination.sector, combination.inputs);
  combination.zone =
      mMethodSet.influenceZonesEnabled() ? mMethodSet.influenceDistance(combination.sector) : 0.0;
  combination.method = combination.result.methodId.toUtf8();
  combination.methodVersion = combination.result.methodVersion.toUtf8();
  combination.grade = combination.result.grade.toUtf8();
  combination.inherentLevel = levelKey(combination.result.inherentLevel).toUtf8();
  combination.level = levelKey(combination.result.finalLevel).toUtf8();
  combination.levelZh = levelNameZh(combination.result.finalLevel).toUtf8();
  const auto index = static_cast<quint32>(mCombinations.size() - 1);
  mCache.emplace(mKey, index);
  return index;
}

bool UnitPass::run(sqlite3 *connection)
{
  QByteArray columns = "fid, unit_id, name, category, sector, region_hint, shape, geom, "
                       "region_id, region, region_shares, method, method_version, score, grade, "
                       "inherent_level, level, level_zh, assessment_note";
  for (const QString &input : InputFields::scoringInputs())
    columns += ", \"" + input.toUtf8() + '"';
  SqlStatement count(connection, "SELECT COUNT(*) FROM units");
  if (!count.next())
    return fail(Tr::tr("cannot read the units: %1").arg(count.error()));
  const qint64 total = qMax<qint64>(1, count.integer(0));
  SqlStatement units(connection, "SELECT " + columns + " FROM units ORDER BY fid");
  UnitWriter writer(connection);
  if (!units.isValid() || !writer.isValid())
    return fail(Tr::tr("cannot read the units: %1").arg(units.error()));
  mMemberships.reserve(static_cast<size_t>(total) * 2);
  const ConnectionLock lock(connection);

  RegionList regions;
  std::vector<quint32> hits;
  QJsonObject shares;
  while (units.next())
  {
    const quint32 combinationIndex = score(units);
    const ScoredCombination &scored = mCombinations[combinationIndex];
    const UnitAssessment &result = scored.result;
    // The id as text only when a message or a record needs it.
    QString unitIdText;
    auto unitId = [&]() -> const QString &
    {
      if (unitIdText.isNull())
        unitIdText = units.string(UnitId);
      return unitIdText;
    };

    // Where the unit is: its point (fast path), its line or area shape, or its region hint.
    int blobSize = 0;
    const unsigned char *blob = units.blob(Geometry, &blobSize);
    double x = 0;
    double y = 0;
    const bool isPoint = geoPackagePoint(blob, blobSize, x, y, nullptr);
    std::optional<QgsGeometry> position;
    if (!isPoint && blob)
    {
      position.emplace();
      geoPackagePoint(blob, blobSize, x, y, &*position);
      if (position->isNull())
        position.reset();
    }
    std::optional<QgsGeometry> shape;
    if (!units.isNull(Shape))
    {
      const QString shapeWkt = units.string(Shape);
      if (!shapeWkt.isEmpty())
      {
        shape = QgsGeometry::fromWkt(shapeWkt);
        if (shape->isNull())
          shape.reset();
      }
    }
    if (!shares.isEmpty())
      shares = QJsonObject();
    regions.clear();
    if (shape)
    {
      // Line and area units belong to every region they cross, with their length or area share.
      regions = mLocator.regionsTouching(*shape);
      const bool isLine = QgsWkbTypes::geometryType(shape->wkbType()) == QgsWkbTypes::LineGeometry;
      const double whole = isLine ? shape->length() : shape->area();
      for (RegionShape *region : regions)
      {
        const QgsGeometry part = shape->intersection(region->geometry);
        const double share = whole > 0 ? (isLine ? part.length() : part.area()) / whole : 0;
        shares.insert(region->id, std::round(share * 1e4) / 1e4);
      }
      // The unit's own region: the largest share among the most basic kind.
      std::stable_sort(regions.begin(), regions.end(),
                       [&shares](RegionShape *a, RegionShape *b)
                       {
                         if (a->kindRank != b->kindRank)
                           return a->kindRank < b->kindRank;
                         return shares.value(a->id).toDouble() > shares.value(b->id).toDouble();
                       });
    }
    else if (isPoint)
      mLocator.regionsAt(x, y, hits);
    else if (position)
      regions = mLocator.regionsTouching(*position);
    else
      regions =
          mLocator.regionsNamed(units.isNull(RegionHint) ? QString() : units.string(RegionHint));

    if (scored.zone > 0 && result.scored && (isPoint || position))
    {
      const QgsGeometry source =
          shape ? *shape : (isPoint ? QgsGeometry(new QgsPoint(x, y)) : *position);
      for (RegionShape *reached : mLocator.regionsTouching(source.buffer(scored.zone, 16)))
      {
        reached->influenceLevel = std::max(reached->influenceLevel, result.finalLevel);
        reached->raisedBy.append(unitId());
      }
    }
    if (!isPoint || shape)
    {
      hits.clear();
      for (RegionShape *region : regions)
        hits.push_back(region->index);
    }
    for (quint32 region : hits)
      mMemberships.push_back(
          {region,
           {combinationIndex,
            shares.isEmpty() ? 1.0 : shares.value(mLocator.shape(region)->id).toDouble()}});
    if (hits.empty())
    {
      ++mOutcome.outsideRegions;
      mOutcome.outside << unitId();
    }

    // The results to store; the row is written only when one of them differs.
    const RegionShape *own = hits.empty() ? nullptr : mLocator.shape(hits.front());
    const QByteArray sharesJson =
        shares.isEmpty() ? QByteArray() : QJsonDocument(shares).toJson(QJsonDocument::Compact);
    QString note;
    if (result.scored)
      ++mOutcome.scored;
    else
    {
      note = describeProblem(unitId(), result.problem);
      mOutcome.unscored << note;
    }
    const QByteArray noteUtf8 = note.isNull() ? QByteArray() : note.toUtf8();
    const bool changed =
        differs(units, RegionId, own ? own->idUtf8 : QByteArray(), !own || own->id.isNull()) ||
        differs(units, Region, own ? own->nameUtf8 : QByteArray(), !own || own->name.isNull()) ||
        differs(units, RegionShares, sharesJson, shares.isEmpty()) ||
        differs(units, Method, scored.method, result.methodId.isNull()) ||
        differs(units, MethodVersion, scored.methodVersion, result.methodVersion.isNull()) ||
        differs(units, Grade, scored.grade, result.grade.isNull()) ||
        (result.scored ? units.isNull(Score) || units.real(Score) != result.score
                       : !units.isNull(Score)) ||
        differs(units, Note, noteUtf8, note.isNull()) ||
        differs(units, InherentLevel, scored.inherentLevel, false) ||
        differs(units, Level, scored.level, false) ||
        differs(units, LevelZh, scored.levelZh, false);
    if (changed)
    {
      const QString previousLevel = units.string(Level);
      const QString newLevel = levelKey(result.finalLevel);
      if (!previousLevel.isEmpty() && previousLevel != levelKey(RiskLevel::None) &&
          previousLevel != newLevel)
      {
        mOutcome.levelChanges.append({unitId(), units.string(Name), previousLevel, newLevel,
                                      describeResult(result, scored.inputs)});
        if (!mStore.appendAudit(QStringLiteral("level"), QStringLiteral("unit %1").arg(unitId()),
                                previousLevel, newLevel, &mOutcome.error))
          return false;
      }
      UnitWriter::Row &row = writer.next();
      row.fid = units.integer(Fid);
      row.texts[0] = own ? own->idUtf8 : QByteArray();
      row.nulls[0] = !own || own->id.isNull();
      row.texts[1] = own ? own->nameUtf8 : QByteArray();
      row.nulls[1] = !own || own->name.isNull();
      row.texts[2] = sharesJson;
      row.nulls[2] = shares.isEmpty();
      row.texts[3] = scored.method;
      row.nulls[3] = result.methodId.isNull();
      row.texts[4] = scored.methodVersion;
      row.nulls[4] = result.methodVersion.isNull();
      row.texts[5] = scored.grade;
      row.nulls[5] = result.grade.isNull();
      row.texts[6] = noteUtf8;
      row.nulls[6] = note.isNull();
      row.texts[7] = scored.inherentLevel;
      row.texts[8] = scored.level;
      row.texts[9] = scored.levelZh;
      row.nulls[7] = row.nulls[8] = row.nulls[9] = false;
      row.scored = result.scored;
      row.score = result.score;
      if (!writer.flushIfFull())
        return fail(Tr::tr("cannot write the units' results: %1").arg(writer.error()));
      ++mOutcome.unitsWritten;
    }
    ++mOutcome.units;
    if (mFeedback && (mOutcome.units % 1024 == 0 || mOutcome.units == total))
    {
      mFeedback->setProgress(90.0 * mOutcome.units / total);
      if (mFeedback->isCanceled())
        return fail(Tr::tr("assessment cancelled; the project is unchanged"));
    }
  }
  if (units.failed())
    return fail(Tr::tr("cannot read the units: %1").arg(units.error()));
  if (!writer.flush())
    return fail(Tr::tr("cannot write the units' results: %1").arg(writer.error()));
  if (mFeedback && mFeedback->isCanceled())
    return fail(Tr::tr("assessment cancelled; the project is unchanged"));
  return true;
}

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
} // namespace

AssessOutcome ProjectAssessor::run(ProjectStore &store, const MethodSet &methodSet,
                                   AggregationRule aggregation, QgsFeedback *feedback)
{
  AssessOutcome outcome;
  outcome.methodSetHash = methodSet.hash();
  if (!store.unitsLayer())
  {
    outcome.error =
        Tr::tr("%1: the project has no units; import some with import-units").arg(store.path());
    return outcome;
  }
  if (methodSet.influenceZonesEnabled() &&
      QgsCoordinateReferenceSystem(store.crsAuthId()).isGeographic())
  {
    outcome.error = Tr::tr("hazard influence zones are distances in metres and need a projected "
                           "project CRS, not %1")
                        .arg(store.crsAuthId());
    return outcome;
  }
  sqlite3 *connection = geoPackageConnection(store.dataset());
  if (!connection)
  {
    outcome.error = Tr::tr("%1: not a GeoPackage").arg(store.path());
    return outcome;
  }
  if (!store.beginTransaction(&outcome.error))
    return outcome;
  auto abort = [&]()
  {
    store.rollback();
    outcome.ok = false;
    return outcome;
  };

  PhaseTimer timer;
  RegionLocator locator(store.regionsLayer());
  timer.lap("regions read");
  UnitPass pass(store, methodSet, locator, outcome, feedback);
  if (!pass.run(connection))
    return abort();
  timer.lap("units",
            QStringLiteral("%1 of %2 rows written").arg(outcome.unitsWritten).arg(outcome.units));
  const RegionAggregator aggregator = methodSet.aggregator(aggregation);
  if (!writeRegions(store, connection, locator, pass, aggregator, aggregation, outcome))
    return abort();
  timer.lap("regions aggregated", QStringLiteral("%1 rows written").arg(outcome.regionsWritten));
  if (!recordRun(store, methodSet, aggregation, outcome, &outcome.error) ||
      !store.commit(&outcome.error))
    return abort();
  timer.lap("committed");
  if (feedback)
    feedback->setProgress(100.0);
  outcome.ok = true;
  return outcome;
}

} // namespace riskatlas
