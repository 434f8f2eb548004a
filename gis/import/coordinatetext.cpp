#include "import/coordinatetext.h"

#include <QRegularExpression>
#include <cmath>

namespace riskatlas
{

bool parseCoordinate(const QString &text, double &value)
{
  QString t = text.trimmed();
  if (t.isEmpty())
    return false;
  bool ok = false;
  value = t.toDouble(&ok);
  if (ok)
    return true;

  double sign = 1;
  static const QRegularExpression hemisphere(
      QStringLiteral("^(东经|西经|北纬|南纬|[NSEWnsew])\\s*|\\s*([NSEWnsew])$"));
  const QRegularExpressionMatch hemisphereMatch = hemisphere.match(t);
  if (hemisphereMatch.hasMatch())
  {
    const QString h = hemisphereMatch.captured(1) + hemisphereMatch.captured(2);
    if (h == QStringLiteral("西经") || h == QStringLiteral("南纬") ||
        h.compare(QLatin1String("W"), Qt::CaseInsensitive) == 0 ||
        h.compare(QLatin1String("S"), Qt::CaseInsensitive) == 0)
      sign = -1;
    t.remove(hemisphereMatch.capturedStart(), hemisphereMatch.capturedLength());
  }
  static const QRegularExpression dms(
      QStringLiteral("^(-?\\d+(?:\\.\\d+)?)\\s*(?:°|度|º|\\s)\\s*"
                     "(?:(\\d+(?:\\.\\d+)?)\\s*(?:'|′|’|分|\\s)\\s*"
                     "(?:(\\d+(?:\\.\\d+)?)\\s*(?:\"|″|”|''|秒)?)?)?\\s*$"));
  const QRegularExpressionMatch match = dms.match(t.trimmed());
  if (!match.hasMatch())
    return false;
  const double degrees = match.captured(1).toDouble();
  const double minutes = match.captured(2).isEmpty() ? 0 : match.captured(2).toDouble();
  const double seconds = match.captured(3).isEmpty() ? 0 : match.captured(3).toDouble();
  if (minutes >= 60 || seconds >= 60)
    return false;
  const double magnitude = std::abs(degrees) + minutes / 60.0 + seconds / 3600.0;
  value = sign * (degrees < 0 ? -magnitude : magnitude);
  return true;
}

} // namespace riskatlas
