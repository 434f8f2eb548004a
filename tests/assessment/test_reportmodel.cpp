#include "regionaggregation.h"
#include "reportmarkdown.h"
#include "reportmodel.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace riskatlas;

namespace
{
ReportUnitRow unit(int number, const QString &sector, const QString &region, RiskLevel inherent,
                   RiskLevel final, const QString &reason = QString())
{
  ReportUnitRow row;
  row.id = QStringLiteral("RU%1").arg(number, 4, 10, QLatin1Char('0'));
  row.name = QStringLiteral("单位%1").arg(number);
  row.sectorCode = sector;
  row.sectorName = Taxonomy::defaultTaxonomy().findSector(sector)->name(QStringLiteral("zh"));
  row.categoryCode = Taxonomy::defaultTaxonomy().findSector(sector)->categoryCode;
  row.region = region;
  row.score = static_cast<double>(final) * 5;
  row.inherentLevel = inherent;
  row.finalLevel = final;
  row.overrideReason = reason;
  return row;
}

RegionSummary district(const QString &id, const QString &name, const QList<RiskLevel> &levels)
{
  RegionSummary region;
  region.id = id;
  region.name = name;
  region.kind = QStringLiteral("district");
  region.result = aggregateByHighestLevel(levels);
  region.categoryLevels.insert(QStringLiteral("industrial"), region.result.level);
  return region;
}

const ReportSection &sectionNamed(const ReportDocument &document, const QString &title)
{
  const ReportSection *section = document.findSection(title);
  if (!section)
    qFatal("no section %s", qPrintable(title));
  return *section;
}

const ReportTable &firstTable(const ReportSection &section)
{
  for (const ReportBlock &block : section.blocks)
    if (block.kind == ReportBlock::Kind::Table)
      return block.table;
  qFatal("no table in %s", qPrintable(section.title));
}
} // namespace

/**
 * The report document's content against a hand-built project of 6 units in 2 districts (given in
 * name order, not code order): 2 major (one raised by hand with a reason), 1 significant, 2
 * general, 1 low.
 */
