#include "riskmaplayout.h"

#include "gisruntime.h"
#include "projectcrs.h"
#include "projectlayers.h"
#include "qgisversionshims.h"
#include "reproducibletime.h"
#include "risklevel.h"
#include "riskstyle.h"
#include "translations.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <cpl_error.h>
#include <qgsfeatureiterator.h>
#include <qgslayertree.h>
#include <qgslayertreelayer.h>
#include <qgslayertreemodel.h>
#include <qgslayoutexporter.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutitempage.h>
#include <qgslayoutitempicture.h>
#include <qgslayoutitemscalebar.h>
#include <qgslayoutpagecollection.h>
#include <qgslegendrenderer.h>
#include <qgsmaplayerlegend.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(RiskMapLayout)
};

const QMap<QString, QSizeF> &portraitPapers()
{
  static const QMap<QString, QSizeF> papers{{QStringLiteral("A4"), QSizeF(210, 297)},
                                            {QStringLiteral("A3"), QSizeF(297, 420)},
                                            {QStringLiteral("A2"), QSizeF(420, 594)},
                                            {QStringLiteral("A1"), QSizeF(594, 841)},
                                            {QStringLiteral("A0"), QSizeF(841, 1189)}};
  return papers;
}

QSizeF paperSize(const QString &paper, bool landscape)
{
  const QSizeF portrait = portraitPapers().value(paper, QSizeF(297, 420));
  return landscape ? portrait.transposed() : portrait;
}

QFont font(double points, bool bold = false)
{
  QFont f(cartographyFontFamily());
  f.setPointSizeF(points);
  f.setBold(bold);
  return f;
}

QgsLayoutItemLabel *addLabel(QgsPrintLayout &layout, const QString &text, double points, bool bold,
                             const QRectF &rectMm, Qt::AlignmentFlag alignment)
{
  auto *label = new QgsLayoutItemLabel(&layout);
  label->setText(text);
  shim::setLabelFont(*label, font(points, bold), QColor(QStringLiteral("#1A1A1A")));
  label->setHAlign(alignment);
  label->setVAlign(Qt::AlignVCenter);
  layout.addLayoutItem(label);
  label->attemptMove(QgsLayoutPoint(rectMm.topLeft(), QgsUnitTypes::LayoutMillimeters));
  label->attemptResize(QgsLayoutSize(rectMm.size(), QgsUnitTypes::LayoutMillimeters));
  return label;
}
} // namespace

RiskMapLayout::RiskMapLayout(const QString &projectPath, const QString &projectName,
                             const QString &crsAuthId, const MapOptions &options)
    : mOptions(options), mProject(std::make_unique<QgsProject>())
{
  ProjectLayers layers(projectPath);
  if (!layers.isValid())
  {
    mError = layers.error();
    return;
  }
  layers.regions()->setSubsetString(QStringLiteral("\"kind\" = '%1'").arg(options.kind));
  if (layers.regions()->featureCount() == 0)
  {
    mError = Tr::tr("%1: the project has no regions of kind %2").arg(projectPath, options.kind);
    return;
  }
  // A category map shows that category's units and each region's level for that category.
  QString levelExpression = QStringLiteral("level");
  if (!options.category.isEmpty())
  {
    layers.units()->setSubsetString(QStringLiteral("\"category\" = '%1'").arg(options.category));
    levelExpression =
        QStringLiteral("coalesce(map_get(json_to_map(\"category_levels\"), '%1'), 'none')")
            .arg(options.category);
  }
  bool anyUnassessed = false;
  QgsFeature region;
  QgsFeatureIterator regions = layers.regions()->getFeatures();
  while (regions.nextFeature(region))
  {
    const QString level =
        options.category.isEmpty()
            ? region.attribute(QStringLiteral("level")).toString()
            : QJsonDocument::fromJson(
                  region.attribute(QStringLiteral("category_levels")).toString().toUtf8())
                  .object()
                  .value(options.category)
                  .toString(QStringLiteral("none"));
    anyUnassessed = anyUnassessed || level == levelKey(RiskLevel::None);
  }
  applyRegionStyle(*layers.regions(), options.language, levelExpression);
  applyUnitStyle(*layers.units(), options.language);
  mProject->setCrs(QgsCoordinateReferenceSystem(crsAuthId));
  mProject->addMapLayer(layers.takeRegions());
  mProject->addMapLayer(layers.takeUnits());
  build(projectName, crsAuthId, anyUnassessed);
}

RiskMapLayout::~RiskMapLayout()
{
  mLayout.reset(); // the layout refers to the project's layers
}

bool RiskMapLayout::isKnownPaper(const QString &paper)
{
  return portraitPapers().contains(paper);
}

