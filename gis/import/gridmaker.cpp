#include "import/gridmaker.h"

#include "import/regionwriter.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"

#include <QCoreApplication>
#include <cmath>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <qgscoordinatereferencesystem.h>
#include <qgsfeedback.h>
#include <qgsgeometryengine.h>
#include <qgsunittypes.h>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(GridMaker)
};

struct Boundary
{
  QgsGeometry city;
  QList<QPair<QString, QgsGeometry>> districts; //!< code → polygon, for the cells' parents
};

bool readBoundary(ProjectStore &store, Boundary &boundary)
{
  for (const char *kind : {"district", "street"})
  {
    OGRLayer *regions = store.regionsLayer();
    regions->SetAttributeFilter(
        QStringLiteral("kind = '%1'").arg(QLatin1String(kind)).toUtf8().constData());
    QVector<QgsGeometry> parts;
    for (auto &feature : *regions)
    {
      parts << qgsGeometry(*feature);
      boundary.districts.append({stringField(*feature, "region_id"), parts.last()});
    }
    regions->SetAttributeFilter(nullptr);
    if (!parts.isEmpty())
    {
      boundary.city = QgsGeometry::unaryUnion(parts);
      return true;
    }
  }
  return false;
}

QgsGeometry cellAt(const GridOptions &options, double x, double y)
{
  if (options.shape == GridOptions::Shape::Square)
    return QgsGeometry::fromRect(QgsRectangle(x, y, x + options.cellSize, y + options.cellSize));
  // Pointy-top hexagon centred on (x, y); flat-to-flat width = cell size.
  const double radius = options.cellSize / std::sqrt(3.0);
  QgsPolylineXY ring;
  for (int corner = 0; corner <= 6; ++corner)
  {
    const double angle = (60.0 * (corner % 6) + 30.0) * M_PI / 180.0;
    ring << QgsPointXY(x + radius * std::cos(angle), y + radius * std::sin(angle));
  }
  return QgsGeometry::fromPolygonXY({ring});
}
} // namespace

ImportOutcome GridMaker::run(ProjectStore &store, const GridOptions &options, QgsFeedback *feedback)
{
  ImportOutcome outcome;
  const QgsCoordinateReferenceSystem crs(store.crsAuthId());
  Boundary boundary;
  if (!store.regionsLayer() || !readBoundary(store, boundary))
  {
    outcome.errors << Tr::tr("%1: the project has no districts or streets to cover; import them "
                             "with import-regions first")
                          .arg(store.path());
    return outcome;
  }
  if (crs.isGeographic() || crs.mapUnits() != QgsUnitTypes::DistanceMeters)
  {
    outcome.errors << Tr::tr("the project CRS %1 is not in metres; grids need a projected CRS")
                          .arg(crs.authid());
    return outcome;
  }
  const QgsRectangle extent = boundary.city.boundingBox();
  const double stepX = options.cellSize;
  const double stepY = options.shape == GridOptions::Shape::Square
                           ? options.cellSize
                           : options.cellSize * std::sqrt(3.0) / 2.0;
  const double columns = std::ceil(extent.width() / stepX) + 1;
  const double rows = std::ceil(extent.height() / stepY) + 1;
  if (!(options.cellSize > 0) || columns * rows > MaximumCells)
  {
    outcome.errors << Tr::tr("--cell-size %1 would make about %2 cells; the limit is %3")
                          .arg(options.cellSize)
                          .arg(columns * rows, 0, 'f', 0)
                          .arg(MaximumCells);
    return outcome;
  }

  std::unique_ptr<QgsGeometryEngine> city(
      QgsGeometry::createGeometryEngine(boundary.city.constGet()));
  city->prepareGeometry();
  QList<RegionRecord> cells;
  for (int row = 0; row < rows; ++row)
  {
    const double offset = options.shape == GridOptions::Shape::Hexagon && row % 2 ? stepX / 2 : 0;
    for (int column = 0; column < columns; ++column)
    {
      QgsGeometry cell = cellAt(options, extent.xMinimum() + column * stepX + offset,
                                extent.yMinimum() + row * stepY);
      if (!city->intersects(cell.constGet()))
        continue;
      if (!city->contains(cell.constGet()))
        cell = cell.intersection(boundary.city);
      if (cell.isEmpty() ||
          QgsWkbTypes::geometryType(cell.wkbType()) != QgsWkbTypes::PolygonGeometry)
        continue;
      cell.convertToMultiType();
      RegionRecord record;
      record.id = QStringLiteral("G%1").arg(cells.size() + 1, 5, 10, QLatin1Char('0'));
      record.name = record.id;
      const QgsGeometry centre = cell.pointOnSurface();
      for (const auto &[code, district] : boundary.districts)
      {
        if (district.intersects(centre))
        {
          record.parentId = code;
          break;
        }
      }
      record.geometry = cell;
      cells.append(record);
    }
    if (feedback)
    {
      feedback->setProgress(90.0 * (row + 1) / rows);
      if (feedback->isCanceled())
      {
        outcome.errors << Tr::tr("grid cancelled; the project is unchanged");
        return outcome;
      }
    }
  }
  QString error;
  if (!store.beginTransaction(&error) ||
      !replaceRegions(store, QStringLiteral("grid"), cells, outcome.replaced, &error) ||
      !store.appendAudit(QStringLiteral("make-grid"), QStringLiteral("grid"),
                         QStringLiteral("%1 grid").arg(outcome.replaced),
                         QStringLiteral("%1 grid, %2 m %3")
                             .arg(cells.size())
                             .arg(options.cellSize)
                             .arg(options.shape == GridOptions::Shape::Square
                                      ? QStringLiteral("square")
                                      : QStringLiteral("hex")),
                         &error) ||
      !store.commit(&error))
  {
    store.rollback();
    outcome.errors << error;
    return outcome;
  }
  outcome.ok = true;
  outcome.added = cells.size();
  outcome.projectCrs = store.crsAuthId();
  return outcome;
}

} // namespace riskatlas
