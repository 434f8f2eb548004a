#include "maps/basemap.h"

#include "language.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <qgsnetworkaccessmanager.h>
#include <qgsrasterlayer.h>

namespace riskatlas
{
namespace basemap
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(Basemap)
};

bool isXyzTemplate(const QString &url)
{
  return url.contains(QLatin1String("{x}")) && url.contains(QLatin1String("{y}")) &&
         url.contains(QLatin1String("{z}"));
}

//! A WMTS GetCapabilities URL (KVP or RESTful), as QGIS's WMS provider recognises one.
bool isWmtsCapabilities(const QString &url)
{
  return !isXyzTemplate(url) && !url.contains(QLatin1String("url=")) &&
         (url.contains(QLatin1String("service=wmts"), Qt::CaseInsensitive) ||
          url.contains(QLatin1String("wmtscapabilities.xml"), Qt::CaseInsensitive));
}

//! The name of \a element without its namespace prefix.
QString localName(const QDomElement &element)
{
  return element.tagName().section(QLatin1Char(':'), -1);
}

QList<QDomElement> children(const QDomElement &parent, const QString &name)
{
  QList<QDomElement> found;
  for (QDomElement child = parent.firstChildElement(); !child.isNull();
       child = child.nextSiblingElement())
    if (localName(child) == name)
      found << child;
  return found;
}

QString childText(const QDomElement &parent, const QString &name)
{
  const QList<QDomElement> found = children(parent, name);
  return found.isEmpty() ? QString() : found.first().text().trimmed();
}

/**
 * The QGIS "wms" provider URI for the first layer of a WMTS service: its default style, first
 * format, first tile matrix set and that set's CRS (urn:ogc:def:crs:EPSG::4490 → EPSG:4490).
 */
QString wmtsProviderUri(const QString &url, const QByteArray &capabilities,
                        const Language &language, QString *error)
{
  QDomDocument document;
  if (!document.setContent(capabilities))
  {
    if (error)
      *error = language.translate("Basemap", "not a WMTS capabilities document");
    return QString();
  }
  const QList<QDomElement> contents =
      children(document.documentElement(), QStringLiteral("Contents"));
  const QList<QDomElement> layers = contents.isEmpty()
                                        ? QList<QDomElement>()
                                        : children(contents.first(), QStringLiteral("Layer"));
  if (layers.isEmpty())
  {
    if (error)
      *error = language.translate("Basemap", "the WMTS service lists no layer");
    return QString();
  }
  const QDomElement layer = layers.first();
  QString style;
  for (const QDomElement &candidate : children(layer, QStringLiteral("Style")))
    if (style.isEmpty() ||
        candidate.attribute(QStringLiteral("isDefault")) == QLatin1String("true"))
      style = childText(candidate, QStringLiteral("Identifier"));
  const QList<QDomElement> links = children(layer, QStringLiteral("TileMatrixSetLink"));
  const QString matrixSet =
      links.isEmpty() ? QString() : childText(links.first(), QStringLiteral("TileMatrixSet"));
  QString crs;
  for (const QDomElement &set : children(contents.first(), QStringLiteral("TileMatrixSet")))
    if (childText(set, QStringLiteral("Identifier")) == matrixSet)
      crs = childText(set, QStringLiteral("SupportedCRS"));
  // urn:ogc:def:crs:EPSG::4490 or EPSG:4490 → EPSG:4490
  static const QRegularExpression epsg(QStringLiteral("EPSG:+(?:[\\d.]*:)?(\\d+)$"));
  const QRegularExpressionMatch code = epsg.match(crs);
  if (matrixSet.isEmpty() || !code.hasMatch())
  {
    if (error)
      *error =
          language.translate("Basemap", "the WMTS layer has no tile matrix set in an EPSG CRS");
    return QString();
  }
  QUrlQuery query;
  query.addQueryItem(QStringLiteral("crs"), QStringLiteral("EPSG:") + code.captured(1));
  query.addQueryItem(QStringLiteral("format"), childText(layer, QStringLiteral("Format")));
  query.addQueryItem(QStringLiteral("layers"), childText(layer, QStringLiteral("Identifier")));
  query.addQueryItem(QStringLiteral("styles"), style);
  query.addQueryItem(QStringLiteral("tileMatrixSet"), matrixSet);
  query.addQueryItem(QStringLiteral("url"), QString::fromLatin1(QUrl::toPercentEncoding(url)));
  return query.toString();
}

//! The URL a provider URI ("key=value&…&url=…") points at.
QString serviceUrl(const QString &url)
{
  if (isXyzTemplate(url) || !url.contains(QLatin1String("url=")))
    return url;
  const QUrlQuery query(url);
  return query.queryItemValue(QStringLiteral("url"), QUrl::FullyDecoded);
}
} // namespace

