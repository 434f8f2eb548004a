#include "maps/riskmaplayout.h"

#include "language.h"
#include "maps/basemap.h"
#include "maps/embeddedproject.h"
#include "maps/riskstyle.h"
#include "maps/unitthinning.h"
#include "outputfile.h"
#include "reproducibletime.h"
#include "risklevel.h"
#include "store/projectcrs.h"
#include "store/projectlayers.h"
#include "support/gisruntime.h"

#include <QCoreApplication>
#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <cpl_conv.h>
#include <cpl_error.h>
#include <gdal.h>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsexpression.h>
#include <qgsexpressioncontextutils.h>
#include <qgsfeatureiterator.h>
#include <qgsfillsymbol.h>
#include <qgslayertree.h>
#include <qgslayertreelayer.h>
#include <qgslayertreemodel.h>
#include <qgslayoutatlas.h>
#include <qgslayoutexporter.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitemscalebar.h>
#include <qgslayoutpagecollection.h>
#include <qgslayoututils.h>
#include <qgslegendrenderer.h>
#include <qgsmaplayerlegend.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsproviderregistry.h>
#include <qgsrasterlayer.h>
#include <qgsreadwritecontext.h>
#include <qgssinglesymbolrenderer.h>
#include <qgsvectorlayer.h>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(RiskMapLayout)
};

const QStringList &papers()
{
  static const QStringList known{QStringLiteral("A4"), QStringLiteral("A3"), QStringLiteral("A2"),
                                 QStringLiteral("A1"), QStringLiteral("A0")};
  return known;
}

QString aggregationDescription(const QString &key, const Language &language)
{
  if (key == QLatin1String("weighted"))
    return language.translate("RiskMapLayout", "weighted composite index of the units (weighted)");
  if (key == QLatin1String("density"))
    return language.translate("RiskMapLayout", "density of major and significant units (density)");
  return language.translate("RiskMapLayout", "highest level of any unit inside (max)");
}

//! True when some region shown has no assessed unit (overall, or for the mapped category).
bool anyRegionUnassessed(QgsVectorLayer &regions, const QString &category)
{
  QgsFeature region;
  QgsFeatureIterator features = regions.getFeatures();
  while (features.nextFeature(region))
  {
    const QString level =
        category.isEmpty()
            ? region.attribute(QStringLiteral("level")).toString()
            : QJsonDocument::fromJson(
                  region.attribute(QStringLiteral("category_levels")).toString().toUtf8())
                  .object()
                  .value(category)
                  .toString(QStringLiteral("none"));
    if (level.isEmpty() || level == levelKey(RiskLevel::None))
      return true;
  }
  return false;
}

//! True when some unit \a units draws is in the grey class (no assessed level).
bool anyUnitUnassessed(QgsVectorLayer &units)
{
  const auto *renderer = dynamic_cast<const QgsCategorizedSymbolRenderer *>(units.renderer());
  if (!renderer)
    return false;
  // The class attribute is a field name or an expression (category maps).
  const QString attribute = renderer->classAttribute();
  const QString classified = units.fields().lookupField(attribute) >= 0
                                 ? QgsExpression::quotedColumnRef(attribute)
                                 : attribute;
  QgsFeatureRequest request;
  request.setFilterExpression(
      QStringLiteral("(%1) = %2")
          .arg(classified, QgsExpression::quotedString(levelKey(RiskLevel::None))));
  request.setFlags(QgsFeatureRequest::NoGeometry);
  request.setNoAttributes();
  request.setLimit(1);
  QgsFeature unit;
  return units.getFeatures(request).nextFeature(unit);
}

//! The extent of \a layer's whole table, ignoring its subset string.
QgsRectangle unfilteredExtent(const QgsVectorLayer &layer)
{
  if (layer.subsetString().isEmpty())
    return layer.extent();
  QVariantMap parts =
      QgsProviderRegistry::instance()->decodeUri(layer.providerType(), layer.source());
  parts.remove(QStringLiteral("subset"));
  QgsVectorLayer::LayerOptions options;
  options.loadDefaultStyle = false;
  const QgsVectorLayer whole(
      QgsProviderRegistry::instance()->encodeUri(layer.providerType(), parts),
      QStringLiteral("extent"), layer.providerType(), options);
  return whole.isValid() ? whole.extent() : layer.extent();
}

