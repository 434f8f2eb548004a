#pragma once

#include "levelpalette.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>
#include <optional>
#include <qgscoordinatereferencesystem.h>
#include <qgsgeometry.h>
#include <qgspointxy.h>
#include <qgsrectangle.h>

class QgsMapLayer;
class QgsVectorLayer;

namespace riskatlas
{

class ProjectView;

//! How a presentation draws its maps.
struct PresentationLook
{
  QString language = QStringLiteral("zh"); //!< "zh" or "en": the legend's level names
  LevelPalette palette;                    //!< the fills, already strengthened by the caller
  //! Black outlines and text, thicker strokes and halos: for a washed-out projector.
  bool highContrast = false;
};

/**
 * Copies of a ProjectView's units and district layers (the coarsest region kind when the project
 * has no districts), drawn for a projector: thick dark outlines, big markers with halos, large
 * region names on a white halo. Copies, so that a presentation may colour them by another
 * category than the workbench's map without touching it; they read the file through providers
 * of their own.
 *
 * Lives in the GUI thread; a renderer drawing them must be finished before style() is called.
 */
class PresentationLayers
{
  Q_DECLARE_TR_FUNCTIONS(PresentationLayers)

public:
  explicit PresentationLayers(const ProjectView &view);
  ~PresentationLayers();
  PresentationLayers(const PresentationLayers &) = delete;
  PresentationLayers &operator=(const PresentationLayers &) = delete;

  //! The family the maps' names are drawn in (a CJK font): slide text in it matches them.
  static QString fontFamily();

  //! Colours the regions by their level for \a category (empty: the overall level) and shows
  //! only that category's units, in \a look.
  void style(const QString &category, const PresentationLook &look);
  QString category() const { return mCategory; }

  //! The layers to draw, top first (units, then regions); empty when the project has none.
  QList<QgsMapLayer *> layers() const;
  QgsVectorLayer *units() const { return mUnits.get(); }
  QgsVectorLayer *regions() const { return mRegions.get(); }
  QgsCoordinateReferenceSystem crs() const;
  //! The regions' extent (the units' when there are no regions).
  QgsRectangle extent() const;
  //! The extent of region \a regionId of the layer drawn; null when it has none such.
  QgsRectangle regionExtent(const QString &regionId) const;
  //! The outline of region \a regionId of the layer drawn (layer CRS); null when it has none.
  QgsGeometry regionGeometry(const QString &regionId) const;
  //! Where unit \a unitId lies (layer CRS); none when the project has no such unit.
  std::optional<QgsPointXY> unitPosition(const QString &unitId) const;

private:
  std::unique_ptr<QgsVectorLayer> mUnits;
  std::unique_ptr<QgsVectorLayer> mRegions;
  QString mCategory;
};

} // namespace riskatlas
