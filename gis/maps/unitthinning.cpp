#include "maps/unitthinning.h"

#include "language.h"
#include "risklevel.h"
#include "support/gdalsupport.h"

#include <QHash>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <qgscategorizedsymbolrenderer.h>
#include <qgsfeature.h>
#include <qgsgeometry.h>
#include <qgsmarkersymbol.h>
#include <qgsmarkersymbollayer.h>
#include <qgsproviderregistry.h>
#include <qgsrectangle.h>
#include <qgsrenderer.h>
#include <qgssymbollayer.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <vector>

namespace riskatlas
{

bool readUnitMarks(const QgsVectorLayer &units, QVector<UnitMark> &marks, QgsRectangle &extent,
                   const Language &language, QString *error)
{
  const QVariantMap parts =
      QgsProviderRegistry::instance()->decodeUri(units.providerType(), units.source());
  const QString path = parts.value(QStringLiteral("path")).toString();
  const QString table = parts.value(QStringLiteral("layerName")).toString();
  const char *drivers[] = {"GPKG", nullptr};
  GDALDatasetUniquePtr dataset(
      GDALDataset::Open(path.toUtf8().constData(), GDAL_OF_VECTOR, drivers, nullptr, nullptr));
  if (!dataset || table.isEmpty())
  {
    if (error)
      *error = language.translate("UnitThinning", "%1: cannot read the units").arg(path);
    return false;
  }
  OGRLayer *layer = dataset->GetLayerByName(table.toUtf8().constData());
  if (!layer)
  {
    if (error)
      *error = language.translate("UnitThinning", "%1: no layer %2").arg(path, table);
    return false;
  }
  const QString geometry = QString::fromUtf8(layer->GetGeometryColumn());
  // The GeoPackage driver's own SQLite functions read the envelope from the geometry header.
  QString sql =
      QStringLiteral("SELECT ST_MinX(\"%1\"), ST_MinY(\"%1\"), ST_MaxX(\"%1\"), ST_MaxY(\"%1\"), "
                     "level FROM \"%2\" WHERE \"%1\" IS NOT NULL")
          .arg(geometry, table);
  if (!units.subsetString().isEmpty())
    sql += QStringLiteral(" AND (%1)").arg(units.subsetString());
  OGRLayer *result = dataset->ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr);
  if (!result)
  {
    if (error)
      *error = language.translate("UnitThinning", "%1: cannot read the units: %2")
                   .arg(path, lastGdalError());
    return false;
  }
  static const QHash<QString, int> ranks{{QStringLiteral("major"), 4},
                                         {QStringLiteral("significant"), 3},
                                         {QStringLiteral("general"), 2},
                                         {QStringLiteral("low"), 1}};
  marks.clear();
  marks.reserve(
      static_cast<int>(result->GetFeatureCount(FALSE) > 0 ? result->GetFeatureCount() : 0));
  extent.setMinimal();
  for (OGRFeatureUniquePtr feature(result->GetNextFeature()); feature;
       feature.reset(result->GetNextFeature()))
  {
    if (!feature->IsFieldSetAndNotNull(0))
      continue;
    UnitMark mark;
    mark.x = (feature->GetFieldAsDouble(0) + feature->GetFieldAsDouble(2)) / 2;
    mark.y = (feature->GetFieldAsDouble(1) + feature->GetFieldAsDouble(3)) / 2;
    mark.level = ranks.value(QString::fromUtf8(feature->GetFieldAsString(4)), 0);
    extent.include(QgsPointXY(mark.x, mark.y));
    marks.push_back(mark);
  }
  dataset->ReleaseResultSet(result);
  return true;
}

