#include "bucketindex.h"

#include <algorithm>
#include <cmath>

namespace riskatlas
{

void BucketIndex::build(const std::vector<std::unique_ptr<RegionShape>> &shapes)
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

std::vector<int> BucketIndex::in(const QgsRectangle &box) const
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

} // namespace riskatlas
