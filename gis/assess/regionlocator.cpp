#include "assess/regionlocator.h"

#include "assessmentsummary.h"
#include "support/gdalsupport.h"

#include <algorithm>
#include <ogrsf_frmts.h>

namespace riskatlas
{

RegionLocator::RegionLocator(OGRLayer *layer, const QgsRectangle &within)
{
  if (!layer)
    return;
  if (!within.isNull())
    layer->SetSpatialFilterRect(within.xMinimum(), within.yMinimum(), within.xMaximum(),
                                within.yMaximum());
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
    shape->index = static_cast<quint32>(mShapes.size());
    mShapes.push_back(std::move(shape));
  }
  if (!within.isNull())
    layer->SetSpatialFilter(nullptr);
  mIndex.build(mShapes);
}

void RegionLocator::regionsAt(double x, double y, std::vector<quint32> &regions) const
{
  // The index answers most points from its bucket alone; it asks for an outline test only
  // where an edge crosses the bucket.
  mIndex.regionsAt(x, y, regions, mHits,
                   [this](quint32 region, double px, double py)
                   { return mShapes[region]->containsPoint(px, py); });
}

RegionList RegionLocator::regionsNamed(const QString &hint)
{
  const auto cached = mNamed.constFind(hint);
  if (cached != mNamed.constEnd())
    return cached.value();
  RegionShape *match = nullptr;
  for (const auto &shape : mShapes)
  {
    if ((shape->id == hint || shape->name == hint) && (!match || shape->kindRank < match->kindRank))
      match = shape.get();
  }
  RegionList regions;
  if (match)
  {
    regions.push_back(match);
    for (const auto &shape : mShapes)
    {
      if (!match->parentId.isEmpty() && shape->id == match->parentId && shape->kind != match->kind)
        regions.push_back(shape.get());
    }
  }
  mNamed.insert(hint, regions);
  return regions;
}

RegionList RegionLocator::regionsTouching(const QgsGeometry &geometry) const
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

} // namespace riskatlas
