#pragma once

#include <QString>
#include <QVector>
#include <memory>

class QgsRectangle;
class QgsVectorLayer;

namespace riskatlas
{

class Language;

//! A unit as the map draws it: a position in the layer's CRS and its final level (0 none … 4
//! major).
struct UnitMark
{
  double x = 0;
  double y = 0;
  int level = 0;
};

/**
 * Reads the position (point, or the centre of a line's or area's bounding box) and final level
 * of every unit of \a units (an "ogr" GeoPackage layer; its subset string applies) in one SQL
 * query through GDAL: about a second per million units. False with \a error (in \a language,
 * the map's) otherwise.
 */
bool readUnitMarks(const QgsVectorLayer &units, QVector<UnitMark> &marks, QgsRectangle &extent,
                   const Language &language, QString *error);

//! Diameter of a thinned unit's dot on paper.
constexpr double thinnedMarkerSizeMm = 0.9;
/**
 * Side of a thinning cell on paper: one dot per cell, a dot's width apart, so that dots can be
 * told apart and the regions' colours still show between them (about a fifth of the map is
 * covered where units are densest); an A3 map so draws at most ~25,000 dots.
 */
constexpr double thinningCellMm = 2 * thinnedMarkerSizeMm;

/**
 * Keeps at most one mark per square cell of \a cellSize (map units), the one with the highest
 * level; sorted by level so that the most severe are drawn last (on top).
 */
QVector<UnitMark> thinUnitMarks(const QVector<UnitMark> &marks, double cellSize);

/**
 * An in-memory point layer of \a marks with a "level" field, drawn with a copy of \a units'
 * renderer, in \a units' CRS.
 */
std::unique_ptr<QgsVectorLayer>
thinnedUnitsLayer(const QgsVectorLayer &units, const QVector<UnitMark> &marks, const QString &name);

} // namespace riskatlas