//! Another view of \a regions' table (same source), filtered, unstyled.
QgsVectorLayer *regionsView(const QgsVectorLayer &regions, const QString &name, RegionKind kind)
{
  QgsVectorLayer::LayerOptions options;
  options.loadDefaultStyle = false;
  auto *layer = new QgsVectorLayer(regions.source(), name, regions.providerType(), options);
  layer->setSubsetString(regionKindFilter(kind));
  return layer;
}

void fail(MapBuildStatus &status, const QString &message, bool templateError)
{
  status.error = message;
  status.templateError = templateError;
}

//! A safe file-name part from a region code.
QString fileNamePart(QString text)
{
  static const QRegularExpression unsafe(QStringLiteral("[^\\w.-]+"));
  return text.replace(unsafe, QStringLiteral("-"));
}
} // namespace

void probeBasemap(MapOptions &options)
{
  if (options.basemapUrl.isEmpty() || !basemap::shiftedSourceReason(options.basemapUrl).isEmpty())
    return;
  options.basemapProbe = basemap::probe(options.basemapUrl, options.basemapTimeoutMs);
}

QString mapTemplateFileName(const MapOptions &options)
{
  return QStringLiteral("four-colour-%1-%2.qpt")
      .arg(options.paper,
           options.landscape ? QStringLiteral("landscape") : QStringLiteral("portrait"));
}

QString userMapTemplateFolder()
{
  const QString fromEnvironment = qEnvironmentVariable("RISKATLAS_TEMPLATE_DIR");
  if (!fromEnvironment.isEmpty())
    return fromEnvironment;
  return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
         QStringLiteral("/RiskAtlas/layouts");
}

QString resolveMapTemplate(const MapOptions &options)
{
  if (!options.templatePath.isEmpty())
    return options.templatePath;
  const QString user = QDir(userMapTemplateFolder()).filePath(mapTemplateFileName(options));
  if (QFileInfo(user).isFile())
    return user;
  return QStringLiteral(":/riskatlas/layouts/") + mapTemplateFileName(options);
}

std::unique_ptr<QgsPrintLayout> loadMapTemplate(QgsProject &project, const MapOptions &options,
                                                MapBuildStatus &status, QgsLayoutItemMap **map)
{
  const Language &language = Language::get(options.language);
  const QString templatePath = resolveMapTemplate(options);
  QFile file(templatePath);
  QDomDocument document;
  QString message;
  int line = 0;
  if (!file.open(QIODevice::ReadOnly))
  {
    fail(status,
         language.translate("RiskMapLayout", "%1: cannot read the layout template")
             .arg(templatePath),
         true);
    return nullptr;
  }
  if (!document.setContent(&file, &message, &line))
  {
    fail(status,
         language.translate("RiskMapLayout", "%1: line %2: not a layout template: %3")
             .arg(templatePath)
             .arg(line)
             .arg(message),
         true);
    return nullptr;
  }
  auto layout = std::make_unique<QgsPrintLayout>(&project);
  bool loaded = false;
  layout->loadFromTemplate(document, QgsReadWriteContext(), true, &loaded);
  if (!loaded)
  {
    fail(status,
         language.translate("RiskMapLayout", "%1: QGIS cannot load this layout template")
             .arg(templatePath),
         true);
    return nullptr;
  }
  *map = qobject_cast<QgsLayoutItemMap *>(layout->itemById(mapitem::map()));
  if (!*map)
  {
    fail(status,
         language
             .translate("RiskMapLayout",
                        "%1: the layout template has no map item with the id \"%2\"")
             .arg(templatePath, mapitem::map()),
         true);
    return nullptr;
  }
  return layout;
}

void setMapTexts(QgsPrintLayout &layout, const QString &title, const QString &crsAuthId,
                 const MapOptions &options, const QStringList &leadingNotes,
                 const QStringList &notes, const QVariantMap &variables)
{
  // Texts through layout variables, so the layout reads the same when reopened in QGIS.
  const Language &language = Language::get(options.language);
  const QString date = reproducibleNow().date().toString(Qt::ISODate);
  QStringList footer = leadingNotes;
  footer << language.translate("RiskMapLayout", "Coordinate reference system: %1")
                .arg(describeCrs(crsAuthId))
         << language.translate("RiskMapLayout", "Map date: %1").arg(date) << notes
         << language.translate("RiskMapLayout", "Made with RiskAtlas");
  QVariantMap all = variables;
  all.insert(QStringLiteral("riskatlas_title"), title);
  all.insert(QStringLiteral("riskatlas_project"), options.projectName);
  all.insert(QStringLiteral("riskatlas_crs"), describeCrs(crsAuthId));
  all.insert(QStringLiteral("riskatlas_date"), date);
  all.insert(QStringLiteral("riskatlas_footer"), footer.join(QLatin1Char('\n')));
  QgsExpressionContextUtils::setLayoutVariables(&layout, all);
}

