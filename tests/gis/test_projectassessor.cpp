#include "assess/projectassessor.h"
#include "assess/projectsummary.h"
#include "import/regionimporter.h"
#include "import/unitimporter.h"
#include "matrixcells.h"
#include "qgistestmain.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"
#include "testdata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

using namespace riskatlas;

/**
 * A hand-made city in EPSG:4549: regions A1 and B1 share the border x = 501000, C1 is empty.
 * U1 (5×5 major) and U2 (1×1 low) lie in A1; U3 (3×3 significant, good control → general) and
 * U6 (severity missing) in B1; U4 (2×2 general) on the shared border goes to A1 (smaller code);
 * U5 (5×5 major) lies outside every region.
 */
class TestProjectAssessor : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;
  std::unique_ptr<ProjectStore> mStore;

  QString region(const QString &id, const char *field) const
  {
    return querySingleValue(mStore->dataset(),
                            QStringLiteral("SELECT %1 FROM regions WHERE region_id = '%2'")
                                .arg(QString::fromUtf8(field), id));
  }

  static QByteArray square(const char *name, const char *code, int x0)
  {
    return QStringLiteral(
               R"({"type":"Feature","properties":{"name":"%1","code":"%2"},"geometry":{"type":"Polygon","coordinates":[[[%3,3300000],[%4,3300000],[%4,3301000],[%3,3301000],[%3,3300000]]]}})")
        .arg(QString::fromUtf8(name), QString::fromUtf8(code))
        .arg(x0)
        .arg(x0 + 1000)
        .toUtf8();
  }

  QString unitLevel(const QString &id, const char *field = "level")
  {
    return querySingleValue(mStore->dataset(),
                            QStringLiteral("SELECT %1 FROM units WHERE unit_id = '%2'")
                                .arg(QString::fromUtf8(field), id));
  }

