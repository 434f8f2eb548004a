#pragma once

#include <QString>

class QgsGeometry;

namespace riskatlas
{

/**
 * The first vertex of \a geometry with a NaN or infinite coordinate, as "x y" (e.g. "nan 30"),
 * or an empty string when every vertex is finite. GEOS cannot use such a vertex: a region or
 * unit with one would be stored without a usable geometry.
 */
QString firstNonFiniteVertex(const QgsGeometry &geometry);

} // namespace riskatlas
