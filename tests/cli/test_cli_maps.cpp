#include "clirunner.h"
#include "controlimage.h"
#include "maps/riskmaplayout.h"
#include "maps/riskstyle.h"
#include "maps/unitthinning.h"
#include "qgistestmain.h"
#include "store/projectlayers.h"
#include "testdata.h"

#include <QDir>
#include <QDomDocument>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <qgslayoutitem.h>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutmanager.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsreadwritecontext.h>
#include <qgsvectorlayer.h>

using namespace riskatlas;
using namespace riskatlas::test;

/**
 * The maps of issue 5: layout templates (built-in, user folder, --template), the category map
 * and the atlas against control images, PNG and SVG outputs, and the optional basemap.
 */
class TestCliMaps : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;
  QString mProject;

  QString path(const QString &name) const { return mDir.filePath(name); }

  static QString builtInTemplate(const QString &name)
  {
    return QDir(sourceDir()).filePath(QStringLiteral("resources/layouts/") + name);
  }

  static QString pdfText(const QString &pdf)
  {
    return runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
  }

  static int pdfPages(const QString &pdf)
  {
    return runTool(QStringLiteral("pdfinfo"), {pdf})
        .section(QStringLiteral("Pages:"), 1)
        .trimmed()
        .section(QLatin1Char('\n'), 0, 0)
        .toInt();
  }

  //! Serves \a folder on a free local port with python3's http.server; returns the port.
  static quint16 startTileServer(QProcess &server, const QString &folder)
  {
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
      return 0;
    const quint16 port = probe.serverPort();
    probe.close();
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(QStringLiteral("python3"),
                 {QStringLiteral("-u"), QStringLiteral("-m"), QStringLiteral("http.server"),
                  QString::number(port), QStringLiteral("--bind"), QStringLiteral("127.0.0.1"),
                  QStringLiteral("--directory"), folder});
    if (!server.waitForStarted() || !server.waitForReadyRead(10000)) // "Serving HTTP on …"
      return 0;
    return port;
  }

  static QString stopTileServer(QProcess &server)
  {
    server.waitForReadyRead(1000);
    const QString log = QString::fromUtf8(server.readAll());
    server.kill();
    server.waitForFinished();
    return log;
  }