void RiskMapLayout::build(const QString &projectName, const QString &crsAuthId, bool anyUnassessed)
{
  const ScopedLanguage language(mOptions.language);
  QgsVectorLayer *regions = nullptr;
  QgsVectorLayer *units = nullptr;
  for (QgsMapLayer *layer : mProject->mapLayers())
  {
    auto *vector = qobject_cast<QgsVectorLayer *>(layer);
    (vector->geometryType() == QgsWkbTypes::PolygonGeometry ? regions : units) = vector;
  }

  mLayout = std::make_unique<QgsPrintLayout>(mProject.get());
  mLayout->initializeDefaults();
  mLayout->setName(Tr::tr("Four-colour risk map"));
  const QSizeF page = paperSize(mOptions.paper, mOptions.landscape);
  mLayout->pageCollection()->page(0)->setPageSize(
      QgsLayoutSize(page.width(), page.height(), QgsUnitTypes::LayoutMillimeters));
  // Sizes below are designed for A3 (short side 297 mm) and scale with the paper.
  const double scale = std::min(page.width(), page.height()) / 297.0;
  const double margin = 10 * scale;
  const double panelWidth = 72 * scale;
  const double panelHeight = 50 * scale; // portrait: the panel runs below the map
  const double titleHeight = 18 * scale;

  const QString title =
      mOptions.category.isEmpty()
          ? Tr::tr("%1 City Safety Risk Distribution Map").arg(projectName)
          : Tr::tr("%1 %2 Risk Distribution Map").arg(projectName, mOptions.categoryName);
  addLabel(*mLayout, title, 24 * scale, true,
           QRectF(margin, margin * 0.6, page.width() - 2 * margin, titleHeight), Qt::AlignHCenter);

  const bool landscape = mOptions.landscape;
  const QRectF mapRect =
      landscape ? QRectF(margin, margin + titleHeight, page.width() - 3 * margin - panelWidth,
                         page.height() - 2 * margin - titleHeight)
                : QRectF(margin, margin + titleHeight, page.width() - 2 * margin,
                         page.height() - 3 * margin - titleHeight - panelHeight);
  auto *map = new QgsLayoutItemMap(mLayout.get());
  // A new map item has a 0×0 frame; resizing that gives a NaN extent (blank map).
  map->attemptSetSceneRect(QRectF(0, 0, 10, 10));
  mLayout->addLayoutItem(map);
  map->attemptMove(QgsLayoutPoint(mapRect.topLeft(), QgsUnitTypes::LayoutMillimeters));
  map->attemptResize(QgsLayoutSize(mapRect.size(), QgsUnitTypes::LayoutMillimeters));
  map->setCrs(QgsCoordinateReferenceSystem(crsAuthId));
  map->setLayers({units, regions});
  map->setFrameEnabled(true);
  QgsRectangle extent = regions->extent();
  if (units->featureCount() > 0)
    extent.combineExtentWith(units->extent());
  extent.scale(1.05);
  map->zoomToExtent(extent);
  mLayout->setReferenceMap(map);

  // Landscape: a column right of the map; portrait: a strip below it.
  const double panelX = landscape ? mapRect.right() + margin : mapRect.left();
  double y = landscape ? mapRect.top() : mapRect.bottom() + margin;
  auto *north = new QgsLayoutItemPicture(mLayout.get());
  north->setPicturePath(QStringLiteral(":/riskatlas/icons/north-arrow.svg"),
                        QgsLayoutItemPicture::FormatSVG);
  mLayout->addLayoutItem(north);
  const double northX =
      landscape ? panelX + panelWidth / 2 - 9 * scale : page.width() - margin - 18 * scale;
  north->attemptMove(QgsLayoutPoint(northX, y, QgsUnitTypes::LayoutMillimeters));
  north->attemptResize(QgsLayoutSize(18 * scale, 28 * scale, QgsUnitTypes::LayoutMillimeters));
  double legendX = panelX;
  if (landscape)
    y += 36 * scale;
  else
    legendX += 30 * scale;

  auto *legend = new QgsLayoutItemLegend(mLayout.get());
  legend->setTitle(Tr::tr("Risk level"));
  mLayout->addLayoutItem(legend);
  legend->setLinkedMap(map);
  legend->setAutoUpdateModel(false);
  QgsLayerTree *root = legend->model()->rootGroup();
  root->clear();
  QgsLayerTreeLayer *regionNode = root->addLayer(regions);
  QgsLegendRenderer::setNodeLegendStyle(regionNode, QgsLegendStyle::Hidden);
  // The four levels always; the grey class only when some region has no assessed unit.
  QgsMapLayerLegendUtils::setLegendNodeOrder(regionNode, anyUnassessed ? QList<int>{0, 1, 2, 3, 4}
                                                                       : QList<int>{0, 1, 2, 3});
  legend->model()->refreshLayerLegend(regionNode);
  for (QgsLegendStyle::Style style : {QgsLegendStyle::Title, QgsLegendStyle::Group,
                                      QgsLegendStyle::Subgroup, QgsLegendStyle::SymbolLabel})
    shim::setLegendFont(
        *legend, style,
        font((style == QgsLegendStyle::Title ? 14 : 12) * scale, style == QgsLegendStyle::Title));
  legend->setSymbolWidth(12 * scale);
  legend->setSymbolHeight(7 * scale);
  legend->setFrameEnabled(true);
  legend->attemptMove(QgsLayoutPoint(legendX, y, QgsUnitTypes::LayoutMillimeters));
  legend->adjustBoxSize();

  // Scale bar and footer: bottom of the column (landscape) or right half of the strip.
  const double footerHeight = 30 * scale;
  const double textX = landscape ? panelX : page.width() / 2 + 10 * scale;
  const double textWidth = landscape ? panelWidth : page.width() / 2 - 40 * scale;
  const double scaleBarY = landscape ? mapRect.bottom() - footerHeight - 16 * scale : y;
  const double footerY = landscape ? mapRect.bottom() - footerHeight : y + 16 * scale;
  auto *scaleBar = new QgsLayoutItemScaleBar(mLayout.get());
  scaleBar->setStyle(QStringLiteral("Single Box"));
  mLayout->addLayoutItem(scaleBar);
  scaleBar->setLinkedMap(map);
  scaleBar->setUnits(QgsUnitTypes::DistanceKilometers);
  scaleBar->setUnitLabel(Tr::tr("km"));
  scaleBar->setNumberOfSegments(2);
  scaleBar->setNumberOfSegmentsLeft(0);
  scaleBar->setMaximumBarWidth(textWidth);
  QgsTextFormat scaleText;
  scaleText.setFont(font(10 * scale));
  scaleText.setSize(10 * scale);
  scaleText.setSizeUnit(QgsUnitTypes::RenderPoints);
  scaleBar->setTextFormat(scaleText);
  scaleBar->applyDefaultSize(QgsUnitTypes::DistanceKilometers);
  scaleBar->attemptMove(QgsLayoutPoint(textX, scaleBarY, QgsUnitTypes::LayoutMillimeters));

  const QString footer =
      Tr::tr("Coordinate reference system: %1").arg(describeCrs(crsAuthId)) + QLatin1Char('\n') +
      Tr::tr("Map date: %1").arg(reproducibleNow().date().toString(Qt::ISODate)) +
      QLatin1Char('\n') + Tr::tr("Made with RiskAtlas");
  addLabel(*mLayout, footer, 9 * scale, false, QRectF(textX, footerY, textWidth, footerHeight),
           Qt::AlignLeft);
}

