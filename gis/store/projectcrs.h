#pragma once

#include <QString>
#include <qgscoordinatereferencesystem.h>
#include <qgspointxy.h>

namespace riskatlas
{

/**
 * The CRS a project takes from its first imported layer: that layer's CRS if projected; for a
 * geographic layer, the CGCS2000 3° Gauss–Krüger zone of its centre inside China
 * (EPSG:4534–4554), else the WGS 84 UTM zone. \a centreLonLat is in degrees.
 */
QString suggestProjectCrs(const QgsCoordinateReferenceSystem &sourceCrs,
                          const QgsPointXY &centreLonLat);

//! "EPSG:4549 – CGCS2000 / 3-degree Gauss-Kruger CM 120E", for maps and reports.
QString describeCrs(const QString &authId);

} // namespace riskatlas
