#include "store/projectcrs.h"

#include <cmath>

namespace riskatlas
{

namespace
{
bool insideChina(const QgsPointXY &lonLat)
{
  // Bounding box of China's mainland and islands; enough to pick a Gauss–Krüger zone.
  return lonLat.x() >= 73.0 && lonLat.x() <= 136.0 && lonLat.y() >= 3.0 && lonLat.y() <= 54.0;
}
} // namespace

QString suggestProjectCrs(const QgsCoordinateReferenceSystem &sourceCrs,
                          const QgsPointXY &centreLonLat)
{
  if (sourceCrs.isValid() && !sourceCrs.isGeographic() && !sourceCrs.authid().isEmpty())
    return sourceCrs.authid();
  if (insideChina(centreLonLat))
  {
    // EPSG:4534 is CM 75°E; one code per 3° up to EPSG:4554, CM 135°E.
    const int centralMeridian = static_cast<int>(std::lround(centreLonLat.x() / 3.0)) * 3;
    const int code = 4534 + (qBound(75, centralMeridian, 135) - 75) / 3;
    return QStringLiteral("EPSG:%1").arg(code);
  }
  const int zone =
      qBound(1, static_cast<int>(std::floor((centreLonLat.x() + 180.0) / 6.0)) + 1, 60);
  return QStringLiteral("EPSG:%1").arg((centreLonLat.y() >= 0 ? 32600 : 32700) + zone);
}

QString describeCrs(const QString &authId)
{
  const QgsCoordinateReferenceSystem crs(authId);
  if (!crs.isValid())
    return authId;
  return QStringLiteral("%1 – %2").arg(authId, crs.description());
}

} // namespace riskatlas
