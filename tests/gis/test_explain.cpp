// ProjectSession::explain on real projects: a hand-made city of two 1 km² districts whose units
// (points, a point on the shared border, a pipeline crossing both, a unit placed by its region
// name) give hand-worked numbers under each aggregation rule, and the sample city, where every
// explanation must reproduce the level the assessment stored.
#include "qgistestmain.h"
#include "sampleproject.h"
#include "testdata.h"
#include "workflow/projectsession.h"

#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace riskatlas;
using namespace riskatlas::test;

class TestExplain : public QObject
{
  Q_OBJECT

  QTemporaryDir mDir;
  std::unique_ptr<ProjectSession> mCity;

  static QByteArray square(const char *name, const char *code, int x0)
  {
    return QStringLiteral(
               R"({"type":"Feature","properties":{"name":"%1","code":"%2"},"geometry":{"type":"Polygon","coordinates":[[[%3,3300000],[%4,3300000],[%4,3301000],[%3,3301000],[%3,3300000]]]}})")
        .arg(QString::fromUtf8(name), QString::fromUtf8(code))
        .arg(x0)
        .arg(x0 + 1000)
        .toUtf8();
  }

  Explanation explain(const QString &id, const QString &language = QStringLiteral("en"))
  {
    Explanation explanation;
    Problem problem;
    if (!mCity->explain(id, language, explanation, &problem))
      qWarning("%s", qPrintable(problem.message()));
    return explanation;
  }

