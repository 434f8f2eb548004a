#include "clirunner.h"
#include "controlimage.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <algorithm>

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

  static int pageCount(const QString &pdf)
  {
    return runTool(QStringLiteral("pdfinfo"), {pdf})
        .section(QStringLiteral("Pages:"), 1)
        .trimmed()
        .section(QLatin1Char('\n'), 0, 0)
        .toInt();
  }

  //! The text of one page of \a pdf, laid out as on the page.
  static QString pageText(const QString &pdf, int page)
  {
    return runTool(QStringLiteral("pdftotext"),
                   {QStringLiteral("-layout"), QStringLiteral("-f"), QString::number(page),
                    QStringLiteral("-l"), QString::number(page), pdf, QStringLiteral("-")});
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

  void pdfHasCoverContentsWithPageNumbersAndRunningHeaders()
  {
    const QString pdf = path(QStringLiteral("报告.pdf"));
    expectSuccess(runCli({QStringLiteral("report"), mProject, pdf}));
    const int pages = pageCount(pdf);
    QVERIFY2(pages > 30, qPrintable(QString::number(pages)));
    // The body is numbered from 1 after the cover and the contents: "第 1 页 共 N 页".
    const QRegularExpression footer(QStringLiteral("第 (\\d+) 页 共 (\\d+) 页"));
    int front = -1;
    int bodyPages = 0;
    for (int page = 1; page <= pages && front < 0; ++page)
    {
      const QRegularExpressionMatch match = footer.match(pageText(pdf, page));
      if (match.hasMatch())
      {
        QCOMPARE(match.captured(1), QStringLiteral("1"));
        front = page - 1;
        bodyPages = match.captured(2).toInt();
      }
    }
    QVERIFY2(front >= 2, "a cover and at least one page of contents before page 1");
    QCOMPARE(front + bodyPages, pages);
    const QString cover = pageText(pdf, 1);
    QVERIFY(cover.contains(QStringLiteral("城市安全风险评估报告")));
    QVERIFY(cover.contains(QStringLiteral("示例市")));
    QVERIFY(cover.contains(QStringLiteral("2026-11-29")));
    QVERIFY(!cover.contains(footer));

    // The contents: each heading with the page it is on.
    QMap<QString, int> contents;
    QList<int> order; // the page numbers in the order the contents list them
    const QRegularExpression entry(QStringLiteral("^\\s*(\\S.*\\S)\\s{2,}(\\d+)\\s*$"));
    for (int page = 2; page <= front; ++page)
      for (const QString &line : pageText(pdf, page).split(QLatin1Char('\n')))
        if (const QRegularExpressionMatch match = entry.match(line); match.hasMatch())
        {
          contents.insert(match.captured(1), match.captured(2).toInt());
          order << match.captured(2).toInt();
        }
    for (const QString &title :
         {QStringLiteral("1 总论"), QStringLiteral("1.1 评估目的"), QStringLiteral("2 城市概况"),
          QStringLiteral("3 风险辨识"), QStringLiteral("3.3 风险清单"),
          QStringLiteral("4 风险分析"), QStringLiteral("5 风险评价"),
          QStringLiteral("5.2 重大风险"), QStringLiteral("6 区域综合风险"),
          QStringLiteral("6.1 区县风险等级"), QStringLiteral("7 管控对策建议"),
          QStringLiteral("8 结论"), QStringLiteral("附录A 风险清单"),
          QStringLiteral("附录B 区县风险图集"), QStringLiteral("附录C 参数表"),
          QStringLiteral("附录D 数据来源与坐标系"), QStringLiteral("附录E 可追溯性信息")})
      QVERIFY2(contents.contains(title), qPrintable(title));
    QVERIFY(std::is_sorted(order.begin(), order.end()));
    for (auto it = contents.constBegin(); it != contents.constEnd(); ++it)
    {
      QVERIFY(it.value() >= 1 && it.value() <= bodyPages);
      // The heading stands on the page the contents give, which says its number.
      const QString text = pageText(pdf, front + it.value());
      QVERIFY2(text.contains(it.key()), qPrintable(it.key()));
      QVERIFY(text.contains(QStringLiteral("第 %1 页 共 %2 页").arg(it.value()).arg(bodyPages)));
    }
    // A chapter's pages carry its title in the running header.
    const QString annexPage =
        pageText(pdf, front + contents.value(QStringLiteral("附录A 风险清单")) + 1);
    QVERIFY(annexPage.section(QLatin1Char('\n'), 0, 0).contains(QStringLiteral("附录A 风险清单")));
  }

  void pdfTablesBreakWithTheirHeaderAndMapsAreVectors()
  {
    const QString pdf = path(QStringLiteral("报告.pdf"));
    if (!QFile::exists(pdf))
      expectSuccess(runCli({QStringLiteral("report"), mProject, pdf}));
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    // Every unit in the risk list, every district, every level name, text as written.
    QFile units(sampleFile(QStringLiteral("units.csv")));
    QVERIFY(units.open(QIODevice::ReadOnly));
    const QStringList rows =
        QString::fromUtf8(units.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(rows.size(), 361);
    for (const QString &row : rows.mid(1))
    {
      // Ids whole (18-character credit codes too), not broken over two lines.
      const QString id = row.section(QLatin1Char(','), 0, 0);
      QVERIFY2(text.contains(id), qPrintable(id));
    }
    for (const QString &name : districtsInCodeOrder())
      QVERIFY2(text.contains(name), qPrintable(name));
    for (const QString &level : {QStringLiteral("重大风险"), QStringLiteral("较大风险"),
                                 QStringLiteral("一般风险"), QStringLiteral("低风险")})
      QVERIFY2(text.contains(level), qPrintable(level));
    for (const QChar radical : {QChar(0x2EDB), QChar(0x2F24), QChar(0x2F00)})
      QVERIFY2(!text.contains(radical), "PDF text extracts as Kangxi radicals");
    // A table continued on the next page repeats its header row under "续表N".
    int continued = 0;
    for (int page = 1; page <= pageCount(pdf); ++page)
    {
      const QString pageContent = pageText(pdf, page);
      if (!pageContent.contains(QStringLiteral("续表")))
        continue;
      ++continued;
      QVERIFY2(pageContent.contains(QStringLiteral("序号")) ||
                   pageContent.contains(QStringLiteral("行业代码")),
               qPrintable(pageContent.left(300)));
    }
    QVERIFY2(continued >= 10, qPrintable(QString::number(continued)));
    const QString fonts = runTool(QStringLiteral("pdffonts"), {pdf});
    QVERIFY2(fonts.contains(QStringLiteral("WenQuanYiMicroHei")), qPrintable(fonts));
    QVERIFY2(everyPdfFontEmbedded(fonts), qPrintable(fonts));
    // Maps and charts drawn as vector paths: the PDF holds no picture at all.
    const QStringList images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(images.size(), 2); // the header lines
  }

  void pdfPagesMatchTheirControlImages_data()
  {
    QTest::addColumn<QString>("marker"); // text on the page; empty for the cover
    QTest::addColumn<QString>("control");
    QTest::newRow("cover") << QString() << QStringLiteral("report-cover-50dpi.png");
    QTest::newRow("city map") << QStringLiteral("城市安全风险四色图")
                              << QStringLiteral("report-map-page-50dpi.png");
  }

  void pdfPagesMatchTheirControlImages()
  {
    QFETCH(QString, marker);
    QFETCH(QString, control);
    const QString pdf = path(QStringLiteral("报告.pdf"));
    if (!QFile::exists(pdf))
      expectSuccess(runCli({QStringLiteral("report"), mProject, pdf}));
    int page = marker.isEmpty() ? 1 : 0;
    for (int candidate = 1; candidate <= pageCount(pdf) && page == 0; ++candidate)
      if (pageText(pdf, candidate).contains(marker))
        page = candidate;
    QVERIFY(page > 0);
    const QString prefix = path(QStringLiteral("page-%1").arg(page));
    runTool(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("50"), QStringLiteral("-png"),
             QStringLiteral("-singlefile"), QStringLiteral("-f"), QString::number(page),
             QStringLiteral("-l"), QString::number(page), pdf, prefix});
    RISKATLAS_CHECK_CONTROL_IMAGE(prefix + QStringLiteral(".png"), control);
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
             13); // 8 + 5 annexes
    QVERIFY(document.count(QStringLiteral("<w:pStyle w:val=\"Heading2\" />")) >= 15);
    QVERIFY(document.contains(QRegularExpression(QStringLiteral("<w:instrText[^>]*>TOC "))));
    QVERIFY(document.count(QStringLiteral("<w:tblHeader")) >= 10);
    for (const QString &title :
         {QStringLiteral("1 总论"), QStringLiteral("2 城市概况"), QStringLiteral("3 风险辨识"),
          QStringLiteral("4 风险分析"), QStringLiteral("5 风险评价"),
          QStringLiteral("6 区域综合风险"), QStringLiteral("7 管控对策建议"),
          QStringLiteral("8 结论"), QStringLiteral("附录A 风险清单"),
          QStringLiteral("附录E 可追溯性信息")})
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
    // The four-colour map, 4 category maps, 3 charts and 12 district atlas pages.
    const QStringList media = entries(docx).filter(QStringLiteral("word/media/"));
    QCOMPARE(media.size(), 20);
  }

  void odtHasOutlineLevelsAndATableOfContents()
  {
    const QString odt = path(QStringLiteral("report.odt"));
    expectSuccess(runCli({QStringLiteral("report"), mProject, odt}));
    const QString content = entry(odt, QStringLiteral("content.xml"));
    QCOMPARE(content.count(QStringLiteral("text:outline-level=\"1\">")), 13);
    QVERIFY(content.count(QStringLiteral("text:outline-level=\"2\">")) >= 15);
    QVERIFY(content.contains(QStringLiteral("<text:table-of-content>")));
    QVERIFY(content.contains(QStringLiteral("<table:table-header-rows>")));
    QVERIFY(content.contains(QStringLiteral("临江区")));
    QVERIFY(content.contains(QStringLiteral("重大风险")));
    const QString styles = entry(odt, QStringLiteral("styles.xml"));
    QVERIFY(styles.contains(QStringLiteral("<text:page-number")));
    QVERIFY(styles.contains(QStringLiteral("<text:chapter")));
    QVERIFY(styles.contains(QStringLiteral("style:font-name-asian=\"SimSun\"")));
    QVERIFY(entries(odt).filter(QStringLiteral("Pictures/")).size() >= 20);
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
    QVERIFY(text.count(QStringLiteral("src=\"data:image/")) >= 20);
    QVERIFY(text.contains(QStringLiteral(".level-major")));
    QVERIFY(text.contains(QStringLiteral("#FF0000")));
    for (const QString &title :
         {QStringLiteral("1 General"), QStringLiteral("1.1 Purpose"), QStringLiteral("1.2 Basis"),
          QStringLiteral("2 City profile"), QStringLiteral("3 Risk identification"),
          QStringLiteral("3.3 Risk list"), QStringLiteral("4 Risk analysis"),
          QStringLiteral("5 Risk evaluation"), QStringLiteral("5.2 Major risks"),
          QStringLiteral("5.3 Levels set by hand"), QStringLiteral("6 Regional risk"),
          QStringLiteral("7 Control measures"), QStringLiteral("8 Conclusion"),
          QStringLiteral("Annex A Risk list"), QStringLiteral("Annex B District atlas"),
          QStringLiteral("Annex C Parameter tables"),
          QStringLiteral("Annex D Data sources and coordinate reference system"),
          QStringLiteral("Annex E Traceability")})
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
    // The logo joins the 20 maps and charts.
    QCOMPARE(entries(docx).filter(QStringLiteral("word/media/")).size(), 21);
  }

  void theProjectCarriesItsTemplate()
  {
    const QString project = path(QStringLiteral("carries.gpkg"));
    QVERIFY(QFile::copy(mProject, project));
    const QString folder = path(QStringLiteral("house-style"));
    QVERIFY(QDir().mkpath(folder + QStringLiteral("/zh")));
    const auto write = [](const QString &file, const QByteArray &content)
    {
      QFile out(file);
      return out.open(QIODevice::WriteOnly) && out.write(content) == content.size();
    };
    QVERIFY(write(folder + QStringLiteral("/zh/purpose.md"), "本报告受{{client}}委托编制。"));
    QVERIFY(write(folder + QStringLiteral("/report.json"),
                  R"({"client": "示例市应急管理局", "organisation": "某某安全评价有限公司"})"));
    QVERIFY(write(folder + QStringLiteral("/logo.png"),
                  QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4"
                                         "2mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")));
    const CliRun stored =
        runCli({QStringLiteral("report-template"), QStringLiteral("store"), project, folder});
    expectSuccess(stored);
    QCOMPARE(stored.out.trimmed(),
             QStringLiteral("stored 3 files: logo.png, report.json, zh/purpose.md"));
    QVERIFY(QDir(folder).removeRecursively()); // the project carries it on its own
    const CliRun shown =
        runCli({QStringLiteral("report-template"), QStringLiteral("show"), project});
    QCOMPARE(shown.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts),
             QStringList({QStringLiteral("logo.png"), QStringLiteral("report.json"),
                          QStringLiteral("zh/purpose.md")}));
    QVERIFY(runCli({QStringLiteral("audit"), project})
                .out.contains(QStringLiteral("set-report-template")));

    const QString pdf = path(QStringLiteral("carries.pdf"));
    expectSuccess(runCli({QStringLiteral("report"), project, pdf}));
    QVERIFY(runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                .contains(QStringLiteral("本报告受示例市应急管理局委托编制。")));
    QVERIFY(pageText(pdf, 1).contains(QStringLiteral("某某安全评价有限公司")));
    // The logo on the cover (with its alpha mask): the only picture of the PDF.
    const QStringList images = runTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                                   .split(QLatin1Char('\n'), Qt::SkipEmptyParts)
                                   .mid(2);
    QVERIFY(!images.isEmpty());
    for (const QString &image : images)
      QCOMPARE(image.simplified().section(QLatin1Char(' '), 0, 0), QStringLiteral("1"));

    // --template still comes first.
    const QString other = path(QStringLiteral("other-style"));
    QVERIFY(QDir().mkpath(other + QStringLiteral("/zh")));
    QVERIFY(write(other + QStringLiteral("/zh/purpose.md"), "另一家的措辞。"));
    const QString docx = path(QStringLiteral("carries.docx"));
    expectSuccess(
        runCli({QStringLiteral("report"), project, docx, QStringLiteral("--template"), other}));
    const QString document = entry(docx, QStringLiteral("word/document.xml"));
    QVERIFY(document.contains(QStringLiteral("另一家的措辞。")));
    QVERIFY(document.contains(QStringLiteral("某某安全评价有限公司"))); // facts from the project

    // A bad template changes nothing; export writes the stored files; clear removes them.
    QVERIFY(QDir().mkpath(path(QStringLiteral("bad-style"))));
    const QString badLogo = path(QStringLiteral("bad-style/logo.png"));
    QVERIFY(write(badLogo, "GIF89a"));
    const CliRun bad = runCli({QStringLiteral("report-template"), QStringLiteral("store"), project,
                               path(QStringLiteral("bad-style"))});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY2(bad.err.contains(badLogo + QStringLiteral(": the logo must be a PNG image")),
             qPrintable(bad.err));
    QCOMPARE(runCli({QStringLiteral("report-template"), QStringLiteral("show"), project}).out,
             shown.out);
    const QString exported = path(QStringLiteral("exported-style"));
    expectSuccess(
        runCli({QStringLiteral("report-template"), QStringLiteral("export"), project, exported}));
    QVERIFY(QFile::exists(exported + QStringLiteral("/zh/purpose.md")));
    QVERIFY(QFile::exists(exported + QStringLiteral("/logo.png")));
    expectSuccess(runCli({QStringLiteral("report-template"), QStringLiteral("clear"), project}));
    QCOMPARE(
        runCli({QStringLiteral("report-template"), QStringLiteral("show"), project}).out.trimmed(),
        QStringLiteral("no report template stored in the project"));
    expectSuccess(runCli({QStringLiteral("report"), project, pdf}));
    QVERIFY(!runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")})
                 .contains(QStringLiteral("委托编制")));
    QCOMPARE(runCli({QStringLiteral("report-template"), QStringLiteral("store"), project}).exitCode,
             2);
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
