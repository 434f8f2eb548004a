#include "import/chinacoordinates.h"

#include <cmath>

namespace riskatlas
{

namespace
{
constexpr double Pi = 3.14159265358979323846;
constexpr double XPi = Pi * 3000.0 / 180.0;
constexpr double Axis = 6378245.0;                       // Krasovsky 1940 semi-major axis
constexpr double Eccentricity2 = 0.00669342162296594323; // its first eccentricity squared

double latitudeOffset(double x, double y)
{
  double offset =
      -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * std::sqrt(std::abs(x));
  offset += (20.0 * std::sin(6.0 * x * Pi) + 20.0 * std::sin(2.0 * x * Pi)) * 2.0 / 3.0;
  offset += (20.0 * std::sin(y * Pi) + 40.0 * std::sin(y / 3.0 * Pi)) * 2.0 / 3.0;
  offset += (160.0 * std::sin(y / 12.0 * Pi) + 320.0 * std::sin(y * Pi / 30.0)) * 2.0 / 3.0;
  return offset;
}

double longitudeOffset(double x, double y)
{
  double offset = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * std::sqrt(std::abs(x));
  offset += (20.0 * std::sin(6.0 * x * Pi) + 20.0 * std::sin(2.0 * x * Pi)) * 2.0 / 3.0;
  offset += (20.0 * std::sin(x * Pi) + 40.0 * std::sin(x / 3.0 * Pi)) * 2.0 / 3.0;
  offset += (150.0 * std::sin(x / 12.0 * Pi) + 300.0 * std::sin(x / 30.0 * Pi)) * 2.0 / 3.0;
  return offset;
}
} // namespace

bool ChinaCoordinates::insideChina(const QPointF &lonLat)
{
  return lonLat.x() >= 72.004 && lonLat.x() <= 137.8347 && lonLat.y() >= 0.8293 &&
         lonLat.y() <= 55.8271;
}

QPointF ChinaCoordinates::wgs84ToGcj02(const QPointF &lonLat)
{
  if (!insideChina(lonLat))
    return lonLat;
  const double lon = lonLat.x();
  const double lat = lonLat.y();
  double dLat = latitudeOffset(lon - 105.0, lat - 35.0);
  double dLon = longitudeOffset(lon - 105.0, lat - 35.0);
  const double radLat = lat / 180.0 * Pi;
  double magic = std::sin(radLat);
  magic = 1 - Eccentricity2 * magic * magic;
  const double sqrtMagic = std::sqrt(magic);
  dLat = (dLat * 180.0) / ((Axis * (1 - Eccentricity2)) / (magic * sqrtMagic) * Pi);
  dLon = (dLon * 180.0) / (Axis / sqrtMagic * std::cos(radLat) * Pi);
  return {lon + dLon, lat + dLat};
}

QPointF ChinaCoordinates::gcj02ToWgs84(const QPointF &lonLat)
{
  if (!insideChina(lonLat))
    return lonLat;
  QPointF wgs = lonLat;
  for (int iteration = 0; iteration < 30; ++iteration)
  {
    const QPointF error = wgs84ToGcj02(wgs) - lonLat;
    wgs -= error;
    if (std::abs(error.x()) < 1e-9 && std::abs(error.y()) < 1e-9)
      break;
  }
  return wgs;
}

QPointF ChinaCoordinates::gcj02ToBd09(const QPointF &lonLat)
{
  const double x = lonLat.x();
  const double y = lonLat.y();
  const double z = std::sqrt(x * x + y * y) + 0.00002 * std::sin(y * XPi);
  const double theta = std::atan2(y, x) + 0.000003 * std::cos(x * XPi);
  return {z * std::cos(theta) + 0.0065, z * std::sin(theta) + 0.006};
}

QPointF ChinaCoordinates::bd09ToGcj02(const QPointF &lonLat)
{
  // The published closed form is only approximate; iterate on the exact forward transform.
  QPointF gcj = lonLat - QPointF(0.0065, 0.006);
  for (int iteration = 0; iteration < 30; ++iteration)
  {
    const QPointF error = gcj02ToBd09(gcj) - lonLat;
    gcj -= error;
    if (std::abs(error.x()) < 1e-9 && std::abs(error.y()) < 1e-9)
      break;
  }
  return gcj;
}

QPointF ChinaCoordinates::bd09ToWgs84(const QPointF &lonLat)
{
  return gcj02ToWgs84(bd09ToGcj02(lonLat));
}

} // namespace riskatlas
