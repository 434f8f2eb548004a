#include "assess/edgestripes.h"

#include <cmath>
#include <memory>
#include <qgscurve.h>
#include <qgscurvepolygon.h>
#include <qgsgeometry.h>

namespace riskatlas
{

EdgeStripes::EdgeStripes(const QgsGeometry &geometry)
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
      // GEOS tests a curve by its linearisation with QGIS's default tolerance (QgsGeos), so the
      // stripes take the same one; the control points alone would make chords of the arcs.
      QgsPointSequence points;
      if (QgsWkbTypes::isCurvedType(curve->wkbType()))
        std::unique_ptr<QgsCurve>(curve->segmentize())->points(points);
      else
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

} // namespace riskatlas
