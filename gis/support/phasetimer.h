#pragma once

#include <QElapsedTimer>
#include <QString>
#include <cstdio>
#include <ctime>

namespace riskatlas
{

//! Phase times on stderr when RISKATLAS_TIMING is set (for tests/benchmarks).
class PhaseTimer
{
public:
  PhaseTimer() : mEnabled(qEnvironmentVariableIsSet("RISKATLAS_TIMING"))
  {
    mTimer.start();
    mCpu = std::clock();
  }
  void lap(const char *phase, const QString &detail = QString())
  {
    if (!mEnabled)
      return;
    const std::clock_t cpu = std::clock();
    fprintf(stderr, "timing: %s %.3f s (cpu %.3f s)%s%s\n", phase, mTimer.restart() / 1000.0,
            static_cast<double>(cpu - mCpu) / CLOCKS_PER_SEC, detail.isEmpty() ? "" : ", ",
            qPrintable(detail));
    mCpu = cpu;
  }

private:
  bool mEnabled;
  QElapsedTimer mTimer;
  std::clock_t mCpu;
};

} // namespace riskatlas