void linkScaleBar(QgsPrintLayout &layout, QgsLayoutItemMap *map, const Language &language)
{
  if (auto *scaleBar = qobject_cast<QgsLayoutItemScaleBar *>(layout.itemById(mapitem::scaleBar())))
  {
    scaleBar->setLinkedMap(map);
    scaleBar->setUnits(QgsUnitTypes::DistanceKilometers);
    scaleBar->setUnitLabel(language.translate("RiskMapLayout", "km"));
    scaleBar->update();
  }
}

std::unique_ptr<QgsPrintLayout> buildRiskMapLayout(QgsProject &project, QgsVectorLayer *regions,
                                                   QgsVectorLayer *units, const MapOptions &options,
                                                   MapBuildStatus *status)
{
  MapBuildStatus local;
  MapBuildStatus &result = status ? *status : local;
  const Language &language = Language::get(options.language);

  QgsLayoutItemMap *map = nullptr;
  std::unique_ptr<QgsPrintLayout> layout = loadMapTemplate(project, options, result, &map);
  if (!layout)
    return nullptr;

  const QString title =
      options.category.isEmpty()
          ? language.translate("RiskMapLayout", "%1 City Safety Risk Distribution Map")
                .arg(options.projectName)
          : language.translate("RiskMapLayout", "%1 %2 Risk Distribution Map")
                .arg(options.projectName, options.categoryName);
  const QString crsAuthId =
      options.crsAuthId.isEmpty() ? project.crs().authid() : options.crsAuthId;
  layout->setName(options.atlas ? language.translate("RiskMapLayout", "%1 (atlas)").arg(title)
                                : title);

  // Every map of a project is framed alike: its regions and all its units, whatever the
  // category shown (the GeoPackage's own extent; a filtered layer's would need a full scan).
  QgsRectangle extent = regions->extent();
  const QgsRectangle allUnits = unfilteredExtent(*units);
  if (!allUnits.isEmpty())
    extent.combineExtentWith(allUnits);
  // Units: drawn as they are, or thinned to what a reader can tell apart at print scale.
  QVector<UnitMark> marks;
  bool thin = false;
  if (options.thinningThreshold > 0 && units->featureCount() > options.thinningThreshold)
  {
    QgsRectangle unitExtent;
    QString error;
    thin = readUnitMarks(*units, marks, unitExtent, language, &error);
    if (!thin)
      result.warnings << error;
  }
  extent.scale(1.05);
  map->setCrs(QgsCoordinateReferenceSystem(crsAuthId));
  map->zoomToExtent(extent);
  QgsVectorLayer *drawnUnits = units;
  QString thinningNote;
  if (thin)
  {
    // One dot per cell of paper at the map's scale, the highest level of the cell.
    const double mapUnitsPerMm = map->extent().width() / map->rect().width();
    const QVector<UnitMark> kept = thinUnitMarks(marks, thinningCellMm * mapUnitsPerMm);
    drawnUnits = thinnedUnitsLayer(*units, kept, units->name()).release();
    project.addMapLayer(drawnUnits, false);
    thinningNote =
        language.translate("RiskMapLayout", "Units: %1 drawn for %2 (the highest level per %3 mm)")
            .arg(kept.size())
            .arg(marks.size())
            .arg(thinningCellMm);
  }

  QList<QgsMapLayer *> layers{drawnUnits, regions};
  if (!options.atlas)
  {
    // A template saved from an atlas layout must not drive this map.
    layout->atlas()->setEnabled(false);
    map->setAtlasDriven(false);
  }
  else
  {
    QgsVectorLayer *coverage =
        regionsView(*regions, language.translate("RiskMapLayout", "Districts (atlas pages)"),
                    RegionKind::District);
    project.addMapLayer(coverage, false);
    if (coverage->featureCount() <= 0)
    {
      fail(result,
           language.translate("RiskMapLayout", "the project has no districts for the atlas pages"),
           false);
      return nullptr;
    }
    QgsLayoutAtlas *atlas = layout->atlas();
    atlas->setCoverageLayer(coverage);
    atlas->setPageNameExpression(QStringLiteral("\"name\""));
    atlas->setSortFeatures(true);
    atlas->setSortExpression(QStringLiteral("\"region_id\""));
    atlas->setEnabled(true);
    map->setAtlasDriven(true);
    map->setAtlasScalingMode(QgsLayoutItemMap::Auto);
    map->setAtlasMargin(0.08);
    // The page's district in its colours; the regions around it faded, for orientation.
    QgsLayoutItemMapAtlasClippingSettings *clipping = map->atlasClippingSettings();
    clipping->setEnabled(true);
    clipping->setFeatureClippingType(QgsMapClippingRegion::FeatureClippingType::ClipToIntersection);
    clipping->setRestrictToLayers(true);
    clipping->setLayersToClip({drawnUnits, regions});
    clipping->setForceLabelsInsideFeature(true);
    QgsVectorLayer *context = regionsView(
        *regions, language.translate("RiskMapLayout", "Neighbouring regions"), options.kind);
    context->setRenderer(new QgsSingleSymbolRenderer(QgsFillSymbol::createSimple(
        {{QStringLiteral("color"), QStringLiteral("#F0F0F0")},
         {QStringLiteral("outline_color"), QStringLiteral("#A0A0A0")},
         {QStringLiteral("outline_width"), QStringLiteral("0.3")},
         {QStringLiteral("outline_width_unit"), QStringLiteral("MM")}})));
    project.addMapLayer(context, false);
    layers << context;
  }

  QString basemapNote;
  if (!options.basemapUrl.isEmpty())
  {
    const QString refusal = basemap::shiftedSourceReason(options.basemapUrl, language);
    if (!refusal.isEmpty())
    {
      fail(result, language.translate("RiskMapLayout", "basemap refused: %1").arg(refusal), false);
      return nullptr;
    }
    const QString host = basemap::hostOf(options.basemapUrl);
    QString reason;
    std::unique_ptr<QgsRasterLayer> base;
    const std::optional<BasemapProbe> &probe = options.basemapProbe;
    if (!probe || probe->url != options.basemapUrl)
      reason = language.translate("RiskMapLayout", "not probed before the map was built");
    else if (!probe->usable)
      reason = probe->reason(language);
    else
      base =
          basemap::createLayer(options.basemapUrl, probe->body,
                               language.translate("RiskMapLayout", "Basemap"), language, &reason);
    if (base)
    {
      layers << base.get();
      project.addMapLayer(base.release(), false);
      // The basemap shows through the level colours (the legend keeps them full).
      regions->setOpacity(0.7);
      basemapNote = language.translate("RiskMapLayout", "Basemap: %1").arg(host);
    }
    else
    {
      basemapNote = language.translate("RiskMapLayout", "Basemap left out: %1 could not be reached")
                        .arg(host);
      result.warnings << language
                             .translate(
                                 "RiskMapLayout",
                                 "basemap %1 could not be reached (%2); the map is made without it")
                             .arg(options.basemapUrl, reason);
    }
  }
  map->setFollowVisibilityPreset(false);
  map->setKeepLayerSet(true);
  map->setLayers(layers);
  layout->setReferenceMap(map);

  const QString aggregation = aggregationDescription(options.aggregation, language);
  QStringList notes{language.translate("RiskMapLayout", "Region level: %1").arg(aggregation)};
  if (!basemapNote.isEmpty())
    notes << basemapNote;
  if (!thinningNote.isEmpty())
    notes << thinningNote;
  setMapTexts(*layout, title, crsAuthId, options, {}, notes,
              {{QStringLiteral("riskatlas_aggregation"), aggregation},
               {QStringLiteral("riskatlas_basemap_note"), basemapNote}});

  if (auto *legend = qobject_cast<QgsLayoutItemLegend *>(layout->itemById(mapitem::legend())))
  {
    legend->setTitle(language.translate("RiskMapLayout", "Risk level"));
    legend->setLinkedMap(map);
    legend->setAutoUpdateModel(false);
    QgsLayerTree *root = legend->model()->rootGroup();
    root->clear();
    QgsLayerTreeLayer *regionNode = root->addLayer(regions);
    QgsLegendRenderer::setNodeLegendStyle(regionNode, QgsLegendStyle::Hidden);
    // The four levels always; the grey class only when some region has no assessed unit.
    QgsMapLayerLegendUtils::setLegendNodeOrder(
        regionNode, anyRegionUnassessed(*regions, options.category) ? QList<int>{0, 1, 2, 3, 4}
                                                                    : QList<int>{0, 1, 2, 3});
    legend->model()->refreshLayerLegend(regionNode);
    // The units' markers under their own heading, labelled with the level names; the grey
    // class only when some unit drawn has no level.
    QgsLayerTreeLayer *unitNode = root->addLayer(drawnUnits);
    unitNode->setCustomProperty(QStringLiteral("legend/title-label"),
                                EmbeddedProject::unitsLayerName(language));
    QgsLegendRenderer::setNodeLegendStyle(unitNode, QgsLegendStyle::Subgroup);
    QgsMapLayerLegendUtils::setLegendNodeOrder(unitNode, anyUnitUnassessed(*drawnUnits)
                                                             ? QList<int>{0, 1, 2, 3, 4}
                                                             : QList<int>{0, 1, 2, 3});
    legend->model()->refreshLayerLegend(unitNode);
    // A legend under a portrait map has little room below it: the units' entries then go in
    // a second column beside the regions', closer together if need be, and as a last resort
    // flow over three columns, rather than off the page. (The item learns its own size only
    // when first drawn, so the legend is measured here.)
    const QgsLayoutItemPage *page = layout->pageCollection()->page(legend->page());
    QgsRenderContext context = QgsLayoutUtils::createRenderContextForLayout(layout.get(), nullptr);
    const auto fits = [&]()
    {
      const QSizeF size =
          QgsLegendRenderer(legend->model(), legend->legendSettings()).minimumSize(&context);
      return !page || legend->pagePos().y() + size.height() <= page->rect().height() - 3;
    };
    if (!fits())
    {
      legend->setColumnCount(2);
      legend->setSplitLayer(false);
      if (!fits())
      {
        legend->setSymbolHeight(std::min(legend->symbolHeight(), 3.5));
        legend->setStyleMargin(QgsLegendStyle::Title, QgsLegendStyle::Bottom, 1.5);
        legend->setStyleMargin(QgsLegendStyle::Subgroup, QgsLegendStyle::Top, 1.0);
        legend->setStyleMargin(QgsLegendStyle::Symbol, QgsLegendStyle::Top, 0.8);
        legend->setStyleMargin(QgsLegendStyle::SymbolLabel, QgsLegendStyle::Top, 0.8);
      }
      if (!fits())
      {
        legend->setSplitLayer(true);
        legend->setColumnCount(3);
      }
    }
    legend->adjustBoxSize();
  }
  linkScaleBar(*layout, map, language);
  layout->refresh();
  return layout;
}