class TestReportModel : public QObject
{
  Q_OBJECT

private:
  static ReportInput input(const QString &language)
  {
    ReportInput report;
    report.language = language;
    report.projectName = QStringLiteral("示例市");
    report.generatedAt = QDateTime(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC);
    report.crsDescription = QStringLiteral("EPSG:4549 CGCS2000 / 3-degree Gauss-Kruger CM 120E");
    report.taxonomy = &Taxonomy::defaultTaxonomy();
    report.allUnits = {
        unit(1, QStringLiteral("I01"), QStringLiteral("临江区"), RiskLevel::Major,
             RiskLevel::Major),
        unit(2, QStringLiteral("I01"), QStringLiteral("望湖区"), RiskLevel::Significant,
             RiskLevel::Major, QStringLiteral("近三年发生过两起泄漏事故")),
        unit(3, QStringLiteral("C01"), QStringLiteral("临江区"), RiskLevel::Significant,
             RiskLevel::Significant),
        unit(4, QStringLiteral("C01"), QStringLiteral("望湖区"), RiskLevel::General,
             RiskLevel::General),
        unit(5, QStringLiteral("F01"), QStringLiteral("临江区"), RiskLevel::Significant,
             RiskLevel::General),
        unit(6, QStringLiteral("F01"), QStringLiteral("望湖区"), RiskLevel::Low, RiskLevel::Low)};
    for (const ReportUnitRow &row : report.allUnits)
    {
      report.summary.levels.add(row.finalLevel);
      report.summary.byCategory[row.categoryCode].add(row.finalLevel);
      report.bySector[row.sectorCode].add(row.finalLevel);
      report.correction[row.inherentLevel].add(row.finalLevel);
      if (row.finalLevel == RiskLevel::Major)
        report.majorUnits << row;
      if (row.finalLevel == RiskLevel::Significant)
        report.significantUnits << row;
      if (!row.overrideReason.isEmpty())
        report.overriddenUnits << row;
    }
    report.summary.units = report.summary.scored = 6;
    report.summary.regions = {
        district(QStringLiteral("330102"), QStringLiteral("望湖区"),
                 {RiskLevel::Major, RiskLevel::General, RiskLevel::Low}),
        district(QStringLiteral("330101"), QStringLiteral("临江区"),
                 {RiskLevel::Major, RiskLevel::Significant, RiskLevel::General})};
    report.hasOverallMap = true;
    report.mapCategories = QStringList{QStringLiteral("industrial")};
    report.atlasDistricts = {{QStringLiteral("330101"), QStringLiteral("临江区")},
                             {QStringLiteral("330102"), QStringLiteral("望湖区")}};
    report.auditHeadHash = QStringLiteral("ab12").repeated(16);
    report.dataSources = QStringList{QStringLiteral("units.csv (import-units, 2026-11-28)")};
    return report;
  }

private slots:
  void outlineFollowsTheNationalReport()
  {
    const ReportDocument document =
        buildReportDocument(input(QStringLiteral("en")), ReportTemplates());
    QStringList chapters;
    for (const ReportSection &section : document.sections)
      if (section.level == 1)
        chapters << section.heading(QStringLiteral("en"));
    QCOMPARE(
        chapters,
        QStringList({QStringLiteral("1 General"), QStringLiteral("2 City profile"),
                     QStringLiteral("3 Risk identification"), QStringLiteral("4 Risk analysis"),
                     QStringLiteral("5 Risk evaluation"), QStringLiteral("6 Regional risk"),
                     QStringLiteral("7 Control measures"), QStringLiteral("8 Conclusion"),
                     QStringLiteral("Annex A Risk list"), QStringLiteral("Annex B District atlas"),
                     QStringLiteral("Annex C Parameter tables"),
                     QStringLiteral("Annex D Data sources and coordinate reference system"),
                     QStringLiteral("Annex E Traceability")}));
    // The atlas: one page per district, in code order.
    QCOMPARE(document.figureIds(),
             QStringList({QStringLiteral("chart-category"), QStringLiteral("chart-sector"),
                          QStringLiteral("map-overall"), QStringLiteral("chart-district"),
                          QStringLiteral("map-category-industrial"),
                          QStringLiteral("map-district-330101"),
                          QStringLiteral("map-district-330102")}));
  }

  void countsPerCategoryAndSector()
  {
    const ReportDocument document =
        buildReportDocument(input(QStringLiteral("en")), ReportTemplates());
    const ReportTable &categories =
        firstTable(sectionNamed(document, QStringLiteral("Risk units by category")));
    QCOMPARE(categories.header.size(), 6);
    // Industrial: 2 major; crowded: 1 significant 1 general; facilities: 1 general 1 low.
    QCOMPARE(categories.rows.at(0).at(1).text, QStringLiteral("2"));
    QCOMPARE(categories.rows.at(0).at(5).text, QStringLiteral("2"));
    QCOMPARE(categories.rows.at(1).at(2).text, QStringLiteral("1"));
    QCOMPARE(categories.rows.at(2).at(4).text, QStringLiteral("1"));
    QCOMPARE(categories.rows.last().at(5).text, QStringLiteral("6"));
    const ReportTable &sectors =
        firstTable(sectionNamed(document, QStringLiteral("Risk units by sector")));
    QCOMPARE(sectors.rows.size(), 3); // only sectors with units
    QCOMPARE(sectors.rows.at(0).at(1).text, QStringLiteral("I01"));
    QCOMPARE(sectors.rows.at(0).at(3).text, QStringLiteral("2"));
    QCOMPARE(sectors.alignments.value(3), ColumnAlignment::Right);
  }

