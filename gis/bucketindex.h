#pragma once

#include "regionshape.h"

#include <memory>
#include <qgsrectangle.h>
#include <vector>

namespace riskatlas
{

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

  void build(const std::vector<std::unique_ptr<RegionShape>> &shapes);

  //! Candidates for a point; null outside the extent.
  const std::vector<Entry> *at(double x, double y) const
  {
    if (mBuckets.empty() || !(x >= mExtent.xMinimum() && x <= mExtent.xMaximum() &&
                              y >= mExtent.yMinimum() && y <= mExtent.yMaximum()))
      return nullptr;
    return &mBuckets[static_cast<size_t>(row(y)) * mColumns + column(x)];
  }

  //! Candidates for a rectangle, each once, in region order.
  std::vector<int> in(const QgsRectangle &box) const;

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

} // namespace riskatlas
