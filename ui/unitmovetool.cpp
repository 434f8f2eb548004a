#include "unitmovetool.h"

#include <limits>
#include <qgsapplication.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsrubberband.h>
#include <qgsvectorlayer.h>

namespace riskatlas
{

UnitMoveTool::UnitMoveTool(QgsMapCanvas *canvas, QgsVectorLayer *units)
    : QgsMapTool(canvas), mUnits(units)
{
  qRegisterMetaType<UnitEdit>();
  setCursor(QgsApplication::getThemeCursor(QgsApplication::Cursor::Select));
}

UnitMoveTool::~UnitMoveTool() = default;

void UnitMoveTool::setUnitsLayer(QgsVectorLayer *units)
{
  clear();
  mUnits = units;
}

qint64 UnitMoveTool::unitAt(const QgsPointXY &mapPoint)
{
  if (!mUnits)
    return 0;
  const double radius = searchRadiusMU(canvas());
  const QgsRectangle area(mapPoint.x() - radius, mapPoint.y() - radius, mapPoint.x() + radius,
                          mapPoint.y() + radius);
  const QgsPointXY layerPoint = toLayerCoordinates(mUnits, mapPoint);
  QgsFeatureRequest request(toLayerCoordinates(mUnits, area));
  request.setNoAttributes();
  QgsFeatureIterator features = mUnits->getFeatures(request);
  QgsFeature feature;
  qint64 nearest = 0;
  double best = std::numeric_limits<double>::max();
  while (features.nextFeature(feature))
  {
    if (!feature.hasGeometry())
      continue;
    const double distance = feature.geometry().asPoint().sqrDist(layerPoint);
    if (distance < best)
    {
      best = distance;
      nearest = feature.id();
    }
  }
  return nearest;
}

UnitEdit UnitMoveTool::moveEdit(qint64 fid, const QgsPointXY &layerPoint)
{
  UnitEdit edit;
  edit.fid = fid;
  edit.values.insert(UnitEditFields::position(), QStringLiteral("POINT (%1 %2)")
                                                     .arg(layerPoint.x(), 0, 'g', 17)
                                                     .arg(layerPoint.y(), 0, 'g', 17));
  return edit;
}

void UnitMoveTool::canvasPressEvent(QgsMapMouseEvent *event)
{
  clear();
  if (event->button() != Qt::LeftButton)
    return;
  mFid = unitAt(event->mapPoint());
  if (mFid == 0)
    return;
  mStart = event->mapPoint();
  mBand = std::make_unique<QgsRubberBand>(canvas(), QgsWkbTypes::LineGeometry);
  mBand->setColor(QColor(32, 32, 32));
  mBand->setWidth(2);
  mBand->addPoint(mStart);
  mBand->addPoint(mStart);
}

void UnitMoveTool::canvasMoveEvent(QgsMapMouseEvent *event)
{
  if (mBand)
    mBand->movePoint(event->mapPoint());
}

void UnitMoveTool::canvasReleaseEvent(QgsMapMouseEvent *event)
{
  const qint64 fid = mFid;
  const bool moved = fid != 0 && event->mapPoint() != mStart;
  const QgsPointXY target =
      moved && mUnits ? toLayerCoordinates(mUnits, event->mapPoint()) : QgsPointXY();
  clear();
  if (moved && mUnits)
    emit moveRequested(moveEdit(fid, target));
}

void UnitMoveTool::deactivate()
{
  clear();
  QgsMapTool::deactivate();
}

void UnitMoveTool::clear()
{
  mFid = 0;
  mBand.reset();
}

} // namespace riskatlas
