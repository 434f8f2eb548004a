#pragma once

#include "testdata.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QStringList>
#include <QTest>
#include <csignal>
#include <sys/prctl.h>
#include <unistd.h>

namespace riskatlas::test
{

//! One run of riskatlas-cli: exit code and both output streams (UTF-8).
struct CliRun
{
  int exitCode = -1;
  QString out;
  QString err;
  //! Why the run did not end by itself in time (timeout, could not start); empty when it did.
  QString failure;
};

//! The limit of one run: $RISKATLAS_TEST_TIMEOUT seconds (raise it on a slow machine), else 120.
inline int defaultTimeoutMs()
{
  bool ok = false;
  const double seconds = qEnvironmentVariable("RISKATLAS_TEST_TIMEOUT").toDouble(&ok);
  return ok && seconds > 0 ? static_cast<int>(seconds * 1000) : 120000;
}

//! The environment of the test itself, for runs that change a variable or two.
inline QProcessEnvironment testEnvironment()
{
  return QProcessEnvironment::systemEnvironment();
}

namespace detail
{
/**
 * A child in a process group of its own, so a timeout ends it with everything it started; it
 * also dies with the test (a test killed by CTest must not leave a CLI running).
 */
class GroupedProcess : public QProcess
{
protected:
  void setupChildProcess() override
  {
    ::setpgid(0, 0);
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  }
};

inline QString commandLine(const QString &program, const QStringList &arguments)
{
  QStringList words{program};
  for (const QString &argument : arguments)
    words << (argument.isEmpty() || argument.contains(QLatin1Char(' '))
                  ? QLatin1Char('\'') + argument + QLatin1Char('\'')
                  : argument);
  return words.join(QLatin1Char(' '));
}
} // namespace detail

/**
 * Runs a program for at most \a timeoutMs; one that overruns is killed with its children and
 * the run's failure says so, naming the command line and the limit. Does not fail the test.
 */
inline CliRun runProcess(const QString &program, const QStringList &arguments, int timeoutMs,
                         const QProcessEnvironment &environment = testEnvironment())
{
  detail::GroupedProcess process;
  process.setProcessEnvironment(environment);
  process.start(program, arguments);
  CliRun run;
  if (!process.waitForStarted(timeoutMs))
  {
    run.failure = QStringLiteral("%1: could not start: %2")
                      .arg(detail::commandLine(program, arguments), process.errorString());
    return run;
  }
  if (!process.waitForFinished(timeoutMs))
  {
    ::kill(-static_cast<pid_t>(process.processId()), SIGKILL);
    process.waitForFinished(-1);
    run.failure = QStringLiteral("%1: did not finish within %2 s and was killed (a slow machine "
                                 "may set RISKATLAS_TEST_TIMEOUT=seconds)")
                      .arg(detail::commandLine(program, arguments))
                      .arg(timeoutMs / 1000.0);
  }
  else if (process.exitStatus() == QProcess::NormalExit)
    run.exitCode = process.exitCode();
  run.out = QString::fromUtf8(process.readAllStandardOutput());
  run.err = QString::fromUtf8(process.readAllStandardError());
  return run;
}

namespace detail
{
//! How an unfinished run is reported: failing the calling test (a test of the runner swaps it).
using FailureReporter = void (*)(const QString &message);
inline FailureReporter &failureReporter()
{
  static FailureReporter reporter = [](const QString &message)
  { QTest::qFail(qPrintable(message), __FILE__, __LINE__); };
  return reporter;
}

//! Fails the calling test when a run overran or never started (the caller goes on regardless).
inline void failIfUnfinished(const CliRun &run)
{
  if (!run.failure.isEmpty())
    failureReporter()(run.failure);
}
} // namespace detail

//! Runs riskatlas-cli; a run that overruns \a timeoutMs is killed and fails the test.
inline CliRun runCli(const QStringList &arguments,
                     const QProcessEnvironment &environment = testEnvironment(),
                     int timeoutMs = defaultTimeoutMs())
{
  const CliRun run = runProcess(QStringLiteral(RISKATLAS_CLI), arguments, timeoutMs, environment);
  detail::failIfUnfinished(run);
  return run;
}

/**
 * Runs any program; returns its stdout, or a null string if it did not exit 0. A run that
 * overruns \a timeoutMs is killed and fails the test.
 */
inline QString runTool(const QString &program, const QStringList &arguments,
                       int timeoutMs = defaultTimeoutMs())
{
  const CliRun run = runProcess(program, arguments, timeoutMs);
  detail::failIfUnfinished(run);
  return run.exitCode == 0 ? run.out : QString();
}

/**
 * Validates the JSON file \a json against the JSON Schema (draft 7) \a schema, and the schema
 * itself, with Python's jsonschema; returns what went wrong, empty when both are valid.
 */
inline QString jsonSchemaErrors(const QString &json, const QString &schema)
{
  const CliRun run = runProcess(
      QStringLiteral("python3"),
      {QStringLiteral("-c"),
       QStringLiteral(
           "import json, sys, jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), "
           "json.load(open(sys.argv[2]))); "
           "jsonschema.Draft7Validator.check_schema(json.load(open(sys.argv[2])))"),
       json, schema},
      defaultTimeoutMs());
  return run.exitCode == 0 ? QString()
                           : QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err);
}

//! True when every font pdffonts lists (one per line after two header lines) is embedded.
inline bool everyPdfFontEmbedded(const QString &pdffontsOutput)
{
  const QStringList lines = pdffontsOutput.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
  for (const QString &line : lines)
  {
    // "emb" is the 5th column from the right.
    const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (columns.size() < 6 || columns.at(columns.size() - 5) != QLatin1String("yes"))
      return false;
  }
  return !lines.isEmpty();
}

//! Fails the calling test with the exit code and stderr of a run that did not exit 0.
inline void expectSuccess(const CliRun &run)
{
  if (run.exitCode != 0)
    QFAIL(qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
}

//! Builds the bundled sample city at \a project (new, districts, units); the first failed run,
//! or the last one.
inline CliRun buildSampleProject(const QString &project)
{
  const QList<QStringList> steps{
      {QStringLiteral("new"), project, QStringLiteral("--name"), QStringLiteral("示例市")},
      {QStringLiteral("import-regions"), project, sampleFile(QStringLiteral("districts.geojson"))},
      {QStringLiteral("import-units"), project, sampleFile(QStringLiteral("units.csv"))}};
  CliRun run;
  for (const QStringList &step : steps)
  {
    run = runCli(step);
    if (run.exitCode != 0)
      break;
  }
  return run;
}

} // namespace riskatlas::test
