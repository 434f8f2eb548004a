#pragma once

#include <QPointF>

namespace riskatlas
{

/**
 * China's obfuscated web-map coordinates: GCJ-02 (AMap, Tencent, Google China) and BD-09
 * (Baidu), offset by hundreds of metres from WGS 84 / CGCS2000. The forward transforms are the
 * published formulas; the inverses iterate until the forward transform of the result lands
 * within 1e-9° (≈ 0.1 mm) of the input. Points are (longitude, latitude) in degrees.
 */
namespace ChinaCoordinates
{
//! The rough rectangle the obfuscation applies to; outside it the transforms are identities.
bool insideChina(const QPointF &lonLat);

QPointF wgs84ToGcj02(const QPointF &lonLat);
QPointF gcj02ToWgs84(const QPointF &lonLat);
QPointF gcj02ToBd09(const QPointF &lonLat);
QPointF bd09ToGcj02(const QPointF &lonLat);
QPointF bd09ToWgs84(const QPointF &lonLat);
} // namespace ChinaCoordinates

} // namespace riskatlas
