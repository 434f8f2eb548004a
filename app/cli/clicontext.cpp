#include "clicontext.h"

#include <QCoreApplication>
#include <QFileDevice>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <qgsfeedback.h>
#include <utility>

namespace riskatlas::cli
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(RiskAtlasCli)
};
volatile std::sig_atomic_t interrupted = 0;
volatile std::sig_atomic_t cancellableStep = 0;

// Ctrl-C cancels a long step at its next progress report (it rolls back: the project is
// unchanged); anywhere else the command stops at once, and SQLite's journal undoes any
// unfinished transaction when the project is next opened.
void onInterrupt(int)
{
  interrupted = 1;
  if (!cancellableStep)
    std::_Exit(130);
}
} // namespace

CliContext::CliContext(const QString &command, const QStringList &arguments)
    : mCommand(command), mArguments(arguments), mOut(stdout), mErr(stderr)
{
  mParser.setApplicationDescription(command);
  mParser.addHelpOption();
}

CliContext::~CliContext() = default;

void installInterruptHandler()
{
  std::signal(SIGINT, onInterrupt);
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
    cancellableStep = 1;
    auto lastDecile = std::make_shared<int>(-1);
    QObject::connect(mFeedback.get(), &QgsFeedback::progressChanged, mFeedback.get(),
                     [this, lastDecile](double percent)
                     {
                       if (interrupted && !mFeedback->isCanceled())
                         mFeedback->cancel();
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