RiskMapLayout::RiskMapLayout(const QString &projectPath, const QString &projectName,
                             const QString &crsAuthId, const MapOptions &options)
    : mOptions(options), mProject(std::make_unique<QgsProject>())
{
  mOptions.projectName = projectName;
  mOptions.crsAuthId = crsAuthId;
  ProjectLayers layers(projectPath);
  if (!layers.isValid())
  {
    mStatus.error = layers.error();
    return;
  }
  layers.regions()->setSubsetString(regionKindFilter(options.kind));
  if (layers.regions()->featureCount() == 0)
  {
    mStatus.error = Tr::tr("%1: the project has no regions of kind %2")
                        .arg(projectPath, regionKindKey(options.kind));
    return;
  }
  // A category map shows that category's units and each region's level for that category.
  QString levelExpression = QStringLiteral("level");
  if (!options.category.isEmpty())
  {
    layers.units()->setSubsetString(
        QStringLiteral("%1 = %2").arg(QgsExpression::quotedColumnRef(QStringLiteral("category")),
                                      QgsExpression::quotedString(options.category)));
    levelExpression = categoryLevelExpression(options.category);
  }
  applyRegionStyle(*layers.regions(), options.language, options.palette, levelExpression);
  applyUnitStyle(*layers.units(), options.language, options.palette);
  mProject->setCrs(QgsCoordinateReferenceSystem(crsAuthId));
  QgsVectorLayer *regions = layers.takeRegions();
  QgsVectorLayer *units = layers.takeUnits();
  mProject->addMapLayer(regions);
  mProject->addMapLayer(units);
  // Callers that build in one go (the CLI) leave the probe to the layout.
  if (!mOptions.basemapProbe)
    probeBasemap(mOptions);
  mLayout = buildRiskMapLayout(*mProject, regions, units, mOptions, &mStatus);
}

