#include "assess/projectassessor.h"
#include "import/regionimporter.h"
#include "import/unitimporter.h"
#include "maps/embeddedproject.h"
#include "methodset.h"
#include "qgistestmain.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"
#include "testdata.h"
#include "workflow/projectsession.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <qgscategorizedsymbolrenderer.h>
#include <qgslayertree.h>
#include <qgslayoutatlas.h>
#include <qgslayoutexporter.h>
#include <qgslayoutitemmap.h>
#include <qgslayoutmanager.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgssymbol.h>
#include <qgssymbollayer.h>
#include <qgsvectorlayer.h>

using namespace riskatlas;

/**
 * The QGIS project inside the GeoPackage, read back by QGIS itself: the sample city's styled
 * layers, still valid after the file was moved, and after it was renamed and opened again.
 */
class TestEmbeddedProject : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;
  QString mProject;

  static bool isStale(const QString &gpkgPath)
  {
    QString error;
    auto store = ProjectStore::open(gpkgPath, &error);
    return store && EmbeddedProject::isStale(*store);
  }

  //! Reads the embedded project the way QGIS Desktop does and checks every layer resolves.
  static void expectReadableProject(const QString &gpkgPath)
  {
    QgsProject project;
    QVERIFY2(project.read(EmbeddedProject::uri(gpkgPath)), qPrintable(project.error()));
    const QList<QgsMapLayer *> layers = project.layerTreeRoot()->layerOrder();
    QCOMPARE(layers.size(), 2); // units, districts
    for (QgsMapLayer *layer : layers)
    {
      QVERIFY2(layer->isValid(), qPrintable(layer->source()));
      QVERIFY2(layer->source().startsWith(gpkgPath), qPrintable(layer->source()));
    }
    QCOMPARE(layers.at(0)->name(), QStringLiteral("风险单元"));
    QCOMPARE(layers.at(1)->name(), QStringLiteral("区县"));
    auto *districts = qobject_cast<QgsVectorLayer *>(layers.at(1));
    QCOMPARE(districts->featureCount(), 12);
    QCOMPARE(districts->subsetString(), QStringLiteral("\"kind\" = 'district'"));
    auto *renderer = dynamic_cast<QgsCategorizedSymbolRenderer *>(districts->renderer());
    QVERIFY(renderer);
    const int major = renderer->categoryIndexForValue(QStringLiteral("major"));
    QVERIFY(major >= 0);
    QCOMPARE(renderer->categories().at(major).symbol()->color().name(), QStringLiteral("#ff0000"));
    QCOMPARE(project.title(), QStringLiteral("示例市"));
  }

