#pragma once

#include <QProcess>
#include <QStringList>

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

} // namespace riskatlas::test
