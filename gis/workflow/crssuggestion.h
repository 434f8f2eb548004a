#pragma once

#include "api/problem.h"

#include <QString>

namespace riskatlas
{

/**
 * The CRS a new project would take from \a file (the boundary or units file an analyst starts
 * from), by the rule of the first import: a projected file keeps its CRS; a file in longitude
 * and latitude (geometry, or CSV/spreadsheet 经度/纬度 columns) gets the CGCS2000 3-degree
 * Gauss–Krüger zone of its centre (EPSG:4534–4554), or the WGS 84 UTM zone outside China.
 * Empty, with \a problem set, when the file cannot be read or holds no position.
 */
QString suggestedProjectCrs(const QString &file, Problem *problem = nullptr);

} // namespace riskatlas
