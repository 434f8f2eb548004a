#include "clicontext.h"

#include "helpformatter.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDevice>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <qgsfeedback.h>
#include <thread>
#include <utility>
#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <pthread.h>
#endif

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
void interrupt()
{
  const std::lock_guard<std::mutex> lock(cancellableMutex);
  if (!cancellable)
    std::_Exit(130);
  cancellable->cancel();
}

#ifdef Q_OS_WIN
// Windows calls console control handlers on a thread of their own already.
BOOL WINAPI consoleInterrupt(DWORD event)
{
  if (event != CTRL_C_EVENT && event != CTRL_BREAK_EVENT)
    return FALSE;
  interrupt();
  return TRUE;
}
#else
void watchInterrupts(sigset_t interruptSignals)
{
  for (;;)
  {
    int signal = 0;
    if (sigwait(&interruptSignals, &signal) == 0)
      interrupt();
  }
}
#endif
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

void installCliLanguage()
{
  installSystemLanguage();
  if (QLocale().language() != QLocale::Chinese)
    return;
    // Qt's own words (option-parser errors, "Usage:", "Options:"): Debian's qttranslations5-l10n;
    // on Windows windeployqt copies them into the translations folder beside the program.
#if QT_VERSION >= QT_VERSION_CHECK(6, 0, 0)
  const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
#else
  const QString qtFolder = QLibraryInfo::location(QLibraryInfo::TranslationsPath);
#endif
  const QDir programFolder(QCoreApplication::applicationDirPath());
  for (const QString &folder :
       {qtFolder, programFolder.filePath(QStringLiteral("translations")),
        programFolder.filePath(QStringLiteral("../share/qt%1/translations").arg(QT_VERSION_MAJOR))})
  {
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (translator->load(QStringLiteral("qtbase_zh_CN"), folder))
    {
      QCoreApplication::installTranslator(translator);
      return;
    }
    delete translator;
  }
}

void installInterruptHandler()
{
#ifdef Q_OS_WIN
  SetConsoleCtrlHandler(consoleInterrupt, TRUE);
#else
  // Blocked here, before any other thread starts, so every thread inherits the mask and only
  // the watcher receives the signal.
  sigset_t interruptSignals;
  sigemptyset(&interruptSignals);
  sigaddset(&interruptSignals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &interruptSignals, nullptr);
  std::thread(watchInterrupts, interruptSignals).detach();
#endif
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
  if (mParser.isSet(QStringLiteral("help")) || mParser.isSet(QStringLiteral("help-all")))
  {
    mOut << HelpFormatter::format(mParser.helpText(), QCoreApplication::arguments().value(0),
                                  QStringLiteral("riskatlas-cli %1").arg(mCommand),
                                  positionalNames);
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
