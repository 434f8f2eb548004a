// `riskatlas-cli compare OLD NEW`: two hand-made projects with known differences — one unit
// re-rated up, one only in the old project, one only in the new — read as the analyst reads the
// text and as scripts read the JSON.
#include "clirunner.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace riskatlas::test;

class TestCliCompare : public QObject
{
  Q_OBJECT

  QTemporaryDir mDir;
  QString mOld;
  QString mNew;

  QString path(const QString &name) const { return mDir.filePath(name); }

  //! A units file in the sample's columns.
  QString units(const QString &name, const QByteArray &rows) const
  {
    return writeFile(
        path(name), "\xEF\xBB\xBF编号,单位名称,行业领域,经度,纬度,可能性,严重性,管控水平\n" + rows);
  }

  static QJsonObject json(const CliRun &run)
  {
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
  }

private slots:
  void initTestCase()
  {
    QVERIFY(mDir.isValid());
    mOld = path(QStringLiteral("去年.gpkg"));
    mNew = path(QStringLiteral("今年.gpkg"));
    expectSuccess(buildSampleProject(mOld));
    expectSuccess(buildSampleProject(mNew));
    // Last year: one more unit, closed since.
    expectSuccess(runCli(
        {QStringLiteral("import-units"), mOld,
         units(QStringLiteral("old.csv"), "OLD1,已关闭化工厂,I01,120.246265,30.350567,5,5,中\n")}));
    // This year: RU0002 (L 2, S 1 last year) re-rated 5 × 5 with poor control, and a new unit.
    expectSuccess(runCli({QStringLiteral("import-units"), mNew,
                          units(QStringLiteral("new.csv"),
                                "RU0002,龙井区瑞丰化工有限公司,I01,120.288699,30.294567,5,5,差\n"
                                "NEW1,新建加油站,I01,120.2,30.3,1,1,好\n")}));
    expectSuccess(runCli({QStringLiteral("assess"), mOld}));
    expectSuccess(runCli({QStringLiteral("assess"), mNew}));
  }

  void jsonNamesEveryChange()
  {
    const CliRun run = runCli({QStringLiteral("compare"), mOld, mNew, QStringLiteral("--json")});
    expectSuccess(run);
    const QJsonObject result = json(run);
    QCOMPARE(result.value(QStringLiteral("old")).toString(), mOld);
    const QString errors = jsonSchemaErrors(
        writeFile(path(QStringLiteral("compare.json")), run.out.toUtf8()),
        QDir(sourceDir()).filePath(QStringLiteral("resources/schemas/compare.schema.json")));
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
    const QJsonObject unitCounts = result.value(QStringLiteral("units")).toObject();
    QCOMPARE(unitCounts.value(QStringLiteral("raised")).toInt(), 1);
    QCOMPARE(unitCounts.value(QStringLiteral("lowered")).toInt(), 0);
    QCOMPARE(unitCounts.value(QStringLiteral("new")).toInt(), 1);
    QCOMPARE(unitCounts.value(QStringLiteral("removed")).toInt(), 1);
    QCOMPARE(unitCounts.value(QStringLiteral("unchanged")).toInt(), 359);
    QStringList changes;
    for (const QJsonValue &value : result.value(QStringLiteral("unit_changes")).toArray())
    {
      const QJsonObject change = value.toObject();
      changes << QStringLiteral("%1 %2 %3")
                     .arg(change.value(QStringLiteral("id")).toString(),
                          change.value(QStringLiteral("change")).toString(),
                          change.value(QStringLiteral("new_level")).toString());
    }
    QCOMPARE(changes, QStringList({QStringLiteral("NEW1 new low"), QStringLiteral("OLD1 removed "),
                                   QStringLiteral("RU0002 raised major")}));
    // Counts by level: one more major unit (RU0002 up, OLD1 gone: +1 −1 … as the lists say).
    const QJsonObject levels = result.value(QStringLiteral("levels")).toObject();
    const QJsonObject before = levels.value(QStringLiteral("old")).toObject();
    const QJsonObject after = levels.value(QStringLiteral("new")).toObject();
    int total = 0;
    for (const QString &key :
         {QStringLiteral("major"), QStringLiteral("significant"), QStringLiteral("general"),
          QStringLiteral("low"), QStringLiteral("none")})
    {
      QCOMPARE(levels.value(QStringLiteral("change")).toObject().value(key).toInt(),
               after.value(key).toInt() - before.value(key).toInt());
      total += after.value(key).toInt();
    }
    QCOMPARE(total, 361);
    // Every district is accounted for.
    const QJsonObject regions = result.value(QStringLiteral("regions")).toObject();
    int districts = 0;
    for (const QString &key :
         {QStringLiteral("raised"), QStringLiteral("lowered"), QStringLiteral("new"),
          QStringLiteral("removed"), QStringLiteral("unchanged")})
      districts += regions.value(key).toInt();
    QCOMPARE(districts, 12);
  }

  void textForTheAnalyst()
  {
    const CliRun run = runCli({QStringLiteral("compare"), mOld, mNew});
    expectSuccess(run);
    QVERIFY2(run.out.contains(QStringLiteral("units: raised 1, lowered 0, new 1, removed 1, "
                                             "unchanged 359")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("  RU0002 龙井区瑞丰化工有限公司: ")) &&
                 run.out.contains(QStringLiteral(" → 重大风险 (raised)")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("  OLD1 已关闭化工厂: 重大风险 → — (removed)")),
             qPrintable(run.out));
    const CliRun english = runCli({QStringLiteral("compare"), mOld, mNew,
                                   QStringLiteral("--language"), QStringLiteral("en")});
    QVERIFY2(english.out.contains(QStringLiteral("  NEW1 新建加油站: — → Low risk (new)")),
             qPrintable(english.out));
  }

  void aProjectAgainstItselfChangesNothing()
  {
    const CliRun run = runCli({QStringLiteral("compare"), mNew, mNew, QStringLiteral("--json")});
    expectSuccess(run);
    QVERIFY(json(run).value(QStringLiteral("unit_changes")).toArray().isEmpty());
    QCOMPARE(json(run)
                 .value(QStringLiteral("units"))
                 .toObject()
                 .value(QStringLiteral("unchanged"))
                 .toInt(),
             361);
  }

  void missingOrBadInput()
  {
    const QString missing = path(QStringLiteral("no-such.gpkg"));
    const CliRun run = runCli({QStringLiteral("compare"), missing, mNew});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(missing), qPrintable(run.err));
    QCOMPARE(runCli({QStringLiteral("compare"), mNew}).exitCode, 2);
    QCOMPARE(runCli({QStringLiteral("compare"), mOld, mNew, QStringLiteral("--language"),
                     QStringLiteral("fr")})
                 .exitCode,
             2);
  }
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "test_cli_compare.moc"