bool RiskMapLayout::exportPdf(const QString &path, QString *error)
{
  QgsLayoutExporter exporter(mLayout.get());
  QgsLayoutExporter::PdfExportSettings settings;
  settings.dpi = mOptions.dpi;
  settings.forceVectorOutput = true;
  settings.rasterizeWholeImage = false;
  settings.exportMetadata = true;
  // Text as text (searchable, exact CJK); the layout's own setting is overridden here.
  settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText;
  if (exporter.exportToPdf(path, settings) != QgsLayoutExporter::Success)
  {
    if (error)
      *error =
          Tr::tr("%1: cannot export the map (failed writing %2)").arg(path, exporter.errorFile());
    return false;
  }
  return true;
}

bool RiskMapLayout::exportPng(const QString &path, QString *error)
{
  QgsLayoutExporter exporter(mLayout.get());
  QgsLayoutExporter::ImageExportSettings settings;
  settings.dpi = mOptions.dpi;
  settings.generateWorldFile = true;
  // QGIS tries to georeference the PNG in place, which GDAL's PNG driver refuses with a
  // harmless error on stderr; the world file is written regardless.
  CPLPushErrorHandler(CPLQuietErrorHandler);
  const QgsLayoutExporter::ExportResult result = exporter.exportToImage(path, settings);
  CPLPopErrorHandler();
  if (result != QgsLayoutExporter::Success)
  {
    if (error)
      *error =
          Tr::tr("%1: cannot export the map (failed writing %2)").arg(path, exporter.errorFile());
    return false;
  }
  return true;
}

bool RiskMapLayout::exportSvg(const QString &path, QString *error)
{
  QgsLayoutExporter exporter(mLayout.get());
  QgsLayoutExporter::SvgExportSettings settings;
  settings.dpi = mOptions.dpi;
  settings.forceVectorOutput = true;
  settings.textRenderFormat = Qgis::TextRenderFormat::AlwaysText;
  if (exporter.exportToSvg(path, settings) != QgsLayoutExporter::Success)
  {
    if (error)
      *error =
          Tr::tr("%1: cannot export the map (failed writing %2)").arg(path, exporter.errorFile());
    return false;
  }
  return true;
}

QImage RiskMapLayout::renderImage(double dpi) const
{
  QgsLayoutExporter exporter(mLayout.get());
  return exporter.renderPageToImage(0, QSize(), dpi);
}

} // namespace riskatlas
