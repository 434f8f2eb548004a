#include "maps/riskstyle.h"

#include "maps/hazardstyle.h"
#include "maps/layerfields.h"
#include "maps/riskmaplayout.h"

#include "risklevel.h"
#include "store/projectlayers.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"
#include "support/gisruntime.h"
#include "support/qgisversionshims.h"
#include "taxonomy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDomDocument>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsfillsymbol.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgspallabeling.h>
#include <qgsproperty.h>
#include <qgsreadwritecontext.h>
#include <qgstextbuffersettings.h>
#include <qgstextformat.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(RiskStyle)
};

const QString StyleName = QStringLiteral("RiskAtlas four-colour");

QList<RiskLevel> styledLevels()
{
  return assessedLevels() + QList<RiskLevel>{RiskLevel::None};
}

template <typename MakeSymbol>
QgsCategorizedSymbolRenderer *levelRenderer(const QString &language, MakeSymbol makeSymbol,
                                            const QString &classAttribute = QStringLiteral("level"))
{
  QgsCategoryList categories;
  for (RiskLevel level : styledLevels())
    categories << QgsRendererCategory(levelKey(level), makeSymbol(level),
                                      levelName(level, language));
  return new QgsCategorizedSymbolRenderer(classAttribute, categories);
}
/**
 * A dark ring around units whose level an analyst set by hand (units.level_override), drawn
 * only for them: the symbol layer is enabled by the feature's own override, so every other unit
 * draws exactly as before. QGIS 3.22 draws legend icons without evaluating "enabled", so the
 * ring's own colour is transparent and only the same condition makes it dark: a legend entry
 * (no feature) shows the level's symbol alone.
 */
QgsSymbolLayer *overrideRing()
{
  const QString overridden = QStringLiteral("coalesce(\"level_override\", '') <> ''");
  auto *ring = QgsSimpleMarkerSymbolLayer::create(
      {{QStringLiteral("name"), QStringLiteral("circle")},
       {QStringLiteral("color"), QStringLiteral("0,0,0,0")},
       {QStringLiteral("size"), QStringLiteral("4.4")},
       {QStringLiteral("outline_color"), QStringLiteral("0,0,0,0")},
       {QStringLiteral("outline_width"), QStringLiteral("0.6")}});
  // Locked: a class colour changed in QGIS Desktop recolours the level marker, not the ring.
  ring->setLocked(true);
  ring->setDataDefinedProperty(QgsSymbolLayer::PropertyLayerEnabled,
                               QgsProperty::fromExpression(overridden));
  ring->setDataDefinedProperty(
      QgsSymbolLayer::PropertyStrokeColor,
      QgsProperty::fromExpression(
          QStringLiteral("CASE WHEN %1 THEN '16,16,16,255' END").arg(overridden)));
  return ring;
}
} // namespace

void applyRegionStyle(QgsVectorLayer &regions, const QString &language, const LevelPalette &palette)
{
  applyRegionStyle(regions, language, palette, QStringLiteral("level"));
}

void applyRegionStyle(QgsVectorLayer &regions, const QString &language, const LevelPalette &palette,
                      const QString &levelExpression)
{
  regions.setRenderer(levelRenderer(
      language,
      [&palette](RiskLevel level)
      {
        return QgsFillSymbol::createSimple(
            {{QStringLiteral("color"), palette.color(level)},
             {QStringLiteral("outline_color"), QStringLiteral("#404040")},
             {QStringLiteral("outline_width"), QStringLiteral("0.4")},
             {QStringLiteral("outline_width_unit"), QStringLiteral("MM")}});
      },
      levelExpression));

  QgsTextFormat format;
  format.setFont(QFont(cartographyFontFamily()));
  format.setSize(10);
  format.setColor(QColor(QStringLiteral("#1A1A1A")));
  QgsTextBufferSettings buffer; // a white halo keeps names legible on every level colour
  buffer.setEnabled(true);
  buffer.setSize(1.0);
  buffer.setColor(Qt::white);
  format.setBuffer(buffer);
  QgsPalLayerSettings labels;
  labels.fieldName = QStringLiteral("name");
  // Horizontal, over a point inside the region (its centroid, or a point on its surface when
  // the centroid falls outside); PAL's collision detection drops a label rather than let it
  // overlap another (displayAll stays off), so small regions in a crowd go unnamed.
  labels.placement = shim::labelOverPoint;
  labels.centroidInside = true;
  labels.displayAll = false;
  // A name is drawn only where it fits inside its region: a fine grid stays unlabelled rather
  // than become a carpet of cell codes.
  labels.fitInPolygonOnly = true;
  labels.priority = 8;
  labels.setFormat(format);
  regions.setLabeling(new QgsVectorLayerSimpleLabeling(labels));
  regions.setLabelsEnabled(true);
}

