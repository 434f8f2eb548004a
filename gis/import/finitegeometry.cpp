#include "import/finitegeometry.h"

#include <cmath>
#include <qgsgeometry.h>

namespace riskatlas
{

QString firstNonFiniteVertex(const QgsGeometry &geometry)
{
  if (geometry.isNull())
    return QString();
  for (auto it = geometry.vertices_begin(); it != geometry.vertices_end(); ++it)
  {
    const QgsPoint point = *it;
    if (!std::isfinite(point.x()) || !std::isfinite(point.y()))
      return QStringLiteral("%1 %2").arg(point.x()).arg(point.y());
  }
  return QString();
}

} // namespace riskatlas
