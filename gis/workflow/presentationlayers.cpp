#include "workflow/presentationlayers.h"

#include "maps/riskmaplayout.h"
#include "regionkind.h"
#include "risklevel.h"
#include "support/gisruntime.h"
#include "support/qgisversionshims.h"
#include "workflow/projectview.h"

#include <qgscategorizedsymbolrenderer.h>
#include <qgsexpression.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsfillsymbol.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgspallabeling.h>
#include <qgstextbuffersettings.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

namespace riskatlas
{

namespace
{
QList<RiskLevel> styledLevels()
{
  return assessedLevels() + QList<RiskLevel>{RiskLevel::None};
}

QString equals(const QString &field, const QString &value)
{
  return QStringLiteral("%1 = %2").arg(QgsExpression::quotedColumnRef(field),
                                       QgsExpression::quotedString(value));
}

std::unique_ptr<QgsVectorLayer> copyOf(const QgsVectorLayer *layer)
{
  if (!layer || !layer->isValid())
    return nullptr;
  std::unique_ptr<QgsVectorLayer> copy(layer->clone());
  copy->setReadOnly(true);
  return copy;
}

QgsCategorizedSymbolRenderer *levelRenderer(const QString &expression, const QString &language,
                                            const std::function<QgsSymbol *(RiskLevel)> &symbol)
{
  QgsCategoryList categories;
  for (RiskLevel level : styledLevels())
    categories << QgsRendererCategory(levelKey(level), symbol(level), levelName(level, language));
  return new QgsCategorizedSymbolRenderer(expression, categories);
}
} // namespace

PresentationLayers::PresentationLayers(const ProjectView &view)
{
  mUnits = copyOf(view.unitsLayer());
  for (RegionKind kind : regionKinds())
    if ((mRegions = copyOf(view.regionLayer(kind))))
      break;
}

PresentationLayers::~PresentationLayers() = default;

QString PresentationLayers::fontFamily()
{
  return cartographyFontFamily();
}

void PresentationLayers::style(const QString &category, const PresentationLook &look)
{
  mCategory = category;
  // Projector light washes thin lines and pale text out: everything is drawn stronger than on a
  // screen, and stronger still in high contrast.
  const QString outline = look.highContrast ? QStringLiteral("#000000") : QStringLiteral("#303030");
  if (mRegions)
  {
    const QString expression =
        category.isEmpty() ? QStringLiteral("level") : categoryLevelExpression(category);
    const QString width = look.highContrast ? QStringLiteral("1.1") : QStringLiteral("0.7");
    mRegions->setRenderer(
        levelRenderer(expression, look.language,
                      [&](RiskLevel level)
                      {
                        return QgsFillSymbol::createSimple(
                            {{QStringLiteral("color"), look.palette.color(level)},
                             {QStringLiteral("outline_color"), outline},
                             {QStringLiteral("outline_width"), width},
                             {QStringLiteral("outline_width_unit"), QStringLiteral("MM")},
                             {QStringLiteral("joinstyle"), QStringLiteral("round")}});
                      }));
    QgsTextFormat format;
    QFont font(cartographyFontFamily());
    font.setBold(true);
    format.setFont(font);
    format.setSize(look.highContrast ? 17 : 15);
    format.setColor(look.highContrast ? QColor(Qt::black) : QColor(QStringLiteral("#141414")));
    QgsTextBufferSettings halo; // legible on every level colour
    halo.setEnabled(true);
    halo.setSize(look.highContrast ? 2.0 : 1.4);
    halo.setColor(Qt::white);
    format.setBuffer(halo);
    QgsPalLayerSettings labels;
    labels.fieldName = QStringLiteral("name");
    labels.placement = shim::labelOverPoint;
    labels.centroidInside = true;
    labels.displayAll = false;
    labels.priority = 9;
    labels.setFormat(format);
    mRegions->setLabeling(new QgsVectorLayerSimpleLabeling(labels));
    mRegions->setLabelsEnabled(true);
  }
  if (mUnits)
  {
    const double size = look.highContrast ? 3.6 : 3.2;
    mUnits->setRenderer(
        levelRenderer(QStringLiteral("level"), look.language,
                      [&](RiskLevel level) -> QgsSymbol *
                      {
                        // A white ring under the marker keeps a unit visible on a region of its own
                        // colour.
                        auto *symbol = QgsMarkerSymbol::createSimple(
                            {{QStringLiteral("name"), QStringLiteral("circle")},
                             {QStringLiteral("color"), QStringLiteral("#FFFFFF")},
                             {QStringLiteral("size"), QString::number(size + 1.0)},
                             {QStringLiteral("outline_style"), QStringLiteral("no")}});
                        symbol->symbolLayer(0)->setLocked(true);
                        symbol->appendSymbolLayer(QgsSimpleMarkerSymbolLayer::create(
                            {{QStringLiteral("name"), QStringLiteral("circle")},
                             {QStringLiteral("color"), look.palette.color(level)},
                             {QStringLiteral("size"), QString::number(size)},
                             {QStringLiteral("outline_color"), outline},
                             {QStringLiteral("outline_width"),
                              look.highContrast ? QStringLiteral("0.6") : QStringLiteral("0.4")}}));
                        return symbol;
                      }));
    mUnits->setSubsetString(category.isEmpty() ? QString()
                                               : equals(QStringLiteral("category"), category));
  }
}

QList<QgsMapLayer *> PresentationLayers::layers() const
{
  QList<QgsMapLayer *> layers;
  if (mUnits)
    layers << mUnits.get();
  if (mRegions)
    layers << mRegions.get();
  return layers;
}

QgsCoordinateReferenceSystem PresentationLayers::crs() const
{
  if (mRegions)
    return mRegions->crs();
  return mUnits ? mUnits->crs() : QgsCoordinateReferenceSystem();
}

QgsRectangle PresentationLayers::extent() const
{
  if (mRegions)
    return mRegions->extent();
  return mUnits ? mUnits->extent() : QgsRectangle();
}

QgsRectangle PresentationLayers::regionExtent(const QString &regionId) const
{
  const QgsGeometry geometry = regionGeometry(regionId);
  return geometry.isNull() ? QgsRectangle() : geometry.boundingBox();
}

QgsGeometry PresentationLayers::regionGeometry(const QString &regionId) const
{
  QgsGeometry geometry;
  if (!mRegions)
    return geometry;
  QgsFeatureRequest request;
  request.setFilterExpression(equals(QStringLiteral("region_id"), regionId));
  request.setNoAttributes();
  QgsFeatureIterator features = mRegions->getFeatures(request);
  QgsFeature feature;
  QVector<QgsGeometry> parts;
  while (features.nextFeature(feature))
    if (feature.hasGeometry())
      parts << feature.geometry();
  if (parts.size() == 1)
    return parts.first();
  return parts.isEmpty() ? geometry : QgsGeometry::unaryUnion(parts);
}

std::optional<QgsPointXY> PresentationLayers::unitPosition(const QString &unitId) const
{
  if (!mUnits)
    return std::nullopt;
  QgsFeatureRequest request;
  request.setFilterExpression(equals(QStringLiteral("unit_id"), unitId));
  request.setNoAttributes();
  request.setLimit(1);
  std::optional<QgsPointXY> position;
  // Every unit, whichever category the slide shows.
  QgsVectorLayer all(mUnits->source(), QString(), mUnits->providerType());
  all.setSubsetString(QString());
  QgsFeature feature;
  if (all.isValid() && all.getFeatures(request).nextFeature(feature) && feature.hasGeometry())
    position = feature.geometry().centroid().asPoint();
  return position;
}

} // namespace riskatlas