  void assess(AggregationRule rule)
  {
    AssessRequest request;
    request.aggregation = rule;
    const AssessOutcome outcome = mCity->assess(request, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
  }

  static QStringList ids(const QList<RegionMemberFacts> &members)
  {
    QStringList list;
    for (const RegionMemberFacts &member : members)
      list << member.unitId;
    list.sort();
    return list;
  }

private slots:
  void initTestCase()
  {
    Problem problem;
    mCity = ProjectSession::create(mDir.filePath(QStringLiteral("city.gpkg")), QStringLiteral("城"),
                                   QStringLiteral("EPSG:4549"), false, &problem);
    QVERIFY2(mCity, qPrintable(problem.message()));
    const QString regions = writeFile(
        mDir.filePath(QStringLiteral("regions.geojson")),
        R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4549"}},"features":[)" +
            square("甲区", "A1", 500000) + "," + square("乙区", "B1", 501000) + "]}");
    ImportOutcome outcome = mCity->importRegions(regions, {}, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    // U4 stands on the border of A1 and B1: it belongs to A1, the smaller code.
    const QString units =
        writeFile(mDir.filePath(QStringLiteral("units.csv")), "id,sector,x,y,L,S,control\n"
                                                              "U1,I01,500500,3300500,5,5,\n"
                                                              "U2,C07,500200,3300200,1,1,\n"
                                                              "U3,F01,501500,3300500,3,3,good\n"
                                                              "U4,F02,501000,3300500,2,2,\n");
    UnitImportOptions options;
    options.sourceCrs = QStringLiteral("EPSG:4549");
    outcome = mCity->importUnits(units, options, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    // L1 (a major pipeline) runs 500 m through each district.
    const QString lines = writeFile(
        mDir.filePath(QStringLiteral("pipeline.geojson")),
        R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4549"}},"features":[)"
        R"({"type":"Feature","properties":{"id":"L1","sector":"F06","L":"5","S":"5"},"geometry":{"type":"LineString","coordinates":[[500500,3300300],[501500,3300300]]}}]})");
    outcome = mCity->importUnits(lines, {}, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    // H1 has no position: it lies in B1 by name.
    const QString named =
        writeFile(mDir.filePath(QStringLiteral("named.csv")), "id,sector,region,L,S\n"
                                                              "H1,C02,乙区,3,4\n");
    outcome = mCity->importUnits(named, {}, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    assess(AggregationRule::Max);
  }

  void unitUnderTheMatrix()
  {
    // U3: 3 × 3 = 9, the lower bound of significant; good control lowers it to general.
    const Explanation e = explain(QStringLiteral("U3"));
    QVERIFY(!e.isRegion);
    QCOMPARE(e.unit.methodId, QStringLiteral("matrix"));
    QCOMPARE(e.unit.score, 9.0);
    QCOMPARE(e.unit.matrix->likelihood, 3);
    QCOMPARE(e.unit.matrix->severity, 3);
    QCOMPARE(e.unit.inherentLevel, RiskLevel::Significant);
    QCOMPARE(e.unit.correction.effect, QStringLiteral("lowered"));
    QCOMPARE(e.unit.finalLevel, RiskLevel::General);
    QVERIFY(e.unit.assessed);
    QVERIFY(e.unit.matchesStored);
  }

  void maxRegionNamesItsDecidingUnits()
  {
    // A1 holds U1 (major), U2 (low), U4 (on the border: general) and half of L1 (major).
    Explanation e = explain(QStringLiteral("A1"));
    QVERIFY(e.isRegion);
    QCOMPARE(e.region.rule, AggregationRule::Max);
    QCOMPARE(e.region.units, 4);
    QCOMPARE(e.region.finalLevel, RiskLevel::Major);
    QCOMPARE(ids(e.region.deciding), (QStringList{QStringLiteral("L1"), QStringLiteral("U1")}));
    QVERIFY(e.region.matchesStored);
    // B1 holds U3 (general), H1 (by name: 12, significant) and the other half of L1.
    e = explain(QStringLiteral("B1"));
    QCOMPARE(e.region.units, 3);
    QCOMPARE(e.region.counts.count(RiskLevel::Significant), 1);
    QCOMPARE(ids(e.region.deciding), QStringList{QStringLiteral("L1")});
    QVERIFY(e.region.matchesStored);
  }

  void densityRegionWithShares()
  {
    assess(AggregationRule::Density);
    // A1: U1 and half of L1 are major: 1.5 ÷ 1 km² = 1.5 per km² ≥ 0.1 → major.
    const Explanation e = explain(QStringLiteral("A1"));
    QCOMPARE(e.region.rule, AggregationRule::Density);
    QCOMPARE(e.region.majorOrSignificant, 1.5);
    QVERIFY2(std::abs(e.region.areaKm2 - 1.0) < 0.01,
             qPrintable(QString::number(e.region.areaKm2)));
    QVERIFY(std::abs(e.region.index - 1.5) < 0.02);
    QCOMPARE(e.region.bands->hitIndex(), 0);
    QCOMPARE(e.region.finalLevel, RiskLevel::Major);
    QVERIFY(e.region.matchesStored);
  }

  void weightedRegionWithItsTerms()
  {
    assess(AggregationRule::Weighted);
    // A1 by category, equal weights: industrial U1 → 4; crowded U2 → 1; facilities U4 (2, whole)
    // and L1 (4, half) → (2 + 2) ÷ 1.5 = 8/3. I = (4 + 1 + 8/3) ÷ 3 = 23/9 = 2.56 → significant.
    const Explanation e = explain(QStringLiteral("A1"));
    QCOMPARE(e.region.rule, AggregationRule::Weighted);
    QCOMPARE(e.region.terms.size(), 3);
    QCOMPARE(e.region.terms.at(1).group, QStringLiteral("facilities"));
    QVERIFY(std::abs(e.region.terms.at(1).value - 8.0 / 3) < 1e-9);
    QCOMPARE(e.region.terms.at(1).shares, 1.5);
    QVERIFY(std::abs(e.region.index - 23.0 / 9) < 1e-9);
    QCOMPARE(e.region.finalLevel, RiskLevel::Significant);
    QVERIFY(e.region.matchesStored);
    assess(AggregationRule::Max);
  }

  void resultsAreExplainedWithTheLastRunsMethodSet()
  {
    // A new method set changes nothing until the next assessment, and neither does the answer.
    MethodSet lec;
    QVERIFY(MethodSet::forMethod(QStringLiteral("lec"), lec, nullptr));
    Problem problem;
    QVERIFY(mCity->replaceMethodSet(lec, &problem));
    const Explanation e = explain(QStringLiteral("U1"));
    QCOMPARE(e.unit.methodId, QStringLiteral("matrix"));
    QCOMPARE(e.unit.finalLevel, RiskLevel::Major);
    QVERIFY(mCity->replaceMethodSet(MethodSet::defaultSet(), &problem));
  }

  void overrideAndItsReason()
  {
    UnitEdit edit;
    edit.fid = 0;
    UnitDetails details;
    Problem problem;
    // U2's fid: the second unit imported.
    QVERIFY(mCity->unitDetails(2, details, &problem));
    QCOMPARE(details.unitId, QStringLiteral("U2"));
    edit.fid = 2;
    edit.values.insert(UnitEditFields::levelOverride(), QStringLiteral("significant"));
    edit.reason = QStringLiteral("专家会商：人员密集");
    QVERIFY2(mCity->editUnit(edit, nullptr, &problem), qPrintable(problem.message()));
    // Before the next assessment the stored level is still low: the answer says so.
    Explanation e = explain(QStringLiteral("U2"));
    QCOMPARE(e.unit.overrideLevel, RiskLevel::Significant);
    QCOMPARE(e.unit.overrideReason, edit.reason);
    QCOMPARE(e.unit.finalLevel, RiskLevel::Significant);
    QVERIFY(!e.unit.matchesStored);
    assess(AggregationRule::Max);
    e = explain(QStringLiteral("U2"));
    QVERIFY(e.unit.matchesStored);
    QCOMPARE(e.unit.inherentLevel, RiskLevel::Low);
  }

  void unknownIdIsNamed()
  {
    Explanation explanation;
    Problem problem;
    QVERIFY(!mCity->explain(QStringLiteral("NOPE-9"), QStringLiteral("en"), explanation, &problem));
    QCOMPARE(problem.kind, ProblemKind::NotInProject);
    QCOMPARE(problem.value, QStringLiteral("NOPE-9"));
    QVERIFY2(problem.message().contains(QStringLiteral("\"NOPE-9\"")),
             qPrintable(problem.message()));
  }

  void sampleCityIsExplainedAsStored()
  {
    const QString path = mDir.filePath(QStringLiteral("sample.gpkg"));
    QVERIFY(makeSampleProject(path));
    Problem problem;
    auto sample = ProjectSession::open(path, OpenMode::ReadOnly, &problem);
    QVERIFY2(sample, qPrintable(problem.message()));
    const AssessmentSummary summary = sample->summary(&problem);
    QCOMPARE(summary.regions.size(), 12); // 4 districts and their 8 streets
    int units = 0;
    for (const auto &region : summary.regions)
    {
      Explanation e;
      QVERIFY2(sample->explain(region.id, QStringLiteral("zh"), e, &problem),
               qPrintable(problem.message()));
      QVERIFY(e.isRegion);
      QCOMPARE(e.region.units, region.result.units);
      QCOMPARE(e.region.finalLevel, region.result.level);
      QVERIFY(!e.region.deciding.isEmpty());
      if (region.kind == QLatin1String("district"))
        units += e.region.units;
      // Every deciding unit is itself explained with the region's level.
      Explanation unit;
      QVERIFY(
          sample->explain(e.region.deciding.first().unitId, QStringLiteral("zh"), unit, &problem));
      QCOMPARE(unit.unit.finalLevel, region.result.level);
      QVERIFY(unit.unit.matchesStored);
    }
    QCOMPARE(units + summary.outsideRegions, 360);
  }
};

RISKATLAS_QGIS_TEST_MAIN(TestExplain)
#include "test_explain.moc"
