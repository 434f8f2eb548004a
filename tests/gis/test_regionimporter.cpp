#include "import/regionimporter.h"
#include "qgistestmain.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"
#include "testdata.h"

#include <QTemporaryDir>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace riskatlas;

class TestRegionImporter : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;
  int mCounter = 0;

  std::unique_ptr<ProjectStore> newProject()
  {
    QString error;
    auto store = ProjectStore::create(mDir.filePath(QStringLiteral("r%1.gpkg").arg(++mCounter)),
                                      QString(), QString(), false, &error);
    if (!store)
      qFatal("%s", qPrintable(error));
    return store;
  }

  QString geojson(const QByteArray &features)
  {
    return test::writeFile(mDir.filePath(QStringLiteral("regions%1.geojson").arg(++mCounter)),
                           R"({"type":"FeatureCollection","features":[)" + features + "]}");
  }

  static int count(ProjectStore &store, const QString &where)
  {
    return querySingleValue(store.dataset(),
                            QStringLiteral("SELECT COUNT(*) FROM regions WHERE %1").arg(where))
        .toInt();
  }

private slots:
  void sampleDistrictsImportAndReplaceByKind()
  {
    auto store = newProject();
    RegionImportOptions options;
    ImportOutcome outcome = RegionImporter::run(
        *store, test::sampleFile(QStringLiteral("districts.geojson")), options, nullptr, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    QCOMPARE(outcome.added, 12);
    QCOMPARE(store->crsAuthId(), QStringLiteral("EPSG:4549"));
    QCOMPARE(count(*store, QStringLiteral(
                               "kind = 'district' AND region_id = '330101' AND name = '临江区'")),
             1);

    options.kind = RegionKind::Street;
    QVERIFY(RegionImporter::run(*store, test::sampleFile(QStringLiteral("districts.geojson")),
                                options, nullptr, nullptr)
                .ok);
    options.kind = RegionKind::District;
    outcome = RegionImporter::run(*store, test::sampleFile(QStringLiteral("districts.geojson")),
                                  options, nullptr, nullptr);
    QVERIFY(outcome.ok);
    QCOMPARE(outcome.replaced, 12);
    QCOMPARE(count(*store, QStringLiteral("kind = 'district'")), 12);
    QCOMPARE(count(*store, QStringLiteral("kind = 'street'")), 12);
  }

  void invalidPolygonIsRepairedAndReported()
  {
    auto store = newProject();
    // A bow-tie: self-intersecting ring.
    const QString file = geojson(
        R"({"type":"Feature","properties":{"name":"蝴蝶区","code":"9"},"geometry":{"type":"Polygon","coordinates":[[[120,30],[120.1,30.1],[120.1,30],[120,30.1],[120,30]]]}})");
    QStringList warnings;
    const ImportOutcome outcome = RegionImporter::run(*store, file, {}, nullptr, &warnings);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    QCOMPARE(warnings.size(), 1);
    QVERIFY2(warnings.first().contains(QStringLiteral("蝴蝶区")), qPrintable(warnings.first()));
    OGRFeatureUniquePtr feature(store->regionsLayer()->GetNextFeature());
    QVERIFY(feature->GetGeometryRef()->IsValid());
    QVERIFY(feature->GetGeometryRef()->toMultiPolygon()->get_Area() > 0);
  }

  void problemsNameFileFeatureAndField()
  {
    auto store = newProject();
    QString file = geojson(
        R"({"type":"Feature","properties":{"label":"甲"},"geometry":{"type":"Polygon","coordinates":[[[120,30],[120.1,30],[120.1,30.1],[120,30]]]}})");
    ImportOutcome outcome = RegionImporter::run(*store, file, {}, nullptr, nullptr);
    QVERIFY(!outcome.ok);
    // The problem says what to fix as data; each front end words its own hint.
    QCOMPARE(outcome.problems.first().kind, ProblemKind::RegionNameUnrecognised);
    QCOMPARE(outcome.problems.first().allowed, QStringLiteral("label"));
    QVERIFY2(outcome.messages().first().contains(QStringLiteral("label")) &&
                 !outcome.messages().first().contains(QStringLiteral("--")),
             qPrintable(outcome.messages().first()));

    file = geojson(
        R"({"type":"Feature","properties":{"name":"甲","code":"1"},"geometry":{"type":"Point","coordinates":[120,30]}},)"
        R"({"type":"Feature","properties":{"name":"","code":"1"},"geometry":{"type":"Polygon","coordinates":[[[120,30],[120.1,30],[120.1,30.1],[120,30]]]}})");
    outcome = RegionImporter::run(*store, file, {}, nullptr, nullptr);
    QVERIFY(!outcome.ok);
    const QString errors = outcome.messages().join(QLatin1Char('\n'));
    QVERIFY2(errors.contains(QStringLiteral("regions must be polygons")), qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("field name: value \"\": every region needs a name")),
             qPrintable(errors));
    QVERIFY2(errors.contains(QStringLiteral("the code appears twice")), qPrintable(errors));
    QVERIFY(!store->hasSpatialLayers());
  }

  void geometryThatCannotBeARegionIsNamed_data()
  {
    QTest::addColumn<QByteArray>("coordinates");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");
    // GDAL reads NaN and 1e400 (infinity) in GeoJSON; GEOS cannot use either.
    QTest::newRow("NaN vertex") << QByteArray("[[120,30],[NaN,30],[120.1,30.1],[120,30]]")
                                << "nan 30"
                                << "a vertex has no finite coordinates (NaN or infinite)";
    QTest::newRow("infinite vertex")
        << QByteArray("[[120,30],[1e400,30],[120.1,30.1],[120,30]]") << "inf 30"
        << "a vertex has no finite coordinates (NaN or infinite)";
    // makeValid would turn this into a MULTILINESTRING inside the polygon layer.
    QTest::newRow("zero area") << QByteArray("[[120,30],[120.1,30],[120.2,30],[120,30]]")
                               << "Polygon ((120 30, 120.1 30, 120.2 30, 120 30))"
                               << "the polygon has no area, so it cannot be a region";
  }
  void geometryThatCannotBeARegionIsNamed()
  {
    QFETCH(QByteArray, coordinates);
    QFETCH(QString, value);
    QFETCH(QString, reason);
    auto store = newProject();
    const QString file = geojson(
        R"({"type":"Feature","properties":{"name":"甲","code":"1"},"geometry":{"type":"Polygon","coordinates":[[[120,30],[120.1,30],[120.1,30.1],[120,30]]]}},)"
        R"({"type":"Feature","properties":{"name":"乙","code":"2"},"geometry":{"type":"Polygon","coordinates":[)" +
        coordinates + "]}}");
    const ImportOutcome outcome = RegionImporter::run(*store, file, {}, nullptr, nullptr);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.problems.size(), 1);
    const Problem &problem = outcome.problems.first();
    QCOMPARE(problem.file, QFileInfo(file).fileName());      // as the importer names it
    QCOMPARE(problem.location, QStringLiteral("feature 1")); // GeoJSON counts from 0
    QCOMPARE(problem.field, QStringLiteral("geometry"));
    QCOMPARE(problem.value, value);
    QCOMPARE(problem.reason, reason);
    QVERIFY(!store->hasSpatialLayers());
  }

  void repairKeepsOnlyPolygonalParts()
  {
    auto store = newProject();
    // A square with a dangling spike: makeValid gives a polygon and a line.
    const QString file = geojson(
        R"({"type":"Feature","properties":{"name":"刺区","code":"9"},"geometry":{"type":"Polygon","coordinates":[[[120,30],[120.1,30],[120.1,30.1],[120.2,30.1],[120.1,30.1],[120,30.1],[120,30]]]}})");
    QStringList warnings;
    const ImportOutcome outcome = RegionImporter::run(*store, file, {}, nullptr, &warnings);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    QCOMPARE(warnings.size(), 1);
    OGRFeatureUniquePtr feature(store->regionsLayer()->GetNextFeature());
    QCOMPARE(wkbFlatten(feature->GetGeometryRef()->getGeometryType()), wkbMultiPolygon);
    QVERIFY(feature->GetGeometryRef()->IsValid());
  }
};

RISKATLAS_QGIS_TEST_MAIN(TestRegionImporter)
#include "test_regionimporter.moc"