QString hostOf(const QString &url)
{
  const QUrl parsed(serviceUrl(url));
  return parsed.host().isEmpty() ? parsed.toString() : parsed.host();
}

namespace
{
//! The host and coordinate system of a tile source known to be shifted, or false.
bool findShiftedSource(const QString &url, QString &host, QString &system)
{
  host = hostOf(url).toLower();
  struct Known
  {
    const char *domain;
    const char *system;
  };
  static const Known known[] = {{"autonavi.com", "GCJ-02"}, {"amap.com", "GCJ-02"},
                                {"gtimg.com", "GCJ-02"},    {"map.qq.com", "GCJ-02"},
                                {"baidu.com", "BD-09"},     {"bdimg.com", "BD-09"},
                                {"bdstatic.com", "BD-09"}};
  for (const Known &entry : known)
  {
    const QString domain = QString::fromLatin1(entry.domain);
    if (host == domain || host.endsWith(QLatin1Char('.') + domain))
    {
      system = QString::fromLatin1(entry.system);
      return true;
    }
  }
  return false;
}
} // namespace

QString shiftedSourceReason(const QString &url)
{
  QString host;
  QString system;
  if (!findShiftedSource(url, host, system))
    return QString();
  return Tr::tr("%1 serves tiles in %2 coordinates, which sit about 500 m off CGCS2000; use "
                "a CGCS2000 or WGS 84 source such as Tianditu")
      .arg(host, system);
}

QString shiftedSourceReason(const QString &url, const Language &language)
{
  QString host;
  QString system;
  if (!findShiftedSource(url, host, system))
    return QString();
  return language
      .translate("Basemap",
                 "%1 serves tiles in %2 coordinates, which sit about 500 m off CGCS2000; use "
                 "a CGCS2000 or WGS 84 source such as Tianditu")
      .arg(host, system);
}

QString providerUri(const QString &url)
{
  if (!isXyzTemplate(url))
    return url;
  QUrlQuery query;
  query.addQueryItem(QStringLiteral("type"), QStringLiteral("xyz"));
  query.addQueryItem(QStringLiteral("url"), QString::fromLatin1(QUrl::toPercentEncoding(url)));
  query.addQueryItem(QStringLiteral("zmin"), QStringLiteral("0"));
  query.addQueryItem(QStringLiteral("zmax"), QStringLiteral("18"));
  return query.toString();
}

BasemapProbe probe(const QString &url, int timeoutMs)
{
  BasemapProbe result;
  result.url = url;
  result.timeoutMs = timeoutMs;
  QString target = serviceUrl(url);
  if (isXyzTemplate(url))
    target.replace(QLatin1String("{z}"), QLatin1String("1"))
        .replace(QLatin1String("{x}"), QLatin1String("1"))
        .replace(QLatin1String("{y}"), QLatin1String("0"));
  QNetworkRequest request{QUrl(target)};
  request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                       QNetworkRequest::NoLessSafeRedirectPolicy);
  // This thread's manager: the reply and the loop below live in the calling thread.
  const std::unique_ptr<QNetworkReply> reply(QgsNetworkAccessManager::instance()->get(request));
  QEventLoop loop;
  QTimer timer;
  timer.setSingleShot(true);
  QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
  QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
  timer.start(timeoutMs);
  if (!reply->isFinished())
    loop.exec();
  if (!reply->isFinished())
  {
    reply->abort();
    result.timedOut = true;
  }
  else if (reply->error() != QNetworkReply::NoError)
    result.networkError = reply->errorString();
  else
  {
    result.body = reply->readAll();
    result.usable = !result.body.isEmpty();
  }
  return result;
}

std::unique_ptr<QgsRasterLayer> createLayer(const QString &url, const QByteArray &probed,
                                            const QString &name, const Language &language,
                                            QString *error)
{
  const QString uri =
      isWmtsCapabilities(url) ? wmtsProviderUri(url, probed, language, error) : providerUri(url);
  if (uri.isEmpty())
    return nullptr;
  auto layer = std::make_unique<QgsRasterLayer>(uri, name, QStringLiteral("wms"));
  if (!layer->isValid())
  {
    if (error)
      *error = layer->error().summary();
    return nullptr;
  }
  return layer;
}

} // namespace basemap

QString BasemapProbe::reason(const Language &language) const
{
  if (usable)
    return QString();
  if (timedOut)
    return language.translate("Basemap", "no answer within %1 s").arg(timeoutMs / 1000.0);
  if (!networkError.isEmpty())
    return networkError;
  return language.translate("Basemap", "empty answer");
}

} // namespace riskatlas