void applyUnitStyle(QgsVectorLayer &units, const QString &language, const LevelPalette &palette)
{
  applyUnitStyle(units, language, palette, QStringLiteral("level"));
}

void applyUnitStyle(QgsVectorLayer &units, const QString &language, const LevelPalette &palette,
                    const QString &levelExpression)
{
  units.setRenderer(levelRenderer(
      language,
      [&palette](RiskLevel level)
      {
        // A white halo under the marker keeps a unit visible on a region of its own
        // colour; locked, so the symbol's colour stays the level's colour.
        auto *symbol = QgsMarkerSymbol::createSimple(
            {{QStringLiteral("name"), QStringLiteral("circle")},
             {QStringLiteral("color"), QStringLiteral("#FFFFFF")},
             {QStringLiteral("size"), QStringLiteral("2.9")},
             {QStringLiteral("outline_style"), QStringLiteral("no")}});
        symbol->symbolLayer(0)->setLocked(true);
        auto *marker = QgsSimpleMarkerSymbolLayer::create(
            {{QStringLiteral("name"), QStringLiteral("circle")},
             {QStringLiteral("color"), palette.color(level)},
             {QStringLiteral("size"), QStringLiteral("2.2")},
             {QStringLiteral("outline_color"), QStringLiteral("#202020")},
             {QStringLiteral("outline_width"), QStringLiteral("0.25")}});
        symbol->appendSymbolLayer(marker);
        symbol->appendSymbolLayer(overrideRing());
        return symbol;
      },
      levelExpression));
}

namespace
{
/**
 * The four colours for the regions of \a kind only: the others get no level, so no class, and
 * are neither drawn nor labelled. The layer's default style shows the districts alone instead
 * of every kind's fills on top of each other (the embedded project has a layer per kind).
 */
void applyRegionStyleOfKind(QgsVectorLayer &regions, const LevelPalette &palette, RegionKind kind)
{
  const QString filter = regionKindFilter(kind);
  applyRegionStyle(regions, QStringLiteral("zh"), palette,
                   QStringLiteral("CASE WHEN %1 THEN \"level\" END").arg(filter));
  QgsPalLayerSettings labels = regions.labeling()->settings();
  labels.fieldName = QStringLiteral("CASE WHEN %1 THEN \"name\" END").arg(filter);
  labels.isExpression = true;
  regions.setLabeling(new QgsVectorLayerSimpleLabeling(labels));
}

//! One layer's style as QGIS stores it in layer_styles: the QML and the SLD of the layer.
struct StoredStyle
{
  QString table;
  QString qml;
  QString sld;
};

bool exportStyle(QgsVectorLayer &layer, const QString &table, StoredStyle &style, QString *error)
{
  QDomDocument qml;
  QDomDocument sld;
  QString message;
  layer.exportNamedStyle(qml, message, QgsReadWriteContext());
  if (message.isEmpty())
    layer.exportSldStyle(sld, message);
  if (!message.isEmpty())
  {
    if (error)
      *error = Tr::tr("cannot describe the style of %1: %2").arg(table, message);
    return false;
  }
  style.table = table;
  style.qml = qml.toString();
  style.sld = sld.toString();
  return true;
}

//! QGIS's layer_styles table (the QGIS GeoPackage styling extension), as QGIS creates it.
OGRLayer *styleTable(GDALDataset &dataset)
{
  if (OGRLayer *existing = dataset.GetLayerByName("layer_styles"))
    return existing;
  const char *options[] = {"FID=id", nullptr};
  OGRLayer *table =
      dataset.CreateLayer("layer_styles", nullptr, wkbNone, const_cast<char **>(options));
  if (!table)
    return nullptr;
  const std::pair<const char *, int> texts[] = {
      {"f_table_catalog", 256}, {"f_table_schema", 256},
      {"f_table_name", 256},    {"f_geometry_column", 256},
      {"styleName", 30},        {"styleQML", 0},
      {"styleSLD", 0}};
  for (const auto &[name, width] : texts)
  {
    OGRFieldDefn field(name, OFTString);
    field.SetWidth(width);
    table->CreateField(&field);
  }
  OGRFieldDefn useAsDefault("useAsDefault", OFTInteger);
  useAsDefault.SetSubType(OFSTBoolean);
  table->CreateField(&useAsDefault);
  OGRFieldDefn description("description", OFTString);
  table->CreateField(&description);
  for (const char *name : {"owner", "ui"})
  {
    OGRFieldDefn field(name, OFTString);
    field.SetWidth(30);
    table->CreateField(&field);
  }
  OGRFieldDefn updateTime("update_time", OFTDateTime);
  updateTime.SetDefault("CURRENT_TIMESTAMP");
  table->CreateField(&updateTime);
  return table;
}

//! Replaces RiskAtlas's styles in layer_styles in one transaction of \a store (no QGIS dialog).
bool writeStyles(ProjectStore &store, const QList<StoredStyle> &styles, QString *error)
{
  if (!store.beginTransaction(error))
    return false;
  GDALDataset &dataset = store.dataset();
  OGRLayer *table = styleTable(dataset);
  bool ok = table && executeSql(dataset,
                                QStringLiteral("DELETE FROM layer_styles WHERE styleName = %1")
                                    .arg(sqlLiteral(StyleName)),
                                error);
  for (const StoredStyle &style : styles)
  {
    if (!ok)
      break;
    OGRFeature row(table->GetLayerDefn());
    // Empty strings, not NULL: QGIS looks its default styles up with f_table_schema = ''.
    row.SetField("f_table_catalog", "");
    row.SetField("f_table_schema", "");
    setStringField(row, "f_table_name", style.table);
    OGRLayer *styled = dataset.GetLayerByName(style.table.toUtf8().constData());
    setStringField(row, "f_geometry_column",
                   styled ? QString::fromUtf8(styled->GetGeometryColumn()) : QString());
    setStringField(row, "styleName", StyleName);
    setStringField(row, "styleQML", style.qml);
    setStringField(row, "styleSLD", style.sld);
    row.SetField("useAsDefault", 1);
    setStringField(row, "description", Tr::tr("Four-colour risk levels (RiskAtlas)"));
    row.SetField("owner", "");
    const QDateTime now = QDateTime::currentDateTimeUtc();
    row.SetField("update_time", now.date().year(), now.date().month(), now.date().day(),
                 now.time().hour(), now.time().minute(),
                 static_cast<float>(now.time().second() + now.time().msec() / 1000.0), 100);
    ok = table->CreateFeature(&row) == OGRERR_NONE;
    if (!ok && error)
      *error = Tr::tr("%1: cannot store the style of %2: %3")
                   .arg(store.path(), style.table, lastGdalError());
  }
  if (ok && table)
    return store.commit(error);
  if (!table && error)
    *error =
        Tr::tr("%1: cannot create the layer_styles table: %2").arg(store.path(), lastGdalError());
  store.rollback();
  return false;
}
} // namespace

