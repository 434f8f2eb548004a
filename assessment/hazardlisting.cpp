#include "hazardlisting.h"

namespace riskatlas
{

QString hazardListingKey(HazardListing listing)
{
  switch (listing)
  {
  case HazardListing::District:
    return QStringLiteral("district");
  case HazardListing::City:
    return QStringLiteral("city");
  case HazardListing::Province:
    return QStringLiteral("province");
  case HazardListing::None:
    break;
  }
  return QString();
}

QString hazardListingNameZh(HazardListing listing)
{
  switch (listing)
  {
  case HazardListing::District:
    return QStringLiteral("区级");
  case HazardListing::City:
    return QStringLiteral("市级");
  case HazardListing::Province:
    return QStringLiteral("省级");
  case HazardListing::None:
    break;
  }
  return QString();
}

bool hazardListingFromText(const QString &text, HazardListing &listing)
{
  QString value = text.trimmed();
  if (value.isEmpty() || value == QStringLiteral("无") || value == QStringLiteral("否"))
  {
    listing = HazardListing::None;
    return true;
  }
  for (HazardListing candidate :
       {HazardListing::District, HazardListing::City, HazardListing::Province})
  {
    if (value.compare(hazardListingKey(candidate), Qt::CaseInsensitive) == 0)
    {
      listing = candidate;
      return true;
    }
  }
  for (const char *suffix : {"挂牌督办", "挂牌", "级"})
  {
    if (value.endsWith(QString::fromUtf8(suffix)))
      value.chop(QString::fromUtf8(suffix).size());
  }
  if (value == QStringLiteral("省"))
    listing = HazardListing::Province;
  else if (value == QStringLiteral("市"))
    listing = HazardListing::City;
  else if (value == QStringLiteral("区") || value == QStringLiteral("县") ||
           value == QStringLiteral("区县"))
    listing = HazardListing::District;
  else
    return false;
  return true;
}

} // namespace riskatlas
