#include "clirunner.h"
#include "matrixcells.h"
#include "testdata.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace riskatlas::test;

/**
 * Issue 3's promise from the command line: change a band, re-assess, and see exactly which
 * units changed level and why; the same command keeps giving the same numbers; method sets
 * travel as JSON and bad ones are refused with messages.
 */
class TestCliMethods : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;
  QString mProject;

  QString path(const QString &name) const { return mDir.filePath(name); }

  static QJsonObject readJson(const QString &file)
  {
    QFile in(file);
    in.open(QIODevice::ReadOnly);
    return QJsonDocument::fromJson(in.readAll()).object();
  }

  //! Rows of the risk list as header → value maps.
  QList<QMap<QString, QString>> riskList()
  {
    const QString csv = path(QStringLiteral("list.csv"));
    if (runCli({QStringLiteral("export-units"), mProject, csv}).exitCode != 0)
      return {};
    QFile file(csv);
    file.open(QIODevice::ReadOnly);
    const QStringList lines =
        QString::fromUtf8(file.readAll().mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    const QStringList header = lines.first().split(QLatin1Char(','));
    QList<QMap<QString, QString>> rows;
    for (const QString &line : lines.mid(1))
    {
      const QStringList values = line.split(QLatin1Char(',')); // sample values hold no commas
      QMap<QString, QString> row;
      for (int i = 0; i < header.size(); ++i)
        row.insert(header.at(i), values.value(i));
      rows.append(row);
    }
    return rows;
  }

private slots:
  void initTestCase()
  {
    mProject = path(QStringLiteral("city.gpkg"));
    expectSuccess(runCli({QStringLiteral("new"), mProject}));
    expectSuccess(runCli({QStringLiteral("import-regions"), mProject,
                          sampleFile(QStringLiteral("districts.geojson"))}));
    expectSuccess(runCli(
        {QStringLiteral("import-units"), mProject, sampleFile(QStringLiteral("units.csv"))}));
    expectSuccess(runCli({QStringLiteral("assess"), mProject}));
  }

  void templatesAreListed()
  {
    const CliRun run = runCli({QStringLiteral("methods"), QStringLiteral("templates")});
    QCOMPARE(run.exitCode, 0);
    for (const char *name : {"matrix-5x5-gbt42768", "matrix-4x4", "lec", "mes", "city-default"})
      QVERIFY2(run.out.contains(QString::fromLatin1(name) + QLatin1Char('\t')), name);
  }

  void changedBandListsExactlyTheUnitsThatMoved()
  {
    const QList<QMap<QString, QString>> before = riskList();
    QCOMPARE(before.size(), 360);
    const QString exported = path(QStringLiteral("methods.json"));
    expectSuccess(
        runCli({QStringLiteral("methods"), QStringLiteral("export"), mProject, exported}));
    QJsonObject set = readJson(exported);
    QCOMPARE(set.value(QStringLiteral("schema")).toString(),
             QStringLiteral("riskatlas-method-set/1"));

    // Lower the major threshold of the 5×5 matrix from 20 to 16.
    QJsonObject matrix = set.value(QStringLiteral("default")).toObject();
    QJsonObject bands = matrix.value(QStringLiteral("bands")).toObject();
    QJsonArray list = bands.value(QStringLiteral("bands")).toArray();
    QJsonObject major = list.at(0).toObject();
    major.insert(QStringLiteral("from"), 16);
    list.replace(0, major);
    bands.insert(QStringLiteral("bands"), list);
    matrix.insert(QStringLiteral("bands"), bands);
    set.insert(QStringLiteral("default"), matrix);
    const QString edited =
        writeFile(path(QStringLiteral("edited.json")), QJsonDocument(set).toJson());

    const CliRun run =
        runCli({QStringLiteral("assess"), mProject, QStringLiteral("--method-set"), edited});
    expectSuccess(run);
    // Units scored 16 move from significant to major inherently; their final level changes
    // unless poor control had already raised them to major.
    QStringList expected;
    for (const auto &row : before)
      if (row.value(QStringLiteral("score")) == QLatin1String("16") &&
          row.value(QStringLiteral("control")) != QStringLiteral("差"))
        expected << row.value(QStringLiteral("id"));
    QVERIFY(!expected.isEmpty());
    QVERIFY2(run.out.contains(QStringLiteral("%1 level change(s)").arg(expected.size())),
             qPrintable(run.out));
    for (const QString &id : expected)
      QVERIFY2(run.out.contains(QStringLiteral("  %1 ").arg(id)), qPrintable(id));
    const QStringList changeLines = run.out.split(QLatin1Char('\n')).filter(QStringLiteral(" → "));
    QCOMPARE(changeLines.size(), expected.size());
    for (const QString &line : changeLines)
      QVERIFY2(line.contains(QStringLiteral("score 16 → major")), qPrintable(line));

    // Same command, same numbers: the project keeps the set it was given.
    const CliRun again = runCli({QStringLiteral("assess"), mProject});
    expectSuccess(again);
    QVERIFY2(again.out.contains(QStringLiteral("0 level change(s)")), qPrintable(again.out));

    // The first run's method set is still there to explain the old result.
    const QString firstRun = path(QStringLiteral("first-run.json"));
    const CliRun validated =
        runCli({QStringLiteral("methods"), QStringLiteral("validate"), exported});
    QCOMPARE(validated.exitCode, 0);
    const QString hash = validated.out.section(QStringLiteral("method set "), 1).left(12);
    expectSuccess(runCli({QStringLiteral("methods"), QStringLiteral("export"), mProject, firstRun,
                          QStringLiteral("--run"), hash}));
    QCOMPARE(readJson(firstRun), readJson(exported));
  }

  void invalidMethodSetsAreRefusedWithTheirProblem_data()
  {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("not JSON") << QByteArray("{\n\"schema\": ") << "line 2";
    QTest::newRow("wrong schema") << QByteArray(R"({"schema": "x"})") << "riskatlas-method-set/1";
    QTest::newRow("unknown sector")
        << QByteArray(
               R"({"schema": "riskatlas-method-set/1", "default": {"method": "matrix", "likelihood_steps": 5, "severity_steps": 5, "bands": {"bands": [{"level": "low"}]}}, "sectors": {"Z01": {"method": "matrix", "likelihood_steps": 3, "severity_steps": 3, "bands": {"bands": [{"level": "low"}]}}}})")
        << "sectors: \"Z01\" is not a sector code of the taxonomy";
    QTest::newRow("gap in bands")
        << QByteArray(
               R"({"schema": "riskatlas-method-set/1", "default": {"method": "matrix", "likelihood_steps": 5, "severity_steps": 5, "bands": {"bands": [{"level": "major", "from": 20}, {"level": "significant", "from": 9, "to": 16}, {"level": "low"}]}}})")
        << "gap between bands 1 and 2: scores from 16 to 20 have no level";
    QTest::newRow("bad palette colour")
        << QByteArray("{\"schema\": \"riskatlas-method-set/1\", \"default\": {\"method\": "
                      "\"matrix\", \"likelihood_steps\": 5, \"severity_steps\": 5, \"bands\": "
                      "{\"bands\": [{\"level\": \"low\"}]}}, \"palette\": {\"major\": \"#C00000\", "
                      "\"low\": \"blue\"}}")
        << "palette.low: expected a colour written #RRGGBB (e.g. #FF0000), not \"blue\"";
    QTest::newRow("two levels of one colour")
        << QByteArray(
               "{\"schema\": \"riskatlas-method-set/1\", \"default\": {\"method\": \"matrix\", "
               "\"likelihood_steps\": 5, \"severity_steps\": 5, \"bands\": {\"bands\": "
               "[{\"level\": \"low\"}]}}, \"palette\": {\"general\": \"#0070c0\"}}")
        << "palette: general and low have the same colour #0070C0";
  }
  void invalidMethodSetsAreRefusedWithTheirProblem()
  {
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString file = writeFile(path(QStringLiteral("bad.json")), content);
    CliRun run = runCli({QStringLiteral("methods"), QStringLiteral("validate"), file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(file) && run.err.contains(message), qPrintable(run.err));
    run = runCli({QStringLiteral("assess"), mProject, QStringLiteral("--method-set"), file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
  }

  void everyProblemOfAMethodSetIsListed()
  {
    // A bound given as a string was once read as 0 and the set called valid (issue 11).
    const QString file = writeFile(
        path(QStringLiteral("strict.json")),
        R"({"schema": "riskatlas-method-set/1", "titel": "x", "default": {"method": "matrix", "likelihood_steps": 5.5, "severity_steps": 5, "bands": {"bands": [{"level": "major", "from": "20"}, {"level": "low"}]}}})");
    const CliRun run = runCli({QStringLiteral("methods"), QStringLiteral("validate"), file});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!run.out.contains(QStringLiteral("valid")), qPrintable(run.out));
    for (const QString &problem :
         {QStringLiteral("titel: unknown key; did you mean \"title\"?"),
          QStringLiteral("default.likelihood_steps: expected an integer, not 5.5"),
          QStringLiteral("default.bands.bands[0].from: expected a number, not the string \"20\"")})
      QVERIFY2(run.err.contains(file + QStringLiteral(": ") + problem), qPrintable(run.err));
  }

  void changeWhileAnotherProgramWritesFailsAndChangesNothing()
  {
    // Same file name, so that the command does not first rewrite the embedded QGIS project.
    QVERIFY(QDir(mDir.path()).mkpath(QStringLiteral("busy")));
    const QString copy = path(QStringLiteral("busy/city.gpkg"));
    QVERIFY(QFile::copy(mProject, copy));
    QFile file(copy);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();
    // Another program holds the write lock for the whole command.
    sqlite3 *other = nullptr;
    QCOMPARE(sqlite3_open(copy.toUtf8().constData(), &other), SQLITE_OK);
    QCOMPARE(sqlite3_exec(other, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr), SQLITE_OK);
    const QStringList change{QStringLiteral("methods"), QStringLiteral("import"), copy,
                             QStringLiteral("--template"), QStringLiteral("lec")};
    CliRun run = runCli(change);
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(copy + QStringLiteral(": another program is changing this project; "
                                                    "nothing was changed")),
             qPrintable(run.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll() == before);
    file.close();
    expectSuccess(runCli(change));
  }

  void aggregationRuleIsKeptByTheProject()
  {
    const QString copy = path(QStringLiteral("density.gpkg"));
    QVERIFY(QFile::copy(mProject, copy));
    auto aggregation = [&copy]()
    {
      const CliRun run = runCli({QStringLiteral("summary"), copy, QStringLiteral("--json")});
      return QJsonDocument::fromJson(run.out.toUtf8())
          .object()
          .value(QStringLiteral("aggregation"))
          .toString();
    };
    QCOMPARE(aggregation(), QStringLiteral("max"));
    expectSuccess(runCli({QStringLiteral("assess"), copy, QStringLiteral("--aggregation"),
                          QStringLiteral("density")}));
    QCOMPARE(aggregation(), QStringLiteral("density"));
    expectSuccess(runCli({QStringLiteral("assess"), copy}));
    QCOMPARE(aggregation(), QStringLiteral("density"));
    const QString report = path(QStringLiteral("density.pdf"));
    expectSuccess(runCli({QStringLiteral("report"), copy, report, QStringLiteral("--language"),
                          QStringLiteral("en")}));
    QVERIFY(runTool(QStringLiteral("pdftotext"), {report, QStringLiteral("-")})
                .simplified()
                .contains(QStringLiteral(
                    "Regions take their level from the number of major and significant units "
                    "per km²")));
  }

  void storedStateAndFullRunGiveTheSameResults()
  {
    // L = 3, S = 3 of the default matrix becomes its own table's "general" (from significant).
    const QString exported = path(QStringLiteral("state-methods.json"));
    expectSuccess(
        runCli({QStringLiteral("methods"), QStringLiteral("export"), mProject, exported}));
    QJsonObject set = readJson(exported);
    QJsonObject matrix = set.value(QStringLiteral("default")).toObject();
    matrix.remove(QStringLiteral("bands"));
    matrix.insert(QStringLiteral("cells"), matrixCells(16, QStringLiteral("general")));
    set.insert(QStringLiteral("default"), matrix);
    const QString edited =
        writeFile(path(QStringLiteral("state-edited.json")), QJsonDocument(set).toJson());

    QStringList outputs;
    QStringList riskLists;
    for (const QString &mode : {QStringLiteral("state"), QStringLiteral("full")})
    {
      const QString copy = path(mode + QStringLiteral(".gpkg"));
      QFile::remove(copy);
      QVERIFY(QFile::copy(mProject, copy));
      QStringList arguments{QStringLiteral("assess"), copy, QStringLiteral("--method-set"), edited};
      if (mode == QLatin1String("full"))
        arguments << QStringLiteral("--full");
      // Phase timings on stderr tell which way the run went.
      qputenv("RISKATLAS_TIMING", "1");
      const CliRun run = runCli(arguments);
      qunsetenv("RISKATLAS_TIMING");
      expectSuccess(run);
      QCOMPARE(run.err.contains(QStringLiteral("timing: incremental")), mode == "state");
      QVERIFY2(run.out.contains(QStringLiteral(" → ")), qPrintable(run.out));
      outputs << run.out;
      const QString csv = path(mode + QStringLiteral(".csv"));
      expectSuccess(runCli({QStringLiteral("export-units"), copy, csv}));
      QFile file(csv);
      QVERIFY(file.open(QIODevice::ReadOnly));
      riskLists << QString::fromUtf8(file.readAll());
    }
    QCOMPARE(outputs.at(0), outputs.at(1));
    QCOMPARE(riskLists.at(0), riskLists.at(1));
  }

  void methodOptionScoresWithThatMethodForOneRun()
  {
    const QString copy = path(QStringLiteral("copy.gpkg"));
    QVERIFY(QFile::copy(mProject, copy));
    const CliRun run =
        runCli({QStringLiteral("assess"), copy, QStringLiteral("--method"), QStringLiteral("lec")});
    expectSuccess(run);
    // The sample register has L and S only: under LEC every unit is reported, none dropped.
    QVERIFY2(run.out.contains(QStringLiteral("0 scored, 360 unscored")), qPrintable(run.out));
    QVERIFY2(run.err.contains(QStringLiteral("field lec_l")), qPrintable(run.err.left(300)));
    QCOMPARE(
        runCli({QStringLiteral("assess"), copy, QStringLiteral("--method"), QStringLiteral("fmea")})
            .exitCode,
        2);
  }
};

QTEST_GUILESS_MAIN(TestCliMethods)
#include "test_cli_methods.moc"
