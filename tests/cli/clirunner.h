#pragma once

#include "testdata.h"

#include <QProcess>
#include <QStringList>
#include <QTest>

namespace riskatlas::test
{

//! One run of riskatlas-cli: exit code and both output streams (UTF-8).
struct CliRun
{
  int exitCode = -1;
  QString out;
  QString err;
};

inline CliRun runCli(const QStringList &arguments)
{
  QProcess process;
  process.start(QStringLiteral(RISKATLAS_CLI), arguments);
  process.waitForFinished(120000);
  CliRun run;
  run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
  run.out = QString::fromUtf8(process.readAllStandardOutput());
  run.err = QString::fromUtf8(process.readAllStandardError());
  return run;
}

//! Runs any program; returns its stdout, or a null string if it did not exit 0.
inline QString runTool(const QString &program, const QStringList &arguments)
{
  QProcess process;
  process.start(program, arguments);
  if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit ||
      process.exitCode() != 0)
    return QString();
  return QString::fromUtf8(process.readAllStandardOutput());
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
