#pragma once

#include "assess/bucketindex.h"
#include "assess/regionshape.h"

#include <QHash>
#include <QString>
#include <memory>
#include <vector>

class OGRLayer;

namespace riskatlas
{

//! Places units in the project's regions: by point, by shape or by a region's code or name.
class RegionLocator
{
public:
  /**
   * Reads the regions of \a layer; only those whose extent meets \a within when it is not null
   * (e.g. around one unit: a few regions instead of thousands).
   */
  explicit RegionLocator(OGRLayer *layer, const QgsRectangle &within = QgsRectangle());

  /**
   * The regions a point belongs to, one per kind: the region containing it, or for a point on
   * a shared border the one with the smallest code, so no unit is counted twice. Sorted by kind.
   */
  void regionsAt(double x, double y, std::vector<quint32> &regions) const;

  /**
   * For a unit without a position: the region whose code or name is \a hint (the most basic
   * kind if several match) and that region's parent.
   */
  RegionList regionsNamed(const QString &hint);

  //! Every region (any kind) a geometry touches.
  RegionList regionsTouching(const QgsGeometry &geometry) const;

  std::vector<std::unique_ptr<RegionShape>> &shapes() { return mShapes; }
  const std::vector<std::unique_ptr<RegionShape>> &shapes() const { return mShapes; }
  RegionShape *shape(quint32 index) const { return mShapes[index].get(); }

private:
  BucketIndex mIndex;
  std::vector<std::unique_ptr<RegionShape>> mShapes;
  QHash<QString, RegionList> mNamed;
  mutable std::vector<const BucketIndex::Entry *> mHits; //!< scratch of regionsAt()
};

} // namespace riskatlas
