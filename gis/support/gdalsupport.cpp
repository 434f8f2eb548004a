#include "support/gdalsupport.h"

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <qgsgeometry.h>

namespace riskatlas
{

QString lastGdalError()
{
  const QString message = QString::fromUtf8(CPLGetLastErrorMsg());
  return message.isEmpty() ? QStringLiteral("unknown GDAL error") : message;
}

bool executeSql(GDALDataset &dataset, const QString &sql, QString *error)
{
  CPLErrorReset();
  OGRLayer *result = dataset.ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr);
  if (result)
    dataset.ReleaseResultSet(result);
  if (CPLGetLastErrorType() >= CE_Failure)
  {
    if (error)
      *error = lastGdalError();
    return false;
  }
  return true;
}

QString querySingleValue(GDALDataset &dataset, const QString &sql)
{
  OGRLayer *result = dataset.ExecuteSQL(sql.toUtf8().constData(), nullptr, nullptr);
  if (!result)
    return QString();
  QString value;
  OGRFeatureUniquePtr feature(result->GetNextFeature());
  if (feature && feature->IsFieldSetAndNotNull(0))
    value = QString::fromUtf8(feature->GetFieldAsString(0));
  dataset.ReleaseResultSet(result);
  return value;
}

QString sqlLiteral(const QString &text)
{
  QString escaped = text;
  escaped.replace(QLatin1Char('\''), QLatin1String("''"));
  return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

void setStringField(OGRFeature &feature, const char *field, const QString &value)
{
  if (value.isNull())
    feature.SetFieldNull(feature.GetFieldIndex(field));
  else
    feature.SetField(field, value.toUtf8().constData());
}

QString stringField(const OGRFeature &feature, const char *field)
{
  const int index = feature.GetFieldIndex(field);
  if (index < 0 || !feature.IsFieldSetAndNotNull(index))
    return QString();
  return QString::fromUtf8(feature.GetFieldAsString(index));
}

void setGeometry(OGRFeature &feature, const QgsGeometry &geometry)
{
  OGRGeometry *ogrGeometry = nullptr;
  const QByteArray wkb = geometry.asWkb();
  OGRGeometryFactory::createFromWkb(wkb.constData(), nullptr, &ogrGeometry, wkb.size());
  feature.SetGeometryDirectly(ogrGeometry);
}

QgsGeometry qgsGeometry(const OGRFeature &feature)
{
  QgsGeometry geometry;
  if (const OGRGeometry *ogrGeometry = feature.GetGeometryRef())
  {
    QByteArray wkb(ogrGeometry->WkbSize(), Qt::Uninitialized);
    ogrGeometry->exportToWkb(wkbNDR, reinterpret_cast<unsigned char *>(wkb.data()), wkbVariantIso);
    geometry.fromWkb(wkb);
  }
  return geometry;
}

} // namespace riskatlas
