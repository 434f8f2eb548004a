// Two commands changing one project at once: both end, each with its result or the documented
// busy message, and never with a dialog that nobody can answer (issue 11: overlapping imports
// used to hang in QGIS's modal "style exists, overwrite?" question).
#include "clirunner.h"

#include <QTemporaryDir>
#include <QTest>
#include <thread>

using namespace riskatlas::test;

class TestCliOverlapping : public QObject
{
  Q_OBJECT

  QTemporaryDir mDir;

private slots:
  void overlappingImportsBothEnd()
  {
    const QString units = sampleFile(QStringLiteral("units.csv"));
    for (int round = 0; round < 3; ++round)
    {
      const QString project = mDir.filePath(QStringLiteral("city%1.gpkg").arg(round));
      expectSuccess(runCli({QStringLiteral("new"), project}));
      expectSuccess(runCli({QStringLiteral("import-regions"), project,
                            sampleFile(QStringLiteral("districts.geojson"))}));
      const QStringList arguments{QStringLiteral("import-units"), project, units};
      const int limitMs = 90000; // a hang ends here, killed, and fails below
      CliRun first;
      CliRun second;
      std::thread other(
          [&] { second = runProcess(QStringLiteral(RISKATLAS_CLI), arguments, limitMs); });
      first = runProcess(QStringLiteral(RISKATLAS_CLI), arguments, limitMs);
      other.join();
      for (const CliRun &run : {first, second})
      {
        QVERIFY2(run.failure.isEmpty(), qPrintable(run.failure));
        const bool busy =
            run.exitCode == 1 && run.err.contains(QStringLiteral("another program is changing"));
        QVERIFY2(run.exitCode == 0 || busy, qPrintable(run.err));
      }
      QVERIFY(first.exitCode == 0 || second.exitCode == 0);
      // One default style per layer, whichever import stored it last.
      const QString styles = runTool(
          QStringLiteral("sqlite3"),
          {project, QStringLiteral("SELECT f_table_name FROM layer_styles WHERE useAsDefault "
                                   "ORDER BY f_table_name")});
      QCOMPARE(styles.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
               QStringList({QStringLiteral("regions"), QStringLiteral("units")}));
    }
  }
};

QTEST_GUILESS_MAIN(TestCliOverlapping)
#include "test_cli_overlapping.moc"
