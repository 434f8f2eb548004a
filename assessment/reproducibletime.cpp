#include "reproducibletime.h"

namespace riskatlas
{

QDateTime reproducibleNow()
{
  bool ok = false;
  const qint64 epoch = qEnvironmentVariable("SOURCE_DATE_EPOCH").toLongLong(&ok);
  if (ok)
    return QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
  return QDateTime::currentDateTimeUtc();
}

} // namespace riskatlas
