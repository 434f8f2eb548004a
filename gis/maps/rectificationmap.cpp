#include "maps/rectificationmap.h"

#include "language.h"
#include "maps/hazardstyle.h"
#include "maps/riskstyle.h"
#include "regionkind.h"
#include "store/projectlayers.h"

#include <QHash>
#include <QLocale>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsfeatureiterator.h>
#include <qgsfillsymbol.h>
#include <qgslayertree.h>
#include <qgslayertreelayer.h>
#include <qgslayertreemodel.h>
#include <qgslayoutatlas.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslegendrenderer.h>
#include <qgsmarkersymbollayer.h>
#include <qgspallabeling.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsrulebasedrenderer.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

namespace riskatlas
{

namespace
{
//! The classes of rate, worst first: key, lower bound (inclusive), colour.
struct RateClass
{
  const char *key;
  double from;
  const char *colour;
};
const RateClass rateClasses[] = {{"below-60", 0.0, "#D7191C"},
                                 {"60-80", 0.60, "#FDAE61"},
                                 {"80-95", 0.80, "#FFFFBF"},
                                 {"95-100", 0.95, "#1A9641"}};
const QString NoHazards = QStringLiteral("none");

QString rateClass(const HazardCounts &counts)
{
  if (counts.total == 0)
    return NoHazards;
  const double rate = counts.rectificationRate();
  QString key;
  for (const RateClass &rateClass : rateClasses)
    if (rate >= rateClass.from)
      key = QString::fromLatin1(rateClass.key);
  return key;
}

QString classLabel(int index, int districts, const Language &language)
{
  static const char *const labels[] = {QT_TRANSLATE_NOOP("RectificationMap", "below 60% (%1)"),
                                       QT_TRANSLATE_NOOP("RectificationMap", "60–80% (%1)"),
                                       QT_TRANSLATE_NOOP("RectificationMap", "80–95% (%1)"),
                                       QT_TRANSLATE_NOOP("RectificationMap", "95% and above (%1)")};
  return language.translate("RectificationMap", labels[index]).arg(districts);
}

QgsFillSymbol *fill(const QString &colour)
{
  return QgsFillSymbol::createSimple(
      {{QStringLiteral("color"), colour},
       {QStringLiteral("outline_color"), QStringLiteral("#404040")},
       {QStringLiteral("outline_width"), QStringLiteral("0.4")},
       {QStringLiteral("outline_width_unit"), QStringLiteral("MM")}});
}
} // namespace

QString rectificationRateText(const HazardCounts &counts)
{
  return QLocale::c().toString(100.0 * counts.rectificationRate(), 'f', 1) + QLatin1Char('%');
}

std::unique_ptr<RiskMapLayout> buildRectificationMap(const QString &projectPath,
                                                     const HazardStatistics &statistics,
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
  ProjectLayers layers(projectPath);
  if (!layers.isValid())
    return failed(layers.error());
  project->setCrs(QgsCoordinateReferenceSystem(options.crsAuthId));

  // The districts as a memory layer holding statistics' figures, so the map shows no other.
  QgsVectorLayer &regions = *layers.regions();
  regions.setSubsetString(regionKindFilter(RegionKind::District));
  auto *districts = new QgsVectorLayer(
      QStringLiteral("MultiPolygon?crs=%1&field=region_id:string&field=name:string"
                     "&field=total:integer&field=rectified:integer&field=rate:double"
                     "&field=rate_class:string&field=label:string")
          .arg(options.crsAuthId),
      language.translate("RectificationMap", "Districts by rectification rate"),
      QStringLiteral("memory"));
  QHash<QString, HazardCounts> byDistrict;
  for (const HazardGroupCounts &group : statistics.byDistrict())
    byDistrict.insert(group.code, group.counts);
  QHash<QString, int> perClass;
  QgsFeatureList features;
  QgsFeature region;
  QgsFeatureIterator iterator = regions.getFeatures();
  while (iterator.nextFeature(region))
  {
    const QString code = region.attribute(QStringLiteral("region_id")).toString();
    const QString name = region.attribute(QStringLiteral("name")).toString();
    const HazardCounts counts = byDistrict.value(code);
    QgsFeature district(districts->fields());
    QgsGeometry geometry = region.geometry();
    geometry.convertToMultiType();
    district.setGeometry(geometry);
    const QString rateClassKey = rateClass(counts);
    perClass[rateClassKey] += 1;
    const QVariantList values{
        code,
        name,
        counts.total,
        counts.rectified,
        counts.rectificationRate(),
        rateClassKey,
        counts.total == 0
            ? language.translate("RectificationMap", "%1\nno hidden dangers").arg(name)
            : language.translate("RectificationMap", "%1\n%2\nrectified %3/%4")
                  .arg(name, rectificationRateText(counts))
                  .arg(counts.rectified)
                  .arg(counts.total)};
    for (int field = 0; field < values.size(); ++field)
      district.setAttribute(field, values.at(field));
    features << district;
  }
  if (features.isEmpty())
  {
    delete districts;
    return failed(language.translate("RectificationMap", "%1: the project has no districts")
                      .arg(projectPath));
  }
  districts->dataProvider()->addFeatures(features);
  districts->updateExtents();
  QgsCategoryList categories;
  for (int index = 0; index < 4; ++index)
  {
    const QString key = QString::fromLatin1(rateClasses[index].key);
    categories << QgsRendererCategory(key, fill(QString::fromLatin1(rateClasses[index].colour)),
                                      classLabel(index, perClass.value(key), language));
  }
  categories << QgsRendererCategory(NoHazards, fill(QStringLiteral("#D9D9D9")),
                                    language.translate("RectificationMap", "no hidden dangers (%1)")
                                        .arg(perClass.value(NoHazards)));
  // The four-colour map's district labels (font, halo, placement), three lines of them here.
  applyRegionStyle(*districts, options.language, options.palette);
  districts->setRenderer(
      new QgsCategorizedSymbolRenderer(QStringLiteral("rate_class"), categories));
  if (const auto *simple =
          dynamic_cast<const QgsVectorLayerSimpleLabeling *>(districts->labeling()))
  {
    QgsPalLayerSettings labels = simple->settings();
    labels.fieldName = QStringLiteral("label");
    labels.fitInPolygonOnly = false;
    districts->setLabeling(new QgsVectorLayerSimpleLabeling(labels));
  }
  project->addMapLayer(districts, false);

  QList<QgsMapLayer *> mapLayers{districts};
  std::unique_ptr<QgsVectorLayer> hazardLayer = openHazardLayer(projectPath);
  QgsVectorLayer *hazards = hazardLayer.get();
  if (hazards)
  {
    hazards->setName(language.translate("RectificationMap", "Hidden dangers"));
    applyHazardStyle(*hazards, options.language, statistics.asOf());
    // The overdue triangles (the first rule) are red like the worst districts: a heavy dark
    // outline keeps them standing out there.
    if (auto *renderer = dynamic_cast<QgsRuleBasedRenderer *>(hazards->renderer()))
      if (!renderer->rootRule()->children().isEmpty())
        if (QgsSymbol *overdue = renderer->rootRule()->children().first()->symbol())
          if (auto *marker = dynamic_cast<QgsSimpleMarkerSymbolLayer *>(overdue->symbolLayer(0)))
          {
            marker->setStrokeColor(QColor(QStringLiteral("#000000")));
            marker->setStrokeWidth(0.5);
          }
    project->addMapLayer(hazardLayer.release(), false);
    mapLayers.prepend(hazards);
  }

  QgsLayoutItemMap *map = nullptr;
  std::unique_ptr<QgsPrintLayout> layout = loadMapTemplate(*project, options, status, &map);
  if (!layout)
    return failed(status.error);
  const QString asOf = statistics.asOf().toString(Qt::ISODate);
  const QString title =
      language.translate("RectificationMap", "Hidden-danger rectification rate by district");
  layout->setName(title);
  layout->atlas()->setEnabled(false);
  map->setAtlasDriven(false);
  QgsRectangle extent = districts->extent();
  extent.scale(1.05);
  map->setCrs(QgsCoordinateReferenceSystem(options.crsAuthId));
  map->zoomToExtent(extent);
  map->setFollowVisibilityPreset(false);
  map->setKeepLayerSet(true);
  map->setLayers(mapLayers);
  layout->setReferenceMap(map);
  const HazardCounts &all = statistics.all();
  setMapTexts(*layout, title, options.crsAuthId, options,
              {language
                   .translate("RectificationMap",
                              "As of %1: %2 of %3 hidden dangers rectified (%4), %5 overdue")
                   .arg(asOf)
                   .arg(all.rectified)
                   .arg(all.total)
                   .arg(rectificationRateText(all))
                   .arg(all.overdue)},
              {language.translate("RectificationMap",
                                  "Rectification rate: rectified and closed hidden dangers over "
                                  "all of the district's")});

  if (auto *legend = qobject_cast<QgsLayoutItemLegend *>(layout->itemById(mapitem::legend())))
  {
    legend->setTitle(
        language.translate("RectificationMap", "Rectification rate as of %1").arg(asOf));
    legend->setLinkedMap(map);
    legend->setAutoUpdateModel(false);
    QgsLayerTree *root = legend->model()->rootGroup();
    root->clear();
    QgsLayerTreeLayer *districtNode = root->addLayer(districts);
    QgsLegendRenderer::setNodeLegendStyle(districtNode, QgsLegendStyle::Hidden);
    legend->model()->refreshLayerLegend(districtNode);
    if (hazards)
    {
      QgsLayerTreeLayer *hazardNode = root->addLayer(hazards);
      // Portrait templates leave the legend a short, wide box: the hazards in a second column.
      if (!options.landscape)
        hazardNode->setCustomProperty(QStringLiteral("legend/column-break"), QStringLiteral("1"));
      legend->model()->refreshLayerLegend(hazardNode);
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