  void evaluationListsMajorsCorrectionAndOverrides()
  {
    const ReportDocument document =
        buildReportDocument(input(QStringLiteral("en")), ReportTemplates());
    const ReportTable &cross =
        firstTable(sectionNamed(document, QStringLiteral("Inherent and realistic risk")));
    // Inherent significant (row 2): 1 → major, 1 → significant, 1 → general.
    QCOMPARE(cross.rows.at(1).at(0).level, RiskLevel::Significant);
    QCOMPARE(cross.rows.at(1).at(1).text, QStringLiteral("1"));
    QCOMPARE(cross.rows.at(1).at(2).text, QStringLiteral("1"));
    QCOMPARE(cross.rows.at(1).at(3).text, QStringLiteral("1"));
    QCOMPARE(cross.rows.at(1).at(5).text, QStringLiteral("3"));
    const ReportTable &major = firstTable(sectionNamed(document, QStringLiteral("Major risks")));
    QCOMPARE(major.rows.size(), 2);
    QCOMPARE(major.rows.at(0).at(1).text, QStringLiteral("RU0001"));
    QCOMPARE(major.rows.at(0).at(7).level, RiskLevel::Major);
    const ReportTable &overrides =
        firstTable(sectionNamed(document, QStringLiteral("Levels set by hand")));
    QCOMPARE(overrides.rows.size(), 1);
    QCOMPARE(overrides.rows.at(0).at(0).text, QStringLiteral("RU0002"));
    QCOMPARE(overrides.rows.at(0).at(4).text, QStringLiteral("近三年发生过两起泄漏事故"));
  }

  void districtsInCodeOrder()
  {
    const ReportDocument document =
        buildReportDocument(input(QStringLiteral("zh")), ReportTemplates());
    const ReportTable &districts =
        firstTable(sectionNamed(document, QStringLiteral("区县风险等级")));
    QCOMPARE(districts.rows.size(), 2);
    QCOMPARE(districts.rows.at(0).at(0).text, QStringLiteral("330101"));
    QCOMPARE(districts.rows.at(0).at(1).text, QStringLiteral("临江区"));
    QCOMPARE(districts.rows.at(0).at(2).text, QStringLiteral("重大风险"));
    QCOMPARE(districts.rows.at(1).at(0).text, QStringLiteral("330102"));
    const ReportTable &profile = firstTable(sectionNamed(document, QStringLiteral("城市概况")));
    QCOMPARE(profile.rows.at(0).at(0).text, QStringLiteral("330101"));
    QCOMPARE(profile.rows.at(0).at(2).text, QStringLiteral("3"));
  }

  void largeProjectsListMajorAndSignificantInTheBody()
  {
    ReportInput small = input(QStringLiteral("en"));
    const ReportDocument full = buildReportDocument(small, ReportTemplates());
    QCOMPARE(firstTable(sectionNamed(full, QStringLiteral("Risk list"))).rows.size(), 6);

    ReportInput large = input(QStringLiteral("en"));
    large.bodyListLimit = 5;
    const ReportDocument document = buildReportDocument(large, ReportTemplates());
    const ReportSection *body = nullptr;
    const ReportSection *annex = nullptr;
    for (const ReportSection &section : document.sections)
      if (section.title == QLatin1String("Risk list"))
        (section.annex ? annex : body) = &section;
    QVERIFY(body && annex);
    QCOMPARE(firstTable(*body).rows.size(), 3); // 2 major + 1 significant
    QVERIFY(body->blocks.first().text.contains(QStringLiteral("2 general and 1 low")));
    QCOMPARE(firstTable(*annex).rows.size(), 6);
    QCOMPARE(firstTable(*annex).rows.at(0).at(7).level, RiskLevel::None); // plain, for speed

    // Beyond what a word processor takes, the annex names the spreadsheet.
    large.annexListLimit = 5;
    const ReportDocument huge = buildReportDocument(large, ReportTemplates());
    for (const ReportSection &section : huge.sections)
      if (section.annex && section.title == QLatin1String("Risk list"))
      {
        QCOMPARE(section.blocks.size(), 1);
        QVERIFY(section.blocks.at(0).text.contains(QStringLiteral("6 units")));
      }
  }