RiskMapLayout::RiskMapLayout(std::unique_ptr<QgsProject> project,
                             std::unique_ptr<QgsPrintLayout> layout, const MapOptions &options,
                             const MapBuildStatus &status)
    : mOptions(options), mProject(std::move(project)), mLayout(std::move(layout)), mStatus(status)
{
  if (!mLayout && mStatus.error.isEmpty())
    mStatus.error = Tr::tr("the map could not be built");
}

RiskMapLayout::~RiskMapLayout()
{
  if (mAtlasRendering && mLayout)
    mLayout->atlas()->endRender();
  mLayout.reset(); // the layout refers to the project's layers
}

bool RiskMapLayout::isKnownPaper(const QString &paper)
{
  return papers().contains(paper);
}

namespace
{
//! Runs \a exportPage for every atlas page with OUT_<district code>.<suffix>.
template <typename ExportPage>
bool exportAtlasPages(QgsLayoutAtlas &atlas, const QString &path, ExportPage exportPage,
                      QStringList *written, QString *error)
{
  if (!atlas.beginRender())
  {
    if (error)
      *error = Tr::tr("%1: the atlas has no pages").arg(path);
    return false;
  }
  const QFileInfo info(path);
  for (int page = 0; page < atlas.count(); ++page)
  {
    atlas.seekTo(page);
    const QString code = fileNamePart(atlas.layout()
                                          ->reportContext()
                                          .feature()
                                          .attribute(QStringLiteral("region_id"))
                                          .toString());
    // Next to OUT, spelled as given (no "./" for a bare file name).
    const QString pagePath =
        path.left(path.size() - info.fileName().size()) +
        QStringLiteral("%1_%2.%3").arg(info.completeBaseName(), code, info.suffix());
    if (!exportPage(pagePath))
    {
      atlas.endRender();
      return false;
    }
    if (written)
      *written << pagePath;
  }
  atlas.endRender();
  return true;
}

//! One page to \a path, or with \a atlasPages every atlas page next to it.
template <typename ExportPage>
bool exportPages(bool atlasPages, QgsLayoutAtlas &atlas, const QString &path, ExportPage exportPage,
                 QStringList *written, QString *error)
{
  if (atlasPages)
    return exportAtlasPages(atlas, path, exportPage, written, error);
  if (!exportPage(path))
    return false;
  if (written)
    *written << path;
  return true;
}

QString exportFailure(const QString &path, const QgsLayoutExporter &exporter)
{
  return Tr::tr("%1: cannot export the map (failed writing %2)").arg(path, exporter.errorFile());
}

/**
 * Runs \a exportTo (an exporter taking a path) on a temporary file next to \a path, then checks
 * that the file ends with \a tail (QGIS does not report a short write) and moves it into place.
 */
template <typename ExportTo>
bool exportThrough(const QString &path, const QByteArray &tail, ExportTo exportTo, QString *error)
{
  OutputFile output(path);
  if (!output.open(error))
    return false;
  output.device().close(); // the exporter opens the path itself
  if (!exportTo(output.writePath()))
    return false;
  output.setExpectedTail(tail);
  return output.commit(error);
}

//! A file next to \a path with another suffix: map.png → map.pgw, map.prj.
QString sideFilePath(const QString &path, const QString &suffix)
{
  const QFileInfo info(path);
  return path.left(path.size() - info.fileName().size()) + info.completeBaseName() + suffix;
}

//! The world file QGIS writes next to a PNG: map.png → map.pgw.
QString worldFilePath(const QString &pngPath)
{
  return sideFilePath(pngPath, QStringLiteral(".pgw"));
}
} // namespace

