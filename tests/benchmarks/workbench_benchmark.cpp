// Times what an analyst waits for when the workbench opens a big project: the project opened
// (file held, embedded QGIS project loaded) and the map drawn in full, in a 1366×768 window.
// Not a test: run by tests/benchmarks/run-workbench-benchmark.sh, never by CTest.

#include "mainwindow.h"
#include "support/gisruntime.h"
#include "uilanguage.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QStandardPaths>
#include <cstdio>
#include <qgsapplication.h>
#include <qgsmapcanvas.h>

int main(int argc, char **argv)
{
  QStandardPaths::setTestModeEnabled(true); // the benchmark's settings are not the user's
  auto app = riskatlas::startQgis(argc, argv, true);
  if (argc < 2)
  {
    std::fprintf(stderr, "usage: workbench_benchmark PROJECT.gpkg\n");
    return 2;
  }
  riskatlas::UiLanguage::install(QStringLiteral("en"));
  int code = 0;
  {
    riskatlas::MainWindow window;
    window.resize(1366, 768);
    window.show();
    QCoreApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    QSignalSpy rendered(window.mapCanvas(), &QgsMapCanvas::mapCanvasRefreshed);
    if (!window.openProject(QString::fromLocal8Bit(argv[1])))
      code = 1;
    const qint64 opened = timer.elapsed();
    // Drawn: the canvas finished its first full render of the project's extent.
    while (code == 0 && rendered.isEmpty() && timer.elapsed() < 120000)
      rendered.wait(100);
    const qint64 drawn = timer.elapsed();
    std::printf("open project\t%.2f s\nmap drawn\t%.2f s\n", opened / 1000.0, drawn / 1000.0);
    window.grab().save(QStringLiteral("%1.png").arg(QString::fromLocal8Bit(argv[1])));
    QElapsedTimer again;
    again.start();
    rendered.clear();
    window.mapCanvas()->refresh();
    while (rendered.isEmpty() && again.elapsed() < 120000)
      rendered.wait(100);
    std::printf("map redrawn (cached)\t%.2f s\n", again.elapsed() / 1000.0);
    // Zoomed in to where the units are drawn (the densest view the map allows).
    window.mapCanvas()->setCachingEnabled(false);
    again.restart();
    rendered.clear();
    window.mapCanvas()->zoomScale(20000);
    while (rendered.isEmpty() && again.elapsed() < 120000)
      rendered.wait(100);
    std::printf("units view at 1:20,000\t%.2f s\n", again.elapsed() / 1000.0);
    window.grab().save(QStringLiteral("%1-20000.png").arg(QString::fromLocal8Bit(argv[1])));
  }
  QgsApplication::exitQgis();
  return code;
}