QVector<UnitMark> thinUnitMarks(const QVector<UnitMark> &marks, double cellSize)
{
  if (marks.isEmpty() || !(cellSize > 0))
    return marks;
  double minX = marks.front().x;
  double minY = marks.front().y;
  double maxX = minX;
  double maxY = minY;
  for (const UnitMark &mark : marks)
  {
    minX = std::min(minX, mark.x);
    minY = std::min(minY, mark.y);
    maxX = std::max(maxX, mark.x);
    maxY = std::max(maxY, mark.y);
  }
  const auto columns = static_cast<quint64>((maxX - minX) / cellSize) + 1;
  const auto rows = static_cast<quint64>((maxY - minY) / cellSize) + 1;
  const auto cellOf = [&](const UnitMark &mark)
  {
    return static_cast<quint64>((mark.y - minY) / cellSize) * columns +
           static_cast<quint64>((mark.x - minX) / cellSize);
  };
  QVector<UnitMark> kept;
  const auto keep = [&](int &slot, const UnitMark &mark)
  {
    if (slot < 0)
    {
      slot = kept.size();
      kept.push_back(mark);
    }
    else if (kept[slot].level < mark.level)
      kept[slot] = mark;
  };
  if (columns * rows <= 64ull * 1024 * 1024)
  {
    // A dense grid: an A3 map at 0.5 mm has under a million cells.
    std::vector<int> cells(columns * rows, -1);
    for (const UnitMark &mark : marks)
      keep(cells[cellOf(mark)], mark);
  }
  else
  {
    std::unordered_map<quint64, int> cells;
    cells.reserve(static_cast<size_t>(marks.size()));
    for (const UnitMark &mark : marks)
      keep(cells.try_emplace(cellOf(mark), -1).first->second, mark);
  }
  std::stable_sort(kept.begin(), kept.end(),
                   [](const UnitMark &a, const UnitMark &b) { return a.level < b.level; });
  return kept;
}

std::unique_ptr<QgsVectorLayer>
thinnedUnitsLayer(const QgsVectorLayer &units, const QVector<UnitMark> &marks, const QString &name)
{
  auto layer = std::make_unique<QgsVectorLayer>(
      QStringLiteral("Point?crs=%1&field=level:string(12)").arg(units.crs().authid()), name,
      QStringLiteral("memory"));
  static const QStringList keys{QStringLiteral("none"), QStringLiteral("low"),
                                QStringLiteral("general"), QStringLiteral("significant"),
                                QStringLiteral("major")};
  QgsFeatureList features;
  features.reserve(marks.size());
  QgsFields fields = layer->fields();
  for (const UnitMark &mark : marks)
  {
    QgsFeature feature(fields);
    feature.setAttribute(0, keys.at(mark.level));
    feature.setGeometry(QgsGeometry::fromPointXY(QgsPointXY(mark.x, mark.y)));
    features.push_back(feature);
  }
  layer->dataProvider()->addFeatures(features);
  layer->updateExtents();
  if (units.renderer())
  {
    // Smaller markers without the halo: at one marker per cell the halo would hide the
    // regions' colours (and double the size of a PDF).
    std::unique_ptr<QgsFeatureRenderer> renderer(units.renderer()->clone());
    if (auto *categorized = dynamic_cast<QgsCategorizedSymbolRenderer *>(renderer.get()))
    {
      for (int i = 0; i < categorized->categories().size(); ++i)
      {
        std::unique_ptr<QgsSymbol> symbol(categorized->categories().at(i).symbol()->clone());
        for (int j = symbol->symbolLayerCount() - 1; j >= 0 && symbol->symbolLayerCount() > 1; --j)
          if (symbol->symbolLayer(j)->isLocked())
            symbol->deleteSymbolLayer(j);
        if (auto *marker = dynamic_cast<QgsMarkerSymbol *>(symbol.get()))
          marker->setSize(thinnedMarkerSizeMm);
        if (auto *simple = dynamic_cast<QgsSimpleMarkerSymbolLayer *>(symbol->symbolLayer(0)))
          simple->setStrokeWidth(0.06);
        categorized->updateCategorySymbol(i, symbol.release());
      }
    }
    layer->setRenderer(renderer.release());
  }
  return layer;
}

} // namespace riskatlas
