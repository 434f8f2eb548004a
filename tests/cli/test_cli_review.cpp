// `riskatlas-cli review`: a review session started with its details (missing ones named, exit
// 2), only one open at a time, ended with the audit chain's head, listed for scripts, and its
// minutes written as PDF and DOCX — in Chinese under a Chinese locale.
#include "clirunner.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace riskatlas::test;

class TestCliReview : public QObject
{
  Q_OBJECT

  QTemporaryDir mDir;
  QString mProject;

  QString path(const QString &name) const { return mDir.filePath(name); }

  QStringList startArguments() const
  {
    return {QStringLiteral("review"),
            QStringLiteral("start"),
            mProject,
            QStringLiteral("--title"),
            QStringLiteral("城市安全风险评估成果专家评审会"),
            QStringLiteral("--date"),
            QStringLiteral("2026-11-30"),
            QStringLiteral("--place"),
            QStringLiteral("市应急管理局三楼会议室"),
            QStringLiteral("--chair"),
            QStringLiteral("王主任"),
            QStringLiteral("--participant"),
            QStringLiteral("李专家"),
            QStringLiteral("--participant"),
            QStringLiteral("张专家")};
  }

  QJsonArray sessions() const
  {
    const CliRun run = runCli(
        {QStringLiteral("review"), QStringLiteral("list"), mProject, QStringLiteral("--json")});
    expectSuccess(run);
    return QJsonDocument::fromJson(run.out.toUtf8())
        .object()
        .value(QStringLiteral("sessions"))
        .toArray();
  }

private slots:
  void initTestCase()
  {
    QVERIFY(mDir.isValid());
    mProject = path(QStringLiteral("示例市.gpkg"));
    expectSuccess(buildSampleProject(mProject));
    expectSuccess(runCli({QStringLiteral("assess"), mProject}));
  }

  void refusesASessionWithoutItsDetails()
  {
    const CliRun run = runCli({QStringLiteral("review"), QStringLiteral("start"), mProject,
                               QStringLiteral("--title"), QStringLiteral("评审会"),
                               QStringLiteral("--date"), QStringLiteral("30.11.2026")});
    QCOMPARE(run.exitCode, 2);
    for (const QString &named :
         {QStringLiteral("30.11.2026"), QStringLiteral("chair"), QStringLiteral("participants")})
      QVERIFY2(run.err.contains(named), qPrintable(run.err));
    QVERIFY(sessions().isEmpty());
  }

  void startsListsEndsAndWritesMinutes()
  {
    const CliRun started = runCli(startArguments());
    expectSuccess(started);
    QVERIFY2(started.out.contains(QStringLiteral("review session 1 started")),
             qPrintable(started.out));
    // One session at a time.
    const CliRun again = runCli(startArguments());
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(QStringLiteral("still open")), qPrintable(again.err));

    QJsonArray listed = sessions();
    QCOMPARE(listed.size(), 1);
    QJsonObject session = listed.first().toObject();
    QCOMPARE(session.value(QStringLiteral("open")).toBool(), true);
    QCOMPARE(session.value(QStringLiteral("chair")).toString(), QStringLiteral("王主任"));
    QCOMPARE(session.value(QStringLiteral("participants")).toArray().size(), 2);
    QCOMPARE(session.value(QStringLiteral("head_hash")).toString(), QString());

    const CliRun ended = runCli({QStringLiteral("review"), QStringLiteral("end"), mProject});
    expectSuccess(ended);
    session = sessions().first().toObject();
    QCOMPARE(session.value(QStringLiteral("open")).toBool(), false);
    // The head hash is the hash of the audit log's last entry, review-end.
    const CliRun audit = runCli(
        {QStringLiteral("audit"), mProject, QStringLiteral("--verify"), QStringLiteral("--json")});
    expectSuccess(audit);
    const QJsonArray entries = QJsonDocument::fromJson(audit.out.toUtf8())
                                   .object()
                                   .value(QStringLiteral("entries"))
                                   .toArray();
    const QJsonObject last = entries.last().toObject();
    QCOMPARE(last.value(QStringLiteral("action")).toString(), QStringLiteral("review-end"));
    QCOMPARE(session.value(QStringLiteral("head_hash")).toString(),
             last.value(QStringLiteral("hash")).toString());
    QCOMPARE(static_cast<qint64>(session.value(QStringLiteral("end_sequence")).toDouble()),
             static_cast<qint64>(last.value(QStringLiteral("sequence")).toDouble()));
    QVERIFY2(ended.out.contains(last.value(QStringLiteral("hash")).toString()),
             qPrintable(ended.out));

    const QString pdf = path(QStringLiteral("纪要.pdf"));
    expectSuccess(runCli({QStringLiteral("review"), QStringLiteral("minutes"), mProject, pdf}));
    const QString text =
        runTool(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    for (const QString &expected :
         {QStringLiteral("风险评估评审会议纪要"), QStringLiteral("城市安全风险评估成果专家评审会"),
          QStringLiteral("李专家、张专家"), QStringLiteral("评审会期间共作出 0 项调整"),
          last.value(QStringLiteral("hash")).toString()})
      QVERIFY2(text.contains(expected), qPrintable(expected + QLatin1Char('\n') + text));
    QVERIFY(everyPdfFontEmbedded(runTool(QStringLiteral("pdffonts"), {pdf})));

    const QString docx = path(QStringLiteral("minutes.docx"));
    expectSuccess(runCli({QStringLiteral("review"), QStringLiteral("minutes"), mProject, docx,
                          QStringLiteral("--session"), QStringLiteral("1"),
                          QStringLiteral("--language"), QStringLiteral("en")}));
    const QString document = runTool(
        QStringLiteral("unzip"), {QStringLiteral("-p"), docx, QStringLiteral("word/document.xml")});
    QVERIFY2(document.contains(QStringLiteral("Changes Agreed")), qPrintable(document.left(2000)));

    const CliRun unknown = runCli({QStringLiteral("review"), QStringLiteral("minutes"), mProject,
                                   pdf, QStringLiteral("--session"), QStringLiteral("9")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("no review session 9")), qPrintable(unknown.err));
    const CliRun spreadsheet = runCli({QStringLiteral("review"), QStringLiteral("minutes"),
                                       mProject, path(QStringLiteral("m.xlsx"))});
    QCOMPARE(spreadsheet.exitCode, 2);
  }

  void speaksChineseUnderAChineseLocale()
  {
    QProcessEnvironment chinese = testEnvironment();
    chinese.insert(QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8"));
    chinese.insert(QStringLiteral("LANGUAGE"), QString());
    chinese.insert(QStringLiteral("LC_ALL"), QStringLiteral("zh_CN.UTF-8"));
    const CliRun listed =
        runCli({QStringLiteral("review"), QStringLiteral("list"), mProject}, chinese);
    expectSuccess(listed);
    QVERIFY2(listed.out.contains(QStringLiteral("已结束")), qPrintable(listed.out));
    const CliRun wrong =
        runCli({QStringLiteral("review"), QStringLiteral("end"), mProject}, chinese);
    QCOMPARE(wrong.exitCode, 1);
    QVERIFY2(wrong.err.contains(QStringLiteral("当前没有进行中的评审会")), qPrintable(wrong.err));
  }
};

QTEST_GUILESS_MAIN(TestCliReview)
#include "test_cli_review.moc"
