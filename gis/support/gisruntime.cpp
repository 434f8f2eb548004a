#include "support/gisruntime.h"

#include "taxonomy.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QStandardPaths>
#include <qgsapplication.h>
#include <qgssettings.h>

static void initGisQrc()
{
  Q_INIT_RESOURCE(gis_resources);
}

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(GisRuntime)
};

// Chosen once on the main thread (QFontDatabase belongs to the GUI thread); read by workers.
QString gCartographyFont;
bool gCartographyFontInstalled = false;

/**
 * A self-contained install (the Windows installer, docs/building-windows.md) carries QGIS's
 * providers and resources in qgis/ and PROJ's and GDAL's data in share/ beside bin/: use them
 * unless the environment names others. Nothing of the kind exists in a Debian install.
 */
void useBundledRuntime(QString &qgisPrefix)
{
  const QDir root(QCoreApplication::applicationDirPath() + QStringLiteral("/.."));
  if (qEnvironmentVariableIsEmpty("QGIS_PREFIX_PATH") &&
      QFileInfo::exists(root.filePath(QStringLiteral("qgis/resources/srs.db"))))
    qgisPrefix = root.filePath(QStringLiteral("qgis"));
  if (qEnvironmentVariableIsEmpty("PROJ_DATA") && qEnvironmentVariableIsEmpty("PROJ_LIB") &&
      QFileInfo::exists(root.filePath(QStringLiteral("share/proj/proj.db"))))
    qputenv("PROJ_DATA",
            QDir::toNativeSeparators(root.filePath(QStringLiteral("share/proj"))).toLocal8Bit());
  if (qEnvironmentVariableIsEmpty("GDAL_DATA") &&
      QFileInfo::exists(root.filePath(QStringLiteral("share/gdal/gdalvrt.xsd"))))
    qputenv("GDAL_DATA",
            QDir::toNativeSeparators(root.filePath(QStringLiteral("share/gdal"))).toLocal8Bit());
}
} // namespace

std::unique_ptr<QgsApplication> startQgis(int &argc, char **argv, bool withGui)
{
  if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
      qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
    qputenv("QT_QPA_PLATFORM", "offscreen");
  if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"))
  {
    const QString runtimeDir = QDir::temp().filePath(QStringLiteral("riskatlas-runtime"));
    QDir().mkpath(runtimeDir);
    QFile::setPermissions(runtimeDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", runtimeDir.toLocal8Bit());
  }
  // A profile folder of our own, so nothing RiskAtlas sets leaks into the user's QGIS.
  const QString profile = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
                          QStringLiteral("/RiskAtlas/qgis-profile");
  auto app = std::make_unique<QgsApplication>(argc, argv, withGui, profile);
  QString prefix = qEnvironmentVariableIsEmpty("QGIS_PREFIX_PATH")
                       ? QStringLiteral(QGIS_INSTALL_PREFIX_FOR_RISKATLAS)
                       : qEnvironmentVariable("QGIS_PREFIX_PATH");
  useBundledRuntime(prefix);
  QgsApplication::setPrefixPath(prefix, true);
  QgsApplication::initQgis();
  // QGIS would switch edited GeoPackages to WAL mode, leaving -wal/-shm files beside projects.
  QgsSettings().setValue(QStringLiteral("qgis/walForSqlite3"), false);
  initAssessmentResources();
  initGisQrc();
  resolveCartographyFont(installedCartographyFonts());
  return app;
}

QStringList cartographyFontPreferences()
{
  return {QStringLiteral("WenQuanYi Micro Hei"), QStringLiteral("Microsoft YaHei"),
          QStringLiteral("SimHei"), QStringLiteral("SimSun")};
}

QStringList installedCartographyFonts()
{
  // hasFamily() knows a font by every name it has: under a Chinese locale families() lists
  // WenQuanYi Micro Hei as 文泉驿微米黑.
  const QFontDatabase fonts;
  QStringList installed;
  for (const QString &family : cartographyFontPreferences())
    if (fonts.hasFamily(family))
      installed << family;
  return installed;
}

QString chooseCartographyFont(const QStringList &installedFamilies)
{
  const QStringList preferences = cartographyFontPreferences();
  for (const QString &family : preferences)
    if (installedFamilies.contains(family, Qt::CaseInsensitive))
      return family;
  return preferences.first();
}

QString resolveCartographyFont(const QStringList &installedFamilies)
{
  const QStringList preferences = cartographyFontPreferences();
  gCartographyFont = chooseCartographyFont(installedFamilies);
  gCartographyFontInstalled = installedFamilies.contains(gCartographyFont, Qt::CaseInsensitive);
  if (gCartographyFont != preferences.first())
    QFont::insertSubstitutions(preferences.first(), preferences.mid(1));
  else
    QFont::removeSubstitutions(preferences.first());
  return gCartographyFont;
}

QString cartographyFontFamily()
{
  return gCartographyFont.isEmpty() ? cartographyFontPreferences().first() : gCartographyFont;
}

bool checkCartographyFont(QString *message)
{
  if (gCartographyFontInstalled)
    return true;
  if (message)
    *message = Tr::tr("none of the fonts %1 is installed (Debian: fonts-wqy-microhei; Windows: "
                      "Microsoft YaHei comes with the system); maps and reports would fall back "
                      "to another font")
                   .arg(cartographyFontPreferences().join(QStringLiteral(", ")));
  return false;
}

} // namespace riskatlas
