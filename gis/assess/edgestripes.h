#pragma once

#include <QtGlobal>
#include <algorithm>
#include <vector>

class QgsGeometry;

namespace riskatlas
{

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

  explicit EdgeStripes(const QgsGeometry &geometry);

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

} // namespace riskatlas
