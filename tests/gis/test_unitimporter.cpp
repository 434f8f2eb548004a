#include "import/unitimporter.h"
#include "importfixture.h"
#include "qgistestmain.h"
#include "store/projectcrs.h"
#include "store/projectstore.h"
#include "testdata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace riskatlas;

class TestUnitImporter : public QObject
{
  Q_OBJECT

private:
  test::ImportFixture mFixture;

  std::unique_ptr<ProjectStore> newProject(const QString &crs = QString())
  {
    return mFixture.newProject(crs);
  }

  QString csv(const QByteArray &content)
  {
    return test::writeFile(mFixture.file(QStringLiteral("units.csv")), "\xEF\xBB\xBF" + content);
  }

  static QJsonObject unitRow(ProjectStore &store, const QString &id)
  {
    OGRLayer *units = store.unitsLayer();
    units->SetAttributeFilter(QStringLiteral("unit_id = '%1'").arg(id).toUtf8().constData());
    OGRFeatureUniquePtr feature(units->GetNextFeature());
    units->SetAttributeFilter(nullptr);
    if (!feature)
      return {};
    QJsonObject row;
    for (int i = 0; i < feature->GetFieldCount(); ++i)
      row.insert(QString::fromUtf8(feature->GetFieldDefnRef(i)->GetNameRef()),
                 QString::fromUtf8(feature->GetFieldAsString(i)));
    const OGRPoint *point = feature->GetGeometryRef()->toPoint();
    row.insert(QStringLiteral("x"), point->getX());
    row.insert(QStringLiteral("y"), point->getY());
    return row;
  }

private slots:
  void chineseCsvImportsWithTextIdsAndKeptColumns()
  {
    auto store = newProject();
    const QString file =
        csv("编号,单位名称,行业领域,经度,纬度,可能性,严重性,管控水平,地址\n"
            "007,临江区宏达化工有限公司,I01,120.2,30.25,4,5,差,\"文三路1号,东门\"\n"
            "91330100MA2B3C4D5X,望湖区第三中学,学校与幼儿园,120.21,30.26,2,3,好,\n");
    const ImportOutcome outcome = UnitImporter::run(*store, file, {}, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    QCOMPARE(outcome.added, 2);
    // Hangzhou in lon/lat: the CGCS2000 3° Gauss–Krüger zone with CM 120°E.
    QCOMPARE(store->crsAuthId(), QStringLiteral("EPSG:4549"));

    const QJsonObject first = unitRow(*store, QStringLiteral("007"));
    QCOMPARE(first.value(QStringLiteral("name")).toString(),
             QStringLiteral("临江区宏达化工有限公司"));
    QCOMPARE(first.value(QStringLiteral("category")).toString(), QStringLiteral("industrial"));
    QCOMPARE(first.value(QStringLiteral("control")).toString(), QStringLiteral("差"));
    // PROJ check of platform.md: (120.2E, 30.25N) → E 519248.723, N 3347843.961 in EPSG:4549.
    QVERIFY(std::abs(first.value(QStringLiteral("x")).toDouble() - 519248.723) < 0.01);
    QVERIFY(std::abs(first.value(QStringLiteral("y")).toDouble() - 3347843.961) < 0.01);
    const QJsonObject kept =
        QJsonDocument::fromJson(first.value(QStringLiteral("attributes")).toString().toUtf8())
            .object();
    QCOMPARE(kept.value(QStringLiteral("地址")).toString(), QStringLiteral("文三路1号,东门"));

    const QJsonObject second = unitRow(*store, QStringLiteral("91330100MA2B3C4D5X"));
    QCOMPARE(second.value(QStringLiteral("sector")).toString(), QStringLiteral("C06"));
  }

  void everyBadRowIsReportedAndNothingChanges()
  {
    auto store = newProject();
    const int auditBefore = store->auditLog().size();
    const QString file = csv("编号,单位名称,行业领域,经度,纬度\n"
                             "A1,好单位,I01,120.2,30.25\n"
                             "A2,坏行业,X99,120.2,30.25\n"
                             "A3,坏经度,I02,东经120,30.25\n"
                             "A1,重复,I03,120.2,30.25\n"
                             ",无编号,I03,120.2,30.25\n");
    const ImportOutcome outcome = UnitImporter::run(*store, file, {}, nullptr);
    QVERIFY(!outcome.ok);
    const QString errors = outcome.messages().join(QLatin1Char('\n'));
    QCOMPARE(outcome.messages().size(), 4);
    const QString name = QFileInfo(file).fileName();
    QVERIFY2(outcome.messages().at(0).startsWith(
                 name + QStringLiteral(": row 3 (id A2): field 行业领域: value \"X99\"")),
             qPrintable(errors));
    QVERIFY2(
        outcome.messages().at(1).startsWith(
            name + QStringLiteral(": row 4 (id A3): field 经度: value \"东经120\": not a number")),
        qPrintable(errors));
    QVERIFY2(outcome.messages().at(2).contains(QStringLiteral("row 5 (id A1): field 编号")) &&
                 outcome.messages().at(2).contains(QStringLiteral("first at row 2")),
             qPrintable(errors));
    QVERIFY2(outcome.messages().at(3).contains(QStringLiteral("row 6: field 编号")),
             qPrintable(errors));
    QVERIFY(!store->hasSpatialLayers());
    QCOMPARE(store->auditLog().size(), auditBefore);
  }

  void projectedCoordinatesNeedTheirCrs()
  {
    auto store = newProject();
    const QString file = csv("id,name,sector,x,y\nP1,Plant,I07,519248.723,3347843.961\n");
    ImportOutcome outcome = UnitImporter::run(*store, file, {}, nullptr);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.problems.first().kind, ProblemKind::CoordinateOutOfRange);
    QVERIFY2(!outcome.messages().first().contains(QStringLiteral("--")),
             qPrintable(outcome.messages().first()));

    UnitImportOptions options;
    options.sourceCrs = QStringLiteral("EPSG:4549");
    outcome = UnitImporter::run(*store, file, options, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    QCOMPARE(store->crsAuthId(), QStringLiteral("EPSG:4549"));
    QCOMPARE(unitRow(*store, QStringLiteral("P1")).value(QStringLiteral("x")).toDouble(),
             519248.723);
  }

  void reimportUpdatesById()
  {
    auto store = newProject(QStringLiteral("EPSG:4549"));
    QVERIFY(UnitImporter::run(*store, csv("id,name,sector,lon,lat\nU1,Old,C07,120.2,30.25\n"), {},
                              nullptr)
                .ok);
    const ImportOutcome outcome = UnitImporter::run(
        *store, csv("id,name,sector,lon,lat\nU1,New,C07,120.2,30.25\nU2,Other,C07,120.3,30.3\n"),
        {}, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    QCOMPARE(outcome.updated, 1);
    QCOMPARE(outcome.added, 1);
    QCOMPARE(store->unitsLayer()->GetFeatureCount(), 2);
    QCOMPARE(unitRow(*store, QStringLiteral("U1")).value(QStringLiteral("name")).toString(),
             QStringLiteral("New"));
  }

  void explicitMappingAndMissingColumns()
  {
    auto store = newProject(QStringLiteral("EPSG:4549"));
    const QString file = csv("信用代码,类型,E,N\nX1,I01,120.2,30.25\n");
    ImportOutcome outcome = UnitImporter::run(*store, file, {}, nullptr);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.problems.first().kind, ProblemKind::UnitFieldUnrecognised);
    QCOMPARE(outcome.problems.first().field, QStringLiteral("id"));
    UnitImportOptions options;
    options.fieldMap = {{QStringLiteral("id"), QStringLiteral("信用代码")},
                        {QStringLiteral("sector"), QStringLiteral("类型")},
                        {QStringLiteral("longitude"), QStringLiteral("E")},
                        {QStringLiteral("latitude"), QStringLiteral("N")}};
    outcome = UnitImporter::run(*store, file, options, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
  }

  void geoJsonPointsInTheirOwnCrs()
  {
    auto store = newProject();
    const QString file = test::writeFile(
        mFixture.file(QStringLiteral("units.geojson")),
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"G1","sector":"N03"},"geometry":{"type":"Point","coordinates":[120.2,30.25]}}]})");
    const ImportOutcome outcome = UnitImporter::run(*store, file, {}, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    QCOMPARE(store->crsAuthId(), QStringLiteral("EPSG:4549"));
  }

  void missingFileNamesTheFile()
  {
    auto store = newProject();
    const ImportOutcome outcome =
        UnitImporter::run(*store, mFixture.file(QStringLiteral("nope.csv")), {}, nullptr);
    QVERIFY(!outcome.ok);
    QVERIFY(outcome.messages().first().contains(QStringLiteral("nope.csv: no such file")));
  }

  void projectCrsSuggestion_data()
  {
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::addColumn<QString>("crs");
    QTest::newRow("Hangzhou, CM 120E") << 120.15 << 30.25 << "EPSG:4549";
    QTest::newRow("Urumqi, CM 87E") << 87.6 << 43.8 << "EPSG:4538";
    QTest::newRow("Harbin, CM 126E") << 126.6 << 45.8 << "EPSG:4551";
    QTest::newRow("Paris, UTM 31N") << 2.35 << 48.85 << "EPSG:32631";
    QTest::newRow("Sydney, UTM 56S") << 151.2 << -33.9 << "EPSG:32756";
  }
  void projectCrsSuggestion()
  {
    QFETCH(double, lon);
    QFETCH(double, lat);
    QFETCH(QString, crs);
    QCOMPARE(suggestProjectCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")),
                               QgsPointXY(lon, lat)),
             crs);
  }

  void projectedSourceKeepsItsCrs()
  {
    QCOMPARE(suggestProjectCrs(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:32650")),
                               QgsPointXY(120, 30)),
             QStringLiteral("EPSG:32650"));
  }
};

RISKATLAS_QGIS_TEST_MAIN(TestUnitImporter)
#include "test_unitimporter.moc"
