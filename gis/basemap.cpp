#include "basemap.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>
#include <qgsnetworkaccessmanager.h>
#include <qgsrasterlayer.h>

namespace riskatlas::basemap
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

QString shiftedSourceReason(const QString &url)
{
  const QString host = hostOf(url).toLower();
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
      return Tr::tr("%1 serves tiles in %2 coordinates, which sit about 500 m off CGCS2000; use "
                    "a CGCS2000 or WGS 84 source such as Tianditu")
          .arg(host, QString::fromLatin1(entry.system));
  }
  return QString();
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

bool probe(const QString &url, int timeoutMs, QString *reason)
{
  QString target = serviceUrl(url);
  if (isXyzTemplate(url))
    target.replace(QLatin1String("{z}"), QLatin1String("1"))
        .replace(QLatin1String("{x}"), QLatin1String("1"))
        .replace(QLatin1String("{y}"), QLatin1String("0"));
  QNetworkRequest request{QUrl(target)};
  request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                       QNetworkRequest::NoLessSafeRedirectPolicy);
  QNetworkReply *reply = QgsNetworkAccessManager::instance()->get(request);
  QEventLoop loop;
  QTimer timer;
  timer.setSingleShot(true);
  QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
  QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
  timer.start(timeoutMs);
  if (!reply->isFinished())
    loop.exec();
  bool ok = false;
  if (!reply->isFinished())
  {
    reply->abort();
    if (reason)
      *reason = Tr::tr("no answer within %1 s").arg(timeoutMs / 1000.0);
  }
  else if (reply->error() != QNetworkReply::NoError)
  {
    if (reason)
      *reason = reply->errorString();
  }
  else if (reply->readAll().isEmpty())
  {
    if (reason)
      *reason = Tr::tr("empty answer");
  }
  else
    ok = true;
  reply->deleteLater();
  return ok;
}

std::unique_ptr<QgsRasterLayer> createLayer(const QString &url, const QString &name, QString *error)
{
  auto layer = std::make_unique<QgsRasterLayer>(providerUri(url), name, QStringLiteral("wms"));
  if (!layer->isValid())
  {
    if (error)
      *error = layer->error().summary();
    return nullptr;
  }
  return layer;
}

} // namespace riskatlas::basemap
