#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace riskatlas::test;

/**
 * `report` as DOCX, ODT and HTML on the bundled sample (through pandoc): the documents are
 * unzipped and their XML read as Word, WPS and LibreOffice would — heading levels, a real table
 * of contents, header rows that repeat, page numbers — and the HTML checked to stand alone.
 */
class TestCliReport : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;
  QString mProject;

  QString path(const QString &name) const { return mDir.filePath(name); }

  //! One entry of a zip file (unzip -p), as text.
  static QString entry(const QString &zip, const QString &name)
  {
    return runTool(QStringLiteral("unzip"), {QStringLiteral("-p"), zip, name});
  }

  static QStringList entries(const QString &zip)
  {
    return runTool(QStringLiteral("unzip"), {QStringLiteral("-Z1"), zip})
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
  }

  static const QStringList &districtsInCodeOrder()
  {
    // The sample's districts 330101 … 330112 (projects/sample-city/districts.geojson).
    static const QStringList names{
        QStringLiteral("临江区"),   QStringLiteral("望湖区"), QStringLiteral("青山区"),
        QStringLiteral("钱塘新区"), QStringLiteral("云栖区"), QStringLiteral("白塔区"),
        QStringLiteral("翠屏区"),   QStringLiteral("龙井区"), QStringLiteral("半山区"),
        QStringLiteral("闻堰区"),   QStringLiteral("仓前区"), QStringLiteral("湘湖区")};
    return names;
  }

