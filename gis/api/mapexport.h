#pragma once

#include "api/problem.h"

#include <QString>
#include <QStringList>

namespace riskatlas
{

//! The four-colour map an analyst asks for; the project supplies its name, CRS and rule.
struct MapRequest
{
  QString paper = QStringLiteral("A3"); //!< A4 | A3 | A2 | A1 | A0
  bool landscape = true;
  QString kind = QStringLiteral("district"); //!< which regions to colour: district | street | grid
  QString category;                          //!< a category code: only its units and levels
  QString language = QStringLiteral("zh");   //!< zh | en
  int dpi = 300;                             //!< raster exports
  bool atlas = false;                        //!< one page per district
  QString templatePath; //!< a .qpt to use instead of the user folder's and the built-in one
  QString basemapUrl;   //!< XYZ template, WMTS capabilities or QGIS "wms" URI; empty: none
};

//! What a map export wrote, or why it wrote nothing.
struct MapExport
{
  bool ok = false;
  Problem problem;      //!< TemplateInvalid for a bad template, else Failed or Invalid
  QStringList written;  //!< every file written, in order
  QStringList warnings; //!< e.g. the basemap could not be reached
};

} // namespace riskatlas
