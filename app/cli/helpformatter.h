#pragma once

#include <QString>
#include <QStringList>

namespace riskatlas::cli
{

/**
 * Rewrites QCommandLineParser::helpText() for a terminal: the usage line names the command
 * ("riskatlas-cli summary"), not the executable's path; names and descriptions wrap by display
 * width (a Chinese character takes two columns) at spaces or between Chinese characters, never
 * inside a word such as PROJECT.gpkg; --help-all (Qt's own options, of no use here) is left out.
 * The parser's help text is the only place Qt lists the options, so this reads it back.
 */
class HelpFormatter
{
public:
  //! Terminal columns the text fits in.
  static constexpr int Width = 80;

  /**
   * \a qtHelp: QCommandLineParser::helpText() of a parser whose first argument was
   * \a programPath; \a commandLine replaces it; \a positionalNames are the arguments listed.
   */
  static QString format(const QString &qtHelp, const QString &programPath,
                        const QString &commandLine, const QStringList &positionalNames);

  //! \a text wrapped to \a width columns, each line after the first indented by \a indent.
  static QStringList wrap(const QString &text, int width, int indent = 0);

  //! Columns a terminal gives \a text: two for each East Asian wide character.
  static int displayWidth(const QString &text);
};

} // namespace riskatlas::cli
