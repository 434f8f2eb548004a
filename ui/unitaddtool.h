#pragma once

#include "api/unitcreation.h"

#include <QPointer>
#include <memory>
#include <qgsmaptool.h>

class QgsVertexMarker;

namespace riskatlas
{

class ProjectDocument;
class UnitAddDialog;

/**
 * The map tool that adds a unit: a click on the map (snapped when the canvas's snapping is on)
 * opens an UnitAddDialog for that point, with the next free ID suggested and the project's
 * sectors in the UI language. The tool changes nothing itself: accepting the dialog emits
 * addRequested() with the unit (position in the units layer's CRS, the project's), for the
 * window to push as a UnitAddCommand.
 */
class UnitAddTool : public QgsMapTool
{
  Q_OBJECT

public:
  UnitAddTool(QgsMapCanvas *canvas, ProjectDocument *document);
  ~UnitAddTool() override;

  //! The project to add to (null: none open; clicks do nothing).
  void setDocument(ProjectDocument *document);
  //! The dialog of the last click while it is open.
  UnitAddDialog *dialog() const { return mDialog; }

  void canvasReleaseEvent(QgsMapMouseEvent *event) override;
  void deactivate() override;

signals:
  void addRequested(const riskatlas::UnitCreation &unit);

private:
  void clearMarker();

  QPointer<ProjectDocument> mDocument;
  QPointer<UnitAddDialog> mDialog;
  std::unique_ptr<QgsVertexMarker> mMarker;
};

} // namespace riskatlas
