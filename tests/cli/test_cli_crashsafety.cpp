// Crash safety: riskatlas-cli killed (SIGKILL) at several moments of an import, an assessment,
// a map and a report. Afterwards the project passes SQLite's integrity check, its audit chain is
// intact, and running the command again gives the clean run's results byte for byte.
#include "clirunner.h"
#include "qgistestmain.h"
#include "store/projectstore.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>
#include <csignal>

using namespace riskatlas;
using namespace riskatlas::test;

class TestCliCrashSafety : public QObject
{
  Q_OBJECT

  QTemporaryDir mDir;
  QString mUnits;     //!< a CSV big enough for an import and assessment to take a while
  QString mRegions;   //!< project with the sample's districts only
  QString mImported;  //!< … and the units
  QString mAssessed;  //!< … assessed
  QString mReference; //!< summary JSON and risk list of the clean run

  QString path(const QString &name) const { return mDir.filePath(name); }

  QString copyOf(const QString &project, const QString &name) const
  {
    const QString copy = path(name);
    QFile::remove(copy);
    if (!QFile::copy(project, copy))
      qFatal("cannot copy %s", qPrintable(project));
    return copy;
  }

  //! The project's results as a script reads them: the summary and the risk list.
  QString results(const QString &project)
  {
    const QString list = path(QStringLiteral("list.csv"));
    const CliRun summary = runCli({QStringLiteral("summary"), project, QStringLiteral("--json")});
    const CliRun exported = runCli({QStringLiteral("export-units"), project, list});
    QFile csv(list);
    if (summary.exitCode != 0 || exported.exitCode != 0 || !csv.open(QIODevice::ReadOnly))
      return QStringLiteral("unreadable: %1 %2").arg(summary.err, exported.err);
    return summary.out + QString::fromUtf8(csv.readAll());
  }

  //! Starts the command, kills it after \a delayMs (it may have finished by then).
  static void killDuring(const QStringList &arguments, int delayMs)
  {
    QProcess process;
    process.start(QStringLiteral(RISKATLAS_CLI), arguments);
    QVERIFY(process.waitForStarted());
    if (!process.waitForFinished(delayMs))
    {
      ::kill(static_cast<pid_t>(process.processId()), SIGKILL);
      QVERIFY(process.waitForFinished(30000));
    }
  }

  void checkProject(const QString &project)
  {
    // sqlite3 opens for writing, so it also rolls back what a kill left in the journal.
    QCOMPARE(runTool(QStringLiteral("sqlite3"), {project, QStringLiteral("PRAGMA integrity_check")})
                 .trimmed(),
             QStringLiteral("ok"));
    QString error;
    auto store = ProjectStore::open(project, &error);
    QVERIFY2(store, qPrintable(error));
    const QList<AuditEntry> log = store->auditLog();
    QVERIFY(!log.isEmpty());
    QCOMPARE(firstBrokenAuditEntry(log), -1);
  }

private slots:
  void initTestCase()
  {
    QByteArray csv = "id,sector,lon,lat,L,S\n";
    for (int i = 0; i < 30000; ++i)
      csv += QStringLiteral("K%1,C0%2,120.%3,30.%4,%5,%6\n")
                 .arg(i)
                 .arg(i % 5 + 1)
                 .arg(i % 3000 + 1000)
                 .arg(i % 2000 + 2000)
                 .arg(i % 5 + 1)
                 .arg(i % 4 + 1)
                 .toUtf8();
    mUnits = writeFile(path(QStringLiteral("units.csv")), csv);
    mRegions = path(QStringLiteral("regions.gpkg"));
    expectSuccess(runCli(
        {QStringLiteral("new"), mRegions, QStringLiteral("--name"), QStringLiteral("示例市")}));
    expectSuccess(runCli({QStringLiteral("import-regions"), mRegions,
                          sampleFile(QStringLiteral("districts.geojson"))}));
    mImported = copyOf(mRegions, QStringLiteral("imported.gpkg"));
    expectSuccess(runCli({QStringLiteral("import-units"), mImported, mUnits}));
    mAssessed = copyOf(mImported, QStringLiteral("assessed.gpkg"));
    expectSuccess(runCli({QStringLiteral("assess"), mAssessed}));
    mReference = results(mAssessed);
    QVERIFY(mReference.startsWith(QLatin1Char('{')));
  }

  void killedCommandsLoseNothing_data()
  {
    QTest::addColumn<QString>("command");
    QTest::addColumn<int>("delayMs");
    // Moments spread over each command's run on the 2-core build machine (import ≈ 3 s,
    // assess ≈ 1 s, map ≈ 1.5 s, report ≈ 10 s for these 30,000 units).
    const QList<QPair<const char *, QList<int>>> moments{{"import-units", {300, 1500, 2800}},
                                                         {"assess", {300, 800}},
                                                         {"export-map", {300, 900}},
                                                         {"report", {2000}}};
    for (const auto &[command, delays] : moments)
      for (int delay : delays)
        QTest::addRow("%s after %d ms", command, delay) << QString::fromLatin1(command) << delay;
  }

  void killedCommandsLoseNothing()
  {
    QFETCH(QString, command);
    QFETCH(int, delayMs);
    QString project;
    QStringList arguments{command};
    QStringList completion; // what still has to run to reach the reference results
    if (command == QLatin1String("import-units"))
    {
      project = copyOf(mRegions, QStringLiteral("killed.gpkg"));
      arguments << project << mUnits;
      completion << QStringLiteral("assess");
    }
    else
    {
      project = copyOf(command == QLatin1String("assess") ? mImported : mAssessed,
                       QStringLiteral("killed.gpkg"));
      arguments << project;
      if (command == QLatin1String("export-map"))
        arguments << path(QStringLiteral("map.pdf"));
      else if (command == QLatin1String("report"))
        arguments << path(QStringLiteral("report.pdf"));
    }
    killDuring(arguments, delayMs);
    checkProject(project);
    // Running it again finishes the job as if nothing had happened.
    expectSuccess(runCli(arguments));
    for (const QString &next : completion)
      expectSuccess(runCli({next, project}));
    checkProject(project);
    QCOMPARE(results(project), mReference);
  }
};

RISKATLAS_QGIS_TEST_MAIN(TestCliCrashSafety)
#include "test_cli_crashsafety.moc"
