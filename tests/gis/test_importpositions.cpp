#include "assess/projectassessor.h"
#include "assess/projectsummary.h"
#include "import/chinacoordinates.h"
#include "import/coordinatetext.h"
#include "import/gridmaker.h"
#include "import/regionimporter.h"
#include "import/unitimporter.h"
#include "importfixture.h"
#include "qgistestmain.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <qgscoordinatetransform.h>

using namespace riskatlas;
using namespace riskatlas::test;

//! Where units are: web-map offsets, degrees-minutes-seconds, region names, feet, re-imports.
class TestImportPositions : public QObject
{
  Q_OBJECT

private:
  ImportFixture mFixture;

  //! Metres between two lon/lat points (small distances).
  static double metres(double lon1, double lat1, double lon2, double lat2)
  {
    const double dx = (lon2 - lon1) * 111320.0 * std::cos(lat1 * M_PI / 180.0);
    const double dy = (lat2 - lat1) * 110540.0;
    return std::sqrt(dx * dx + dy * dy);
  }

  std::unique_ptr<ProjectStore> sampleProject()
  {
    auto store = mFixture.newProject();
    const ImportOutcome regions = RegionImporter::run(
        *store, sampleFile(QStringLiteral("districts.geojson")), {}, nullptr, nullptr);
    if (!regions.ok)
      qFatal("%s", qPrintable(regions.messages().join(QLatin1Char('\n'))));
    return store;
  }

private slots:
  void publishedWebMapTransforms()
  {
    // The published forward formulas (wgs84togcj02 / gcj02tobd09 of 116.404, 39.915).
    const QPointF gcj = ChinaCoordinates::wgs84ToGcj02({116.404, 39.915});
    QVERIFY(std::abs(gcj.x() - 116.41024449916938) < 1e-12);
    QVERIFY(std::abs(gcj.y() - 39.91640428150164) < 1e-12);
    const QPointF bd = ChinaCoordinates::gcj02ToBd09({116.404, 39.915});
    QVERIFY(std::abs(bd.x() - 116.41036949371029) < 1e-12);
    QVERIFY(std::abs(bd.y() - 39.92133699351021) < 1e-12);
    // Outside China nothing is offset.
    QCOMPARE(ChinaCoordinates::wgs84ToGcj02({2.35, 48.85}), QPointF(2.35, 48.85));
  }

  void webMapCoordinatesAreCorrectedBelowOneMetre_data()
  {
    QTest::addColumn<QString>("datum");
    QTest::newRow("GCJ-02") << "gcj02";
    QTest::newRow("BD-09") << "bd09";
  }
  void webMapCoordinatesAreCorrectedBelowOneMetre()
  {
    QFETCH(QString, datum);
    // Known WGS 84 positions in Hangzhou, written as a web map would show them.
    const QList<QPointF> truth{{120.2, 30.25}, {120.1551, 30.2741}, {119.98, 30.41}};
    QByteArray csv = "id,sector,lon,lat\n";
    for (int i = 0; i < truth.size(); ++i)
    {
      QPointF shown = ChinaCoordinates::wgs84ToGcj02(truth.at(i));
      if (datum == QLatin1String("bd09"))
        shown = ChinaCoordinates::gcj02ToBd09(shown);
      QVERIFY(metres(truth.at(i).x(), truth.at(i).y(), shown.x(), shown.y()) > 100);
      csv += QStringLiteral("W%1,C07,%2,%3\n")
                 .arg(i)
                 .arg(shown.x(), 0, 'f', 9)
                 .arg(shown.y(), 0, 'f', 9)
                 .toUtf8();
    }
    auto store = mFixture.newProject(QStringLiteral("EPSG:4490"));
    UnitImportOptions options;
    options.datum = datum == QLatin1String("gcj02") ? WebMapDatum::Gcj02 : WebMapDatum::Bd09;
    const ImportOutcome outcome = UnitImporter::run(
        *store, writeFile(mFixture.file(QStringLiteral("web.csv")), csv), options, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    for (int i = 0; i < truth.size(); ++i)
    {
      const QString id = QStringLiteral("W%1").arg(i);
      const double residual = metres(truth.at(i).x(), truth.at(i).y(),
                                     ImportFixture::unitValue(*store, id, "x").toDouble(),
                                     ImportFixture::unitValue(*store, id, "y").toDouble());
      QVERIFY2(residual < 1.0, qPrintable(QStringLiteral("%1 m off").arg(residual)));
    }
  }

  void webMapCorrectionRefusesPointsOutsideChina()
  {
    auto store = mFixture.newProject(QStringLiteral("EPSG:4326"));
    UnitImportOptions options;
    options.datum = WebMapDatum::Gcj02;
    const ImportOutcome outcome =
        UnitImporter::run(*store,
                          writeFile(mFixture.file(QStringLiteral("paris.csv")),
                                    "id,sector,lon,lat\nP,C01,2.35,48.85\n"),
                          options, nullptr);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.messages().first().contains(QStringLiteral("outside China")),
             qPrintable(outcome.messages().first()));
  }

