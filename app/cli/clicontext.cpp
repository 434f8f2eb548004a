#include "clicontext.h"

#include <QCoreApplication>
#include <csignal>
#include <cstdio>
#include <qgsfeedback.h>

namespace riskatlas::cli
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(RiskAtlasCli)
};
volatile std::sig_atomic_t interrupted = 0;

void onInterrupt(int)
{
  interrupted = 1;
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
  if (mFeedback)
    std::signal(SIGINT, SIG_DFL);
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
    // Ctrl-C during a long step cancels it: the step rolls back and the project is unchanged.
    interrupted = 0;
    std::signal(SIGINT, onInterrupt);
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
