#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QgsEditorWidgetSetup;
class QgsVectorLayer;

namespace riskatlas
{

class Taxonomy;

/**
 * What QGIS shows for the fields of the project's layers: an alias for every field people read
 * (风险等级, 单位名称, 行业领域 … in Chinese, or English), and a value map (QGIS's "ValueMap"
 * editor widget) on every coded field, so that the attribute table, the identify panel and the
 * forms show 风险等级 = 重大风险 instead of level = major. The words are FieldLabels' (those
 * of the risk list and the workbook); \a language is "zh" or "en".
 *
 * Applied with the layers' default styles (layer_styles), in the embedded QGIS project and in
 * the workbench's view, each in the language its symbology is named in.
 */
class LayerFields
{
public:
  //! Units: aliases; value maps on the levels, category and sector (\a taxonomy), method.
  static void applyToUnits(QgsVectorLayer &units, const QString &language,
                           const Taxonomy &taxonomy);
  //! Regions: aliases; value maps on the region kind and the level.
  static void applyToRegions(QgsVectorLayer &regions, const QString &language);
  //! Hidden dangers: aliases; value maps on the status, the grade and the listing.
  static void applyToHazards(QgsVectorLayer &hazards, const QString &language);

  //! A "ValueMap" editor widget showing each (code, name) pair's name, in the order given.
  static QgsEditorWidgetSetup valueMap(const QList<QPair<QString, QString>> &codeNames);
};

} // namespace riskatlas
