#include "reportcontent.h"

#include <QTest>

using namespace riskatlas;

class TestReportContent : public QObject
{
  Q_OBJECT

private:
  static ReportInput input(const QString &language)
  {
    ReportInput report;
    report.language = language;
    report.projectName = QStringLiteral("示例市");
    report.generatedAt = QDateTime(QDate(2026, 11, 29), QTime(8, 0), Qt::UTC);
    report.crsDescription = QStringLiteral("EPSG:4549");
    report.taxonomy = &Taxonomy::defaultTaxonomy();
    report.summary.units = 2;
    report.summary.scored = 2;
    report.summary.levels.add(RiskLevel::Major);
    report.summary.levels.add(RiskLevel::Low);
    RegionSummary district;
    district.id = QStringLiteral("330101");
    district.name = QStringLiteral("临江区");
    district.kind = QStringLiteral("district");
    district.result = aggregateByHighestLevel({RiskLevel::Major, RiskLevel::Low});
    report.summary.regions = {district};
    report.majorUnits = {{QStringLiteral("RU0007"), QStringLiteral("临江区宏达化工有限公司"),
                          QStringLiteral("危险化学品生产"), QStringLiteral("临江区"), 20,
                          RiskLevel::Major, RiskLevel::Major, QString(), QStringLiteral("I01"),
                          QStringLiteral("industrial")}};
    return report;
  }

private slots:
  void chineseReportHasChineseHeadingsAndData()
  {
    const QString html = buildReportHtml(input(QStringLiteral("zh")));
    QVERIFY2(html.contains(QStringLiteral("城市安全风险评估报告")),
             "cover title is not translated");
    QVERIFY(html.contains(QStringLiteral("区域风险等级")));
    QVERIFY(html.contains(QStringLiteral("重大风险")));
    QVERIFY(html.contains(QStringLiteral("临江区宏达化工有限公司")));
    QVERIFY(html.contains(QStringLiteral("#FF0000")));
    QVERIFY(html.contains(QStringLiteral("城市工业")));
    QVERIFY(!html.contains(QStringLiteral("Major risks")));
  }

  void englishReportIsEnglish()
  {
    const QString html = buildReportHtml(input(QStringLiteral("en")));
    QVERIFY(html.contains(QStringLiteral("City Safety Risk Assessment Report")));
    QVERIFY(html.contains(QStringLiteral("4 Major risks")));
    QVERIFY(html.contains(QStringLiteral("Major risk")));
    QVERIFY(html.contains(QStringLiteral("Urban industry")));
    QVERIFY(!html.contains(QStringLiteral("城市安全风险评估报告")));
  }

  void methodParametersPrintTheBandsWithTheirBoundaryRule()
  {
    const QString html = buildReportHtml(input(QStringLiteral("en")));
    QVERIFY(html.contains(QStringLiteral("Score bands (lower bound inclusive)")));
    QVERIFY(html.contains(QStringLiteral("R ≥ 20")));
    QVERIFY(html.contains(QStringLiteral("9 ≤ R &lt; 20")));
    QVERIFY(html.contains(QStringLiteral("R &lt; 4")));
    QVERIFY(html.contains(MethodSet::defaultSet().hash()));
  }

  void longListsComeAsPageSizedTablesEachWithItsHeader()
  {
    // 100 major units: three tables of at most 40 rows, every one under the header row, and
    // every unit once — a single table of thousands of rows made QTextDocument quadratic.
    ReportInput report = input(QStringLiteral("en"));
    const ReportUnitRow unit = report.majorUnits.first();
    report.majorUnits.clear();
    for (int i = 0; i < 100; ++i)
    {
      ReportUnitRow row = unit;
      row.id = QStringLiteral("RU%1").arg(i, 4, 10, QLatin1Char('0'));
      report.majorUnits << row;
    }
    const QString html = buildReportHtml(report);
    const int start = html.indexOf(QLatin1String("RU0000"));
    const int end = html.indexOf(QLatin1String("</table>"), html.indexOf(QLatin1String("RU0099")));
    QVERIFY(start > 0 && end > start);
    const int headerStart = html.lastIndexOf(QLatin1String("<table"), start);
    const QString list = html.mid(headerStart, end - headerStart);
    QCOMPARE(list.count(QLatin1String("<table")), 3);
    QCOMPARE(list.count(QLatin1String("<th")), 3 * 7); // ID … Final, once a table
    for (int i = 0; i < 100; ++i)
      QCOMPARE(list.count(QStringLiteral("RU%1<").arg(i, 4, 10, QLatin1Char('0'))), 1);
  }

  void textIsEscaped()
  {
    ReportInput report = input(QStringLiteral("en"));
    report.projectName = QStringLiteral("<b>City</b>");
    QVERIFY(buildReportHtml(report).contains(QStringLiteral("&lt;b&gt;City&lt;/b&gt;")));
  }
};

QTEST_GUILESS_MAIN(TestReportContent)
#include "test_reportcontent.moc"
