// Under a Chinese locale every line riskatlas-cli prints is Chinese: its own messages, Qt's
// option-parser words, the help of every command, the summary's level and region names. File
// paths, ids, numbers, option names, codes and placeholders may stay as they are.
#include "clirunner.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace riskatlas::test;

class TestCliChinese : public QObject
{
  Q_OBJECT

  QTemporaryDir mDir;
  QString mProject;
  QStringList mCommands;

  QString path(const QString &name) const { return mDir.filePath(name); }

  static QProcessEnvironment chinese()
  {
    QProcessEnvironment environment = testEnvironment();
    environment.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
    environment.insert(QStringLiteral("LANGUAGE"), QString());
    return environment;
  }

  //! What a line may hold besides Chinese: paths and file names, options, placeholders,
  //! command names, ids, hashes, codes.
  QString withoutNames(QString line) const
  {
    for (const QString &command : mCommands + QStringList{QStringLiteral("riskatlas-cli")})
      line.remove(QRegularExpression(QStringLiteral("(?<![\\w-])%1(?![\\w-])").arg(command)));
    static const QList<QRegularExpression> names{
        QRegularExpression(QStringLiteral(R"(\S*[/\\]\S*)")),                  // paths, WMS/WMTS
        QRegularExpression(QStringLiteral(R"([\w<>{}-]+\.[A-Za-z]\w*)")),      // file names
        QRegularExpression(QStringLiteral(R"((?<![\w-])-{1,2}[a-z][a-z-]*)")), // options
        QRegularExpression(QStringLiteral(R"(\b[A-Z][A-Z0-9_=|.-]+\b)")), // placeholders, codes
        QRegularExpression(QStringLiteral(R"(\b[a-z0-9-]+(\|[a-z0-9-]+)+\b)")), // a|b choices
        QRegularExpression(QStringLiteral(R"(\b[0-9a-f]{12,}\b)")),             // hashes
        QRegularExpression(QStringLiteral(R"(\$\w+)")),                         // variables
    };
    for (const QRegularExpression &name : names)
      line.remove(name);
    return line;
  }

