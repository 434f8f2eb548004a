#pragma once

#include "api/unitedit.h"

#include <QPointer>
#include <memory>
#include <qgsmaptool.h>
#include <qgspointxy.h>

class QgsRubberBand;
class QgsVectorLayer;

namespace riskatlas
{

/**
 * The map tool that moves a unit: press on a unit, drag, release where it belongs. The tool
 * changes nothing itself: the release emits moveRequested() with the edit (the new position in
 * the layer's CRS, which is the project's), for the window to push as a UnitEditCommand. Line
 * and area units are refused by the project (their shape decides where they are).
 */
class UnitMoveTool : public QgsMapTool
{
  Q_OBJECT

public:
  UnitMoveTool(QgsMapCanvas *canvas, QgsVectorLayer *units);
  ~UnitMoveTool() override;

  //! The units layer to pick from (after the view reloaded its layers).
  void setUnitsLayer(QgsVectorLayer *units);
  //! The unit nearest to \a mapPoint (canvas CRS) within the search radius; 0 for none.
  qint64 unitAt(const QgsPointXY &mapPoint);
  //! The edit that moves unit \a fid to \a layerPoint (layer CRS).
  static UnitEdit moveEdit(qint64 fid, const QgsPointXY &layerPoint);

  void canvasPressEvent(QgsMapMouseEvent *event) override;
  void canvasMoveEvent(QgsMapMouseEvent *event) override;
  void canvasReleaseEvent(QgsMapMouseEvent *event) override;
  void deactivate() override;

signals:
  void moveRequested(const riskatlas::UnitEdit &edit);

private:
  void clear();

  QPointer<QgsVectorLayer> mUnits;
  qint64 mFid = 0;
  QgsPointXY mStart;
  std::unique_ptr<QgsRubberBand> mBand;
};

} // namespace riskatlas
