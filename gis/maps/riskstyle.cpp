#include "maps/riskstyle.h"

#include "risklevel.h"
#include "store/projectlayers.h"
#include "support/gdalsupport.h"
#include "support/gisruntime.h"
#include "support/qgisversionshims.h"

#include <QCoreApplication>
#include <gdal_priv.h>
#include <qgscategorizedsymbolrenderer.h>
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
} // namespace

void applyRegionStyle(QgsVectorLayer &regions, const QString &language)
{
  applyRegionStyle(regions, language, QStringLiteral("level"));
}

void applyRegionStyle(QgsVectorLayer &regions, const QString &language,
                      const QString &levelExpression)
{
  regions.setRenderer(levelRenderer(
      language,
      [](RiskLevel level)
      {
        return QgsFillSymbol::createSimple(
            {{QStringLiteral("color"), defaultLevelColor(level)},
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

void applyUnitStyle(QgsVectorLayer &units, const QString &language)
{
  applyUnitStyle(units, language, QStringLiteral("level"));
}

void applyUnitStyle(QgsVectorLayer &units, const QString &language, const QString &levelExpression)
{
  units.setRenderer(levelRenderer(
      language,
      [](RiskLevel level)
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
             {QStringLiteral("color"), defaultLevelColor(level)},
             {QStringLiteral("size"), QStringLiteral("2.2")},
             {QStringLiteral("outline_color"), QStringLiteral("#202020")},
             {QStringLiteral("outline_width"), QStringLiteral("0.25")}});
        symbol->appendSymbolLayer(marker);
        return symbol;
      },
      levelExpression));
}

bool saveDefaultStyles(const QString &projectPath, QString *error)
{
  {
    // QGIS asks "overwrite?" in a modal dialog for an existing name (a headless hang): delete
    // our previous styles first.
    const char *drivers[] = {"GPKG", nullptr};
    GDALDatasetUniquePtr dataset(GDALDataset::Open(projectPath.toUtf8().constData(),
                                                   GDAL_OF_VECTOR | GDAL_OF_UPDATE, drivers,
                                                   nullptr, nullptr));
    if (!dataset)
    {
      if (error)
        *error = Tr::tr("%1: cannot open the project to store its styles").arg(projectPath);
      return false;
    }
    if (dataset->GetLayerByName("layer_styles") &&
        !executeSql(*dataset,
                    QStringLiteral("DELETE FROM layer_styles WHERE styleName = %1")
                        .arg(sqlLiteral(StyleName)),
                    error))
      return false;
  }
  ProjectLayers layers(projectPath);
  if (!layers.isValid())
  {
    if (error)
      *error = layers.error();
    return false;
  }
  applyRegionStyle(*layers.regions(), QStringLiteral("zh"));
  applyUnitStyle(*layers.units(), QStringLiteral("zh"));
  for (QgsVectorLayer *layer : {layers.regions(), layers.units()})
  {
    QString message;
    layer->saveStyleToDatabase(StyleName, Tr::tr("Four-colour risk levels (RiskAtlas)"), true,
                               QString(), message);
    if (!message.isEmpty())
    {
      if (error)
        *error =
            Tr::tr("%1: cannot store the style of %2: %3").arg(projectPath, layer->name(), message);
      return false;
    }
  }
  return true;
}

} // namespace riskatlas