bool saveDefaultStyles(const QString &projectPath, QString *error)
{
  QList<StoredStyle> styles;
  LevelPalette palette;
  Taxonomy taxonomy;
  {
    auto store = ProjectStore::open(projectPath, OpenMode::ReadOnly, error);
    if (!store)
      return false;
    palette = store->methodSet().palette();
    taxonomy = store->taxonomy();
  }
  {
    ProjectLayers layers(projectPath);
    if (!layers.isValid())
    {
      if (error)
        *error = layers.error();
      return false;
    }
    applyRegionStyleOfKind(*layers.regions(), palette, RegionKind::District);
    applyUnitStyle(*layers.units(), QStringLiteral("zh"), palette);
    LayerFields::applyToRegions(*layers.regions(), QStringLiteral("zh"));
    LayerFields::applyToUnits(*layers.units(), QStringLiteral("zh"), taxonomy);
    StoredStyle regions;
    StoredStyle units;
    if (!exportStyle(*layers.regions(), QStringLiteral("regions"), regions, error) ||
        !exportStyle(*layers.units(), QStringLiteral("units"), units, error))
      return false;
    styles = {regions, units};
  }
  // The hidden-danger register, once a project has one.
  if (auto hazards = openHazardLayer(projectPath))
  {
    applyHazardStyle(*hazards, QStringLiteral("zh"));
    LayerFields::applyToHazards(*hazards, QStringLiteral("zh"));
    StoredStyle style;
    if (!exportStyle(*hazards, QStringLiteral("hazards"), style, error))
      return false;
    styles << style;
  }
  // QgsVectorLayer::saveStyleToDatabase() would ask "overwrite?" in a modal dialog when another
  // process stored the style meanwhile (a headless hang): write the rows ourselves, under the
  // project's write lock.
  auto store = ProjectStore::open(projectPath, error);
  return store && writeStyles(*store, styles, error);
}

} // namespace riskatlas
