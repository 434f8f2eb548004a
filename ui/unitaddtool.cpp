#include "unitaddtool.h"

#include "projectdocument.h"
#include "uilanguage.h"
#include "unitadddialog.h"
#include "workflow/projectsession.h"
#include "workflow/projectview.h"

#include <qgsapplication.h>
#include <qgsguiutils.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgsvectorlayer.h>
#include <qgsvertexmarker.h>

namespace riskatlas
{

UnitAddTool::UnitAddTool(QgsMapCanvas *canvas, ProjectDocument *document)
    : QgsMapTool(canvas), mDocument(document)
{
  qRegisterMetaType<UnitCreation>();
  setCursor(QgsApplication::getThemeCursor(QgsApplication::Cursor::CapturePoint));
}

UnitAddTool::~UnitAddTool()
{
  if (mDialog)
    mDialog->deleteLater();
}

void UnitAddTool::setDocument(ProjectDocument *document)
{
  if (mDialog)
    mDialog->reject();
  mDocument = document;
}

void UnitAddTool::canvasReleaseEvent(QgsMapMouseEvent *event)
{
  if (event->button() != Qt::LeftButton || !mDocument || mDialog)
    return;
  QgsVectorLayer *units = mDocument->view() ? mDocument->view()->unitsLayer() : nullptr;
  if (!units)
    return;
  // Snapped to what the canvas's snapping settings name (the click itself when off).
  const QgsPointXY mapPoint = event->snapPoint();
  const QgsPointXY layerPoint = toLayerCoordinates(units, mapPoint);
  const QString position = QStringLiteral("POINT (%1 %2)")
                               .arg(layerPoint.x(), 0, 'g', 17)
                               .arg(layerPoint.y(), 0, 'g', 17);
  QStringList usedIds;
  const int idField = units->fields().indexOf(QStringLiteral("unit_id"));
  if (idField >= 0)
  {
    for (const QVariant &id : units->uniqueValues(idField))
      usedIds << id.toString();
  }
  MethodSet methodSet = MethodSet::defaultSet();
  if (auto session = ProjectSession::open(mDocument->path(), OpenMode::ReadOnly, nullptr))
    methodSet = session->methodSet();

  mMarker = std::make_unique<QgsVertexMarker>(canvas());
  mMarker->setCenter(mapPoint);
  mMarker->setIconType(QgsVertexMarker::ICON_CROSS);
  mMarker->setIconSize(QgsGuiUtils::scaleIconSize(16));
  mMarker->setPenWidth(2);
  mMarker->setColor(QColor(32, 32, 32));

  mDialog = new UnitAddDialog(position, mDocument->taxonomy(), methodSet, usedIds,
                              UiLanguage::current(), canvas()->window());
  mDialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(mDialog, &QDialog::accepted, this,
          [this]()
          {
            if (mDialog)
              emit addRequested(mDialog->creation());
          });
  connect(mDialog, &QDialog::finished, this, [this]() { clearMarker(); });
  mDialog->open();
}

void UnitAddTool::deactivate()
{
  if (mDialog)
    mDialog->reject();
  clearMarker();
  QgsMapTool::deactivate();
}

void UnitAddTool::clearMarker()
{
  mMarker.reset();
}

} // namespace riskatlas
