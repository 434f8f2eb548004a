#pragma once

#include <QTreeWidget>
#include <qgsmaptoolidentify.h>

namespace riskatlas
{

//! The identify map tool: a click reports the visible features under it, top layer first.
class IdentifyTool : public QgsMapToolIdentify
{
  Q_OBJECT

public:
  explicit IdentifyTool(QgsMapCanvas *canvas);
  void canvasReleaseEvent(QgsMapMouseEvent *event) override;

signals:
  void identified(const QList<QgsMapToolIdentify::IdentifyResult> &results);
};

//! The features a click identified, each with its attributes, in a tree.
class IdentifyResultsView : public QTreeWidget
{
  Q_OBJECT

public:
  explicit IdentifyResultsView(QWidget *parent = nullptr);
  void showResults(const QList<QgsMapToolIdentify::IdentifyResult> &results);
};

} // namespace riskatlas