  void parameterTablesAndTraceability()
  {
    const ReportDocument document =
        buildReportDocument(input(QStringLiteral("en")), ReportTemplates());
    const ReportSection &analysis = sectionNamed(document, QStringLiteral("Default method"));
    bool lowerInclusive = false;
    for (const ReportBlock &block : analysis.blocks)
      lowerInclusive |= block.table.caption.contains(QStringLiteral("lower bound inclusive"));
    QVERIFY(lowerInclusive);
    const ReportTable &palette =
        firstTable(sectionNamed(document, QStringLiteral("Parameter tables")));
    QCOMPARE(palette.rows.at(0).at(1).text, QStringLiteral("#FF0000"));
    QCOMPARE(palette.rows.at(0).at(2).text, QStringLiteral("255"));
    QCOMPARE(palette.rows.at(3).at(4).text, QStringLiteral("192"));

    // A project with its own colours prints them, not the default ones.
    ReportInput ownColours = input(QStringLiteral("en"));
    QVERIFY(ownColours.palette.setColor(RiskLevel::Major, QStringLiteral("#8B008B")));
    const ReportDocument ownDocument = buildReportDocument(ownColours, ReportTemplates());
    const ReportTable &own =
        firstTable(sectionNamed(ownDocument, QStringLiteral("Parameter tables")));
    QCOMPARE(own.rows.at(0).at(1).text, QStringLiteral("#8B008B"));
    QCOMPARE(own.rows.at(0).at(2).text, QStringLiteral("139"));
    const ReportSection &trace = sectionNamed(document, QStringLiteral("Traceability"));
    const QString items = trace.blocks.first().items.join(QLatin1Char('\n'));
    QVERIFY(items.contains(MethodSet::defaultSet().hash()));
    QVERIFY(items.contains(QStringLiteral("ab12").repeated(16)));
  }

  void hiddenDangerGovernanceAsOfTheReportDate()
  {
    ReportInput report = input(QStringLiteral("en"));
    const auto hazard =
        [](const QString &id, HazardGrade grade, HazardStatus status, const QDate &deadline)
    {
      HiddenDanger danger;
      danger.id = id;
      danger.unitId = QStringLiteral("RU0001");
      danger.grade = grade;
      danger.status = status;
      danger.round = QStringLiteral("1");
      danger.deadline = deadline;
      danger.listing = grade == HazardGrade::Major ? HazardListing::City : HazardListing::None;
      return danger;
    };
    // Found 4: one major closed, one major open past its deadline (by 10 days), one general
    // rectified, one general open on its deadline day (not overdue).
    const QDate asOf(2026, 11, 29);
    report.hazardsAsOf = asOf;
    report.hazards = {
        hazard(QStringLiteral("H1"), HazardGrade::Major, HazardStatus::Closed, asOf.addDays(-30)),
        hazard(QStringLiteral("H2"), HazardGrade::Major, HazardStatus::Rectifying,
               asOf.addDays(-10)),
        hazard(QStringLiteral("H3"), HazardGrade::General, HazardStatus::Rectified,
               asOf.addDays(-5)),
        hazard(QStringLiteral("H4"), HazardGrade::General, HazardStatus::Assigned, asOf)};
    const ReportDocument document = buildReportDocument(report, ReportTemplates());
    const ReportSection &section =
        sectionNamed(document, QStringLiteral("Hidden-danger governance"));
    QCOMPARE(section.number, QStringLiteral("5.4"));
    QCOMPARE(
        section.blocks.first().text,
        QStringLiteral("As of 2026-11-29 the register holds 4 hidden dangers, 2 of them major: "
                       "2 rectified (rectification rate 50.0%), 1 of them closed after "
                       "verification; 2 still open, 1 of them past their deadline."));
    const ReportTable &byGrade = firstTable(section);
    QStringList rows;
    for (const QList<ReportCell> &row : byGrade.rows)
    {
      QStringList cells;
      for (const ReportCell &cell : row)
        cells << cell.text;
      rows << cells.join(QLatin1Char(' '));
    }
    QCOMPARE(rows, QStringList({QStringLiteral("Major 2 1 1 1 1 50.0%"),
                                QStringLiteral("General 2 1 0 1 0 50.0%"),
                                QStringLiteral("All 4 2 1 2 1 50.0%")}));
    // The overdue list (H2, 10 days) and the listed major ones (H1, H2).
    QStringList captions;
    int overdueRows = 0;
    int listedRows = 0;
    for (const ReportBlock &block : section.blocks)
    {
      if (block.kind != ReportBlock::Kind::Table)
        continue;
      captions << block.table.caption;
      if (block.table.caption.startsWith(QLatin1String("Overdue")))
      {
        overdueRows = block.table.rows.size();
        QCOMPARE(block.table.rows.first().at(5).text, QStringLiteral("10"));
      }
      if (block.table.caption.startsWith(QLatin1String("Major hidden dangers listed")))
        listedRows = block.table.rows.size();
    }
    QCOMPARE(overdueRows, 1);
    QCOMPARE(listedRows, 2);
    // No register, no section: the outline stays as it was.
    QVERIFY(!buildReportDocument(input(QStringLiteral("en")), ReportTemplates())
                 .findSection(QStringLiteral("Hidden-danger governance")));
  }

