// The CRS a new project is offered from the data file an analyst starts with: the CGCS2000
// 3-degree Gauss–Krüger zone of the file's centre, by the first import's rule.
#include "qgistestmain.h"
#include "testdata.h"
#include "workflow/crssuggestion.h"

#include <QTemporaryDir>
#include <qgscoordinatereferencesystem.h>

using namespace riskatlas;
using namespace riskatlas::test;

class TestCrsSuggestion : public QObject
{
  Q_OBJECT

private slots:
  void zoneCodesAreTheGaussKrugerZones()
  {
    // The codes the rule picks are CGCS2000 3-degree zones without the zone prefix.
    for (int meridian = 75; meridian <= 135; meridian += 3)
    {
      const QgsCoordinateReferenceSystem crs(
          QStringLiteral("EPSG:%1").arg(4534 + (meridian - 75) / 3));
      QCOMPARE(crs.description(),
               QStringLiteral("CGCS2000 / 3-degree Gauss-Kruger CM %1E").arg(meridian));
    }
  }

  void sampleBoundaryAndUnitsGiveZone120()
  {
    Problem problem;
    QCOMPARE(suggestedProjectCrs(sampleFile(QStringLiteral("districts.geojson")), &problem),
             QStringLiteral("EPSG:4549"));
    QCOMPARE(suggestedProjectCrs(sampleFile(QStringLiteral("units.csv")), &problem),
             QStringLiteral("EPSG:4549"));
    QVERIFY(problem.reason.isEmpty());
  }

  void pointNear117GivesItsZone()
  {
    QTemporaryDir dir;
    const QString csv = writeFile(dir.filePath(QStringLiteral("hefei.csv")),
                                  "id,name,lon,lat\nA1,x,117.2,31.8\nA2,y,117.4,31.9\n");
    QCOMPARE(suggestedProjectCrs(csv), QStringLiteral("EPSG:4548"));
    QCOMPARE(QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4548")).description(),
             QStringLiteral("CGCS2000 / 3-degree Gauss-Kruger CM 117E"));
    // Degrees-minutes-seconds as registers write them (the importer's reading).
    const QString dms = writeFile(dir.filePath(QStringLiteral("dms.csv")),
                                  "编号,经度,纬度\nB1,\"117°10'30\"\"\",\"31°48'\"\n");
    QCOMPARE(suggestedProjectCrs(dms), QStringLiteral("EPSG:4548"));
    // A GeoJSON point at 114.06E (Shenzhen) → CM 114E.
    const QString json = writeFile(
        dir.filePath(QStringLiteral("sz.geojson")),
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"1"},)"
        R"("geometry":{"type":"Point","coordinates":[114.06,22.54]}}]})");
    QCOMPARE(suggestedProjectCrs(json), QStringLiteral("EPSG:4547"));
  }

  void projectedFileKeepsItsCrs()
  {
    // As the first import would: a file already in a projected CRS keeps it.
    QTemporaryDir dir;
    const QString json = writeFile(
        dir.filePath(QStringLiteral("gk.geojson")),
        R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":)"
        R"("urn:ogc:def:crs:EPSG::32650"}},"features":[{"type":"Feature","properties":{},)"
        R"("geometry":{"type":"Point","coordinates":[500000,3500000]}}]})");
    QCOMPARE(suggestedProjectCrs(json), QStringLiteral("EPSG:32650")); // UTM 50N, not CM 117E
  }

  void fileWithoutPositionGivesAReason()
  {
    QTemporaryDir dir;
    const QString csv = writeFile(dir.filePath(QStringLiteral("plain.csv")),
                                  "编号,单位名称,行业领域\nRU1,某公司,I01\n");
    Problem problem;
    QVERIFY(suggestedProjectCrs(csv, &problem).isEmpty());
    QCOMPARE(problem.kind, ProblemKind::PositionUnrecognised);
    QVERIFY(problem.reason.contains(QStringLiteral("plain.csv")));

    Problem missing;
    QVERIFY(suggestedProjectCrs(dir.filePath(QStringLiteral("nope.geojson")), &missing).isEmpty());
    QVERIFY(!missing.reason.isEmpty());
  }
};

RISKATLAS_QGIS_TEST_MAIN(TestCrsSuggestion)
#include "test_crssuggestion.moc"