  //! The lines of \a text that read as English: two Latin words in a row once names are gone,
  //! or a Latin word on a line without a Chinese character.
  QStringList englishLines(const QString &text) const
  {
    static const QRegularExpression chineseCharacter(QStringLiteral("[\\x{4e00}-\\x{9fff}]"));
    static const QRegularExpression twoWords(QStringLiteral("[A-Za-z]{2,}[ ,:0-9]+[A-Za-z]{2,}"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{2,}"));
    // Technical terms the translation keeps in Latin script on purpose.
    static const QStringList terms{QStringLiteral("world file"), QStringLiteral("JSON"),
                                   QStringLiteral("CSV"), QStringLiteral("QGIS")};
    QStringList found;
    for (const QString &line : text.split(QLatin1Char('\n')))
    {
      QString rest = withoutNames(line);
      for (const QString &term : terms)
        rest.remove(term);
      if (rest.contains(twoWords) || (rest.contains(word) && !line.contains(chineseCharacter)))
        found << line;
    }
    return found;
  }

  //! Runs riskatlas-cli in Chinese; fails on any English line in stdout or stderr.
  void expectChinese(const QStringList &arguments, int exitCode = 0)
  {
    const CliRun run = runCli(arguments, chinese());
    QVERIFY2(run.exitCode == exitCode,
             qPrintable(QStringLiteral("exit %1: %2").arg(run.exitCode).arg(run.err)));
    const QStringList english = englishLines(run.out + QLatin1Char('\n') + run.err);
    QVERIFY2(english.isEmpty(), qPrintable(QStringLiteral("riskatlas-cli %1 printed English:\n%2")
                                               .arg(arguments.join(QLatin1Char(' ')),
                                                    english.join(QLatin1Char('\n')))));
  }

private slots:
  void initTestCase()
  {
    QVERIFY(mDir.isValid());
    // Every command the program lists, so a new one is checked too.
    const CliRun help = runCli({QStringLiteral("--help")});
    const QRegularExpression commandLine(QStringLiteral("^  ([a-z][a-z-]+)  +\\S"),
                                         QRegularExpression::MultilineOption);
    for (auto match = commandLine.globalMatch(help.out); match.hasNext();)
      mCommands << match.next().captured(1);
    QVERIFY2(mCommands.size() >= 12 && mCommands.contains(QStringLiteral("audit")),
             qPrintable(help.out));
    mProject = path(QStringLiteral("城市.gpkg"));
  }

  void theCheckFindsEnglish()
  {
    // The check itself: lines the CLI printed in English before.
    QCOMPARE(englishLines(QStringLiteral("  Major risk: 30")).size(), 1);
    QCOMPARE(englishLines(QStringLiteral("  district 临江区 (330101): major, 25 units")).size(), 1);
    QCOMPARE(englishLines(QStringLiteral("  -h, --help  Displays help on commandline options.\n"
                                         "Usage: /usr/bin/riskatlas-cli [options] PROJECT.gpkg"))
                 .size(),
             2);
    QCOMPARE(
        englishLines(QStringLiteral("riskatlas-cli summary: 错误：Unknown option 'x'.")).size(), 1);
    QVERIFY(englishLines(QStringLiteral("用法：riskatlas-cli summary [选项] PROJECT.gpkg\n"
                                        "  --map <TARGET=COLUMN>  将字段映射到列\n"
                                        "  PROJECT.gpkg\n  export|import\nassess: 40%"))
                .isEmpty());
  }

  void helpIsChinese()
  {
    expectChinese({QStringLiteral("--help")});
    for (const QString &command : mCommands)
      expectChinese({command, QStringLiteral("--help")});
  }

  void helpNamesTheCommandAndKeepsWordsWhole()
  {
    const CliRun run = runCli({QStringLiteral("taxonomy"), QStringLiteral("--help")}, chinese());
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(QLatin1Char('\n'));
    QCOMPARE(
        lines.first(),
        QStringLiteral("用法：riskatlas-cli taxonomy [选项] export|import PROJECT.gpkg FILE.json"));
    for (const QString &name : {QStringLiteral("export|import"), QStringLiteral("PROJECT.gpkg"),
                                QStringLiteral("FILE.json")})
      QVERIFY2(lines.contains(QStringLiteral("  ") + name), qPrintable(run.out));
    QVERIFY2(!run.out.contains(QStringLiteral("help-all")), qPrintable(run.out));
    // Every line fits 80 columns (a Chinese character takes two).
    for (const QString &line : lines)
    {
      int columns = 0;
      for (const uint c : line.toUcs4())
        columns += c >= 0x2E80 && c <= 0xFFE6 ? 2 : 1;
      QVERIFY2(columns <= 80, qPrintable(line));
    }
    // --help-all is not advertised but still answers, as --help does.
    const CliRun all =
        runCli({QStringLiteral("taxonomy"), QStringLiteral("--help-all")}, chinese());
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.out, run.out);
  }

  void wrongUsageIsChinese()
  {
    expectChinese({}, 2);
    expectChinese({QStringLiteral("frobnicate")}, 2);
    expectChinese({QStringLiteral("summary"), QStringLiteral("--bogus")}, 2);
    expectChinese({QStringLiteral("summary")}, 2);
    expectChinese({QStringLiteral("export-map"), mProject, path(QStringLiteral("m.pdf")),
                   QStringLiteral("--paper")},
                  2);
    expectChinese({QStringLiteral("summary"), path(QStringLiteral("missing.gpkg"))}, 1);
  }

  void aWholeAssessmentIsChinese()
  {
    const QString units = sampleFile(QStringLiteral("units.csv"));
    expectChinese(
        {QStringLiteral("new"), mProject, QStringLiteral("--name"), QStringLiteral("示例市")});
    expectChinese({QStringLiteral("import-regions"), mProject,
                   sampleFile(QStringLiteral("districts.geojson"))});
    expectChinese({QStringLiteral("import-units"), mProject, units});
    expectChinese({QStringLiteral("make-grid"), mProject, QStringLiteral("--cell-size"),
                   QStringLiteral("3000")});
    expectChinese({QStringLiteral("assess"), mProject});
    expectChinese({QStringLiteral("summary"), mProject});
    expectChinese({QStringLiteral("export-units"), mProject, path(QStringLiteral("清单.csv"))});
    expectChinese({QStringLiteral("export-map"), mProject, path(QStringLiteral("四色图.pdf")),
                   QStringLiteral("--paper"), QStringLiteral("A4")});
    expectChinese({QStringLiteral("methods"), QStringLiteral("templates")});
    expectChinese({QStringLiteral("methods"), QStringLiteral("export"), mProject,
                   path(QStringLiteral("方法集.json"))});
    expectChinese({QStringLiteral("methods"), QStringLiteral("validate"),
                   path(QStringLiteral("方法集.json"))});
    expectChinese({QStringLiteral("taxonomy"), QStringLiteral("export"), mProject,
                   path(QStringLiteral("分类.json"))});
    expectChinese({QStringLiteral("audit"), mProject, QStringLiteral("--verify")});
  }

  void mapsFindTheirFontUnderAChineseLocale()
  {
    // fontconfig names WenQuanYi Micro Hei 文泉驿微米黑 under a Chinese locale: still found.
    const CliRun run =
        runCli({QStringLiteral("export-map"), mProject, path(QStringLiteral("字体.pdf")),
                QStringLiteral("--paper"), QStringLiteral("A4")},
               chinese());
    expectSuccess(run);
    QVERIFY2(!run.err.contains(QStringLiteral("字体")), qPrintable(run.err));
  }

  void summaryNamesLevelsInChinese()
  {
    const CliRun run = runCli({QStringLiteral("summary"), mProject}, chinese());
    expectSuccess(run);
    for (const QString &level : {QStringLiteral("  重大风险: "), QStringLiteral("  较大风险: "),
                                 QStringLiteral("  一般风险: "), QStringLiteral("  低风险: ")})
      QVERIFY2(run.out.contains(level), qPrintable(run.out));
    QVERIFY2(run.out.contains(QRegularExpression(
                 QStringLiteral("区县 \\S+（\\d+）：重大风险，\\d+ 个风险单元"))),
             qPrintable(run.out));
    // In English the lines stay as scripts read them before.
    const CliRun english = runCli({QStringLiteral("summary"), mProject});
    QVERIFY2(english.out.contains(QStringLiteral("  Major risk: ")), qPrintable(english.out));
    QVERIFY2(english.out.contains(QRegularExpression(
                 QStringLiteral("  district \\S+ \\(\\d+\\): major, \\d+ units"))),
             qPrintable(english.out));
  }
};

QTEST_GUILESS_MAIN(TestCliChinese)
#include "test_cli_chinese.moc"
