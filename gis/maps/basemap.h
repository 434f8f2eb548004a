#pragma once

#include <QByteArray>
#include <QString>
#include <memory>

class QgsRasterLayer;

namespace riskatlas
{

class Language;

//! What probing a basemap source found (basemap::probe()), made before a map is built.
struct BasemapProbe
{
  QString url; //!< the source probed
  int timeoutMs = 0;
  bool usable = false;
  QByteArray body;       //!< the answer (a tile, a WMTS service's capabilities…) when usable
  bool timedOut = false; //!< no answer within timeoutMs
  QString networkError;  //!< Qt's message when the request failed

  //! Why the source cannot be used, in \a language; empty when it can.
  QString reason(const Language &language) const;
};

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
//! The same reason, in \a language (the map's).
QString shiftedSourceReason(const QString &url, const Language &language);

//! The QGIS "wms" provider URI for \a url (XYZ template or provider URI as is).
QString providerUri(const QString &url);

//! The host of the tile source, for short messages.
QString hostOf(const QString &url);

/**
 * Fetches one tile (XYZ), the capabilities (WMTS) or the service's URL (provider URI) within
 * \a timeoutMs, waiting in a local event loop. Works in any thread (the request goes through
 * that thread's QgsNetworkAccessManager), so a caller runs it before building a map, e.g. in a
 * QgsTask; an SSL error or an authentication request would be answered by the main thread.
 */
BasemapProbe probe(const QString &url, int timeoutMs);

/**
 * The basemap layer; \a probed is probe()'s body (a WMTS service's capabilities, from which
 * the layer is chosen). Null with \a error (in \a language, the map's) when QGIS cannot open it. An
 * XYZ layer opens without a request; QGIS's WMS provider fetches a WMTS or WMS service's
 * capabilities itself, waiting in an event loop of its own.
 */
std::unique_ptr<QgsRasterLayer> createLayer(const QString &url, const QByteArray &probed,
                                            const QString &name, const Language &language,
                                            QString *error);

} // namespace basemap
} // namespace riskatlas
