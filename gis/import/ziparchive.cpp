#include "import/ziparchive.h"

#include <QFileInfo>
#include <cpl_string.h>
#include <cpl_vsi.h>

namespace riskatlas
{

QString zipMemberPath(const QString &zipPath, const QString &layerName, QStringList *choices)
{
  const QString archive = QStringLiteral("/vsizip/") + zipPath;
  static const QStringList vectorSuffixes{QStringLiteral("shp"),  QStringLiteral("geojson"),
                                          QStringLiteral("json"), QStringLiteral("gpkg"),
                                          QStringLiteral("kml"),  QStringLiteral("csv"),
                                          QStringLiteral("xlsx"), QStringLiteral("ods")};
  QStringList members;
  char **entries = VSIReadDirRecursive(archive.toUtf8().constData());
  for (int i = 0; entries && entries[i]; ++i)
  {
    const QString entry = QString::fromUtf8(entries[i]);
    if (vectorSuffixes.contains(QFileInfo(entry).suffix().toLower()) &&
        !entry.startsWith(QLatin1String("__MACOSX")))
      members << entry;
  }
  CSLDestroy(entries);
  if (members.isEmpty())
    return archive;
  if (members.size() == 1)
    return archive + QLatin1Char('/') + members.first();
  for (const QString &member : members)
  {
    if (QFileInfo(member).completeBaseName() == layerName || member == layerName)
      return archive + QLatin1Char('/') + member;
  }
  for (const QString &member : members)
    *choices << QFileInfo(member).completeBaseName();
  return QString();
}

} // namespace riskatlas
