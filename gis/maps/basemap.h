#pragma once

#include <QString>
#include <memory>

class QgsRasterLayer;

namespace riskatlas
{

/**
 * An optional basemap under the four-colour map: an XYZ tile URL template ({x}, {y}, {z}; e.g.
 * Tianditu's Web Mercator tiles, CGCS2000 datum), a WMTS GetCapabilities URL (its first layer,
 * e.g. Tianditu's vec_c in EPSG:4490) or a QGIS "wms" provider URI (WMS/WMTS, as QGIS shows it
 * as a layer's source, containing "url=").
 */
namespace basemap
{

/**
 * Why \a url cannot be used, or an empty string: tile sources known to use the shifted GCJ-02
 * (AMap/AutoNavi, Tencent) or BD-09 (Baidu) coordinates sit some 500 m off CGCS2000.
 */
QString shiftedSourceReason(const QString &url);

//! The QGIS "wms" provider URI for \a url (XYZ template or provider URI as is).
QString providerUri(const QString &url);

//! The host of the tile source, for short messages.
QString hostOf(const QString &url);

/**
 * Fetches one tile (XYZ), the capabilities (WMTS) or the service's URL (provider URI) within
 * \a timeoutMs. False with \a reason when nothing usable arrived; \a body gets the answer.
 */
bool probe(const QString &url, int timeoutMs, QString *reason, QByteArray *body = nullptr);

/**
 * The basemap layer; \a probed is probe()'s answer (a WMTS service's capabilities, from which
 * the layer is chosen). Null with \a error when QGIS cannot open it.
 */
std::unique_ptr<QgsRasterLayer> createLayer(const QString &url, const QByteArray &probed,
                                            const QString &name, QString *error);

} // namespace basemap
} // namespace riskatlas
