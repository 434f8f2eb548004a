#include "clirunner.h"
#include "testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace riskatlas::test;

//! Import from the command line: the errors file, Ctrl-C, grids, option checks.
class TestCliImport : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;

  QString path(const QString &name) const { return mDir.filePath(name); }

  QString newProject(const QString &name)
  {
    const QString project = path(name);
    runCli({QStringLiteral("new"), project});
    return project;
  }

  static int units(const QString &project)
  {
    const CliRun run = runCli({QStringLiteral("summary"), project, QStringLiteral("--json")});
    return QJsonDocument::fromJson(run.out.toUtf8())
        .object()
        .value(QStringLiteral("units"))
        .toInt(-1);
  }

private slots:
  void everyBadRowGoesToTheErrorsFile()
  {
    const QString project = newProject(QStringLiteral("errors.gpkg"));
    const QString bad =
        writeFile(path(QStringLiteral("坏数据.csv")), "\xEF\xBB\xBF编号,行业领域,经度,纬度\n"
                                                      "A1,I01,120.2,30.25\n"
                                                      "A2,X99,120.2,30.25\n"
                                                      "A3,I01,东经,30.25\n"
                                                      "A4,I01,,\n");
    const QString errors = path(QStringLiteral("errors.csv"));
    const CliRun run =
        runCli({QStringLiteral("import-units"), project, bad, QStringLiteral("--errors"), errors});
    QCOMPARE(run.exitCode, 1);
    QFile file(errors);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(content.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(0), QStringLiteral("file,row,id,field,value,reason"));
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("坏数据.csv,row 3,A2,行业领域,X99,")),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(QStringLiteral("坏数据.csv,row 4,A3,经度,东经,")),
             qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).startsWith(QStringLiteral("坏数据.csv,row 5,A4,经度,,")),
             qPrintable(lines.at(3)));
    QCOMPARE(units(project), 0);
  }

  void ctrlCCancelsTheImportAndChangesNothing_data()
  {
    QTest::addColumn<QByteArray>("progress");
    // Reading ends at 50 %; writing runs to 95 %; 100 % only once committed.
    QTest::newRow("reading") << QByteArray("import-units: 10%");
    QTest::newRow("writing") << QByteArray("import-units: 50%");
    QTest::newRow("late in writing") << QByteArray("import-units: 90%");
  }
  void ctrlCCancelsTheImportAndChangesNothing()
  {
    QFETCH(QByteArray, progress);
    const QString project =
        newProject(QStringLiteral("cancel-%1.gpkg").arg(QTest::currentDataTag()));
    const QString big = path(QStringLiteral("big.csv"));
    if (!QFile::exists(big))
    {
      QByteArray csv = "id,sector,lon,lat,L,S\n";
      for (int i = 0; i < 200000; ++i)
        csv += QStringLiteral("C%1,C01,120.%2,30.%3,3,3\n")
                   .arg(i)
                   .arg(i % 9999 + 1)
                   .arg(i % 7777 + 1000)
                   .toUtf8();
      writeFile(big, csv);
    }

    QProcess process;
    process.setReadChannel(QProcess::StandardError);
    process.start(QStringLiteral(RISKATLAS_CLI), {QStringLiteral("import-units"), project, big});
    QByteArray err;
    // Interrupt once the import reports that progress, as a user pressing Ctrl-C would.
    while (!err.contains(progress) && process.waitForReadyRead(30000))
      err += process.readAllStandardError();
    QVERIFY2(err.contains(progress), err.constData());
    ::kill(static_cast<pid_t>(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(60000));
    err += process.readAllStandardError();
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains("cancelled; the project is unchanged"), err.constData());
    QVERIFY2(!err.contains("import-units: 100%"), err.constData());
    QCOMPARE(units(project), 0);
  }

  void errorsFileListsTensOfThousandsOfBadRows()
  {
    // Every fourth of 100,000 rows is bad. The listing once took quadratic time (over 300 s for
    // 50,000 bad rows); the runner's limit fails a run that has not finished in 60 s.
    const QString project = newProject(QStringLiteral("many-errors.gpkg"));
    QByteArray csv = "id,sector,lon,lat,L,S\n";
    for (int i = 0; i < 100000; ++i)
      csv += QStringLiteral("E%1,%2,120.2,30.25,3,3\n")
                 .arg(i)
                 .arg(i % 4 == 0 ? QStringLiteral("X99") : QStringLiteral("C01"))
                 .toUtf8();
    const QString file = writeFile(path(QStringLiteral("many-errors.csv")), csv);
    const QString errors = path(QStringLiteral("many-errors-problems.csv"));
    const CliRun run =
        runCli({QStringLiteral("import-units"), project, file, QStringLiteral("--errors"), errors},
               testEnvironment(), 60000);
    QCOMPARE(run.exitCode, 1);
    QFile listing(errors);
    QVERIFY(listing.open(QIODevice::ReadOnly));
    QCOMPARE(listing.readAll().count("\r\n"), 25001);
    QCOMPARE(units(project), 0);
  }

  void makeGridCoversTheSampleCity()
  {
    const QString project = newProject(QStringLiteral("grid.gpkg"));
    QCOMPARE(runCli({QStringLiteral("import-regions"), project,
                     sampleFile(QStringLiteral("districts.geojson"))})
                 .exitCode,
             0);
    CliRun run = runCli({QStringLiteral("make-grid"), project, QStringLiteral("--cell-size"),
                         QStringLiteral("2500"), QStringLiteral("--shape"), QStringLiteral("hex")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("regions (grid): ")), qPrintable(run.out));
    run = runCli({QStringLiteral("summary"), project, QStringLiteral("--json")});
    int grids = 0;
    for (const QJsonValue &region : QJsonDocument::fromJson(run.out.toUtf8())
                                        .object()
                                        .value(QStringLiteral("regions"))
                                        .toArray())
      grids += region.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("grid");
    QVERIFY(grids > 50);

    // The grid map colours the cells; cells without units are grey and the legend says so.
    QCOMPARE(
        runCli({QStringLiteral("import-units"), project, sampleFile(QStringLiteral("units.csv"))})
            .exitCode,
        0);
    QCOMPARE(runCli({QStringLiteral("assess"), project}).exitCode, 0);
    const QString gridMap = path(QStringLiteral("grid.pdf"));
    QCOMPARE(runCli({QStringLiteral("export-map"), project, gridMap, QStringLiteral("--kind"),
                     QStringLiteral("grid")})
                 .exitCode,
             0);
    const QString gridText = runTool(QStringLiteral("pdftotext"), {gridMap, QStringLiteral("-")});
    // Grey twice: the cells without units, and the sample's units left unscored.
    QVERIFY2(gridText.count(QStringLiteral("未评估")) == 2, qPrintable(gridText));
    QVERIFY2(!gridText.contains(QStringLiteral("临江区")), "district labels on the grid map");
    const QString districtMap = path(QStringLiteral("district.pdf"));
    QCOMPARE(runCli({QStringLiteral("export-map"), project, districtMap}).exitCode, 0);
    const QString districtText =
        runTool(QStringLiteral("pdftotext"), {districtMap, QStringLiteral("-")});
    QVERIFY(districtText.contains(QStringLiteral("临江区")));
    // Every district has assessed units: the grey class is the unscored units' alone.
    QVERIFY2(districtText.count(QStringLiteral("未评估")) == 1, qPrintable(districtText));
    const CliRun streets = runCli({QStringLiteral("export-map"), project, districtMap,
                                   QStringLiteral("--kind"), QStringLiteral("street")});
    QCOMPARE(streets.exitCode, 1);
    QVERIFY2(streets.err.contains(QStringLiteral("no regions of kind street")),
             qPrintable(streets.err));
    QCOMPARE(runCli({QStringLiteral("make-grid"), project, QStringLiteral("--cell-size"),
                     QStringLiteral("0")})
                 .exitCode,
             2);
    QCOMPARE(runCli({QStringLiteral("make-grid"), project, QStringLiteral("--cell-size"),
                     QStringLiteral("100"), QStringLiteral("--shape"), QStringLiteral("circle")})
                 .exitCode,
             2);
    const CliRun empty =
        runCli({QStringLiteral("make-grid"), newProject(QStringLiteral("empty.gpkg")),
                QStringLiteral("--cell-size"), QStringLiteral("1000")});
    QCOMPARE(empty.exitCode, 1);
    QVERIFY2(empty.err.contains(QStringLiteral("import-regions first")), qPrintable(empty.err));
  }

  void importOptionsAreChecked_data()
  {
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("message");
    QTest::newRow("datum") << QStringList{"--coordinates", "wgs"} << "--coordinates wgs";
    QTest::newRow("header row") << QStringList{"--header-row", "0"} << "--header-row 0";
  }
  void importOptionsAreChecked()
  {
    QFETCH(QStringList, options);
    QFETCH(QString, message);
    const CliRun run =
        runCli(QStringList{QStringLiteral("import-units"), path(QStringLiteral("x.gpkg")),
                           sampleFile(QStringLiteral("units.csv"))} +
               options);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    const CliRun encoding =
        runCli({QStringLiteral("import-units"), newProject(QStringLiteral("enc.gpkg")),
                sampleFile(QStringLiteral("units.csv")), QStringLiteral("--encoding"),
                QStringLiteral("KLINGON")});
    QCOMPARE(encoding.exitCode, 1);
    QVERIFY2(encoding.err.contains(QStringLiteral("--encoding KLINGON: unknown encoding")),
             qPrintable(encoding.err));
  }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "test_cli_import.moc"