  void degreesMinutesSeconds_data()
  {
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::newRow("decimal") << "120.2083" << 120.2083;
    QTest::newRow("DMS ASCII") << "120°12'30.5\"" << 120 + 12 / 60.0 + 30.5 / 3600.0;
    QTest::newRow("DMS primes") << "120°12′30.5″E" << 120 + 12 / 60.0 + 30.5 / 3600.0;
    QTest::newRow("Chinese") << "东经120度12分30.5秒" << 120 + 12 / 60.0 + 30.5 / 3600.0;
    QTest::newRow("decimal minutes") << "30°15.5'" << 30 + 15.5 / 60.0;
    QTest::newRow("south") << "33°52'S" << -(33 + 52 / 60.0);
  }
  void degreesMinutesSeconds()
  {
    QFETCH(QString, text);
    QFETCH(double, value);
    double parsed = 0;
    QVERIFY(parseCoordinate(text, parsed));
    QVERIFY2(std::abs(parsed - value) < 1e-9, qPrintable(QString::number(parsed, 'f', 9)));
  }

  void badDmsIsRefused()
  {
    double parsed = 0;
    QVERIFY(!parseCoordinate(QStringLiteral("120°75'"), parsed));
    QVERIFY(!parseCoordinate(QStringLiteral("东经"), parsed));
    QVERIFY(!parseCoordinate(QStringLiteral("12O.5"), parsed));
  }

