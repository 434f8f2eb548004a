// `riskatlas-cli compare OLD NEW`: two hand-made projects with known differences — one unit
// re-rated up, one only in the old project, one only in the new — read as the analyst reads the
// text and as scripts read the JSON.
#include "clirunner.h"
#include "controlimage.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
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

  //! --map: the change map beside the comparison, its legend counting what --json counts.
  void changeMapCountsWhatTheJsonCounts()
  {
    const QString pdf = path(QStringLiteral("变化图.pdf"));
    const CliRun run = runCli({QStringLiteral("compare"), mOld, mNew, QStringLiteral("--json"),
                               QStringLiteral("--map"), pdf});
    expectSuccess(run);
    // stdout stays the JSON a script reads; the map is a file beside it.
    const QJsonObject units = json(run).value(QStringLiteral("units")).toObject();
    QCOMPARE(units.value(QStringLiteral("raised")).toInt(), 1);
    QVERIFY(QFileInfo(pdf).size() > 1000);
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY2(text.contains(QStringLiteral("风险等级变化图")), qPrintable(text));
    const auto count = [&units](const char *key)
    { return units.value(QLatin1String(key)).toInt(); };
    for (const QString &entry : {QStringLiteral("升级单元（%1）").arg(count("raised")),
                                 QStringLiteral("降级单元（%1）").arg(count("lowered")),
                                 QStringLiteral("新增单元（%1）").arg(count("new")),
                                 QStringLiteral("移除单元（%1）").arg(count("removed")),
                                 QStringLiteral("等级未变单元（%1）").arg(count("unchanged"))})
      QVERIFY2(text.contains(entry), qPrintable(entry + QStringLiteral(" not in:\n") + text));
    // Both projects named with their assessment day (SOURCE_DATE_EPOCH: 2026-11-29).
    QVERIFY2(text.contains(QStringLiteral("2026-11-29")), qPrintable(text));

    const CliRun english = runCli({QStringLiteral("compare"), mOld, mNew, QStringLiteral("--map"),
                                   path(QStringLiteral("changes.svg")),
                                   QStringLiteral("--language"), QStringLiteral("en")});
    expectSuccess(english);
    QVERIFY2(
        english.out.endsWith(QStringLiteral("wrote %1\n").arg(path(QStringLiteral("changes.svg")))),
        qPrintable(english.out));
    const QString svg = QString::fromUtf8(readFile(path(QStringLiteral("changes.svg"))));
    QVERIFY(svg.contains(QStringLiteral("Risk level changes")));
    QVERIFY(svg.contains(QStringLiteral("Units raised (1)")));
  }

  void changeMapLooksRight()
  {
    const QString png = path(QStringLiteral("changes.png"));
    expectSuccess(runCli({QStringLiteral("compare"), mOld, mNew, QStringLiteral("--map"), png,
                          QStringLiteral("--paper"), QStringLiteral("A4"), QStringLiteral("--dpi"),
                          QStringLiteral("50")}));
    RISKATLAS_CHECK_CONTROL_IMAGE(png, QStringLiteral("change-map-a4-50dpi.png"));
  }

  void changeMapOptionsAreChecked()
  {
    const QString pdf = path(QStringLiteral("bad.pdf"));
    CliRun run = runCli({QStringLiteral("compare"), mOld, mNew, QStringLiteral("--map"), pdf,
                         QStringLiteral("--paper"), QStringLiteral("B5")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("B5")), qPrintable(run.err));
    run = runCli({QStringLiteral("compare"), mOld, mNew, QStringLiteral("--map"),
                  path(QStringLiteral("map.txt"))});
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!QFileInfo::exists(pdf));
  }

  //! report --compare: the section with the comparison's numbers, in the PDF and in HTML.
  void reportComparesWithThePreviousAssessment()
  {
    const CliRun compared =
        runCli({QStringLiteral("compare"), mOld, mNew, QStringLiteral("--json")});
    const QJsonObject units = json(compared).value(QStringLiteral("units")).toObject();
    const QJsonObject levels = json(compared).value(QStringLiteral("levels")).toObject();
    const auto count = [&units](const char *key)
    { return units.value(QLatin1String(key)).toInt(); };

    const QString pdf = path(QStringLiteral("report.pdf"));
    expectSuccess(runCli({QStringLiteral("report"), mNew, pdf, QStringLiteral("--compare"), mOld}));
    // pdftotext breaks lines where the page does: read the text as one run.
    const QString text =
        runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).remove(QLatin1Char('\n'));
    QVERIFY2(text.contains(QStringLiteral("与上期评估对比")), qPrintable(text));
    const QString sentence =
        QStringLiteral("%1 个风险单元的最终等级升级，%2 个降级；新增 %3 个风险单元，%4 个不再列入，"
                       "%5 个等级未变。")
            .arg(count("raised"))
            .arg(count("lowered"))
            .arg(count("new"))
            .arg(count("removed"))
            .arg(count("unchanged"));
    QVERIFY2(text.contains(sentence), qPrintable(sentence));
    QVERIFY2(text.contains(QStringLiteral("风险等级变化图")), "no change map in the report");
    QVERIFY(text.contains(QStringLiteral("OLD1已关闭化工厂重大风险—移除")) ||
            text.contains(QStringLiteral("OLD1 已关闭化工厂 重大风险 — 移除")));

    const QString html = path(QStringLiteral("report.html"));
    expectSuccess(runCli({QStringLiteral("report"), mNew, html, QStringLiteral("--compare"), mOld,
                          QStringLiteral("--language"), QStringLiteral("en")}));
    const QString page = QString::fromUtf8(readFile(html));
    QVERIFY(page.contains(QStringLiteral("Comparison with the previous assessment</h")));
    QVERIFY(page.contains(QStringLiteral("Risk level changes since the previous assessment")));
    // The table of units by level: previous, now and the change, as `compare --json` counts.
    const int majorBefore =
        levels.value(QStringLiteral("old")).toObject().value(QStringLiteral("major")).toInt();
    const int majorAfter =
        levels.value(QStringLiteral("new")).toObject().value(QStringLiteral("major")).toInt();
    QVERIFY2(page.contains(QRegularExpression(
                 QStringLiteral("Major risk(</span>)?</td>\\s*<td[^>]*>%1</td>\\s*<td[^>]*>%2</td>")
                     .arg(majorBefore)
                     .arg(majorAfter))),
             "no row for major risk");
    QVERIFY(page.contains(QStringLiteral("RU0002")));

    const CliRun missing = runCli({QStringLiteral("report"), mNew, path(QStringLiteral("x.pdf")),
                                   QStringLiteral("--compare"), path(QStringLiteral("none.gpkg"))});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("x.pdf"))));
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
