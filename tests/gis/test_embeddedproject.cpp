#include "embeddedproject.h"
#include "methodset.h"
#include "projectassessor.h"
#include "projectstore.h"
#include "qgistestmain.h"
#include "regionimporter.h"
#include "testdata.h"
#include "unitimporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <qgscategorizedsymbolrenderer.h>
#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgssymbol.h>
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

  void movedFileKeepsItsLayers()
  {
    QVERIFY(QDir(mDir.path()).mkpath(QStringLiteral("moved/deeper")));
    const QString moved = mDir.filePath(QStringLiteral("moved/deeper/示例市.gpkg"));
    QVERIFY(QFile::copy(mProject, moved));
    QVERIFY(!EmbeddedProject::isStale(moved));
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
    QVERIFY(EmbeddedProject::isStale(renamed));
    QString error;
    QVERIFY2(EmbeddedProject::write(renamed, &error), qPrintable(error));
    QVERIFY(!EmbeddedProject::isStale(renamed));
    expectReadableProject(renamed);
  }
};

RISKATLAS_QGIS_TEST_MAIN(TestEmbeddedProject)
#include "test_embeddedproject.moc"