private slots:
  void initTestCase()
  {
    QVERIFY(mDir.isValid());
    mProject = path(QStringLiteral("示例市.gpkg"));
    expectSuccess(buildSampleProject(mProject));
    expectSuccess(runCli({QStringLiteral("assess"), mProject}));
  }

  void everyBuiltInTemplateLoadsInQgis()
  {
    const QStringList templates =
        QDir(builtInTemplate(QString())).entryList({QStringLiteral("*.qpt")}, QDir::Files);
    QCOMPARE(templates.size(), 10);
    for (const QString &name : templates)
    {
      QFile file(builtInTemplate(name));
      QVERIFY(file.open(QIODevice::ReadOnly));
      QDomDocument document;
      QVERIFY2(document.setContent(&file), qPrintable(name));
      QgsProject project;
      QgsPrintLayout layout(&project);
      bool ok = false;
      layout.loadFromTemplate(document, QgsReadWriteContext(), true, &ok);
      QVERIFY2(ok, qPrintable(name));
      QVERIFY2(qobject_cast<QgsLayoutItemMap *>(layout.itemById(QStringLiteral("map"))),
               qPrintable(name));
      for (const char *id : {"title", "legend", "scalebar", "north-arrow", "footer"})
        QVERIFY2(layout.itemById(QString::fromLatin1(id)),
                 qPrintable(name + QLatin1Char(' ') + QString::fromLatin1(id)));
    }
  }

  void everyBuiltInTemplateExportsToPdf()
  {
    for (const QString &paper : {QStringLiteral("A4"), QStringLiteral("A3"), QStringLiteral("A2"),
                                 QStringLiteral("A1"), QStringLiteral("A0")})
      for (const QString &orientation : {QStringLiteral("landscape"), QStringLiteral("portrait")})
      {
        const QString pdf = path(QStringLiteral("%1-%2.pdf").arg(paper, orientation));
        expectSuccess(
            runCli({QStringLiteral("export-map"), mProject, pdf, QStringLiteral("--paper"), paper,
                    QStringLiteral("--orientation"), orientation}));
        const QString text = pdfText(pdf);
        for (const QString &word :
             {QStringLiteral("示例市城市安全风险分布图"), QStringLiteral("风险等级"),
              QStringLiteral("重大风险"), QStringLiteral("低风险"), QStringLiteral("EPSG:4549"),
              QStringLiteral("2026-11-29"), QStringLiteral("从严从高")})
          QVERIFY2(text.contains(word), qPrintable(pdf + QLatin1Char(' ') + word));
        const QString info = runTool(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QStringLiteral("(%1)").arg(paper)), qPrintable(info));
      }
  }

  void pngHasTheSizeOfItsDpiAndAWorldFile()
  {
    for (const QString &paper : {QStringLiteral("A4"), QStringLiteral("A3")})
    {
      const QString png = path(QStringLiteral("%1-portrait.png").arg(paper));
      expectSuccess(runCli({QStringLiteral("export-map"), mProject, png, QStringLiteral("--paper"),
                            paper, QStringLiteral("--orientation"), QStringLiteral("portrait"),
                            QStringLiteral("--dpi"), QStringLiteral("40")}));
      const QImage image(png);
      // 210 × 297 mm (A4) and 297 × 420 mm (A3) at 40 dpi.
      const QSize expected = paper == QLatin1String("A4") ? QSize(331, 468) : QSize(468, 661);
      QVERIFY2(std::abs(image.width() - expected.width()) <= 1 &&
                   std::abs(image.height() - expected.height()) <= 1,
               qPrintable(QStringLiteral("%1×%2").arg(image.width()).arg(image.height())));
      QVERIFY(QFile::exists(path(QStringLiteral("%1-portrait.pgw").arg(paper))));
    }
  }

  void svgKeepsTextAsText()
  {
    const QString svg = path(QStringLiteral("a4.svg"));
    expectSuccess(runCli({QStringLiteral("export-map"), mProject, svg, QStringLiteral("--paper"),
                          QStringLiteral("A4")}));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    QVERIFY(content.contains(QStringLiteral("<text")));
    for (const QString &word : {QStringLiteral("示例市城市安全风险分布图"),
                                QStringLiteral("重大风险"), QStringLiteral("临江区")})
      QVERIFY2(content.contains(word), qPrintable(word));
  }

  void categoryMapMatchesItsControlImage()
  {
    const QString png = path(QStringLiteral("industrial.png"));
    expectSuccess(runCli({QStringLiteral("export-map"), mProject, png, QStringLiteral("--paper"),
                          QStringLiteral("A4"), QStringLiteral("--dpi"), QStringLiteral("50"),
                          QStringLiteral("--category"), QStringLiteral("industrial")}));
    RISKATLAS_CHECK_CONTROL_IMAGE(png, QStringLiteral("category-industrial-a4-50dpi.png"));
  }

  void atlasHasOnePagePerDistrict()
  {
    const QString pdf = path(QStringLiteral("atlas.pdf"));
    const CliRun run =
        runCli({QStringLiteral("export-map"), mProject, pdf, QStringLiteral("--atlas"),
                QStringLiteral("--paper"), QStringLiteral("A4")});
    expectSuccess(run);
    QCOMPARE(pdfPages(pdf), 12);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("示例市城市安全风险分布图 · 临江区")),
             qPrintable(text.left(300)));
    QVERIFY(text.contains(QStringLiteral("示例市城市安全风险分布图 · 湘湖区")));

    const QString png = path(QStringLiteral("atlas.png"));
    const CliRun pages =
        runCli({QStringLiteral("export-map"), mProject, png, QStringLiteral("--atlas"),
                QStringLiteral("--paper"), QStringLiteral("A4"), QStringLiteral("--dpi"),
                QStringLiteral("50")});
    expectSuccess(pages);
    const QStringList written =
        QDir(mDir.path()).entryList({QStringLiteral("atlas_*.png")}, QDir::Files);
    QCOMPARE(written.size(), 12);
    QVERIFY(written.contains(QStringLiteral("atlas_330101.png")));
    QVERIFY(QFile::exists(path(QStringLiteral("atlas_330101.pgw"))));
    QVERIFY2(pages.out.contains(QStringLiteral("atlas_330112.png")), qPrintable(pages.out));
    RISKATLAS_CHECK_CONTROL_IMAGE(path(QStringLiteral("atlas_330101.png")),
                                  QStringLiteral("atlas-330101-a4-50dpi.png"));
  }

  void userFolderTemplateOverridesTheBuiltInOne()
  {
    QFile builtIn(builtInTemplate(QStringLiteral("four-colour-A4-landscape.qpt")));
    QVERIFY(builtIn.open(QIODevice::ReadOnly));
    QString content = QString::fromUtf8(builtIn.readAll());
    QVERIFY(content.contains(QStringLiteral("labelText=\"[% @riskatlas_title %]")));
    content.replace(QStringLiteral("labelText=\"[% @riskatlas_title %]"),
                    QStringLiteral("labelText=\"咨询公司版 [% @riskatlas_title %]"));
    const QString folder = path(QStringLiteral("user-layouts"));
    QVERIFY(QDir().mkpath(folder));
    writeFile(QDir(folder).filePath(QStringLiteral("four-colour-A4-landscape.qpt")),
              content.toUtf8());
    const QString pdf = path(QStringLiteral("user.pdf"));
    qputenv("RISKATLAS_TEMPLATE_DIR", folder.toUtf8());
    const CliRun run = runCli({QStringLiteral("export-map"), mProject, pdf,
                               QStringLiteral("--paper"), QStringLiteral("A4")});
    const CliRun a3 =
        runCli({QStringLiteral("export-map"), mProject, path(QStringLiteral("a3.pdf")),
                QStringLiteral("--paper"), QStringLiteral("A3")});
    qunsetenv("RISKATLAS_TEMPLATE_DIR");
    expectSuccess(run);
    expectSuccess(a3);
    QVERIFY(pdfText(pdf).contains(QStringLiteral("咨询公司版 示例市城市安全风险分布图")));
    // Papers the folder has no template for keep the built-in one.
    QVERIFY(!pdfText(path(QStringLiteral("a3.pdf"))).contains(QStringLiteral("咨询公司版")));

    // --template wins over the folder.
    const QString chosen = path(QStringLiteral("chosen.pdf"));
    qputenv("RISKATLAS_TEMPLATE_DIR", folder.toUtf8());
    const CliRun explicitTemplate =
        runCli({QStringLiteral("export-map"), mProject, chosen, QStringLiteral("--paper"),
                QStringLiteral("A4"), QStringLiteral("--template"),
                builtInTemplate(QStringLiteral("four-colour-A4-landscape.qpt"))});
    qunsetenv("RISKATLAS_TEMPLATE_DIR");
    expectSuccess(explicitTemplate);
    QVERIFY(!pdfText(chosen).contains(QStringLiteral("咨询公司版")));
  }

  void templateWithoutMapFailsWithUsage()
  {
    QFile builtIn(builtInTemplate(QStringLiteral("four-colour-A4-landscape.qpt")));
    QVERIFY(builtIn.open(QIODevice::ReadOnly));
    QDomDocument document;
    QVERIFY(document.setContent(&builtIn));
    const QDomNodeList items =
        document.documentElement().elementsByTagName(QStringLiteral("LayoutItem"));
    for (int i = 0; i < items.size(); ++i)
    {
      QDomElement item = items.at(i).toElement();
      if (item.attribute(QStringLiteral("id")) == QLatin1String("map"))
      {
        item.parentNode().removeChild(item);
        break;
      }
    }
    const QString broken = writeFile(path(QStringLiteral("no-map.qpt")), document.toByteArray());
    const CliRun run =
        runCli({QStringLiteral("export-map"), mProject, path(QStringLiteral("x.pdf")),
                QStringLiteral("--template"), broken});
    QCOMPARE(run.exitCode, 2);
    // The id in quotes, English or Chinese messages alike.
    QVERIFY2(run.err.contains(QStringLiteral("no-map.qpt")) &&
                 (run.err.contains(QStringLiteral("\"map\"")) ||
                  run.err.contains(QStringLiteral("\u201Cmap\u201D"))),
             qPrintable(run.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("x.pdf"))));

    const CliRun missing =
        runCli({QStringLiteral("export-map"), mProject, path(QStringLiteral("x.pdf")),
                QStringLiteral("--template"), path(QStringLiteral("nothing.qpt"))});
    QCOMPARE(missing.exitCode, 2);
  }

  void shiftedBasemapsAreRefused()
  {
    for (const QString &url :
         {QStringLiteral("https://webrd01.is.autonavi.com/appmaptile?x={x}&y={y}&z={z}"),
          QStringLiteral("https://rt0.map.gtimg.com/tile?z={z}&x={x}&y={y}"),
          QStringLiteral("https://maponline0.bdimg.com/tile/?x={x}&y={y}&z={z}")})
    {
      const CliRun run =
          runCli({QStringLiteral("export-map"), mProject, path(QStringLiteral("shifted.pdf")),
                  QStringLiteral("--basemap"), url});
      QCOMPARE(run.exitCode, 2);
      QVERIFY2(run.err.contains(QStringLiteral("GCJ-02")) ||
                   run.err.contains(QStringLiteral("BD-09")),
               qPrintable(run.err));
    }
  }

  void layoutBuildsOnACallersProjectAndReopensInQgis()
  {
    // The way a project embedded in the GeoPackage gets its layouts: the caller's project and
    // styled layers; the texts must read the same after saving and reopening.
    const QString saved = path(QStringLiteral("embedded.qgz"));
    {
      QgsProject project;
      ProjectLayers layers(mProject);
      QVERIFY(layers.isValid());
      layers.regions()->setSubsetString(QStringLiteral("\"kind\" = 'district'"));
      applyRegionStyle(*layers.regions(), QStringLiteral("zh"), LevelPalette());
      applyUnitStyle(*layers.units(), QStringLiteral("zh"), LevelPalette());
      QgsVectorLayer *regions = layers.takeRegions();
      QgsVectorLayer *units = layers.takeUnits();
      project.addMapLayers({regions, units});
      MapOptions options;
      options.paper = QStringLiteral("A4");
      options.projectName = QStringLiteral("示例市");
      options.crsAuthId = QStringLiteral("EPSG:4549");
      MapBuildStatus status;
      std::unique_ptr<QgsPrintLayout> layout =
          buildRiskMapLayout(project, regions, units, options, &status);
      QVERIFY2(layout, qPrintable(status.error));
      QVERIFY(project.layoutManager()->addLayout(layout.release()));
      QVERIFY(project.write(saved));
    }
    QgsProject reopened;
    QVERIFY(reopened.read(saved));
    const QList<QgsPrintLayout *> layouts = reopened.layoutManager()->printLayouts();
    QCOMPARE(layouts.size(), 1);
    auto *title = qobject_cast<QgsLayoutItemLabel *>(layouts.first()->itemById(mapitem::title()));
    QVERIFY(title);
    QCOMPARE(title->currentText(), QStringLiteral("示例市城市安全风险分布图"));
    auto *footer = qobject_cast<QgsLayoutItemLabel *>(layouts.first()->itemById(mapitem::footer()));
    QVERIFY(footer && footer->currentText().contains(QStringLiteral("EPSG:4549")));
    auto *map = qobject_cast<QgsLayoutItemMap *>(layouts.first()->itemById(mapitem::map()));
    QVERIFY(map);
    QCOMPARE(map->layers().size(), 2);
    QVERIFY(map->extent().width() > 1000);
  }

  void thinningKeepsTheHighestLevelPerCell()
  {
    const QVector<UnitMark> marks{{10, 10, 1}, {11, 12, 4}, {14, 14, 2}, // one cell
                                  {25, 10, 2},                           // another
                                  {10, 35, 0}, {12, 36, 3}};             // a third
    const QVector<UnitMark> kept = thinUnitMarks(marks, 10);
    QCOMPARE(kept.size(), 3);
    // The most severe last, so it is drawn on top.
    QCOMPARE(kept.at(0).level, 2);
    QCOMPARE(kept.at(1).level, 3);
    QCOMPARE(kept.at(2).level, 4);
    QCOMPARE(kept.at(2).x, 11.0);
    QCOMPARE(thinUnitMarks(marks, 1000).size(), 1);
  }

  void reachableBasemapIsDrawnUnderTheRegions()
  {
    // A tiny local tile server: the probe asks for tile 1/1/0, the map for many more.
    const QString tiles = path(QStringLiteral("tiles"));
    QVERIFY(QDir().mkpath(tiles + QStringLiteral("/1/1")));
    QVERIFY(QFile::copy(
        QDir(sourceDir()).filePath(QStringLiteral("tests/controls/atlas-330101-a4-50dpi.png")),
        tiles + QStringLiteral("/1/1/0.png")));
    QProcess server;
    const quint16 port = startTileServer(server, tiles);
    QVERIFY(port > 0);
    const QString pdf = path(QStringLiteral("local-basemap.pdf"));
    const CliRun run =
        runCli({QStringLiteral("export-map"), mProject, pdf, QStringLiteral("--paper"),
                QStringLiteral("A4"), QStringLiteral("--basemap"),
                QStringLiteral("http://127.0.0.1:%1/{z}/{x}/{y}.png").arg(port)});
    const QString log = stopTileServer(server);
    expectSuccess(run);
    QVERIFY2(!run.err.contains(QStringLiteral("127.0.0.1")), qPrintable(run.err));
    QVERIFY2(pdfText(pdf).contains(QStringLiteral("底图：127.0.0.1")), qPrintable(pdfText(pdf)));
    QVERIFY2(log.contains(QStringLiteral("GET /1/1/0.png")), qPrintable(log));
    QVERIFY2(log.count(QStringLiteral("GET /")) > 2, qPrintable(log));
  }

  void wmtsCapabilitiesGiveTheFirstLayer()
  {
    const QString folder = path(QStringLiteral("wmts"));
    QVERIFY(QDir().mkpath(folder));
    QProcess server;
    const quint16 port = startTileServer(server, folder);
    QVERIFY(port > 0);
    QFile capabilities(
        QDir(sourceDir()).filePath(QStringLiteral("tests/cli/wmts-capabilities.xml")));
    QVERIFY(capabilities.open(QIODevice::ReadOnly));
    writeFile(QDir(folder).filePath(QStringLiteral("WMTSCapabilities.xml")),
              QString::fromUtf8(capabilities.readAll())
                  .replace(QStringLiteral("@PORT@"), QString::number(port))
                  .toUtf8());
    const QString pdf = path(QStringLiteral("wmts.pdf"));
    const CliRun run =
        runCli({QStringLiteral("export-map"), mProject, pdf, QStringLiteral("--paper"),
                QStringLiteral("A4"), QStringLiteral("--basemap"),
                QStringLiteral("http://127.0.0.1:%1/WMTSCapabilities.xml").arg(port)});
    const QString log = stopTileServer(server);
    expectSuccess(run);
    QVERIFY2(!run.err.contains(QStringLiteral("127.0.0.1")), qPrintable(run.err));
    QVERIFY(pdfText(pdf).contains(QStringLiteral("底图：127.0.0.1")));
    // Tiles asked for in the service's own CGCS2000 tile matrix set.
    QVERIFY2(log.contains(QStringLiteral("REQUEST=GetTile")) &&
                 log.contains(QStringLiteral("LAYER=vec")) &&
                 log.contains(QStringLiteral("TILEMATRIXSET=c")),
             qPrintable(log));
  }

  void unreachableBasemapIsLeftOutWithANote()
  {
    const QString pdf = path(QStringLiteral("basemap.pdf"));
    QElapsedTimer timer;
    timer.start();
    const CliRun run =
        runCli({QStringLiteral("export-map"), mProject, pdf, QStringLiteral("--paper"),
                QStringLiteral("A4"), QStringLiteral("--basemap"),
                QStringLiteral("http://127.0.0.1:9/{z}/{x}/{y}.png")});
    expectSuccess(run);
    QVERIFY2(timer.elapsed() < 30000, "the basemap probe did not give up quickly");
    QVERIFY2(run.err.contains(QStringLiteral("127.0.0.1:9")), qPrintable(run.err));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("127.0.0.1")), qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("重大风险")));
  }

  void configuredBasemapIsTheDefault()
  {
    // RISKATLAS_BASEMAP is used without --basemap; "--basemap none" leaves it out; a shifted
    // source configured there is refused like one given on the command line.
    qputenv("RISKATLAS_BASEMAP", "http://127.0.0.1:9/{z}/{x}/{y}.png");
    const CliRun configured =
        runCli({QStringLiteral("export-map"), mProject, path(QStringLiteral("configured.pdf")),
                QStringLiteral("--paper"), QStringLiteral("A4")});
    const CliRun none =
        runCli({QStringLiteral("export-map"), mProject, path(QStringLiteral("no-basemap.pdf")),
                QStringLiteral("--paper"), QStringLiteral("A4"), QStringLiteral("--basemap"),
                QStringLiteral("none")});
    qputenv("RISKATLAS_BASEMAP", "https://webrd01.is.autonavi.com/appmaptile?x={x}&y={y}&z={z}");
    const CliRun shifted =
        runCli({QStringLiteral("export-map"), mProject, path(QStringLiteral("shifted.pdf"))});
    qunsetenv("RISKATLAS_BASEMAP");
    expectSuccess(configured);
    QVERIFY2(configured.err.contains(QStringLiteral("127.0.0.1:9")), qPrintable(configured.err));
    QVERIFY(pdfText(path(QStringLiteral("configured.pdf"))).contains(QStringLiteral("127.0.0.1")));
    expectSuccess(none);
    QVERIFY2(!none.err.contains(QStringLiteral("127.0.0.1")), qPrintable(none.err));
    QVERIFY(!pdfText(path(QStringLiteral("no-basemap.pdf"))).contains(QStringLiteral("127.0.0.1")));
    QCOMPARE(shifted.exitCode, 2);
    QVERIFY2(shifted.err.contains(QStringLiteral("RISKATLAS_BASEMAP")), qPrintable(shifted.err));
  }
};

RISKATLAS_QGIS_TEST_MAIN(TestCliMaps)
#include "test_cli_maps.moc"