bool RiskMapLayout::exportPdf(const QString &path, QString *error, QStringList *written)
{
  QgsLayoutExporter::PdfExportSettings settings;
  settings.dpi = mOptions.dpi;
  settings.forceVectorOutput = true;
  settings.rasterizeWholeImage = false;
  settings.exportMetadata = true;
  // Text as text (searchable, exact CJK); the layout's own setting is overridden here.
  settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText;
  const auto exportTo = [&](const QString &tempPath)
  {
    if (mOptions.atlas)
    {
      QString message;
      if (QgsLayoutExporter::exportToPdf(mLayout->atlas(), tempPath, settings, message) ==
          QgsLayoutExporter::Success)
        return georeferenceAtlasPages(tempPath, path, settings.dpi, error);
      if (error)
        *error = Tr::tr("%1: cannot export the atlas: %2").arg(path, message);
      return false;
    }
    QgsLayoutExporter exporter(mLayout.get());
    if (exporter.exportToPdf(tempPath, settings) == QgsLayoutExporter::Success)
      return true;
    if (error)
      *error = exportFailure(path, exporter);
    return false;
  };
  if (!exportThrough(path, "%%EOF", exportTo, error))
    return false;
  if (written)
    *written << path;
  return true;
}

bool RiskMapLayout::georeferenceAtlasPages(const QString &pdfPath, const QString &outputPath,
                                           double dpi, QString *error)
{
  // QGIS georeferences a single-page PDF only (QgsLayoutExporter's public georeferenceOutput()
  // writes no transform in 3.22). Each atlas page gets what the single map's PDF has, with its
  // own district's frame: GDAL opens page N as "PDF:N:file" and stores the page's
  // georeferencing in an incremental update.
  QgsLayoutAtlas *atlas = mLayout->atlas();
  const QgsLayoutItemMap *map = mLayout->referenceMap();
  if (!map || !atlas->beginRender())
    return true; // nothing to georeference: the PDF stays as QGIS wrote it
  const QByteArray wkt =
      map->crs().toWkt(QgsCoordinateReferenceSystem::WKT_PREFERRED_GDAL).toUtf8();
  const int pagesPerDistrict = mLayout->pageCollection()->pageCount();
  const QgsLayoutExporter exporter(mLayout.get());
  // The transform is in pixels at the export's resolution: GDAL must read the page at it.
  CPLSetThreadLocalConfigOption("GDAL_PDF_DPI", QByteArray::number(dpi).constData());
  bool ok = true;
  for (int district = 0; ok && district < atlas->count(); ++district)
  {
    atlas->seekTo(district);
    // The page's pixel → map transform, as for the world file: x = a·col + b·row + c,
    // y = d·col + e·row + f; GDAL orders it c, a, b, f, d, e.
    double a = 0, b = 0, c = 0, d = 0, e = 0, f = 0;
    exporter.computeWorldFileParameters(a, b, c, d, e, f, dpi);
    double transform[6] = {c, a, b, f, d, e};
    const int page = district * pagesPerDistrict + map->page() + 1;
    const QByteArray name = QStringLiteral("PDF:%1:%2").arg(page).arg(pdfPath).toUtf8();
    CPLErrorReset();
    CPLPushErrorHandler(CPLQuietErrorHandler); // reported below, as the export's error
    GDALDatasetH dataset = GDALOpen(name.constData(), GA_Update);
    ok = dataset && GDALSetGeoTransform(dataset, transform) == CE_None &&
         GDALSetProjection(dataset, wkt.constData()) == CE_None;
    if (dataset)
      GDALClose(dataset);
    ok = ok && CPLGetLastErrorType() < CE_Failure;
    CPLPopErrorHandler();
    if (!ok && error)
      *error = Tr::tr("%1: cannot georeference page %2 of the atlas: %3")
                   .arg(outputPath)
                   .arg(page)
                   .arg(QString::fromUtf8(CPLGetLastErrorMsg()));
  }
  CPLSetThreadLocalConfigOption("GDAL_PDF_DPI", nullptr);
  atlas->endRender();
  return ok;
}

