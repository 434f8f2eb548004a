#pragma once

#include "import/importoutcome.h"

#include <QString>
#include <qgscoordinatetransformcontext.h>

class QgsFeedback;

namespace riskatlas
{

class ProjectStore;

struct RegionImportOptions
{
  QString layerName; //!< --layer
  QString nameField; //!< --name-field; recognised headers otherwise
  QString idField;   //!< --id-field; recognised headers (区划代码, code, XZQDM…) otherwise
  QString kind = QStringLiteral("district"); //!< district | street | grid
  QString sourceCrs;                         //!< --source-crs, for files that state none
  QString
      parentField; //!< --parent-field: code of the region this one lies in (a street's district)
  QByteArray encoding; //!< --encoding of a shapefile without .cpg; detected when empty
  //! Datum transformations to use (e.g. a QgsProject's); empty: PROJ's preferred ones.
  QgsCoordinateTransformContext transformContext;
};

/**
 * Replaces the project's regions of one kind (district, street or grid) with the polygons of a
 * file, as one transaction. Invalid polygons are repaired with GEOS where possible and reported.
 */
class RegionImporter
{
public:
  static bool isKnownKind(const QString &kind);
  static ImportOutcome run(ProjectStore &store, const QString &path,
                           const RegionImportOptions &options, QgsFeedback *feedback,
                           QStringList *warnings);
};

} // namespace riskatlas