private slots:
  void initTestCase()
  {
    QString error;
    mStore = ProjectStore::create(mDir.filePath(QStringLiteral("city.gpkg")), QStringLiteral("城"),
                                  QStringLiteral("EPSG:4549"), false, &error);
    QVERIFY2(mStore, qPrintable(error));
    const QString regions = test::writeFile(
        mDir.filePath(QStringLiteral("regions.geojson")),
        R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4549"}},"features":[)" +
            square("甲区", "A1", 500000) + "," + square("乙区", "B1", 501000) + "," +
            square("丙区", "C1", 503000) + "]}");
    ImportOutcome outcome = RegionImporter::run(*mStore, regions, {}, nullptr, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    const QString units = test::writeFile(mDir.filePath(QStringLiteral("units.csv")),
                                          "id,sector,x,y,L,S,control\n"
                                          "U1,I01,500500,3300500,5,5,\n"
                                          "U2,C07,500200,3300200,1,1,\n"
                                          "U3,F01,501500,3300500,3,3,good\n"
                                          "U4,F02,501000,3300500,2,2,\n"
                                          "U5,N01,509000,3300500,5,5,\n"
                                          "U6,N02,501700,3300700,3,,\n");
    UnitImportOptions options;
    options.sourceCrs = QStringLiteral("EPSG:4549");
    outcome = UnitImporter::run(*mStore, units, options, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
  }

  void maxAggregationOnHandMadeRegions()
  {
    const AssessOutcome outcome =
        ProjectAssessor::run(*mStore, MethodSet::defaultSet(), AggregationRule::Max, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.units, 6);
    QCOMPARE(outcome.scored, 5);
    QCOMPARE(outcome.outsideRegions, 1);
    QCOMPARE(outcome.unscored.size(), 1);
    QVERIFY2(outcome.unscored.first().startsWith(QStringLiteral("unit U6: field severity")),
             qPrintable(outcome.unscored.first()));

    QCOMPARE(unitLevel(QStringLiteral("U3"), "inherent_level"), QStringLiteral("significant"));
    QCOMPARE(unitLevel(QStringLiteral("U3")), QStringLiteral("general"));
    QCOMPARE(unitLevel(QStringLiteral("U4"), "region_id"), QStringLiteral("A1"));
    QCOMPARE(unitLevel(QStringLiteral("U5"), "region_id"), QString());
    QCOMPARE(unitLevel(QStringLiteral("U6")), QStringLiteral("none"));
    QVERIFY(
        unitLevel(QStringLiteral("U6"), "assessment_note").contains(QStringLiteral("severity")));

    const AssessmentSummary summary = readSummary(*mStore);
    QCOMPARE(summary.outsideRegions, 1);
    QCOMPARE(summary.levels.count(RiskLevel::Major), 2);
    QCOMPARE(summary.regions.size(), 3);
    // sorted by code (A1, B1, C1), not by name (丙区 U+4E19 < 乙区 U+4E59 < 甲区 U+7532)
    QCOMPARE(summary.regions.at(0).id, QStringLiteral("A1"));
    QCOMPARE(summary.regions.at(0).result.level, RiskLevel::Major);
    QCOMPARE(summary.regions.at(0).result.units, 3);
    QCOMPARE(summary.regions.at(0).result.counts.count(RiskLevel::General), 1);
    QCOMPARE(summary.regions.at(0).result.counts.count(RiskLevel::Low), 1);
    QCOMPARE(summary.regions.at(1).id, QStringLiteral("B1"));
    QCOMPARE(summary.regions.at(1).result.level, RiskLevel::General);
    QCOMPARE(summary.regions.at(1).result.units, 2);
    QCOMPARE(summary.regions.at(2).id, QStringLiteral("C1"));
    QCOMPARE(summary.regions.at(2).result.level, RiskLevel::None);
    QCOMPARE(summary.regions.at(2).result.units, 0);
  }

  void weightedAndDensityRules()
  {
    // Each square region is 1 km². A1 holds U1 (industrial, major), U2 (crowded, low) and U4
    // (facilities, general).
    AssessOutcome outcome =
        ProjectAssessor::run(*mStore, MethodSet::defaultSet(), AggregationRule::Density, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(region(QStringLiteral("A1"), "level"), QStringLiteral("major")); // 1 per km²
    QCOMPARE(region(QStringLiteral("B1"), "level"), QStringLiteral("low"));   // 0 per km²
    QCOMPARE(region(QStringLiteral("C1"), "level"), QStringLiteral("none"));
    QVERIFY(std::abs(region(QStringLiteral("A1"), "aggregate_index").toDouble() - 1.0) < 1e-6);
    // Per category, by the same rule: industrial 1 red unit per km², crowded and facilities none.
    QCOMPARE(
        QJsonDocument::fromJson(region(QStringLiteral("A1"), "category_levels").toUtf8()).object(),
        (QJsonObject{{QStringLiteral("industrial"), QStringLiteral("major")},
                     {QStringLiteral("crowded"), QStringLiteral("low")},
                     {QStringLiteral("facilities"), QStringLiteral("low")}}));
    QCOMPARE(readSummary(*mStore).aggregation, AggregationRule::Density);

    outcome =
        ProjectAssessor::run(*mStore, MethodSet::defaultSet(), AggregationRule::Weighted, nullptr);
    QVERIFY(outcome.ok);
    // Equal category weights: (4 + 1 + 2) / 3 = 2.33 → general.
    QVERIFY(std::abs(region(QStringLiteral("A1"), "aggregate_index").toDouble() - 7.0 / 3) < 1e-9);
    QCOMPARE(region(QStringLiteral("A1"), "level"), QStringLiteral("general"));

    outcome = ProjectAssessor::run(*mStore, MethodSet::defaultSet(), AggregationRule::Max, nullptr);
    QVERIFY(outcome.ok);
    QCOMPARE(region(QStringLiteral("A1"), "level"), QStringLiteral("major"));
  }

  void hazardInfluenceZonesRaiseTheRegionsTheyReach()
  {
    QJsonObject json = MethodSet::defaultSet().toJson();
    // U1 (I01, major) stands 500 m from the border of B1 and 2.5 km from C1.
    json.insert(
        QStringLiteral("influence_zones"),
        QJsonObject{{QStringLiteral("enabled"), true},
                    {QStringLiteral("sectors"), QJsonObject{{QStringLiteral("I01"), 600}}}});
    MethodSet zones;
    QString error;
    QVERIFY2(MethodSet::fromJson(json, zones, &error), qPrintable(error));
    QVERIFY(zones.validate(Taxonomy::defaultTaxonomy()).isEmpty());
    QVERIFY(ProjectAssessor::run(*mStore, zones, AggregationRule::Max, nullptr).ok);
    QCOMPARE(region(QStringLiteral("B1"), "level"), QStringLiteral("major"));
    QCOMPARE(region(QStringLiteral("B1"), "raised_by"), QStringLiteral("U1"));
    QCOMPARE(region(QStringLiteral("C1"), "level"), QStringLiteral("none"));
    QCOMPARE(region(QStringLiteral("C1"), "raised_by"), QString());

    json.insert(
        QStringLiteral("influence_zones"),
        QJsonObject{{QStringLiteral("enabled"), false},
                    {QStringLiteral("sectors"), QJsonObject{{QStringLiteral("I01"), 600}}}});
    QVERIFY(MethodSet::fromJson(json, zones, &error));
    QVERIFY(ProjectAssessor::run(*mStore, zones, AggregationRule::Max, nullptr).ok);
    QCOMPARE(region(QStringLiteral("B1"), "level"), QStringLiteral("general"));

    json.insert(QStringLiteral("influence_zones"),
                QJsonObject{{QStringLiteral("enabled"), true},
                            {QStringLiteral("sectors"), QJsonObject{{QStringLiteral("I01"), -5}}}});
    QVERIFY(!MethodSet::fromJson(json, zones, &error));
    QVERIFY2(error.contains(QStringLiteral("sector I01")), qPrintable(error));
    // Back to the default set, as the next test expects.
    QVERIFY(
        ProjectAssessor::run(*mStore, MethodSet::defaultSet(), AggregationRule::Max, nullptr).ok);
  }

  void changedMethodSetIsRecordedWithEveryLevelChange()
  {
    QJsonObject json = MethodSet::defaultSet().toJson();
    json.insert(QStringLiteral("control_correction"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("level-shift")},
                            {QStringLiteral("good"), 0},
                            {QStringLiteral("fair"), 0},
                            {QStringLiteral("poor"), 1}});
    MethodSet noGoodBonus;
    QString error;
    QVERIFY2(MethodSet::fromJson(json, noGoodBonus, &error), qPrintable(error));
    const AssessOutcome outcome =
        ProjectAssessor::run(*mStore, noGoodBonus, AggregationRule::Max, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.levelChanges.size(), 1);
    const LevelChange &changed = outcome.levelChanges.first();
    QCOMPARE(changed.unitId, QStringLiteral("U3"));
    QCOMPARE(changed.oldLevel, QStringLiteral("general"));
    QCOMPARE(changed.newLevel, QStringLiteral("significant"));
    QVERIFY2(changed.reason.startsWith(QStringLiteral("matrix ")) &&
                 changed.reason.contains(QStringLiteral("score 9 → significant, control good")),
             qPrintable(changed.reason));
    QCOMPARE(unitLevel(QStringLiteral("U3")), QStringLiteral("significant"));

    const QList<AuditEntry> log = mStore->auditLog();
    QCOMPARE(firstBrokenAuditEntry(log), -1);
    const auto change = std::find_if(log.cbegin(), log.cend(),
                                     [](const AuditEntry &entry)
                                     { return entry.action == QLatin1String("level"); });
    QVERIFY(change != log.cend());
    QCOMPARE(change->target, QStringLiteral("unit U3"));
    QCOMPARE(change->oldValue, QStringLiteral("general"));
    QCOMPARE(change->newValue, QStringLiteral("significant"));

    // Every run names the exact method set it used, and every set is stored: the default set,
    // the two influence-zone sets of hazardInfluenceZonesRaiseTheRegionsTheyReach() and this
    // one. (The zone sets once hashed like the default set: their zones were not in the JSON.)
    QCOMPARE(querySingleValue(mStore->dataset(),
                              QStringLiteral("SELECT COUNT(DISTINCT method_set_hash) FROM ra_runs"))
                 .toInt(),
             4);
    QCOMPARE(querySingleValue(mStore->dataset(),
                              QStringLiteral("SELECT COUNT(DISTINCT hash) FROM ra_method_sets"))
                 .toInt(),
             4);
    QCOMPARE(
        querySingleValue(mStore->dataset(),
                         QStringLiteral("SELECT COUNT(*) FROM ra_method_sets WHERE hash = '%1'")
                             .arg(noGoodBonus.hash()))
            .toInt(),
        1);
  }

  void anOldRunIsReproducedFromItsRecordedMethodSet()
  {
    // Run 1 used the default set; the project has since moved on (previous test). Re-scoring
    // with run 1's recorded set gives run 1's levels again.
    const QString firstRun = querySingleValue(
        mStore->dataset(),
        QStringLiteral("SELECT method_set_hash FROM ra_runs ORDER BY fid LIMIT 1"));
    QCOMPARE(firstRun, MethodSet::defaultSet().hash());
    MethodSet recorded;
    QString error;
    QVERIFY2(mStore->methodSetByHash(firstRun.left(10), recorded, &error), qPrintable(error));
    QCOMPARE(recorded.hash(), firstRun);
    const AssessOutcome outcome =
        ProjectAssessor::run(*mStore, recorded, AggregationRule::Max, nullptr);
    QVERIFY(outcome.ok);
    QCOMPARE(unitLevel(QStringLiteral("U3")), QStringLiteral("general"));
    QCOMPARE(unitLevel(QStringLiteral("U3"), "method_version"),
             methodVersion(recorded.defaultMethod()));
    QVERIFY(!mStore->methodSetByHash(QStringLiteral("00000000"), recorded, &error));
    QVERIFY2(error.contains(QStringLiteral("no method set 00000000")), qPrintable(error));
  }

  void lecUnitsGetTheirGrade()
  {
    MethodSet lec;
    QVERIFY(MethodSet::forMethod(QStringLiteral("lec"), lec, nullptr));
    const AssessOutcome outcome = ProjectAssessor::run(*mStore, lec, AggregationRule::Max, nullptr);
    QVERIFY(outcome.ok);
    // The units carry matrix inputs only: every one is left unscored under LEC, none dropped.
    QCOMPARE(outcome.scored, 0);
    QCOMPARE(outcome.unscored.size(), 6);
    QVERIFY2(outcome.unscored.first().contains(QStringLiteral("field lec_l")),
             qPrintable(outcome.unscored.first()));
    QCOMPARE(unitLevel(QStringLiteral("U1"), "method"), QStringLiteral("lec"));
    // A1, first in code order, held the major unit U1 under the matrix.
    QCOMPARE(readSummary(*mStore).regions.at(0).id, QStringLiteral("A1"));
    QCOMPARE(readSummary(*mStore).regions.at(0).result.level, RiskLevel::None);
  }

  void linesAndAreasCountInEveryRegionTheyCross()
  {
    // L1 runs 500 m through A1 and 500 m through B1; P1 lies a quarter in A1, three in B1.
    const QString file = test::writeFile(
        mDir.filePath(QStringLiteral("networks.geojson")),
        R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4549"}},"features":[)"
        R"({"type":"Feature","properties":{"id":"L1","sector":"F06","L":"5","S":"5"},"geometry":{"type":"LineString","coordinates":[[500500,3300300],[501500,3300300]]}},)"
        R"({"type":"Feature","properties":{"id":"P1","sector":"N02","L":"1","S":"2"},"geometry":{"type":"Polygon","coordinates":[[[500750,3300600],[501750,3300600],[501750,3300800],[500750,3300800],[500750,3300600]]]}}]})");
    const ImportOutcome imported = UnitImporter::run(*mStore, file, {}, nullptr);
    QVERIFY2(imported.ok, qPrintable(imported.messages().join(QLatin1Char('\n'))));
    QVERIFY(
        ProjectAssessor::run(*mStore, MethodSet::defaultSet(), AggregationRule::Max, nullptr).ok);
    QCOMPARE(
        QJsonDocument::fromJson(unitLevel(QStringLiteral("L1"), "region_shares").toUtf8()).object(),
        (QJsonObject{{QStringLiteral("A1"), 0.5}, {QStringLiteral("B1"), 0.5}}));
    QCOMPARE(
        QJsonDocument::fromJson(unitLevel(QStringLiteral("P1"), "region_shares").toUtf8()).object(),
        (QJsonObject{{QStringLiteral("A1"), 0.25}, {QStringLiteral("B1"), 0.75}}));
    QCOMPARE(unitLevel(QStringLiteral("P1"), "region_id"), QStringLiteral("B1"));
    const AssessmentSummary summary = readSummary(*mStore);
    // B1 (乙区) now holds U3, U6, L1 and P1, and L1's major level.
    QCOMPARE(summary.regions.at(1).id, QStringLiteral("B1"));
    QCOMPARE(summary.regions.at(1).result.units, 4);
    QCOMPARE(summary.regions.at(1).result.level, RiskLevel::Major);
    QCOMPARE(summary.regions.at(0).id, QStringLiteral("A1"));
    QCOMPARE(summary.regions.at(0).result.units, 5);

    // Density weighs L1 by its share: half a major unit on each 1 km² side of the border.
    QVERIFY(
        ProjectAssessor::run(*mStore, MethodSet::defaultSet(), AggregationRule::Density, nullptr)
            .ok);
    QVERIFY(std::abs(region(QStringLiteral("A1"), "aggregate_index").toDouble() - 1.5) < 1e-6);
    QVERIFY(std::abs(region(QStringLiteral("B1"), "aggregate_index").toDouble() - 0.5) < 1e-6);
  }

  void lineCrossingThreeRegionsAndAGap()
  {
    // L3 runs 3 km east: 500 m in A1, 1 km in B1, 1 km in no region, 500 m in the empty C1.
    const QString file = test::writeFile(
        mDir.filePath(QStringLiteral("pipeline.geojson")),
        R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4549"}},"features":[)"
        R"({"type":"Feature","properties":{"id":"L3","sector":"F06","L":"4","S":"5"},"geometry":{"type":"LineString","coordinates":[[500500,3300100],[503500,3300100]]}}]})");
    QVERIFY(UnitImporter::run(*mStore, file, {}, nullptr).ok);
    QVERIFY(
        ProjectAssessor::run(*mStore, MethodSet::defaultSet(), AggregationRule::Max, nullptr).ok);
    const QJsonObject shares =
        QJsonDocument::fromJson(unitLevel(QStringLiteral("L3"), "region_shares").toUtf8()).object();
    QCOMPARE(shares.keys(), (QStringList{"A1", "B1", "C1"}));
    QCOMPARE(shares.value(QStringLiteral("A1")).toDouble(), 0.1667);
    QCOMPARE(shares.value(QStringLiteral("B1")).toDouble(), 0.3333);
    QCOMPARE(shares.value(QStringLiteral("C1")).toDouble(), 0.1667);
    // Its own region is the one holding the largest share; C1 is no longer empty.
    QCOMPARE(unitLevel(QStringLiteral("L3"), "region_id"), QStringLiteral("B1"));
    QCOMPARE(region(QStringLiteral("C1"), "level"), QStringLiteral("major"));
    QCOMPARE(region(QStringLiteral("C1"), "unit_count"), QStringLiteral("1"));
  }

  void reassessmentWritesOnlyTheUnitsAChangeAffects()
  {
    // Sector F01 (U3) gets a 5×5 cell table of its own, equal to the default bands.
    auto methodSetWith = [](const QString &cellL3S3)
    {
      QJsonObject json = MethodSet::defaultSet().toJson();
      QJsonObject matrix = json.value(QStringLiteral("default")).toObject();
      matrix.remove(QStringLiteral("bands"));
      matrix.insert(QStringLiteral("cells"), test::matrixCells(20, cellL3S3));
      json.insert(QStringLiteral("sectors"), QJsonObject{{QStringLiteral("F01"), matrix}});
      MethodSet set;
      QString error;
      if (!MethodSet::fromJson(json, set, &error))
        qWarning("%s", qPrintable(error));
      return set;
    };
    const MethodSet own = methodSetWith(QStringLiteral("significant"));
    const QString versionBefore = unitLevel(QStringLiteral("U3"), "method_version");
    AssessOutcome outcome = ProjectAssessor::run(*mStore, own, AggregationRule::Max, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    // U3's own table scores it exactly as before: its row, method version included, stays.
    QVERIFY(outcome.incremental);
    QCOMPARE(outcome.unitsWritten, 0);
    QCOMPARE(outcome.levelChanges.size(), 0);
    QCOMPARE(unitLevel(QStringLiteral("U3")), QStringLiteral("general"));
    QCOMPARE(unitLevel(QStringLiteral("U3"), "method_version"), versionBefore);

    const QString others = QStringLiteral(
        "SELECT group_concat(unit_id || region_id || method || method_version || score || "
        "inherent_level || level || level_zh, ';') FROM units WHERE unit_id <> 'U3'");
    const QString before = querySingleValue(mStore->dataset(), others);
    QVERIFY(!before.isEmpty());
    QString error;
    QVERIFY2(executeSql(mStore->dataset(), QStringLiteral("CREATE TEMP TABLE written(fid INTEGER)"),
                        &error),
             qPrintable(error));
    QVERIFY2(executeSql(mStore->dataset(),
                        QStringLiteral("CREATE TEMP TRIGGER count_writes AFTER UPDATE ON units "
                                       "BEGIN INSERT INTO written VALUES (NEW.fid); END"),
                        &error),
             qPrintable(error));

    // One matrix cell changes (L = 3, S = 3: significant → general): U3 alone is rewritten, its
    // level falls from general to low (good control) and the change is audited.
    outcome = ProjectAssessor::run(*mStore, methodSetWith(QStringLiteral("general")),
                                   AggregationRule::Max, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(
        outcome.units,
        querySingleValue(mStore->dataset(), QStringLiteral("SELECT COUNT(*) FROM units")).toInt());
    QCOMPARE(outcome.unitsWritten, 1);
    QCOMPARE(outcome.levelChanges.size(), 1);
    QCOMPARE(outcome.levelChanges.first().unitId, QStringLiteral("U3"));
    QCOMPARE(outcome.levelChanges.first().oldLevel, QStringLiteral("general"));
    QCOMPARE(outcome.levelChanges.first().newLevel, QStringLiteral("low"));
    QCOMPARE(unitLevel(QStringLiteral("U3")), QStringLiteral("low"));
    QCOMPARE(querySingleValue(mStore->dataset(),
                              QStringLiteral("SELECT group_concat(u.unit_id) FROM written AS w "
                                             "JOIN units AS u ON u.fid = w.fid")),
             QStringLiteral("U3"));
    QCOMPARE(querySingleValue(mStore->dataset(), others), before);
    const QList<AuditEntry> log = mStore->auditLog();
    QCOMPARE(firstBrokenAuditEntry(log), -1);
    const auto last = std::find_if(log.crbegin(), log.crend(),
                                   [](const AuditEntry &entry)
                                   { return entry.action == QLatin1String("level"); });
    QVERIFY(last != log.crend());
    QCOMPARE(last->target, QStringLiteral("unit U3"));
    QCOMPARE(last->oldValue, QStringLiteral("general"));
    QCOMPARE(last->newValue, QStringLiteral("low"));

    // The same set again: nothing to write, no change, every unit still counted.
    outcome = ProjectAssessor::run(*mStore, methodSetWith(QStringLiteral("general")),
                                   AggregationRule::Max, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(outcome.unitsWritten, 0);
    QCOMPARE(outcome.regionsWritten, 0);
    QCOMPARE(outcome.levelChanges.size(), 0);
    QCOMPARE(
        querySingleValue(mStore->dataset(), QStringLiteral("SELECT COUNT(*) FROM written")).toInt(),
        1);
    QVERIFY(executeSql(mStore->dataset(), QStringLiteral("DROP TRIGGER count_writes"), &error));
  }
};

RISKATLAS_QGIS_TEST_MAIN(TestProjectAssessor)
#include "test_projectassessor.moc"