private slots:
  void initTestCase()
  {
    mProject = mDir.filePath(QStringLiteral("示例市.gpkg"));
    QString error;
    auto store = ProjectStore::create(mProject, QStringLiteral("示例市"), QString(), false, &error);
    QVERIFY2(store, qPrintable(error));
    QVERIFY(RegionImporter::run(*store, test::sampleFile(QStringLiteral("districts.geojson")), {},
                                nullptr, nullptr)
                .ok);
    QVERIFY(
        UnitImporter::run(*store, test::sampleFile(QStringLiteral("units.csv")), {}, nullptr).ok);
    QVERIFY(
        ProjectAssessor::run(*store, MethodSet::defaultSet(), AggregationRule::Max, nullptr).ok);
    store.reset();
    QVERIFY2(EmbeddedProject::write(mProject, &error), qPrintable(error));
  }

  void qgisOpensTheStyledLayers() { expectReadableProject(mProject); }

  void layoutsAreReadyToPrint()
  {
    QgsProject project;
    QVERIFY(project.read(EmbeddedProject::uri(mProject)));
    QStringList names;
    for (QgsMasterLayoutInterface *layout : project.layoutManager()->layouts())
      names << layout->name();
    names.sort();
    QCOMPARE(names, (QStringList{"示例市人员密集场所风险分布图", "示例市城市公共设施风险分布图",
                                 "示例市城市安全风险分布图", "示例市城市安全风险分布图（图集）",
                                 "示例市城市工业风险分布图", "示例市自然灾害风险分布图"}));
    // The overall map, printed from the reopened project: each district in its level's colour.
    auto *layout = dynamic_cast<QgsPrintLayout *>(
        project.layoutManager()->layoutByName(QStringLiteral("示例市城市安全风险分布图")));
    QVERIFY(layout);
    auto *map = qobject_cast<QgsLayoutItemMap *>(layout->itemById(QStringLiteral("map")));
    QVERIFY(map);
    QCOMPARE(map->layers().size(), 2);
    for (QgsMapLayer *layer : map->layers())
      QVERIFY2(layer->isValid(), qPrintable(layer->source()));
    QgsLayoutExporter exporter(layout);
    const QImage page = exporter.renderPageToImage(0, QSize(), 40);
    QVERIFY(!page.isNull());
    int red = 0;
    for (int y = 0; y < page.height(); ++y)
      for (int x = 0; x < page.width(); ++x)
        red += page.pixelColor(x, y) == QColor(QStringLiteral("#FF0000")) ? 1 : 0;
    QVERIFY2(red > page.width() * page.height() / 50, qPrintable(QString::number(red)));
    // The atlas has a page per district.
    auto *atlas = dynamic_cast<QgsPrintLayout *>(
        project.layoutManager()->layoutByName(QStringLiteral("示例市城市安全风险分布图（图集）")));
    QVERIFY(atlas && atlas->atlas()->enabled());
    QVERIFY(atlas->atlas()->updateFeatures() == 12);
  }

  void rewrittenOnlyWhenWhatItIsMadeOfChanges()
  {
    auto stored = [this]()
    {
      QString error;
      auto store = ProjectStore::open(mProject, &error);
      return querySingleValue(store->dataset(),
                              QStringLiteral("SELECT content FROM qgis_projects"));
    };
    const QString before = stored();
    QString error;
    QVERIFY2(EmbeddedProject::write(mProject, &error), qPrintable(error));
    QCOMPARE(stored(), before); // a re-run with nothing new keeps the project as it is

    {
      auto store = ProjectStore::open(mProject, &error);
      QVERIFY(
          store->setMetadata(ProjectSchema::aggregationKey(), QStringLiteral("density"), &error));
    }
    QVERIFY2(EmbeddedProject::write(mProject, &error), qPrintable(error));
    QVERIFY(stored() != before);
    QgsProject project;
    QVERIFY(project.read(EmbeddedProject::uri(mProject)));
    QgsMasterLayoutInterface *layout = project.layoutManager()->layouts().value(0);
    QVERIFY(layout);
    QVERIFY2(layout->layoutProject() && dynamic_cast<QgsPrintLayout *>(layout)
                                            ->customProperty(QStringLiteral("variableValues"))
                                            .toStringList()
                                            .join(QLatin1Char('|'))
                                            .contains(QStringLiteral("density")),
             "the layouts print the new aggregation rule");
    {
      auto store = ProjectStore::open(mProject, &error);
      QVERIFY(store->setMetadata(ProjectSchema::aggregationKey(), QStringLiteral("max"), &error));
    }
    QVERIFY2(EmbeddedProject::write(mProject, &error), qPrintable(error));
  }

  void movedFileKeepsItsLayers()
  {
    QVERIFY(QDir(mDir.path()).mkpath(QStringLiteral("moved/deeper")));
    const QString moved = mDir.filePath(QStringLiteral("moved/deeper/示例市.gpkg"));
    QVERIFY(QFile::copy(mProject, moved));
    QVERIFY(!isStale(moved));
    expectReadableProject(moved);
  }

  void renamedFileIsRewrittenOnOpening()
  {
    const QString renamed = mDir.filePath(QStringLiteral("renamed.gpkg"));
    QVERIFY(QFile::copy(mProject, renamed));
    QFile::remove(mProject + QStringLiteral("-journal"));
    {
      // As written, the layers still name the old file (a QGIS limitation, qgis/QGIS#37440).
      QgsProject stale;
      QVERIFY(stale.read(EmbeddedProject::uri(renamed)));
      QVERIFY(!stale.layerTreeRoot()->layerOrder().at(0)->source().startsWith(renamed));
    }
    QVERIFY(isStale(renamed));
    QString error;
    QVERIFY2(EmbeddedProject::write(renamed, &error), qPrintable(error));
    QVERIFY(!isStale(renamed));
    expectReadableProject(renamed);
  }
  /**
   * A method set's palette reaches everything QGIS draws from the file: the default styles in
   * layer_styles (read back as QGIS Desktop opens a layer), every layer of the embedded project
   * (the layer tree and the layouts' own), and exported maps; restoring the default set brings
   * the default colours back.
   */
  void projectPaletteColoursStylesProjectAndMaps()
  {
    const QString path = mDir.filePath(QStringLiteral("palette.gpkg"));
    QVERIFY(QFile::copy(mProject, path));
    const QColor purple(QStringLiteral("#8B008B"));
    const QColor red(QStringLiteral("#FF0000"));
    auto majorColours = [](const QList<QgsVectorLayer *> &layers)
    {
      QSet<QString> colours;
      for (QgsVectorLayer *layer : layers)
        if (auto *renderer = dynamic_cast<QgsCategorizedSymbolRenderer *>(layer->renderer()))
        {
          const int major = renderer->categoryIndexForValue(QStringLiteral("major"));
          // The symbol's colour is its first unlocked layer's: units draw a locked white halo,
          // the level's marker, then a locked ring for overridden units.
          const QgsCategoryList categories = renderer->categories();
          QgsSymbol *symbol = major >= 0 ? categories.at(major).symbol() : nullptr;
          if (symbol)
            colours.insert(symbol->color().name().toUpper());
        }
      return colours;
    };
    auto storedStyles = [&](const QString &file)
    {
      QList<QgsVectorLayer *> layers;
      for (const QString &table : {QStringLiteral("regions"), QStringLiteral("units")})
        layers << new QgsVectorLayer(QStringLiteral("%1|layername=%2").arg(file, table), table,
                                     QStringLiteral("ogr"));
      const QSet<QString> colours = majorColours(layers);
      qDeleteAll(layers);
      return colours;
    };
    auto embeddedLayers = [&](const QString &file)
    {
      QgsProject project;
      if (!project.read(EmbeddedProject::uri(file)))
        return QSet<QString>{QStringLiteral("unreadable")};
      QList<QgsVectorLayer *> layers;
      for (QgsMapLayer *layer : project.mapLayers())
        if (auto *vector = qobject_cast<QgsVectorLayer *>(layer))
          layers << vector;
      return layers.size() > 2 ? majorColours(layers) : QSet<QString>();
    };
    auto exportedPixels = [&](const QColor &colour)
    {
      auto session = ProjectSession::open(path, nullptr);
      MapRequest request;
      request.paper = QStringLiteral("A4");
      request.dpi = 40;
      const QString png = mDir.filePath(QStringLiteral("palette-map.png"));
      const MapExport exported = session->exportMap(request, png);
      if (!exported.ok)
        return -1;
      const QImage image(png);
      int count = 0;
      for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
          count += image.pixelColor(x, y) == colour ? 1 : 0;
      return count;
    };
    LevelPalette palette;
    QVERIFY(palette.setColor(RiskLevel::Major, purple.name()));
    MethodSet coloured = MethodSet::defaultSet();
    coloured.setPalette(palette);
    {
      auto session = ProjectSession::open(path, nullptr);
      Problem problem;
      QVERIFY2(session->replaceMethodSet(coloured, &problem), qPrintable(problem.message()));
      QCOMPARE(session->takeWarnings(), QStringList());
    }
    QCOMPARE(storedStyles(path), QSet<QString>{QStringLiteral("#8B008B")});
    QCOMPARE(embeddedLayers(path), QSet<QString>{QStringLiteral("#8B008B")});
    const int purplePixels = exportedPixels(purple);
    QVERIFY2(purplePixels > 1000, qPrintable(QString::number(purplePixels)));
    QCOMPARE(exportedPixels(red), 0);

    {
      auto session = ProjectSession::open(path, nullptr);
      Problem problem;
      QVERIFY2(session->replaceMethodSet(MethodSet::defaultSet(), &problem),
               qPrintable(problem.message()));
    }
    QCOMPARE(storedStyles(path), QSet<QString>{QStringLiteral("#FF0000")});
    QCOMPARE(embeddedLayers(path), QSet<QString>{QStringLiteral("#FF0000")});
    QCOMPARE(exportedPixels(purple), 0);
  }
};

RISKATLAS_QGIS_TEST_MAIN(TestEmbeddedProject)
#include "test_embeddedproject.moc"
