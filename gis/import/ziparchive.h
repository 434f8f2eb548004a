#pragma once

#include <QString>
#include <QStringList>

namespace riskatlas
{

/**
 * The GDAL path of the vector file inside the zip archive \a zipPath, as QGIS reads a zipped
 * shapefile or GeoJSON: the only one, or the one whose name (without suffix) is \a layerName.
 * Empty when the archive holds several and \a layerName chooses none; \a choices then lists
 * their names. An archive without a recognised file is handed to GDAL whole.
 */
QString zipMemberPath(const QString &zipPath, const QString &layerName, QStringList *choices);

} // namespace riskatlas