private slots:
  void initTestCase()
  {
    QVERIFY(mDir.isValid());
    mProject = path(QStringLiteral("示例市.gpkg"));
    expectSuccess(buildSampleProject(mProject));
    expectSuccess(runCli({QStringLiteral("assess"), mProject}));
  }

  void docxHasHeadingsTocHeaderRowsAndPageNumbers()
  {
    const QString docx = path(QStringLiteral("report.docx"));
    const CliRun run = runCli({QStringLiteral("report"), mProject, docx});
    expectSuccess(run);
    QCOMPARE(run.out.trimmed(), QStringLiteral("wrote %1").arg(docx));
    const QString document = entry(docx, QStringLiteral("word/document.xml"));
    QVERIFY(!document.isEmpty());
    QCOMPARE(document.count(QStringLiteral("<w:pStyle w:val=\"Heading1\" />")),
             12); // 8 + 4 annexes
    QVERIFY(document.count(QStringLiteral("<w:pStyle w:val=\"Heading2\" />")) >= 15);
    QVERIFY(document.contains(QRegularExpression(QStringLiteral("<w:instrText[^>]*>TOC "))));
    QVERIFY(document.count(QStringLiteral("<w:tblHeader")) >= 10);
    for (const QString &title :
         {QStringLiteral("1 总论"), QStringLiteral("2 城市概况"), QStringLiteral("3 风险辨识"),
          QStringLiteral("4 风险分析"), QStringLiteral("5 风险评价"),
          QStringLiteral("6 区域综合风险"), QStringLiteral("7 管控对策建议"),
          QStringLiteral("8 结论"), QStringLiteral("附录A 风险清单"),
          QStringLiteral("附录D 可追溯性信息")})
      QVERIFY2(document.contains(title), qPrintable(title));
    for (const QString &level : {QStringLiteral("重大风险"), QStringLiteral("较大风险"),
                                 QStringLiteral("一般风险"), QStringLiteral("低风险")})
      QVERIFY2(document.contains(level), qPrintable(level));
    QVERIFY(document.contains(QStringLiteral("<w:rStyle w:val=\"LevelMajor\" />")));
    // Districts in code order in the district table (after the chapter 6 heading).
    const int chapter6 = document.indexOf(QStringLiteral("6 区域综合风险"));
    int previous = chapter6;
    for (const QString &name : districtsInCodeOrder())
    {
      const int at = document.indexOf(name, previous + 1);
      QVERIFY2(at > previous, qPrintable(name));
      previous = at;
    }
    // The body lists major and significant units only; the annex all 360.
    QVERIFY(document.contains(QStringLiteral("RU0360")));
    QVERIFY(document.contains(QStringLiteral("<w:headerReference")));
    QVERIFY(document.contains(QStringLiteral("<w:footerReference")));
    QVERIFY(entry(docx, QStringLiteral("word/footer1.xml")).contains(QStringLiteral(" PAGE ")));
    const QString styles = entry(docx, QStringLiteral("word/styles.xml"));
    QVERIFY(styles.contains(QStringLiteral("w:eastAsia=\"SimSun\"")));
    QVERIFY(styles.contains(QStringLiteral("w:eastAsia=\"SimHei\"")));
    // The four-colour map, 4 category maps and 3 charts.
    const QStringList media = entries(docx).filter(QStringLiteral("word/media/"));
    QCOMPARE(media.size(), 8);
  }

  void odtHasOutlineLevelsAndATableOfContents()
  {
    const QString odt = path(QStringLiteral("report.odt"));
    expectSuccess(runCli({QStringLiteral("report"), mProject, odt}));
    const QString content = entry(odt, QStringLiteral("content.xml"));
    QCOMPARE(content.count(QStringLiteral("text:outline-level=\"1\">")), 12);
    QVERIFY(content.count(QStringLiteral("text:outline-level=\"2\">")) >= 15);
    QVERIFY(content.contains(QStringLiteral("<text:table-of-content>")));
    QVERIFY(content.contains(QStringLiteral("<table:table-header-rows>")));
    QVERIFY(content.contains(QStringLiteral("临江区")));
    QVERIFY(content.contains(QStringLiteral("重大风险")));
    const QString styles = entry(odt, QStringLiteral("styles.xml"));
    QVERIFY(styles.contains(QStringLiteral("<text:page-number")));
    QVERIFY(styles.contains(QStringLiteral("<text:chapter")));
    QVERIFY(styles.contains(QStringLiteral("style:font-name-asian=\"SimSun\"")));
    QVERIFY(entries(odt).filter(QStringLiteral("Pictures/")).size() >= 8);
  }

  void htmlStandsAloneInEnglish()
  {
    const QString html = path(QStringLiteral("report.html"));
    expectSuccess(runCli({QStringLiteral("report"), mProject, html, QStringLiteral("--language"),
                          QStringLiteral("en")}));
    QFile file(html);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    // Self-contained: images and the stylesheet embedded, nothing fetched.
    QVERIFY(!text.contains(QRegularExpression(QStringLiteral("src=\"(?!data:)"))));
    QVERIFY(!text.contains(QStringLiteral("<link rel=\"stylesheet\"")));
    QVERIFY(text.count(QStringLiteral("src=\"data:image/")) >= 8);
    QVERIFY(text.contains(QStringLiteral(".level-major")));
    QVERIFY(text.contains(QStringLiteral("#FF0000")));
    for (const QString &title :
         {QStringLiteral("1 General"), QStringLiteral("1.1 Purpose"), QStringLiteral("1.2 Basis"),
          QStringLiteral("2 City profile"), QStringLiteral("3 Risk identification"),
          QStringLiteral("3.3 Risk list"), QStringLiteral("4 Risk analysis"),
          QStringLiteral("5 Risk evaluation"), QStringLiteral("5.2 Major risks"),
          QStringLiteral("5.3 Levels set by hand"), QStringLiteral("6 Regional risk"),
          QStringLiteral("7 Control measures"), QStringLiteral("8 Conclusion"),
          QStringLiteral("Annex A Risk list"), QStringLiteral("Annex B Parameter tables"),
          QStringLiteral("Annex C Data sources and coordinate reference system"),
          QStringLiteral("Annex D Traceability")})
      QVERIFY2(text.contains(QStringLiteral(">") + title + QStringLiteral("</h")),
               qPrintable(title));
    QVERIFY(text.contains(QStringLiteral("Major risk")));
    QVERIFY(!text.contains(QStringLiteral("{{")));
  }

  void templateFolderGivesTheWordingAndFacts()
  {
    const QString folder = path(QStringLiteral("consultancy"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/zh")));
    QFile purpose(folder + QStringLiteral("/zh/purpose.md"));
    QVERIFY(purpose.open(QIODevice::WriteOnly));
    purpose.write("受{{client}}委托，本公司评估{{city}}，发现重大风险单元{{major_count}}个。");
    purpose.close();
    QFile facts(folder + QStringLiteral("/report.json"));
    QVERIFY(facts.open(QIODevice::WriteOnly));
    facts.write(R"({"client": "示例市应急管理局", "organisation": "某某安全评价有限公司"})");
    facts.close();
    QFile logo(folder + QStringLiteral("/logo.png"));
    QVERIFY(logo.open(QIODevice::WriteOnly));
    logo.write(QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8"
                                      "z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="));
    logo.close();
    const QString docx = path(QStringLiteral("consultancy.docx"));
    expectSuccess(
        runCli({QStringLiteral("report"), mProject, docx, QStringLiteral("--template"), folder}));
    const QString document = entry(docx, QStringLiteral("word/document.xml"));
    QVERIFY(document.contains(QRegularExpression(
        QStringLiteral("受示例市应急管理局委托，本公司评估示例市，发现重大风险单元\\d+个。"))));
    QVERIFY(document.contains(QStringLiteral("某某安全评价有限公司")));
    // The blocks the folder lacks keep the built-in wording.
    QVERIFY(document.contains(QStringLiteral("GB/T 42768")));
    // The logo joins the 8 maps and charts.
    QCOMPARE(entries(docx).filter(QStringLiteral("word/media/")).size(), 9);
  }

  void usageErrorsAndAMissingPandoc()
  {
    const CliRun text = runCli({QStringLiteral("report"), mProject, path(QStringLiteral("r.txt"))});
    QCOMPARE(text.exitCode, 2);
    QVERIFY2(text.err.contains(QStringLiteral(".docx")), qPrintable(text.err));
    QVERIFY(!QFile::exists(path(QStringLiteral("r.txt"))));
    const CliRun folder =
        runCli({QStringLiteral("report"), mProject, path(QStringLiteral("r.docx")),
                QStringLiteral("--template"), mProject});
    QCOMPARE(folder.exitCode, 2);

    QProcessEnvironment environment = testEnvironment();
    environment.insert(QStringLiteral("RISKATLAS_PANDOC"), path(QStringLiteral("no-pandoc")));
    const QString docx = path(QStringLiteral("without-pandoc.docx"));
    const CliRun missing = runCli({QStringLiteral("report"), mProject, docx}, environment);
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("pandoc")) &&
                 missing.err.contains(QStringLiteral("apt install pandoc")),
             qPrintable(missing.err));
    QVERIFY(!QFile::exists(docx));
    // The PDF needs no pandoc.
    const QString pdf = path(QStringLiteral("without-pandoc.pdf"));
    expectSuccess(runCli({QStringLiteral("report"), mProject, pdf}, environment));
    QVERIFY(QFile::exists(pdf));
  }
};

QTEST_GUILESS_MAIN(TestCliReport)
#include "test_cli_report.moc"
