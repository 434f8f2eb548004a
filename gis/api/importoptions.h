#pragma once

#include "regionkind.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <qgscoordinatetransformcontext.h>

namespace riskatlas
{

//! Web-map coordinate systems whose offsets an import can remove.
enum class WebMapDatum
{
  None,
  Gcj02, //!< AMap, Tencent
  Bd09,  //!< Baidu
};

//! How to read a file of risk units.
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

//! How to read a file of regions.
struct RegionImportOptions
{
  QString layerName; //!< --layer
  QString nameField; //!< --name-field; recognised headers otherwise
  QString idField;   //!< --id-field; recognised headers (区划代码, code, XZQDM…) otherwise
  RegionKind kind = RegionKind::District;
  QString sourceCrs; //!< --source-crs, for files that state none
  QString
      parentField; //!< --parent-field: code of the region this one lies in (a street's district)
  QByteArray encoding; //!< --encoding of a shapefile without .cpg; detected when empty
  //! Datum transformations to use (e.g. a QgsProject's); empty: PROJ's preferred ones.
  QgsCoordinateTransformContext transformContext;
};

//! The grid make-grid lays over the city.
struct GridOptions
{
  enum class Shape
  {
    Square,
    Hexagon,
  };
  double cellSize = 1000; //!< metres: square side, or distance between neighbouring hexagon centres
  Shape shape = Shape::Square;
};

} // namespace riskatlas
