#include "import/regionfields.h"

namespace riskatlas
{

namespace
{
const QStringList &nameAliases()
{
  static const QStringList aliases{QStringLiteral("name"),       QStringLiteral("名称"),
                                   QStringLiteral("区县名称"),   QStringLiteral("区划名称"),
                                   QStringLiteral("行政区名称"), QStringLiteral("街道名称"),
                                   QStringLiteral("网格名称"),   QStringLiteral("xzqmc"),
                                   QStringLiteral("district"),   QStringLiteral("region")};
  return aliases;
}

const QStringList &idAliases()
{
  static const QStringList aliases{QStringLiteral("id"),       QStringLiteral("code"),
                                   QStringLiteral("区划代码"), QStringLiteral("行政区划代码"),
                                   QStringLiteral("编码"),     QStringLiteral("xzqdm"),
                                   QStringLiteral("adcode"),   QStringLiteral("region_id")};
  return aliases;
}

const QStringList &parentAliases()
{
  static const QStringList aliases{QStringLiteral("parent"),       QStringLiteral("parent_id"),
                                   QStringLiteral("parent_code"),  QStringLiteral("上级区划代码"),
                                   QStringLiteral("所属区县代码"), QStringLiteral("上级代码")};
  return aliases;
}

int findColumn(const QStringList &headers, const QString &explicitName, const QStringList &aliases)
{
  if (!explicitName.isEmpty())
    return headers.indexOf(explicitName);
  for (const QString &alias : aliases)
  {
    for (int i = 0; i < headers.size(); ++i)
    {
      if (headers.at(i).trimmed().compare(alias, Qt::CaseInsensitive) == 0)
        return i;
    }
  }
  return -1;
}
} // namespace

int RegionFields::nameColumn(const QStringList &headers, const QString &explicitName)
{
  return findColumn(headers, explicitName, nameAliases());
}

int RegionFields::idColumn(const QStringList &headers, const QString &explicitName)
{
  return findColumn(headers, explicitName, idAliases());
}

int RegionFields::parentColumn(const QStringList &headers, const QString &explicitName)
{
  return findColumn(headers, explicitName, parentAliases());
}

} // namespace riskatlas
