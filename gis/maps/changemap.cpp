#include "maps/changemap.h"

#include "language.h"
#include "maps/riskstyle.h"
#include "regionkind.h"
#include "store/projectlayers.h"

#include <QHash>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsexpression.h>
#include <qgsfeatureiterator.h>
#include <qgsfillsymbol.h>
#include <qgsfillsymbollayer.h>
#include <qgslayertree.h>
#include <qgslayertreelayer.h>
#include <qgslayertreemodel.h>
#include <qgslayoutatlas.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslegendrenderer.h>
#include <qgsmaplayerlegend.h>
#include <qgsmarkersymbol.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

namespace riskatlas
{

namespace
{
const QString Unchanged = QStringLiteral("unchanged");

QgsMarkerSymbol *marker(const QString &shape, const QString &fill, const QString &outline,
                        double size, double outlineWidth, double angle = 0)
{
  QgsMarkerSymbol *symbol = QgsMarkerSymbol::createSimple(
      {{QStringLiteral("name"), shape},
       {QStringLiteral("color"), fill},
       {QStringLiteral("size"), QString::number(size)},
       {QStringLiteral("outline_color"), outline},
       {QStringLiteral("outline_width"), QString::number(outlineWidth)},
       {QStringLiteral("angle"), QString::number(angle)}});
  return symbol;
}

//! A region outlined thick and hatched in \a colour.
QgsFillSymbol *hatched(const QString &colour)
{
  QgsFillSymbol *symbol =
      QgsFillSymbol::createSimple({{QStringLiteral("color"), QStringLiteral("0,0,0,0")},
                                   {QStringLiteral("outline_color"), colour},
                                   {QStringLiteral("outline_width"), QStringLiteral("0.9")},
                                   {QStringLiteral("outline_width_unit"), QStringLiteral("MM")}});
  auto *hatch = new QgsLinePatternFillSymbolLayer();
  hatch->setLineAngle(45);
  hatch->setDistance(2.5);
  hatch->setLineWidth(0.3);
  hatch->setColor(QColor(colour));
  symbol->insertSymbolLayer(0, hatch);
  return symbol;
}

//! A point for the marker of a unit's geometry.
QgsGeometry markerPoint(const QgsGeometry &geometry)
{
  if (geometry.type() == QgsWkbTypes::PointGeometry && !geometry.isMultipart())
    return geometry;
  return geometry.pointOnSurface();
}

QgsFeature changeFeature(const QgsFields &fields, const QgsGeometry &geometry, const QString &id,
                         const QString &name, const QString &change, RiskLevel oldLevel,
                         RiskLevel newLevel)
{
  QgsFeature feature(fields);
  feature.setGeometry(markerPoint(geometry));
  feature.setAttribute(0, id);
  feature.setAttribute(1, name);
  feature.setAttribute(2, change);
  feature.setAttribute(3, levelKey(oldLevel));
  feature.setAttribute(4, levelKey(newLevel));
  return feature;
}

/**
 * The units layer of the map: every unit of the newer project (its change, or "unchanged") and
 * the removed ones where the older project had them; unchanged first so changes draw on top.
 */
QgsVectorLayer *changedUnitsLayer(QgsVectorLayer &newUnits, QgsVectorLayer &oldUnits,
                                  const AssessmentComparison &comparison, const QString &crs,
                                  const QString &name)
{
  auto *layer = new QgsVectorLayer(
      QStringLiteral("Point?crs=%1&field=unit_id:string&field=name:string&field=change:string"
                     "&field=old_level:string&field=new_level:string")
          .arg(crs),
      name, QStringLiteral("memory"));
  QHash<QString, const ComparedChange *> changes;
  for (const ComparedChange &change : comparison.unitChanges)
    changes.insert(change.item.id, &change);
  const QgsFields fields = layer->fields();
  QgsFeatureList unchanged, changed;
  QgsFeature unit;
  QgsFeatureIterator features = newUnits.getFeatures();
  while (features.nextFeature(unit))
  {
    const QString id = unit.attribute(QStringLiteral("unit_id")).toString();
    if (!unit.hasGeometry())
      continue;
    const ComparedChange *change = changes.value(id);
    if (!change)
    {
      RiskLevel level = RiskLevel::None;
      levelFromKey(unit.attribute(QStringLiteral("level")).toString(), level);
      unchanged << changeFeature(fields, unit.geometry(), id,
                                 unit.attribute(QStringLiteral("name")).toString(), Unchanged,
                                 level, level);
    }
    else if (change->kind != LevelChangeKind::Removed)
      changed << changeFeature(fields, unit.geometry(), id, change->item.name,
                               levelChangeKey(change->kind), change->oldLevel, change->newLevel);
  }
  features = oldUnits.getFeatures();
  while (features.nextFeature(unit))
  {
    const ComparedChange *change =
        changes.value(unit.attribute(QStringLiteral("unit_id")).toString());
    if (change && change->kind == LevelChangeKind::Removed && unit.hasGeometry())
      changed << changeFeature(fields, unit.geometry(), change->item.id, change->item.name,
                               levelChangeKey(change->kind), change->oldLevel, change->newLevel);
  }
  layer->dataProvider()->addFeatures(unchanged);
  layer->dataProvider()->addFeatures(changed);
  layer->updateExtents();
  return layer;
}

//! "CASE WHEN "region_id" IN (…) THEN 'raised' … END" for the changed regions of \a kind.
QString regionChangeExpression(const AssessmentComparison &comparison, RegionKind kind, int &raised,
                               int &lowered)
{
  QStringList up, down;
  for (const ComparedChange &change : comparison.regionChanges)
  {
    if (change.item.kind != regionKindKey(kind))
      continue;
    if (change.kind == LevelChangeKind::Raised)
      up << QgsExpression::quotedString(change.item.id);
    else if (change.kind == LevelChangeKind::Lowered)
      down << QgsExpression::quotedString(change.item.id);
  }
  raised = up.size();
  lowered = down.size();
  const QString column = QgsExpression::quotedColumnRef(QStringLiteral("region_id"));
  QString expression = QStringLiteral("CASE");
  if (!up.isEmpty())
    expression +=
        QStringLiteral(" WHEN %1 IN (%2) THEN 'raised'").arg(column, up.join(QStringLiteral(", ")));
  if (!down.isEmpty())
    expression += QStringLiteral(" WHEN %1 IN (%2) THEN 'lowered'")
                      .arg(column, down.join(QStringLiteral(", ")));
  return expression + QStringLiteral(" ELSE 'same' END");
}

QgsVectorLayer *regionsOfKind(const QgsVectorLayer &regions, const QString &name, RegionKind kind)
{
  QgsVectorLayer::LayerOptions layerOptions;
  layerOptions.loadDefaultStyle = false;
  auto *layer = new QgsVectorLayer(regions.source(), name, regions.providerType(), layerOptions);
  layer->setSubsetString(regionKindFilter(kind));
  return layer;
}
} // namespace

std::unique_ptr<RiskMapLayout> buildChangeMap(const ChangeMapProject &older,
                                              const ChangeMapProject &newer,
                                              const AssessmentComparison &comparison,
                                              const MapOptions &options)
{
  const Language &language = Language::get(options.language);
  auto project = std::make_unique<QgsProject>();
  MapBuildStatus status;
  const auto failed = [&](const QString &error)
  {
    status.error = error;
    return std::make_unique<RiskMapLayout>(std::move(project), nullptr, options, status);
  };
  ProjectLayers newLayers(newer.path);
  if (!newLayers.isValid())
    return failed(newLayers.error());
  ProjectLayers oldLayers(older.path);
  if (!oldLayers.isValid())
    return failed(oldLayers.error());
  project->setCrs(QgsCoordinateReferenceSystem(options.crsAuthId));

  // The newer project's regions, pale, with their names; the changed ones hatched on top.
  QgsVectorLayer *regions =
      regionsOfKind(*newLayers.regions(), language.translate("ChangeMap", "Regions"), options.kind);
  if (regions->featureCount() == 0)
  {
    delete regions;
    return failed(language.translate("ChangeMap", "%1: the project has no regions of kind %2")
                      .arg(newer.path, regionKindKey(options.kind)));
  }
  applyRegionStyle(*regions, options.language, options.palette); // for its labels
  regions->setRenderer(new QgsSingleSymbolRenderer(
      QgsFillSymbol::createSimple({{QStringLiteral("color"), QStringLiteral("#F7F7F7")},
                                   {QStringLiteral("outline_color"), QStringLiteral("#8C8C8C")},
                                   {QStringLiteral("outline_width"), QStringLiteral("0.3")},
                                   {QStringLiteral("outline_width_unit"), QStringLiteral("MM")}})));
  project->addMapLayer(regions, false);

  int regionsRaised = 0, regionsLowered = 0;
  QgsVectorLayer *changedRegions =
      regionsOfKind(*newLayers.regions(),
                    language.translate("ChangeMap", "Regions whose level changed"), options.kind);
  changedRegions->setRenderer(new QgsCategorizedSymbolRenderer(
      regionChangeExpression(comparison, options.kind, regionsRaised, regionsLowered), {}));
  auto *regionRenderer = static_cast<QgsCategorizedSymbolRenderer *>(changedRegions->renderer());
  regionRenderer->addCategory(QgsRendererCategory(
      QStringLiteral("raised"), hatched(QStringLiteral("#D7191C")),
      language.translate("ChangeMap", "Regions raised (%1)").arg(regionsRaised)));
  regionRenderer->addCategory(QgsRendererCategory(
      QStringLiteral("lowered"), hatched(QStringLiteral("#2C7BB6")),
      language.translate("ChangeMap", "Regions lowered (%1)").arg(regionsLowered)));
  project->addMapLayer(changedRegions, false);

  const ChangeCounts &counts = comparison.unitCounts;
  QgsVectorLayer *units =
      changedUnitsLayer(*newLayers.units(), *oldLayers.units(), comparison, options.crsAuthId,
                        language.translate("ChangeMap", "Risk units by change"));
  const QString dark = QStringLiteral("#202020");
  const QgsCategoryList categories{
      QgsRendererCategory(
          QStringLiteral("raised"),
          marker(QStringLiteral("triangle"), QStringLiteral("#D7191C"), dark, 4.2, 0.25),
          language.translate("ChangeMap", "Units raised (%1)").arg(counts.raised)),
      QgsRendererCategory(
          QStringLiteral("lowered"),
          marker(QStringLiteral("triangle"), QStringLiteral("#2C7BB6"), dark, 4.2, 0.25, 180),
          language.translate("ChangeMap", "Units lowered (%1)").arg(counts.lowered)),
      QgsRendererCategory(QStringLiteral("new"),
                          marker(QStringLiteral("star"), QStringLiteral("0,0,0,0"),
                                 QStringLiteral("#7B3294"), 4.6, 0.5),
                          language.translate("ChangeMap", "New units (%1)").arg(counts.added)),
      QgsRendererCategory(
          QStringLiteral("removed"),
          marker(QStringLiteral("cross2"), QStringLiteral("#6E6E6E"), QStringLiteral("#6E6E6E"),
                 3.6, 0.6),
          language.translate("ChangeMap", "Removed units (%1)").arg(counts.removed)),
      QgsRendererCategory(
          Unchanged,
          marker(QStringLiteral("circle"), QStringLiteral("#B4B4B4"), QStringLiteral("0,0,0,0"),
                 1.2, 0),
          language.translate("ChangeMap", "Unchanged units (%1)").arg(counts.unchanged))};
  units->setRenderer(new QgsCategorizedSymbolRenderer(QStringLiteral("change"), categories));
  project->addMapLayer(units, false);

  QgsLayoutItemMap *map = nullptr;
  std::unique_ptr<QgsPrintLayout> layout = loadMapTemplate(*project, options, status, &map);
  if (!layout)
    return failed(status.error);
  const QString title = language.translate("ChangeMap", "Risk level changes");
  layout->setName(title);
  layout->atlas()->setEnabled(false);
  map->setAtlasDriven(false);
  QgsRectangle extent = regions->extent();
  if (!units->extent().isEmpty())
    extent.combineExtentWith(units->extent());
  extent.scale(1.05);
  map->setCrs(QgsCoordinateReferenceSystem(options.crsAuthId));
  map->zoomToExtent(extent);
  map->setFollowVisibilityPreset(false);
  map->setKeepLayerSet(true);
  map->setLayers({units, changedRegions, regions});
  layout->setReferenceMap(map);

  const auto described = [&](const ChangeMapProject &side)
  {
    return side.date.isEmpty()
               ? side.name
               : language.translate("ChangeMap", "%1 (assessed %2)").arg(side.name, side.date);
  };
  setMapTexts(
      *layout, title, options.crsAuthId, options,
      {language.translate("ChangeMap", "Compared: %1 → %2")
           .arg(described(older), described(newer))},
      {language.translate("ChangeMap", "Units matched by unit id, regions by code; hatched: the "
                                       "regions whose level changed")});

  if (auto *legend = qobject_cast<QgsLayoutItemLegend *>(layout->itemById(mapitem::legend())))
  {
    legend->setTitle(language.translate("ChangeMap", "Level change"));
    legend->setLinkedMap(map);
    legend->setAutoUpdateModel(false);
    QgsLayerTree *root = legend->model()->rootGroup();
    root->clear();
    for (QgsVectorLayer *layer : {units, changedRegions})
    {
      QgsLayerTreeLayer *node = root->addLayer(layer);
      QgsLegendRenderer::setNodeLegendStyle(node, QgsLegendStyle::Hidden);
      // Portrait templates leave the legend a short, wide box: a second column from the
      // removed units on.
      if (layer == units && !options.landscape)
        QgsMapLayerLegendUtils::setLegendNodeColumnBreak(node, 3, true);
      legend->model()->refreshLayerLegend(node);
    }
    if (!options.landscape)
      legend->setColumnCount(2);
    legend->adjustBoxSize();
  }
  linkScaleBar(*layout, map, language);
  layout->refresh();
  return std::make_unique<RiskMapLayout>(std::move(project), std::move(layout), options, status);
}

} // namespace riskatlas
