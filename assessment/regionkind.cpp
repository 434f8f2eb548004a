#include "regionkind.h"

namespace riskatlas
{

const QList<RegionKind> &regionKinds()
{
  static const QList<RegionKind> kinds{RegionKind::District, RegionKind::Street, RegionKind::Grid};
  return kinds;
}

QString regionKindKey(RegionKind kind)
{
  switch (kind)
  {
  case RegionKind::District:
    return QStringLiteral("district");
  case RegionKind::Street:
    return QStringLiteral("street");
  case RegionKind::Grid:
    return QStringLiteral("grid");
  }
  return QString();
}

bool regionKindFromKey(const QString &key, RegionKind &kind)
{
  for (RegionKind candidate : regionKinds())
  {
    if (regionKindKey(candidate) == key)
    {
      kind = candidate;
      return true;
    }
  }
  return false;
}

QStringList regionKindKeys()
{
  QStringList keys;
  for (RegionKind kind : regionKinds())
    keys << regionKindKey(kind);
  return keys;
}

int regionKindRank(const QString &key)
{
  const int index = regionKindKeys().indexOf(key);
  return index < 0 ? regionKinds().size() : index;
}

} // namespace riskatlas
