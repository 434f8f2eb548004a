#include "assess/projectassessor.h"
#include "import/regionimporter.h"
#include "import/unitimporter.h"
#include "matrixcells.h"
#include "qgistestmain.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"
#include "testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <functional>

using namespace riskatlas;

/**
 * An assessment that starts from the last one's stored state must leave the project exactly as
 * a full assessment would: every unit and region column, the run's counts and lists. Each case
 * assesses one base project in full, copies it twice, changes the method set (or the rule) and
 * runs the copies incrementally and in full. Edits of units or regions must drop the state.
 *
 * The city (EPSG:4549): A1, B1, C1 and D1 are 1 km squares side by side from x = 500000 (C1 is
 * empty at first); U4 stands on the A1/B1 border, U5 outside every region, U6 lacks a severity;
 * L1 is a pipeline across A1 and B1, P1 an area across A1 and B1; U1 (I01) is a hazard source
 * whose 600 m zone reaches B1.
 */
class TestIncrementalAssess : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;
  QString mBase;

  static QByteArray square(const char *name, const char *code, int x0)
  {
    return QStringLiteral(
               R"({"type":"Feature","properties":{"name":"%1","code":"%2"},"geometry":{"type":"Polygon","coordinates":[[[%3,3300000],[%4,3300000],[%4,3301000],[%3,3301000],[%3,3300000]]]}})")
        .arg(QString::fromUtf8(name), QString::fromUtf8(code))
        .arg(x0)
        .arg(x0 + 1000)
        .toUtf8();
  }

  static QString featureCollection(const QByteArray &features)
  {
    return QString::fromUtf8(
        R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4549"}},"features":[)" +
        features + "]}");
  }

  //! The default set with F01's own 5×5 table, I01's zone of 600 m, and \a edit applied.
  static MethodSet methodSet(const std::function<void(QJsonObject &)> &edit = {})
  {
    QJsonObject json = MethodSet::defaultSet().toJson();
    QJsonObject matrix = json.value(QStringLiteral("default")).toObject();
    matrix.remove(QStringLiteral("bands"));
    matrix.insert(QStringLiteral("cells"), test::matrixCells());
    json.insert(QStringLiteral("sectors"), QJsonObject{{QStringLiteral("F01"), matrix}});
    json.insert(
        QStringLiteral("influence_zones"),
        QJsonObject{{QStringLiteral("enabled"), true},
                    {QStringLiteral("sectors"), QJsonObject{{QStringLiteral("I01"), 600}}}});
    if (edit)
      edit(json);
    MethodSet set;
    QString error;
    if (!MethodSet::fromJson(json, set, &error))
      qWarning("%s", qPrintable(error));
    return set;
  }

  //! Sets cell (L, S) of the default matrix (a band table made explicit) or of F01's table.
  static std::function<void(QJsonObject &)> cell(const QString &where, int likelihood, int severity,
                                                 const QString &level)
  {
    return [=](QJsonObject &json)
    {
      QJsonObject sectors = json.value(QStringLiteral("sectors")).toObject();
      QJsonObject matrix = where == QLatin1String("default")
                               ? sectors.value(QStringLiteral("F01")).toObject()
                               : sectors.value(where).toObject();
      QJsonArray cells = matrix.value(QStringLiteral("cells")).toArray();
      QJsonArray row = cells.at(likelihood - 1).toArray();
      row.replace(severity - 1, level);
      cells.replace(likelihood - 1, row);
      matrix.insert(QStringLiteral("cells"), cells);
      if (where == QLatin1String("default"))
        json.insert(QStringLiteral("default"), matrix);
      else
      {
        sectors.insert(where, matrix);
        json.insert(QStringLiteral("sectors"), sectors);
      }
    };
  }

  static std::unique_ptr<ProjectStore> open(const QString &path)
  {
    QString error;
    auto store = ProjectStore::open(path, &error);
    if (!store)
      qWarning("%s", qPrintable(error));
    return store;
  }

  //! One text line per row of \a table with \a columns; reals (\a reals) to the last bit.
  static QString rows(ProjectStore &store, const QString &table, const QStringList &columns,
                      const QStringList &reals)
  {
    QStringList parts;
    for (const QString &column : columns)
      parts << (reals.contains(column)
                    ? QStringLiteral("CASE WHEN %1 IS NULL THEN 'NULL' ELSE printf('%!.17g', %1) "
                                     "END")
                          .arg(column)
                    : QStringLiteral("quote(%1)").arg(column));
    return querySingleValue(
        store.dataset(),
        QStringLiteral("SELECT group_concat(line, char(10)) FROM (SELECT %1 AS line FROM %2 "
                       "ORDER BY fid)")
            .arg(parts.join(QStringLiteral(" || '|' || ")), table));
  }

  //! Every result column of every unit and region.
  static QString results(ProjectStore &store)
  {
    return rows(store, QStringLiteral("units"),
                {"fid", "unit_id", "region_id", "region", "region_shares", "method",
                 "method_version", "score", "grade", "inherent_level", "level", "level_zh",
                 "assessment_note"},
                {"score"}) +
           QLatin1Char('\n') +
           rows(store, QStringLiteral("regions"),
                {"fid", "region_id", "level", "level_zh", "unit_count", "count_major",
                 "count_significant", "count_general", "count_low", "aggregate_index",
                 "category_levels", "raised_by"},
                {"aggregate_index"});
  }

  static QString describe(const AssessOutcome &outcome)
  {
    QStringList changes;
    for (const LevelChange &change : outcome.levelChanges)
      changes << QStringList{change.unitId, change.oldLevel, change.newLevel, change.reason}.join(
          QLatin1Char(' '));
    return QStringLiteral("units %1 scored %2 outside %3 [%4] unscored [%5] changes [%6]")
        .arg(outcome.units)
        .arg(outcome.scored)
        .arg(outcome.outsideRegions)
        .arg(outcome.outside.join(QLatin1Char(',')), outcome.unscored.join(QLatin1Char(',')),
             changes.join(QLatin1Char(',')));
  }

  QString copyOfBase(const QString &name)
  {
    const QString path = mDir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(mBase, path))
      qWarning("cannot copy %s", qPrintable(mBase));
    return path;
  }

  /**
   * Assesses copies of the base project (assessed in full with \a before under \a ruleBefore)
   * with \a after under \a ruleAfter, one from the stored state and one in full, and compares.
   */
  void compareWithFullRun(const MethodSet &before, AggregationRule ruleBefore,
                          const MethodSet &after, AggregationRule ruleAfter, int expectWritten)
  {
    {
      auto base = open(mBase);
      QVERIFY(base);
      const AssessOutcome first =
          ProjectAssessor::run(*base, before, ruleBefore, nullptr, AssessScope::Everything);
      QVERIFY2(first.ok, qPrintable(first.error));
    }
    auto incremental = open(copyOfBase(QStringLiteral("incremental.gpkg")));
    auto full = open(copyOfBase(QStringLiteral("full.gpkg")));
    QVERIFY(incremental && full);
    const AssessOutcome fromState = ProjectAssessor::run(*incremental, after, ruleAfter, nullptr);
    QVERIFY2(fromState.ok, qPrintable(fromState.error));
    QVERIFY(fromState.incremental);
    const AssessOutcome everything =
        ProjectAssessor::run(*full, after, ruleAfter, nullptr, AssessScope::Everything);
    QVERIFY2(everything.ok, qPrintable(everything.error));
    QVERIFY(!everything.incremental);
    QVERIFY(results(*full).contains(QStringLiteral("'U1'|'A1'|'甲区'")));
    QCOMPARE(results(*incremental), results(*full));
    QCOMPARE(describe(fromState), describe(everything));
    QCOMPARE(fromState.unitsWritten, everything.unitsWritten);
    QCOMPARE(fromState.unitsWritten, expectWritten);
    QCOMPARE(fromState.regionsWritten, everything.regionsWritten);
    // The state the incremental run leaves serves the next run as well as a full one's.
    const AssessOutcome again = ProjectAssessor::run(*incremental, before, ruleBefore, nullptr);
    QVERIFY(again.ok && again.incremental);
    const AssessOutcome againFull =
        ProjectAssessor::run(*full, before, ruleBefore, nullptr, AssessScope::Everything);
    QVERIFY(againFull.ok);
    QCOMPARE(results(*incremental), results(*full));
  }

  //! Runs the base project after \a edit (SQL, as QGIS Desktop would) and expects a full run.
  void expectEditDropsState(const QString &editSql)
  {
    {
      auto base = open(mBase);
      QVERIFY(base);
      QVERIFY(ProjectAssessor::run(*base, methodSet(), AggregationRule::Max, nullptr,
                                   AssessScope::Everything)
                  .ok);
      QVERIFY(!base->metadata(ProjectSchema::assessStateKey()).isEmpty());
    }
    auto project = open(copyOfBase(QStringLiteral("edited.gpkg")));
    QVERIFY(project);
    QString error;
    QVERIFY2(executeSql(project->dataset(), editSql, &error), qPrintable(error));
    QVERIFY(project->metadata(ProjectSchema::assessStateKey()).isEmpty());
    const AssessOutcome outcome =
        ProjectAssessor::run(*project, methodSet(), AggregationRule::Max, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(!outcome.incremental);
    // And the run after it may start from the state again.
    QVERIFY(ProjectAssessor::run(*project, methodSet(), AggregationRule::Max, nullptr).incremental);
  }

private slots:
  void initTestCase()
  {
    mBase = mDir.filePath(QStringLiteral("base.gpkg"));
    QString error;
    auto store = ProjectStore::create(mBase, QStringLiteral("城"), QStringLiteral("EPSG:4549"),
                                      false, &error);
    QVERIFY2(store, qPrintable(error));
    const QString regions = test::writeFile(
        mDir.filePath(QStringLiteral("regions.geojson")),
        featureCollection(square("甲区", "A1", 500000) + "," + square("乙区", "B1", 501000) + "," +
                          square("丙区", "C1", 502000) + "," + square("丁区", "D1", 503000))
            .toUtf8());
    ImportOutcome outcome = RegionImporter::run(*store, regions, {}, nullptr, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    const QString units = test::writeFile(
        mDir.filePath(QStringLiteral("units.geojson")),
        featureCollection(
            R"({"type":"Feature","properties":{"id":"U1","sector":"I01","L":"5","S":"5"},"geometry":{"type":"Point","coordinates":[500500,3300500]}},)"
            R"({"type":"Feature","properties":{"id":"U2","sector":"C07","L":"1","S":"1"},"geometry":{"type":"Point","coordinates":[500200,3300200]}},)"
            R"({"type":"Feature","properties":{"id":"U3","sector":"F01","L":"3","S":"3","control":"good"},"geometry":{"type":"Point","coordinates":[501500,3300500]}},)"
            R"({"type":"Feature","properties":{"id":"U4","sector":"F02","L":"2","S":"2"},"geometry":{"type":"Point","coordinates":[501000,3300500]}},)"
            R"({"type":"Feature","properties":{"id":"U5","sector":"N01","L":"5","S":"5"},"geometry":{"type":"Point","coordinates":[509000,3300500]}},)"
            R"({"type":"Feature","properties":{"id":"U6","sector":"N02","L":"3"},"geometry":{"type":"Point","coordinates":[501700,3300700]}},)"
            R"({"type":"Feature","properties":{"id":"U7","sector":"F01","L":"3","S":"3"},"geometry":{"type":"Point","coordinates":[503500,3300500]}},)"
            R"({"type":"Feature","properties":{"id":"U8","sector":"C07","L":"3","S":"3"},"geometry":{"type":"Point","coordinates":[503600,3300400]}},)"
            R"({"type":"Feature","properties":{"id":"L1","sector":"F06","L":"3","S":"3"},"geometry":{"type":"LineString","coordinates":[[500500,3300300],[501800,3300300]]}},)"
            R"({"type":"Feature","properties":{"id":"P1","sector":"N02","L":"1","S":"2"},"geometry":{"type":"Polygon","coordinates":[[[500750,3300600],[501750,3300600],[501750,3300800],[500750,3300800],[500750,3300600]]]}})")
            .toUtf8());
    outcome = UnitImporter::run(*store, units, {}, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    // No state before the first assessment.
    QVERIFY(store->metadata(ProjectSchema::assessStateKey()).isEmpty());
  }

  void firstRunReadsEverythingAndLeavesState()
  {
    auto store = open(mBase);
    QVERIFY(store);
    AssessOutcome outcome =
        ProjectAssessor::run(*store, methodSet(), AggregationRule::Max, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(!outcome.incremental);
    QCOMPARE(outcome.units, 10);
    QVERIFY(!store->metadata(ProjectSchema::assessStateKey()).isEmpty());
    // Nothing changed: from the state, nothing written, the same counts and lists.
    const QString before = results(*store);
    const AssessOutcome again =
        ProjectAssessor::run(*store, methodSet(), AggregationRule::Max, nullptr);
    QVERIFY2(again.ok, qPrintable(again.error));
    QVERIFY(again.incremental);
    QCOMPARE(again.unitsWritten, 0);
    QCOMPARE(again.regionsWritten, 0);
    QCOMPARE(describe(again), describe(outcome).replace(QRegularExpression(" changes \\[.*\\]$"),
                                                        QStringLiteral(" changes []")));
    QCOMPARE(results(*store), before);
  }

  void sectorTableCellChange()
  {
    // F01's L = 3, S = 3 falls from significant to general: U3 (good control: general → low)
    // and U7 (significant → general).
    compareWithFullRun(methodSet(), AggregationRule::Max,
                       methodSet(cell(QStringLiteral("F01"), 3, 3, QStringLiteral("general"))),
                       AggregationRule::Max, 2);
  }

  void defaultMatrixCellChange()
  {
    // L = 3, S = 3 of the default matrix: U8 and the pipeline L1 fall to general.
    compareWithFullRun(methodSet(), AggregationRule::Max,
                       methodSet(cell(QStringLiteral("default"), 3, 3, QStringLiteral("general"))),
                       AggregationRule::Max, 2);
  }

  void weightedAndDensityRulesFromTallies()
  {
    const MethodSet changed =
        methodSet(cell(QStringLiteral("default"), 3, 3, QStringLiteral("general")));
    compareWithFullRun(methodSet(), AggregationRule::Weighted, changed, AggregationRule::Weighted,
                       2);
    compareWithFullRun(methodSet(), AggregationRule::Density, changed, AggregationRule::Density, 2);
    // Only the rule changes: no unit is rewritten, the regions are re-aggregated.
    compareWithFullRun(methodSet(), AggregationRule::Max, methodSet(), AggregationRule::Weighted,
                       0);
  }

  void hazardSourceLosesAndRegainsItsScore()
  {
    // I01 scored by LEC without LEC inputs: U1 is unscored and raises B1 no more.
    const MethodSet lec = methodSet(
        [](QJsonObject &json)
        {
          QJsonObject sectors = json.value(QStringLiteral("sectors")).toObject();
          MethodSet lecSet;
          QString error;
          MethodSet::forMethod(QStringLiteral("lec"), lecSet, &error);
          sectors.insert(QStringLiteral("I01"), lecSet.toJson().value(QStringLiteral("default")));
          json.insert(QStringLiteral("sectors"), sectors);
        });
    compareWithFullRun(methodSet(), AggregationRule::Max, lec, AggregationRule::Max, 1);
    compareWithFullRun(lec, AggregationRule::Max, methodSet(), AggregationRule::Max, 1);
  }

  void unitEditsDropTheState()
  {
    expectEditDropsState(QStringLiteral("UPDATE units SET likelihood = '1' WHERE unit_id = 'U1'"));
    expectEditDropsState(QStringLiteral("UPDATE units SET sector = 'C07' WHERE unit_id = 'U3'"));
    expectEditDropsState(QStringLiteral("DELETE FROM units WHERE unit_id = 'U2'"));
    expectEditDropsState(
        QStringLiteral("UPDATE units SET geom = (SELECT geom FROM units WHERE unit_id = 'U7') "
                       "WHERE unit_id = 'U2'"));
  }

  void regionEditsDropTheState()
  {
    expectEditDropsState(QStringLiteral("UPDATE regions SET region_id = 'X1' WHERE "
                                        "region_id = 'C1'"));
    expectEditDropsState(QStringLiteral("DELETE FROM regions WHERE region_id = 'D1'"));
  }

  void stateNamingADeletedUnitAsksForAFullRun()
  {
    // Only possible when someone removed the triggers: the run fails, says what to do, and
    // changes nothing.
    auto store = open(copyOfBase(QStringLiteral("no-triggers.gpkg")));
    QVERIFY(store);
    QVERIFY(ProjectAssessor::run(*store, methodSet(), AggregationRule::Max, nullptr).ok);
    QString error;
    QVERIFY2(executeSql(store->dataset(),
                        QStringLiteral("DROP TRIGGER ra_units_delete_drops_state"), &error),
             qPrintable(error));
    QVERIFY2(executeSql(store->dataset(), QStringLiteral("DELETE FROM units WHERE unit_id = 'U6'"),
                        &error),
             qPrintable(error));
    const QString before = results(*store);
    const AssessOutcome outcome =
        ProjectAssessor::run(*store, methodSet(), AggregationRule::Max, nullptr);
    QVERIFY(!outcome.ok);
    QCOMPARE(outcome.errorKind, ProblemKind::StaleAssessState); // the fix: a full assessment
    QVERIFY2(outcome.error.contains(QStringLiteral("fid 6")), qPrintable(outcome.error));
    QCOMPARE(results(*store), before);
    QVERIFY(ProjectAssessor::run(*store, methodSet(), AggregationRule::Max, nullptr,
                                 AssessScope::Everything)
                .ok);
  }

  void resultColumnsDoNotDropTheState()
  {
    auto store = open(mBase);
    QVERIFY(store);
    QVERIFY(ProjectAssessor::run(*store, methodSet(), AggregationRule::Max, nullptr).ok);
    QString error;
    QVERIFY2(executeSql(store->dataset(),
                        QStringLiteral("UPDATE units SET name = '新名称' WHERE unit_id = 'U1'"),
                        &error),
             qPrintable(error));
    QVERIFY(ProjectAssessor::run(*store, methodSet(), AggregationRule::Max, nullptr).incremental);
  }

  void changedInfluenceZonesReadEverything()
  {
    auto store = open(mBase);
    QVERIFY(store);
    QVERIFY(ProjectAssessor::run(*store, methodSet(), AggregationRule::Max, nullptr).ok);
    const MethodSet wider = methodSet(
        [](QJsonObject &json)
        {
          json.insert(
              QStringLiteral("influence_zones"),
              QJsonObject{{QStringLiteral("enabled"), true},
                          {QStringLiteral("sectors"), QJsonObject{{QStringLiteral("I01"), 1600}}}});
        });
    const AssessOutcome outcome =
        ProjectAssessor::run(*store, wider, AggregationRule::Max, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(!outcome.incremental);
    QCOMPARE(querySingleValue(store->dataset(),
                              QStringLiteral("SELECT raised_by FROM regions WHERE region_id = "
                                             "'C1'")),
             QStringLiteral("U1"));
  }

  void writerSpillingWhileTheReaderReads()
  {
    // 12,000 units (three batches) and a page cache of two pages: the writing connection must spill
    // mid-pass while the reading one holds its lock. Same results as with a normal cache.
    const QString base = mDir.filePath(QStringLiteral("spill-base.gpkg"));
    {
      QString error;
      auto store = ProjectStore::create(base, QStringLiteral("城"), QStringLiteral("EPSG:4549"),
                                        false, &error);
      QVERIFY2(store, qPrintable(error));
      QVERIFY(RegionImporter::run(*store, mDir.filePath(QStringLiteral("regions.geojson")), {},
                                  nullptr, nullptr)
                  .ok);
      QByteArray csv = "id,sector,x,y,L,S\n";
      for (int i = 0; i < 12000; ++i)
        csv += QStringLiteral("S%1,%2,%3,%4,%5,%6\n")
                   .arg(i)
                   .arg(i % 2 ? QStringLiteral("C07") : QStringLiteral("I01"))
                   .arg(500000 + (i * 37) % 4000)
                   .arg(3300000 + (i * 53) % 1000)
                   .arg(1 + i % 5)
                   .arg(1 + (i / 5) % 5)
                   .toUtf8();
      UnitImportOptions options;
      options.sourceCrs = QStringLiteral("EPSG:4549");
      const ImportOutcome imported =
          UnitImporter::run(*store, test::writeFile(mDir.filePath(QStringLiteral("many.csv")), csv),
                            options, nullptr);
      QVERIFY2(imported.ok, qPrintable(imported.messages().join(QLatin1Char('\n'))));
    }
    QStringList results;
    for (const char *cacheSize : {"-2000", "2"})
    {
      const QString path = mDir.filePath(QStringLiteral("spill-%1.gpkg").arg(cacheSize));
      QFile::remove(path);
      QVERIFY(QFile::copy(base, path));
      auto store = open(path);
      QVERIFY(store);
      QString error;
      QVERIFY2(executeSql(store->dataset(), QStringLiteral("PRAGMA cache_size = %1").arg(cacheSize),
                          &error),
               qPrintable(error));
      const AssessOutcome outcome =
          ProjectAssessor::run(*store, methodSet(), AggregationRule::Max, nullptr);
      QVERIFY2(outcome.ok, qPrintable(outcome.error));
      QCOMPARE(outcome.unitsWritten, 12000);
      results << this->results(*store);
    }
    QCOMPARE(results.at(1), results.at(0));
  }

  void reimportDropsTheState()
  {
    auto store = open(mBase);
    QVERIFY(store);
    QVERIFY(ProjectAssessor::run(*store, methodSet(), AggregationRule::Max, nullptr).ok);
    const QString more = test::writeFile(
        mDir.filePath(QStringLiteral("more.geojson")),
        featureCollection(
            R"({"type":"Feature","properties":{"id":"U9","sector":"I01","L":"5","S":"5"},"geometry":{"type":"Point","coordinates":[502500,3300500]}})")
            .toUtf8());
    // Upserted by id: U9 is added, the others stay.
    const ImportOutcome imported = UnitImporter::run(*store, more, {}, nullptr);
    QVERIFY2(imported.ok, qPrintable(imported.messages().join(QLatin1Char('\n'))));
    const AssessOutcome outcome =
        ProjectAssessor::run(*store, methodSet(), AggregationRule::Max, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(!outcome.incremental);
    QCOMPARE(outcome.units, 11);
    QCOMPARE(querySingleValue(store->dataset(),
                              QStringLiteral("SELECT level FROM regions WHERE region_id = 'C1'")),
             QStringLiteral("major"));
  }
};

RISKATLAS_QGIS_TEST_MAIN(TestIncrementalAssess)
#include "test_incrementalassess.moc"
