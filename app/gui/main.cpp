// riskatlas: the workbench. Thin wiring: start QGIS with its GUI, find the bundled sample,
// hand over to the ui library.

#include "support/gisruntime.h"
#include "workbench.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <qgsapplication.h>

namespace
{
//! The sample city's raw files: installed beside the executable's share folder, or the source tree.
QString sampleFolder()
{
  const QString override = qEnvironmentVariable("RISKATLAS_SAMPLE_DIR");
  const QStringList candidates = {
      override,
      QDir(QCoreApplication::applicationDirPath())
          .filePath(QStringLiteral("../share/riskatlas/projects/sample-city")),
      QStringLiteral(RISKATLAS_SOURCE_SAMPLE_DIR)};
  for (const QString &folder : candidates)
    if (!folder.isEmpty() && QFileInfo::exists(QDir(folder).filePath(QStringLiteral("units.csv"))))
      return QDir(folder).absolutePath();
  return QString();
}
} // namespace

int main(int argc, char **argv)
{
  QCoreApplication::setAttribute(Qt::AA_EnableHighDpiScaling);
  QCoreApplication::setAttribute(Qt::AA_UseHighDpiPixmaps);
  auto app = riskatlas::startQgis(argc, argv, true);
  // Settings stay under QGIS's organisation name: QgsSettings, and so the settings startQgis()
  // made, live there, in RiskAtlas's own profile folder (never the user's QGIS profile).
  QCoreApplication::setApplicationVersion(QStringLiteral(RISKATLAS_VERSION));
  QGuiApplication::setDesktopFileName(QStringLiteral("riskatlas"));

  QCommandLineParser parser;
  parser.setApplicationDescription(QStringLiteral("RiskAtlas urban safety-risk workbench"));
  parser.addHelpOption();
  parser.addVersionOption();
  parser.addPositionalArgument(QStringLiteral("project"),
                               QStringLiteral("a RiskAtlas project (.gpkg)"));
  parser.process(QCoreApplication::arguments());

  int code = 0;
  {
    riskatlas::Workbench workbench(sampleFolder());
    workbench.start(parser.positionalArguments().value(0));
    code = QgsApplication::exec();
  }
  QgsApplication::exitQgis();
  return code;
}
