#include "clirunner.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace riskatlas::test;

//! The command-line contract: exit codes 0 / 1 / 2, messages that name what is wrong.
class TestCliUsage : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;

private slots:
  void helpOnEveryCommand_data()
  {
    QTest::addColumn<QString>("command");
    for (const char *command : {"new", "import-units", "import-regions", "assess", "summary",
                                "export-units", "export-map", "report"})
      QTest::newRow(command) << QString::fromLatin1(command);
  }
  void helpOnEveryCommand()
  {
    QFETCH(QString, command);
    const CliRun run = runCli({command, QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("PROJECT.gpkg")), qPrintable(run.out));
  }

  void topLevelHelpListsCommands()
  {
    const CliRun run = runCli({QStringLiteral("--help")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("import-units")));
    QVERIFY(run.out.contains(QStringLiteral("Exit codes")));
  }

  void wrongUsageExitsTwo_data()
  {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no command") << QStringList{} << "Usage";
    QTest::newRow("unknown command")
        << QStringList{"frobnicate"} << "unknown command \"frobnicate\"";
    QTest::newRow("missing argument")
        << QStringList{"import-units", "p.gpkg"} << "expected PROJECT.gpkg FILE";
    QTest::newRow("unknown option") << QStringList{"assess", "p.gpkg", "--fast"} << "fast";
    QTest::newRow("bad paper") << QStringList{"export-map", "p.gpkg", "m.pdf", "--paper", "A9"}
                               << "--paper A9";
    QTest::newRow("bad orientation")
        << QStringList{"export-map", "p.gpkg", "m.pdf", "--orientation", "up"}
        << "--orientation up";
    QTest::newRow("bad map kind") << QStringList{"export-map", "p.gpkg", "m.pdf", "--kind", "town"}
                                  << "--kind town";
    QTest::newRow("bad language") << QStringList{"report", "p.gpkg", "r.pdf", "--language", "fr"}
                                  << "--language fr";
    QTest::newRow("bad map output")
        << QStringList{"export-map", "p.gpkg", "m.jpg"} << ".pdf, .png or .svg";
    QTest::newRow("bad kind") << QStringList{"import-regions", "p.gpkg", "r.shp", "--kind", "town"}
                              << "--kind town";
    QTest::newRow("bad --map") << QStringList{"import-units", "p.gpkg", "u.csv", "--map", "id"}
                               << "TARGET=COLUMN";
    QTest::newRow("bad method") << QStringList{"assess", "p.gpkg", "--method", "guess"}
                                << "--method guess";
  }
  void wrongUsageExitsTwo()
  {
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
  }

  void helpAndUsageErrorsDoNotStartQgis_data()
  {
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // on stdout for exit 0, stderr otherwise
    QTest::newRow("--help") << QStringList{"--help"} << 0 << "Exit codes";
    QTest::newRow("--version") << QStringList{"--version"} << 0 << "riskatlas-cli 0.";
    QTest::newRow("command --help") << QStringList{"export-map", "--help"} << 0 << "OUT.pdf";
    QTest::newRow("no command") << QStringList{} << 2 << "Usage";
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << 2 << "frobnicate";
    QTest::newRow("missing argument")
        << QStringList{"import-units", "p.gpkg"} << 2 << "expected PROJECT.gpkg FILE";
    QTest::newRow("unknown option") << QStringList{"assess", "p.gpkg", "--fast"} << 2 << "fast";
  }
  void helpAndUsageErrorsDoNotStartQgis()
  {
    // QGIS starts a Qt GUI application, which aborts on an unknown platform plugin: these
    // answers prove it was never started (the control below proves that it would abort).
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QProcessEnvironment environment = testEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
    const CliRun run = runCli(arguments, environment);
    QVERIFY2(run.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
    const QString &text = exitCode == 0 ? run.out : run.err;
    QVERIFY2(text.contains(message), qPrintable(text));
  }
  void aRunningCommandStartsQgis()
  {
    // The control of the test above: a command that runs does start QGIS, and aborts here.
    QProcessEnvironment environment = testEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("no-such-platform"));
    const QString project = mDir.filePath(QStringLiteral("never.gpkg"));
    const CliRun run = runCli({QStringLiteral("new"), project}, environment);
    QCOMPARE(run.exitCode, -1);
    QVERIFY2(run.err.contains(QStringLiteral("no-such-platform")), qPrintable(run.err));
    QVERIFY(!QFile::exists(project));
  }

  void missingFilesExitOne()
  {
    const QString project = mDir.filePath(QStringLiteral("none.gpkg"));
    CliRun run = runCli({QStringLiteral("summary"), project, QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(project + QStringLiteral(": no such project file")),
             qPrintable(run.err));
    QVERIFY(run.out.isEmpty());

    const QString created = mDir.filePath(QStringLiteral("p.gpkg"));
    QCOMPARE(runCli({QStringLiteral("new"), created}).exitCode, 0);
    const QString units = mDir.filePath(QStringLiteral("missing.csv"));
    run = runCli({QStringLiteral("import-units"), created, units});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(units + QStringLiteral(": no such file")), qPrintable(run.err));
  }

  void existingProjectIsRefusedWithoutOverwrite()
  {
    const QString project = mDir.filePath(QStringLiteral("twice.gpkg"));
    QCOMPARE(runCli({QStringLiteral("new"), project}).exitCode, 0);
    const QByteArray before = [&]
    {
      QFile file(project);
      file.open(QIODevice::ReadOnly);
      return file.readAll();
    }();
    const CliRun run = runCli({QStringLiteral("new"), project});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("--overwrite")), qPrintable(run.err));
    QFile file(project);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(runCli({QStringLiteral("new"), project, QStringLiteral("--overwrite")}).exitCode, 0);
  }
};

QTEST_GUILESS_MAIN(TestCliUsage)
#include "test_cli_usage.moc"
