#include "clicontext.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <pthread.h>
#include <qgsfeedback.h>
#include <thread>
#include <utility>

namespace riskatlas::cli
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(RiskAtlasCli)
};
// The feedback of the command's long step, which Ctrl-C cancels; null before the step.
std::mutex cancellableMutex;
QgsFeedback *cancellable = nullptr;

// Ctrl-C cancels a long step: it notices at its next check, in any phase, and rolls back (the
// project is unchanged). Before a step the command stops at once; SQLite's journal undoes any
// unfinished transaction when the project is next opened. A thread of its own takes the signal,
// so cancelling is an ordinary call rather than work inside a signal handler.
void watchInterrupts(sigset_t interruptSignals)
{
  for (;;)
  {
    int signal = 0;
    if (sigwait(&interruptSignals, &signal) != 0)
      continue;
    const std::lock_guard<std::mutex> lock(cancellableMutex);
    if (!cancellable)
      std::_Exit(130);
    cancellable->cancel();
  }
}
} // namespace

CliContext::CliContext(const QString &command, const QStringList &arguments)
    : mCommand(command), mArguments(arguments), mOut(stdout), mErr(stderr)
{
  mParser.setApplicationDescription(command);
  mParser.addHelpOption();
}

CliContext::~CliContext()
{
  const std::lock_guard<std::mutex> lock(cancellableMutex);
  if (cancellable == mFeedback.get())
    cancellable = nullptr;
}

void installInterruptHandler()
{
  // Blocked here, before any other thread starts, so every thread inherits the mask and only
  // the watcher receives the signal.
  sigset_t interruptSignals;
  sigemptyset(&interruptSignals);
  sigaddset(&interruptSignals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &interruptSignals, nullptr);
  std::thread(watchInterrupts, interruptSignals).detach();
}

int CliContext::parse(const QStringList &positionalNames, int minimumPositional)
{
  for (const QString &name : positionalNames)
    mParser.addPositionalArgument(name, QString());
  if (!mParser.parse(QStringList{QStringLiteral("riskatlas-cli %1").arg(mCommand)} + mArguments))
  {
    error(mParser.errorText());
    mErr << Tr::tr("Try: riskatlas-cli %1 --help").arg(mCommand) << Qt::endl;
    return Usage;
  }
  if (mParser.isSet(QStringLiteral("help")))
  {
    mOut << mParser.helpText();
    mOut.flush();
    return Success;
  }
  const int count = mParser.positionalArguments().size();
  if (count < minimumPositional || count > positionalNames.size())
  {
    error(Tr::tr("expected %1, got %2 argument(s)")
              .arg(positionalNames.join(QLatin1Char(' ')))
              .arg(count));
    mErr << Tr::tr("Try: riskatlas-cli %1 --help").arg(mCommand) << Qt::endl;
    return Usage;
  }
  if (mBeforeRun)
    std::exchange(mBeforeRun, nullptr)();
  return -1;
}

QString CliContext::positional(int index) const
{
  return mParser.positionalArguments().value(index);
}

void CliContext::error(const QString &message)
{
  mErr << QStringLiteral("riskatlas-cli %1: ").arg(mCommand) << Tr::tr("error: ") << message
       << Qt::endl;
}

bool CliContext::finishOutput()
{
  mOut.flush();
  errno = 0;
  if (mOut.status() == QTextStream::Ok && std::fflush(stdout) == 0 && !std::ferror(stdout))
    return true;
  const auto *device = qobject_cast<const QFileDevice *>(mOut.device());
  const QString reason = device && device->error() != QFileDevice::NoError
                             ? device->errorString()
                             : QString::fromLocal8Bit(std::strerror(errno));
  error(Tr::tr("standard output: cannot write: %1").arg(reason));
  return false;
}

void CliContext::warning(const QString &message)
{
  mErr << QStringLiteral("riskatlas-cli %1: ").arg(mCommand) << Tr::tr("warning: ") << message
       << Qt::endl;
}

QgsFeedback *CliContext::progress()
{
  if (!mFeedback)
  {
    mFeedback = std::make_unique<QgsFeedback>();
    {
      const std::lock_guard<std::mutex> lock(cancellableMutex);
      cancellable = mFeedback.get();
    }
    auto lastDecile = std::make_shared<int>(-1);
    QObject::connect(mFeedback.get(), &QgsFeedback::progressChanged, mFeedback.get(),
                     [this, lastDecile](double percent)
                     {
                       const int decile = static_cast<int>(percent / 10);
                       if (decile == *lastDecile)
                         return;
                       *lastDecile = decile;
                       mErr << QStringLiteral("%1: %2%").arg(mCommand).arg(decile * 10) << Qt::endl;
                     });
  }
  return mFeedback.get();
}

} // namespace riskatlas::cli
