#include "clirunner.h"

#include <QFile>
#include <QTest>
#include <QThread>

using namespace riskatlas::test;

//! The runner the CLI suites use: a run that overruns its limit is killed and fails the test.
class TestCliRunner : public QObject
{
  Q_OBJECT

private:
  //! A process is gone once nothing or only its zombie (awaiting its reaper) is left.
  static bool isGone(const QString &pid)
  {
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
      return true;
    return stat.readAll().split(')').value(1).trimmed().startsWith('Z');
  }

private slots:
  void aRunWithinItsLimitReportsItsOutput()
  {
    const CliRun run = runProcess(QStringLiteral("sh"),
                                  {QStringLiteral("-c"), QStringLiteral("echo hi; exit 3")}, 10000);
    QVERIFY2(run.failure.isEmpty(), qPrintable(run.failure));
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.out, QStringLiteral("hi\n"));
  }

  void anOverrunIsKilledWithItsChildrenAndNamed()
  {
    // The shell prints the pid of its own child, then waits for it: both must be killed.
    QElapsedTimer timer;
    timer.start();
    const CliRun run =
        runProcess(QStringLiteral("sh"),
                   {QStringLiteral("-c"), QStringLiteral("sleep 60 & echo $!; wait")}, 300);
    QVERIFY2(timer.elapsed() < 30000, "the run was not cut at its limit");
    QCOMPARE(run.exitCode, -1);
    QVERIFY2(run.failure.contains(QStringLiteral("sh -c 'sleep 60 & echo $!; wait'")),
             qPrintable(run.failure));
    QVERIFY2(run.failure.contains(QStringLiteral("within 0.3 s")), qPrintable(run.failure));
    const QString child = run.out.trimmed();
    QVERIFY2(!child.isEmpty(), "the shell did not report its child");
    QTRY_VERIFY2_WITH_TIMEOUT(isGone(child), "the child of the killed run lives on", 5000);
  }

  void unfinishedRunsFailTheTest()
  {
    // runCli and runTool report through the hook that fails the test; this one records instead.
    static QStringList reported;
    detail::FailureReporter &reporter = detail::failureReporter();
    const detail::FailureReporter failTheTest = reporter;
    reporter = [](const QString &message) { reported << message; };
    const QString out = runTool(QStringLiteral("sleep"), {QStringLiteral("60")}, 200);
    runTool(QStringLiteral("/nonexistent/riskatlas-no-such-tool"), {}, 5000);
    const CliRun finished = runCli({QStringLiteral("--version")});
    reporter = failTheTest;
    QVERIFY(out.isNull());
    QCOMPARE(reported.size(), 2);
    QVERIFY2(reported.at(0).startsWith(QStringLiteral("sleep 60: did not finish within 0.2 s")),
             qPrintable(reported.at(0)));
    QVERIFY2(reported.at(1).contains(QStringLiteral("could not start")),
             qPrintable(reported.at(1)));
    QCOMPARE(finished.exitCode, 0);
  }

  void theLimitFollowsTheEnvironment()
  {
    const QByteArray saved = qgetenv("RISKATLAS_TEST_TIMEOUT");
    qputenv("RISKATLAS_TEST_TIMEOUT", "2.5");
    QCOMPARE(defaultTimeoutMs(), 2500);
    qunsetenv("RISKATLAS_TEST_TIMEOUT");
    QCOMPARE(defaultTimeoutMs(), 120000);
    if (!saved.isNull())
      qputenv("RISKATLAS_TEST_TIMEOUT", saved);
  }
};

QTEST_GUILESS_MAIN(TestCliRunner)
#include "test_clirunner.moc"
