#include "support/gisruntime.h"

#include "taxonomy.h"

#include <QCoreApplication>
#include <QDir>
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
  const QString prefix = qEnvironmentVariableIsEmpty("QGIS_PREFIX_PATH")
                             ? QStringLiteral(QGIS_INSTALL_PREFIX_FOR_RISKATLAS)
                             : qEnvironmentVariable("QGIS_PREFIX_PATH");
  QgsApplication::setPrefixPath(prefix, true);
  QgsApplication::initQgis();
  // QGIS would switch edited GeoPackages to WAL mode, leaving -wal/-shm files beside projects.
  QgsSettings().setValue(QStringLiteral("qgis/walForSqlite3"), false);
  initAssessmentResources();
  initGisQrc();
  return app;
}

QString cartographyFontFamily()
{
  return QStringLiteral("WenQuanYi Micro Hei");
}

bool checkCartographyFont(QString *message)
{
  if (QFontDatabase().families().contains(cartographyFontFamily()))
    return true;
  if (message)
    *message = Tr::tr("the font \"%1\" is not installed (Debian: fonts-wqy-microhei); maps and "
                      "reports would fall back to another font")
                   .arg(cartographyFontFamily());
  return false;
}

} // namespace riskatlas