bool RiskMapLayout::exportPng(const QString &path, QString *error, QStringList *written)
{
  QgsLayoutExporter::ImageExportSettings settings;
  settings.dpi = mOptions.dpi;
  settings.generateWorldFile = true;
  const auto exportOne = [&](const QString &pagePath)
  {
    QString tempWorldFile;
    const auto exportTo = [&](const QString &tempPath)
    {
      tempWorldFile = worldFilePath(tempPath);
      QgsLayoutExporter exporter(mLayout.get());
      // QGIS tries to georeference the PNG in place, which GDAL's PNG driver refuses with a
      // harmless error on stderr; the world file is written regardless.
      CPLPushErrorHandler(CPLQuietErrorHandler);
      const QgsLayoutExporter::ExportResult result = exporter.exportToImage(tempPath, settings);
      CPLPopErrorHandler();
      if (result != QgsLayoutExporter::Success && error)
        *error = exportFailure(pagePath, exporter);
      return result == QgsLayoutExporter::Success;
    };
    const bool exported = exportThrough(pagePath, "IEND", exportTo, error);
    // The world file was written next to the temporary PNG; it follows the PNG into place.
    QFile world(tempWorldFile);
    const QByteArray worldBytes = world.open(QIODevice::ReadOnly) ? world.readAll() : QByteArray();
    world.close();
    QFile::remove(tempWorldFile);
    if (!exported || !writeOutputFile(worldFilePath(pagePath), worldBytes, error))
      return false;
    // The world file has no CRS: the .prj beside it (ESRI WKT, as GIS programs read it) does.
    const QgsLayoutItemMap *map = mLayout->referenceMap();
    const QByteArray prj =
        map ? map->crs().toWkt(QgsCoordinateReferenceSystem::WKT1_ESRI).toUtf8() : QByteArray();
    return prj.isEmpty() ||
           writeOutputFile(sideFilePath(pagePath, QStringLiteral(".prj")), prj, error);
  };
  return exportPages(mOptions.atlas, *mLayout->atlas(), path, exportOne, written, error);
}

