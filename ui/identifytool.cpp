#include "identifytool.h"

#include <QHeaderView>
#include <qgsapplication.h>
#include <qgsfieldformatter.h>
#include <qgsfieldformatterregistry.h>
#include <qgsmapmouseevent.h>
#include <qgsvectorlayer.h>

namespace riskatlas
{

IdentifyTool::IdentifyTool(QgsMapCanvas *canvas) : QgsMapToolIdentify(canvas)
{
  setCursor(QgsApplication::getThemeCursor(QgsApplication::Cursor::Identify));
}

void IdentifyTool::canvasReleaseEvent(QgsMapMouseEvent *event)
{
  emit identified(identify(event->x(), event->y(), TopDownAll, VectorLayer));
}

IdentifyResultsView::IdentifyResultsView(QWidget *parent) : QTreeWidget(parent)
{
  setObjectName(QStringLiteral("identifyResults"));
  setColumnCount(2);
  setHeaderLabels({tr("Feature"), tr("Value")});
  header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
  setAlternatingRowColors(true);
}

void IdentifyResultsView::showResults(const QList<QgsMapToolIdentify::IdentifyResult> &results)
{
  clear();
  for (const QgsMapToolIdentify::IdentifyResult &result : results)
  {
    auto *layer = qobject_cast<QgsVectorLayer *>(result.mLayer);
    if (!layer)
      continue;
    const QgsFeature &feature = result.mFeature;
    const QString name = feature.attribute(QStringLiteral("name")).toString();
    auto *item = new QTreeWidgetItem(this, {layer->name(), name});
    const QgsFields fields = feature.fields();
    for (int i = 0; i < fields.count(); ++i)
    {
      const QVariant value = feature.attribute(i);
      if (value.isNull() || value.toString().isEmpty())
        continue;
      // Field aliases and coded values by name (the layer's value maps: 重大风险, not major).
      const QgsEditorWidgetSetup setup = layer->editorWidgetSetup(i);
      const QgsFieldFormatter *formatter =
          QgsApplication::fieldFormatterRegistry()->fieldFormatter(setup.type());
      new QTreeWidgetItem(item,
                          {fields.at(i).displayName(),
                           formatter->representValue(layer, i, setup.config(), QVariant(), value)});
    }
    item->setExpanded(topLevelItemCount() == 1);
  }
}

} // namespace riskatlas
