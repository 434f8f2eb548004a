#include "workflow/crssuggestion.h"

#include "import/coordinatetext.h"
#include "import/sourcelayer.h"
#include "inputfields.h"
#include "store/projectcrs.h"

#include <QCoreApplication>
#include <cmath>
#include <qgscoordinatetransform.h>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(CrsSuggestion)
};

//! The extent of the longitude/latitude columns' valid positions (empty when none parse).
QgsRectangle lonLatExtent(SourceLayer &source, int lonColumn, int latColumn)
{
  QgsRectangle extent;
  extent.setMinimal();
  source.forEachRow(
      [&](const SourceRow &row)
      {
        double lon = 0;
        double lat = 0;
        if (lonColumn < row.values.size() && latColumn < row.values.size() &&
            parseCoordinate(row.values.at(lonColumn).trimmed(), lon) &&
            parseCoordinate(row.values.at(latColumn).trimmed(), lat) && std::isfinite(lon) &&
            std::isfinite(lat) && std::abs(lon) <= 180 && std::abs(lat) <= 90)
          extent.combineExtentWith(lon, lat);
        return true;
      });
  return extent;
}

QgsRectangle geometryExtent(SourceLayer &source)
{
  QgsRectangle extent;
  extent.setMinimal();
  source.forEachRow(
      [&](const SourceRow &row)
      {
        if (!row.geometry.isNull() && !row.geometry.isEmpty())
          extent.combineExtentWith(row.geometry.boundingBox());
        return true;
      });
  return extent;
}

bool isEmptyExtent(const QgsRectangle &extent)
{
  return extent.xMinimum() > extent.xMaximum() || !std::isfinite(extent.xMinimum());
}
} // namespace

QString suggestedProjectCrs(const QString &file, Problem *problem)
{
  Problem local;
  Problem &out = problem ? *problem : local;
  auto source = SourceLayer::open(file, {}, &out);
  if (!source)
    return QString();
  // The importer's recognition of position columns (经度/纬度, lon/lat, …); a file whose
  // headers clash for some other field still has usable coordinates or geometry.
  QMap<QString, QString> mapping;
  QString error;
  if (!InputFields::resolve(source->headers(), {}, mapping, &error))
    mapping.clear();
  const QString lonHeader = mapping.value(InputFields::longitude());
  const QString latHeader = mapping.value(InputFields::latitude());

  QgsCoordinateReferenceSystem crs(QStringLiteral("EPSG:4326"));
  QgsRectangle extent;
  extent.setMinimal();
  if (!lonHeader.isEmpty() && !latHeader.isEmpty())
    extent = lonLatExtent(*source, source->headers().indexOf(lonHeader),
                          source->headers().indexOf(latHeader));
  else if (source->hasGeometry())
  {
    if (!source->isCsv())
      crs = source->crs();
    if (!crs.isValid())
    {
      out = Problem::fileProblem(
          ProblemKind::SourceCrsUnknown, source->fileName(),
          Tr::tr("%1: the file states no coordinate reference system").arg(source->fileName()));
      return QString();
    }
    extent = geometryExtent(*source);
  }
  if (isEmptyExtent(extent))
  {
    out = Problem::fileProblem(
        ProblemKind::PositionUnrecognised, source->fileName(),
        Tr::tr("%1: no geometry and no longitude/latitude (经度/纬度) positions")
            .arg(source->fileName()));
    return QString();
  }
  QgsPointXY centre = extent.center();
  if (!crs.isGeographic())
  {
    const QgsCoordinateTransform toLonLat(crs,
                                          QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")),
                                          QgsCoordinateTransformContext());
    try
    {
      centre = toLonLat.transform(centre);
    }
    catch (const QgsCsException &)
    {
      // A projected file keeps its own CRS; the centre only matters for geographic ones.
    }
  }
  return suggestProjectCrs(crs, centre);
}

} // namespace riskatlas
