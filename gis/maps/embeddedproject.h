#pragma once

#include "regionkind.h"

#include <QString>

namespace riskatlas
{

class Language;
class ProjectStore;

/**
 * The QGIS project stored inside the project's GeoPackage (QGIS's project-in-GeoPackage
 * storage): the styled units, one layer per region kind, and the print layouts of the overall
 * four-colour map, one map per category present and the district atlas (A3 landscape, from the
 * same templates as export-map), so that QGIS Desktop's Project ▸ Open From ▸ GeoPackage shows
 * the map ready to print.
 *
 * Layer sources are stored relative to the GeoPackage (`./name.gpkg|layername=…`), so moving
 * the file keeps them valid. QGIS resolves them by file name, so a renamed file needs the
 * project rewritten: RiskAtlas records the name it wrote and rewrites the project whenever it
 * opens a file whose name changed (isStale()).
 */
class EmbeddedProject
{
public:
  //! The name of the project inside the GeoPackage.
  static QString projectName();
  //! The QGIS project-storage URI of the embedded project of \a gpkgPath.
  static QString uri(const QString &gpkgPath);

  /**
   * Writes (or replaces) the embedded project; a project without spatial layers gets none. A
   * layout that cannot be built (e.g. a broken user template) is left out and reported in
   * \a error after the rest was written.
   */
  static bool write(const QString &gpkgPath, QString *error);
  //! The name of the layer of the regions of \a kind ("区县", "Districts"…).
  static QString regionLayerName(RegionKind kind, const Language &language);
  //! The name of the hidden-danger layer ("事故隐患", "Hidden dangers").
  static QString hazardsLayerName(const Language &language);
  //! The name of the units layer ("风险单元", "Risk units").
  static QString unitsLayerName(const Language &language);
  //! True when the file was renamed since the embedded project was written.
  static bool isStale(const ProjectStore &store);
};

} // namespace riskatlas
