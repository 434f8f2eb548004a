#include "import/gridmaker.h"

#include "import/importcommit.h"
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
  for (RegionKind kind : {RegionKind::District, RegionKind::Street})
  {
    OGRLayer *regions = store.regionsLayer();
    regions->SetAttributeFilter(
        QStringLiteral("kind = '%1'").arg(regionKindKey(kind)).toUtf8().constData());
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
    return outcome.fail(
        ProblemKind::ProjectNoBoundary, store.path(),
        Tr::tr("%1: the project has no districts or streets to cover").arg(store.path()));
  if (crs.isGeographic() || crs.mapUnits() != QgsUnitTypes::DistanceMeters)
    return outcome.fail(ProblemKind::Invalid, store.path(),
                        Tr::tr("the project CRS %1 is not in metres; grids need a projected CRS")
                            .arg(crs.authid()));
  const QgsRectangle extent = boundary.city.boundingBox();
  const double stepX = options.cellSize;
  const double stepY = options.shape == GridOptions::Shape::Square
                           ? options.cellSize
                           : options.cellSize * std::sqrt(3.0) / 2.0;
  const double columns = std::ceil(extent.width() / stepX) + 1;
  const double rows = std::ceil(extent.height() / stepY) + 1;
  if (!(options.cellSize > 0) || columns * rows > MaximumCells)
  {
    Problem problem;
    problem.kind = ProblemKind::GridTooFine;
    problem.file = store.path();
    problem.setting = QStringLiteral("cell-size");
    problem.value = QStringLiteral("%1").arg(options.cellSize);
    problem.count = QStringLiteral("%1").arg(columns * rows, 0, 'f', 0);
    problem.allowed = QString::number(MaximumCells);
    problem.reason = Tr::tr("a cell size of %1 m would make about %2 cells; the limit is %3")
                         .arg(problem.value, problem.count, problem.allowed);
    return outcome.fail(problem);
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
        return outcome.fail(ProblemKind::Cancelled, store.path(),
                            Tr::tr("grid cancelled; the project is unchanged"));
    }
  }
  QString error;
  if (!store.beginTransaction(&error) ||
      !replaceRegions(store, regionKindKey(RegionKind::Grid), cells, outcome.replaced, &error) ||
      !store.appendAudit(QStringLiteral("make-grid"), QStringLiteral("grid"),
                         QStringLiteral("%1 grid").arg(outcome.replaced),
                         QStringLiteral("%1 grid, %2 m %3")
                             .arg(cells.size())
                             .arg(options.cellSize)
                             .arg(options.shape == GridOptions::Shape::Square
                                      ? QStringLiteral("square")
                                      : QStringLiteral("hex")),
                         &error))
  {
    store.rollback();
    return outcome.fail(ProblemKind::Failed, store.path(), error);
  }
  if (!commitImport(store, feedback, outcome, Tr::tr("grid cancelled; the project is unchanged")))
    return outcome;
  outcome.ok = true;
  outcome.added = cells.size();
  outcome.projectCrs = store.crsAuthId();
  return outcome;
}

} // namespace riskatlas