  void nonFiniteCoordinatesAreNamed()
  {
    // "nan" and "inf" are numbers to QString::toDouble; no unit can stand there.
    auto store = mFixture.newProject(QStringLiteral("EPSG:4326"));
    const QString file = writeFile(mFixture.file(QStringLiteral("nan.csv")),
                                   "id,sector,lon,lat\nA,C01,nan,30\nB,C01,120,inf\n");
    const ImportOutcome outcome = UnitImporter::run(*store, file, {}, nullptr);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.problems.size(), 2);
    const QString fields[2] = {QStringLiteral("lon"), QStringLiteral("lat")};
    const QString values[2] = {QStringLiteral("nan"), QStringLiteral("inf")};
    for (int i = 0; i < 2; ++i)
    {
      const Problem &problem = outcome.problems.at(i);
      QCOMPARE(problem.location, QStringLiteral("row %1").arg(i + 2));
      QCOMPARE(problem.field, fields[i]);
      QCOMPARE(problem.value, values[i]);
      QCOMPARE(problem.reason, QStringLiteral("not a finite number"));
    }
  }

  void coordinateParserSurvivesMutation()
  {
    // Seeded character mutations of written coordinates: never a crash or a hang (NaN and inf
    // that it accepts as numbers are refused by the row reader, above).
    const QStringList seeds{QStringLiteral("120.2083"),
                            QStringLiteral("120°12'30.5\""),
                            QStringLiteral("东经120度12分30.5秒"),
                            QStringLiteral("33°52'S"),
                            QStringLiteral("30°15.5'"),
                            QStringLiteral("-1e5")};
    const QString alphabet = QStringLiteral("0123456789.-+eE°'\"′″度分秒NSEW东经北纬 nainf");
    QRandomGenerator random(20261130);
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < 20000; ++round)
    {
      QString text = seeds.at(random.bounded(seeds.size()));
      for (int edit = 1 + random.bounded(3); edit > 0; --edit)
      {
        const int at = random.bounded(text.size() + 1);
        if (random.bounded(2) == 0 && at < text.size())
          text.remove(at, 1);
        else
          text.insert(at, alphabet.at(random.bounded(alphabet.size())));
      }
      double value = 0;
      double again = 0;
      QCOMPARE(parseCoordinate(text, value), parseCoordinate(text, again));
    }
    QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
  }

  void mutatedUnitRowsAreImportedOrNamed()
  {
    // Seeded mutations of the sample's rows: an import never crashes, and every refused row
    // says where and why.
    QFile sample(sampleFile(QStringLiteral("units.csv")));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = sample.readAll().split('\n');
    QRandomGenerator random(20261130);
    auto store = sampleProject();
    for (int round = 0; round < 60; ++round)
    {
      QByteArray csv = lines.first() + '\n';
      for (int row = 1; row <= 5; ++row)
      {
        QByteArray line = lines.at(1 + random.bounded(lines.size() - 2));
        const int at = random.bounded(qMax(1, line.size()));
        switch (random.bounded(4))
        {
        case 0:
          line[at] = ",\"x9.-\xe4\xb8"[random.bounded(8)];
          break;
        case 1:
          line.remove(at, 1 + random.bounded(6));
          break;
        case 2:
          line.insert(at, QByteArray(",nan,", 1 + random.bounded(5)));
          break;
        default:
          line.insert(at, line.mid(random.bounded(qMax(1, line.size())), 12));
        }
        csv += line + '\n';
      }
      const QString file =
          writeFile(mFixture.file(QStringLiteral("mutated%1.csv").arg(round)), csv);
      const ImportOutcome outcome = UnitImporter::run(*store, file, {}, nullptr);
      for (const Problem &problem : outcome.problems)
        QVERIFY2(!problem.reason.trimmed().isEmpty() && !problem.file.isEmpty(),
                 qPrintable(QString::fromUtf8(csv)));
      QVERIFY2(outcome.ok || !outcome.problems.isEmpty(), qPrintable(QString::fromUtf8(csv)));
    }
  }

  void rowsPlacedByDistrictNameOrCode()
  {
    auto store = sampleProject();
    const QString csv = writeFile(mFixture.file(QStringLiteral("named.csv")),
                                  "\xEF\xBB\xBF编号,行业领域,经度,纬度,所属区县,可能性,严重性\n"
                                  "N1,C05,,,半山区,5,5\n"
                                  "N2,C05,,,330112,1,1\n"
                                  "N3,C05,,,,1,1\n");
    ImportOutcome outcome = UnitImporter::run(*store, csv, {}, nullptr);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.problems.size(), 1);
    QCOMPARE(outcome.problems.first().location, QStringLiteral("row 4"));
    QVERIFY2(outcome.problems.first().reason.contains(QStringLiteral("position or a region")),
             qPrintable(outcome.problems.first().reason));

    const QString fixed = writeFile(mFixture.file(QStringLiteral("named-ok.csv")),
                                    "\xEF\xBB\xBF编号,行业领域,经度,纬度,所属区县,可能性,严重性\n"
                                    "N1,C05,,,半山区,5,5\n"
                                    "N2,C05,,,330112,1,1\n");
    outcome = UnitImporter::run(*store, fixed, {}, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    QCOMPARE(outcome.withoutPosition, (QStringList{"N1", "N2"}));
    const AssessOutcome assessed =
        ProjectAssessor::run(*store, MethodSet::defaultSet(), AggregationRule::Max, nullptr);
    QVERIFY(assessed.ok);
    QCOMPARE(assessed.outsideRegions, 0);
    QCOMPARE(ImportFixture::unitValue(*store, QStringLiteral("N1"), "region"),
             QStringLiteral("半山区"));
    QCOMPARE(ImportFixture::unitValue(*store, QStringLiteral("N2"), "region"),
             QStringLiteral("湘湖区"));
    const AssessmentSummary summary = readSummary(*store);
    const auto banshan = std::find_if(summary.regions.cbegin(), summary.regions.cend(),
                                      [](const RegionSummary &region)
                                      { return region.name == QStringLiteral("半山区"); });
    QCOMPARE(banshan->result.level, RiskLevel::Major);
  }

  void regionsInAProjectedCrsInFeet()
  {
    // A 1 km square in UTM 10N, written in EPSG:2227 (California III, US survey feet).
    const QgsCoordinateReferenceSystem utm(QStringLiteral("EPSG:32610"));
    const QgsCoordinateReferenceSystem feet(QStringLiteral("EPSG:2227"));
    const QgsCoordinateTransform toFeet(utm, feet, QgsCoordinateTransformContext());
    QgsGeometry square = QgsGeometry::fromRect(QgsRectangle(550000, 4180000, 551000, 4181000));
    square.densifyByCount(20);
    square.transform(toFeet);
    const QString geojson = writeFile(
        mFixture.file(QStringLiteral("feet.geojson")),
        QStringLiteral(
            R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::2227"}},"features":[{"type":"Feature","properties":{"name":"Mission","code":"1"},"geometry":%1}]})")
            .arg(square.asJson(3))
            .toUtf8());
    auto store = mFixture.newProject(QStringLiteral("EPSG:32610"));
    const ImportOutcome outcome = RegionImporter::run(*store, geojson, {}, nullptr, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    OGRFeatureUniquePtr region(store->regionsLayer()->GetNextFeature());
    const double area = region->GetGeometryRef()->toMultiPolygon()->get_Area();
    QVERIFY2(std::abs(area - 1e6) < 100, qPrintable(QString::number(area)));
  }

  void reimportUpdatesAddsAndReportsRemovedUnits()
  {
    auto store = sampleProject();
    const QString first = mFixture.file(QStringLiteral("register.csv"));
    writeFile(first, "id,name,sector,lon,lat,L,S\n"
                     "U1,Same,C01,120.2,30.25,5,5\n"
                     "U2,Old name,C01,120.2,30.25,1,1\n"
                     "U3,Gone,C01,120.2,30.25,1,1\n");
    QVERIFY(UnitImporter::run(*store, first, {}, nullptr).ok);
    QVERIFY(
        ProjectAssessor::run(*store, MethodSet::defaultSet(), AggregationRule::Max, nullptr).ok);
    const int auditBefore = store->auditLog().size();

    writeFile(first, "id,name,sector,lon,lat,L,S\n"
                     "U1,Same,C01,120.2,30.25,5,5\n"
                     "U2,New name,C01,120.2,30.25,1,1\n"
                     "U4,Added,C01,120.2,30.25,2,2\n");
    const ImportOutcome outcome = UnitImporter::run(*store, first, {}, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    QCOMPARE(outcome.unchanged, 1);
    QCOMPARE(outcome.updated, 1);
    QCOMPARE(outcome.added, 1);
    QCOMPARE(outcome.removed, QStringList{QStringLiteral("U3")});
    // The unchanged unit keeps its result; the changed one waits for the next assessment.
    QCOMPARE(ImportFixture::unitValue(*store, QStringLiteral("U1"), "level"),
             QStringLiteral("major"));
    QCOMPARE(ImportFixture::unitValue(*store, QStringLiteral("U2"), "level"),
             QStringLiteral("none"));
    QCOMPARE(ImportFixture::unitValue(*store, QStringLiteral("U2"), "name"),
             QStringLiteral("New name"));
    QCOMPARE(ImportFixture::unitValue(*store, QStringLiteral("U3"), "name"),
             QStringLiteral("Gone"));
    QCOMPARE(store->auditLog().size(), auditBefore + 1);
    QVERIFY(store->auditLog().last().newValue.contains(QStringLiteral("1 unchanged")));
  }

  void gridCoversTheCityExactly_data()
  {
    QTest::addColumn<int>("shape");
    QTest::newRow("square 3 km") << int(GridOptions::Shape::Square);
    QTest::newRow("hexagon 3 km") << int(GridOptions::Shape::Hexagon);
  }
  void gridCoversTheCityExactly()
  {
    QFETCH(int, shape);
    auto store = sampleProject();
    GridOptions options;
    options.cellSize = 3000;
    options.shape = static_cast<GridOptions::Shape>(shape);
    const ImportOutcome outcome = GridMaker::run(*store, options, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    double cityArea = 0;
    double gridArea = 0;
    int withParent = 0;
    for (auto &feature : *store->regionsLayer())
    {
      const double area = feature->GetGeometryRef()->toMultiPolygon()->get_Area();
      if (stringField(*feature, "kind") == QLatin1String("district"))
        cityArea += area;
      else
      {
        gridArea += area;
        withParent += !stringField(*feature, "parent_id").isEmpty();
      }
    }
    QVERIFY(outcome.added > 20);
    QCOMPARE(withParent, outcome.added);
    QVERIFY2(std::abs(gridArea - cityArea) / cityArea < 1e-6,
             qPrintable(QStringLiteral("%1 vs %2").arg(gridArea).arg(cityArea)));
    GridOptions tiny;
    tiny.cellSize = 10;
    QVERIFY(!GridMaker::run(*store, tiny, nullptr).ok);
  }
};

RISKATLAS_QGIS_TEST_MAIN(TestImportPositions)
#include "test_importpositions.moc"
