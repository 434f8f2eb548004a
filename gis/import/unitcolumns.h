#pragma once

#include "api/importoptions.h"
#include "api/problem.h"
#include "import/sourcelayer.h"

#include <QMap>
#include <qgscoordinatereferencesystem.h>

namespace riskatlas
{

/**
 * Checks a unit file's columns and CRS before any row is read, as the import and its preview
 * do: a column for the id and the sector, some position (geometry, longitude/latitude, WKT or
 * region), a usable source CRS (set in \a sourceCrs) and a datum correction it allows. False
 * with the problems appended to \a errors.
 */
bool checkUnitColumns(const SourceLayer &source, const QMap<QString, QString> &mapping,
                      const UnitImportOptions &options, QgsCoordinateReferenceSystem &sourceCrs,
                      Problems &errors);

} // namespace riskatlas
