#pragma once

#include "import/importoutcome.h"
#include "import/unitrowreader.h"

#include <QMap>
#include <QString>
#include <qgscoordinatetransformcontext.h>

class QgsFeedback;

namespace riskatlas
{

class ProjectStore;

struct UnitImportOptions
{
  QString layerName;                     //!< --layer
  QMap<QString, QString> fieldMap;       //!< --map TARGET=COLUMN
  QString sourceCrs;                     //!< --source-crs; CSV coordinates default to EPSG:4326
  QByteArray encoding;                   //!< --encoding; detected (UTF-8 or GB18030) when empty
  int headerRow = 1;                     //!< --header-row
  WebMapDatum datum = WebMapDatum::None; //!< --coordinates gcj02|bd09
  //! Datum transformations to use (e.g. a QgsProject's); empty: PROJ's preferred ones.
  QgsCoordinateTransformContext transformContext;
};

/**
 * Imports risk units into a project as one transaction: every row is checked first and any
 * problem fails the whole import, listing every bad row; otherwise units are upserted by id
 * (ids are text): new ones added, changed ones updated (their previous result cleared),
 * unchanged ones left with their results, and units of this file it no longer lists reported.
 * Columns that map to no field are kept. Lines and polygons are placed at a point on their
 * surface and keep their shape.
 */
class UnitImporter
{
public:
  static ImportOutcome run(ProjectStore &store, const QString &path,
                           const UnitImportOptions &options, QgsFeedback *feedback);
};

} // namespace riskatlas