  void comparisonWithThePreviousAssessment()
  {
    ReportInput report = input(QStringLiteral("en"));
    // Last year: RU0002 significant (raised to major since), RU0009 major (gone), RU0003 as now;
    // 望湖区 general then (raised to major); RU0007 is new.
    const auto item = [](const QString &id, RiskLevel level, const QString &kind = QString()) {
      return ComparedItem{id, QStringLiteral("N") + id, kind, level};
    };
    const QString district = QStringLiteral("district");
    ReportComparison comparison;
    comparison.olderName = QStringLiteral("示例市 2025");
    comparison.olderDate = QStringLiteral("2025-11-20");
    comparison.hasMap = true;
    comparison.comparison =
        compareAssessments({item(QStringLiteral("RU0002"), RiskLevel::Significant),
                            item(QStringLiteral("RU0003"), RiskLevel::Significant),
                            item(QStringLiteral("RU0009"), RiskLevel::Major)},
                           {item(QStringLiteral("RU0002"), RiskLevel::Major),
                            item(QStringLiteral("RU0003"), RiskLevel::Significant),
                            item(QStringLiteral("RU0007"), RiskLevel::Low)},
                           {item(QStringLiteral("330102"), RiskLevel::General, district)},
                           {item(QStringLiteral("330102"), RiskLevel::Major, district)});
    report.comparison = comparison;
    const ReportDocument document = buildReportDocument(report, ReportTemplates());
    const ReportSection &section =
        sectionNamed(document, QStringLiteral("Comparison with the previous assessment"));
    QCOMPARE(section.number, QStringLiteral("5.4")); // after evaluation; no hidden dangers here
    QCOMPARE(section.blocks.first().text,
             QStringLiteral("Compared with the previous assessment, 示例市 2025 (assessed "
                            "2025-11-20): units with a higher final level 1, with a lower one 0; "
                            "new units 1, units no longer listed 1, units with the same level 1. "
                            "Regions with a higher level 1, with a lower one 0. Units are matched "
                            "by unit ID, regions by kind and code."));
    QStringList tables;
    bool map = false;
    for (const ReportBlock &block : section.blocks)
    {
      map = map || (block.kind == ReportBlock::Kind::Figure &&
                    block.figureId == QLatin1String("map-changes"));
      if (block.kind != ReportBlock::Kind::Table)
        continue;
      for (const QList<ReportCell> &row : block.table.rows)
      {
        QStringList cells;
        for (const ReportCell &cell : row)
          cells << cell.text;
        tables << cells.join(QLatin1Char('|'));
      }
    }
    QVERIFY(map);
    QCOMPARE(
        tables,
        QStringList({QStringLiteral("Major risk|1|1|0"), QStringLiteral("Significant risk|2|1|-1"),
                     QStringLiteral("General risk|0|0|0"), QStringLiteral("Low risk|0|1|+1"),
                     QStringLiteral("Not assessed|0|0|0"),
                     QStringLiteral("District|330102|N330102|General risk|Major risk|raised"),
                     QStringLiteral("RU0002|NRU0002|Significant risk|Major risk|raised"),
                     QStringLiteral("RU0007|NRU0007|—|Low risk|new"),
                     QStringLiteral("RU0009|NRU0009|Major risk|—|removed")}));
    // Without a comparison, no section: the outline stays as it was.
    QVERIFY(!buildReportDocument(input(QStringLiteral("en")), ReportTemplates())
                 .findSection(QStringLiteral("Comparison with the previous assessment")));
  }

