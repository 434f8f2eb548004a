#pragma once

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>
#include <functional>
#include <memory>

class QgsFeedback;

namespace riskatlas::cli
{

//! Exit codes of riskatlas-cli: a contract scripts rely on.
enum ExitCode
{
  Success = 0,
  Failure = 1, //!< the operation failed (bad input file, missing project, …)
  Usage = 2,   //!< wrong command line
};

/**
 * The language of the messages: RiskAtlas's translation for the system locale and, in Chinese,
 * Qt's own (its option parser's words). Again after the application object is replaced.
 */
void installCliLanguage();

//! Ctrl-C: cancels a long step (progress reported) cleanly, else ends the command (exit 130).
void installInterruptHandler();

//! What a command needs from the command line and the terminal.
class CliContext
{
public:
  CliContext(const QString &command, const QStringList &arguments);
  ~CliContext();

  QCommandLineParser &parser() { return mParser; }
  QString command() const { return mCommand; }

  /**
   * Parses the arguments after the command. Returns -1 when the command should run, otherwise
   * the exit code to stop with (0 after --help, 2 for wrong usage). QGIS is started only here,
   * once the command runs: a command must not use QGIS before this returns -1.
   */
  int parse(const QStringList &positionalNames, int minimumPositional);
  QString positional(int index) const;

  //! Called once when parse() lets the command run (riskatlas-cli starts QGIS there).
  void setBeforeRun(std::function<void()> beforeRun) { mBeforeRun = std::move(beforeRun); }

  QTextStream &out() { return mOut; }
  //! Flushes stdout; false (with an error said) when what was printed did not all arrive, e.g.
  //! `summary --json > /dev/full`: a script must not take a cut-off output for a whole one.
  bool finishOutput();
  void error(const QString &message);
  void warning(const QString &message);
  //! Progress on stderr ("assess: 40%"), for long steps.
  QgsFeedback *progress();

private:
  QString mCommand;
  QStringList mArguments;
  QCommandLineParser mParser;
  QTextStream mOut;
  QTextStream mErr;
  std::unique_ptr<QgsFeedback> mFeedback;
  std::function<void()> mBeforeRun;
};

} // namespace riskatlas::cli