bool RiskMapLayout::exportSvg(const QString &path, QString *error, QStringList *written)
{
  QgsLayoutExporter::SvgExportSettings settings;
  settings.dpi = mOptions.dpi;
  settings.forceVectorOutput = true;
  settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText;
  const auto exportOne = [&](const QString &pagePath)
  {
    const auto exportTo = [&](const QString &tempPath)
    {
      QgsLayoutExporter exporter(mLayout.get());
      const QgsLayoutExporter::ExportResult result = exporter.exportToSvg(tempPath, settings);
      if (result != QgsLayoutExporter::Success && error)
        *error = exportFailure(pagePath, exporter);
      return result == QgsLayoutExporter::Success;
    };
    return exportThrough(pagePath, "</svg>", exportTo, error);
  };
  return exportPages(mOptions.atlas, *mLayout->atlas(), path, exportOne, written, error);
}

QImage RiskMapLayout::renderImage(double dpi) const
{
  QgsLayoutExporter exporter(mLayout.get());
  return exporter.renderPageToImage(0, QSize(), dpi);
}

QSizeF RiskMapLayout::pageSizeMm() const
{
  const QgsLayoutItemPage *page = mLayout->pageCollection()->page(0);
  return mLayout->renderContext()
      .measurementConverter()
      .convert(page->pageSize(), QgsUnitTypes::LayoutMillimeters)
      .toQSizeF();
}

void RiskMapLayout::paint(QPainter &painter, const QRectF &target)
{
  // What QgsLayoutExporter::exportToPdf() sets before it renders a page.
  QgsLayoutRenderContext &context = mLayout->renderContext();
  const QgsLayoutRenderContext::Flags flags = context.flags();
  context.setFlag(QgsLayoutRenderContext::FlagForceVectorOutput, true);
  context.setFlag(QgsLayoutRenderContext::FlagUseAdvancedEffects, false);
  context.setTextRenderFormat(Qgis::TextRenderFormat::AlwaysText);
  mLayout->deselectAll();
  // renderPage() fills the whole device with the page: scaled into the target instead (the
  // target has the page's proportions, the scale is uniform).
  const QPaintDevice *device = painter.device();
  painter.save();
  painter.translate(target.topLeft());
  painter.scale(target.width() / device->width(), target.height() / device->height());
  QgsLayoutExporter(mLayout.get()).renderPage(&painter, 0);
  painter.restore();
  context.setFlags(flags);
}

QList<RiskMapLayout::AtlasPage> RiskMapLayout::atlasPages()
{
  QList<AtlasPage> pages;
  if (!mOptions.atlas || !mLayout)
    return pages;
  QgsLayoutAtlas *atlas = mLayout->atlas();
  if (!mAtlasRendering)
    mAtlasRendering = atlas->beginRender();
  if (!mAtlasRendering)
    return pages;
  for (int page = 0; page < atlas->count(); ++page)
  {
    atlas->seekTo(page);
    const QgsFeature feature = mLayout->reportContext().feature();
    pages << AtlasPage{feature.attribute(QStringLiteral("region_id")).toString(),
                       feature.attribute(QStringLiteral("name")).toString()};
  }
  return pages;
}

bool RiskMapLayout::seekAtlasPage(int index)
{
  return mAtlasRendering && mLayout->atlas()->seekTo(index);
}

QString regionKindFilter(RegionKind kind)
{
  return QStringLiteral("%1 = %2").arg(QgsExpression::quotedColumnRef(QStringLiteral("kind")),
                                       QgsExpression::quotedString(regionKindKey(kind)));
}

QString categoryLevelExpression(const QString &category)
{
  return QStringLiteral("coalesce(map_get(json_to_map(%1), %2), 'none')")
      .arg(QgsExpression::quotedColumnRef(QStringLiteral("category_levels")),
           QgsExpression::quotedString(category));
}

} // namespace riskatlas