  void templatesFromAFolderWithFactsAsPlaceholders()
  {
    QTemporaryDir folder;
    QVERIFY(QDir(folder.path()).mkpath(QStringLiteral("zh")));
    QFile purpose(folder.filePath(QStringLiteral("zh/purpose.md")));
    QVERIFY(purpose.open(QIODevice::WriteOnly));
    purpose.write(
        "{{client}}委托{{organisation}}评估{{city}}，重大风险{{major_count}}个。{{unknown}}");
    purpose.close();
    QFile facts(folder.filePath(QStringLiteral("report.json")));
    QVERIFY(facts.open(QIODevice::WriteOnly));
    facts.write(
        R"({"city": "青山市", "client": "青山市应急管理局", "organisation": "某某安全咨询公司"})");
    facts.close();
    const ReportDocument document =
        buildReportDocument(input(QStringLiteral("zh")), ReportTemplates({folder.path()}));
    QCOMPARE(
        sectionNamed(document, QStringLiteral("评估目的")).blocks.first().text,
        QStringLiteral("青山市应急管理局委托某某安全咨询公司评估青山市，重大风险2个。{{unknown}}"));
    QCOMPARE(document.organisation, QStringLiteral("某某安全咨询公司"));
    // Blocks the folder lacks come from the built-in set; its list becomes bullets.
    const ReportSection &basis = sectionNamed(document, QStringLiteral("评估依据"));
    QCOMPARE(basis.blocks.first().kind, ReportBlock::Kind::BulletList);
    QVERIFY(basis.blocks.first().items.join(QString()).contains(QStringLiteral("GB/T 42768")));
    // Every built-in block exists in both languages.
    const ReportTemplates builtIn;
    for (const QString &name : ReportTemplates::blockNames())
    {
      QVERIFY2(!builtIn.block(QStringLiteral("zh"), name).isEmpty(), qPrintable(name));
      QVERIFY2(!builtIn.block(QStringLiteral("en"), name).isEmpty(), qPrintable(name));
    }
  }

  void markdownHasPipeTablesLevelSpansAndFigures()
  {
    const ReportDocument document =
        buildReportDocument(input(QStringLiteral("zh")), ReportTemplates());
    const QString markdown = renderReportMarkdown(
        document, {{QStringLiteral("map-overall"), QStringLiteral("/tmp/map overall.png")}});
    QVERIFY(markdown.startsWith(QStringLiteral("---\ntitle: '示例市'\n")));
    QVERIFY(markdown.contains(QStringLiteral("\n# 1 总论\n")));
    QVERIFY(markdown.contains(QStringLiteral("\n# 附录A 风险清单 {.unnumbered}\n")));
    QVERIFY(
        markdown.contains(QStringLiteral("[重大风险]{.level-major custom-style=\"Level Major\"}")));
    QVERIFY(markdown.contains(QStringLiteral("![城市安全风险四色图](</tmp/map overall.png>)")));
    // Figures without an image are left out rather than broken.
    QVERIFY(!markdown.contains(QStringLiteral("chart-sector")));
    QVERIFY(markdown.contains(QStringLiteral("| 330101 | 临江区 |")));
    QCOMPARE(escapeMarkdown(QStringLiteral("a|b *c* [d] <e> - f")),
             QStringLiteral("a\\|b \\*c\\* \\[d\\] \\<e\\> - f"));
    QCOMPARE(escapeMarkdown(QStringLiteral("- x")), QStringLiteral("\\- x"));
    // A page break reaches each format pandoc writes as its own raw block.
    ReportDocument breaks;
    breaks.sections << ReportSection{
        1, QStringLiteral("1"), QStringLiteral("A"), false, {ReportBlock::pageBreak()}};
    const QString raw = renderReportMarkdown(breaks, {});
    QVERIFY(raw.contains(QStringLiteral("```{=openxml}\n<w:p><w:r><w:br w:type=\"page\"/>")));
    QVERIFY(raw.contains(
        QStringLiteral("```{=opendocument}\n<text:p text:style-name=\"Pagebreak\"/>")));
  }
};

QTEST_GUILESS_MAIN(TestReportModel)
#include "test_reportmodel.moc"
