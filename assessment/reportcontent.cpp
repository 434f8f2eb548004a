#include "reportcontent.h"

#include "language.h"
#include "methoddescription.h"
#include "reporthtml.h"

namespace riskatlas
{

namespace
{
using namespace html;

void appendLevelHeaders(const QString &language, QStringList &headers)
{
  for (RiskLevel level : assessedLevels())
    headers << levelName(level, language);
}

QString cover(const ReportInput &input, const Language &language)
{
  // Spans, not headings: Qt's heading sizes override an inline font-size on <h1>.
  const QString spacer = QStringLiteral("<p>&nbsp;</p>").repeated(6);
  return spacer +
         QStringLiteral("<p align=\"center\"><span style=\"font-size: 30pt; font-weight: 600;\">%1"
                        "</span></p><p>&nbsp;</p>"
                        "<p align=\"center\"><span style=\"font-size: 20pt; font-weight: 600;\">%2"
                        "</span></p>")
             .arg(esc(input.projectName),
                  esc(language.translate("AssessmentReport",
                                         "City Safety Risk Assessment Report"))) +
         spacer +
         QStringLiteral("<p align=\"center\"><span style=\"font-size: 14pt;\">%1</span></p>"
                        "<p align=\"center\"><span style=\"font-size: 14pt;\">%2</span></p>")
             .arg(esc(language.translate("AssessmentReport", "Date: %1")
                          .arg(input.generatedAt.date().toString(Qt::ISODate))),
                  esc(language.translate("AssessmentReport", "Prepared with RiskAtlas")));
}

QString overview(const ReportInput &input, const Language &language)
{
  const AssessmentSummary &s = input.summary;
  QString html = QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>")
                     .arg(esc(language.translate("AssessmentReport", "1 Overview")));
  html +=
      QStringLiteral("<p>%1</p>")
          .arg(esc(language
                       .translate("AssessmentReport",
                                  "This assessment covers %1 risk units in %2 regions. %3 units "
                                  "were scored and %4 could not be scored because inputs are "
                                  "missing or out of range; %5 units lie outside every region.")
                       .arg(s.units)
                       .arg(s.regions.size())
                       .arg(s.scored)
                       .arg(s.unscored)
                       .arg(s.outsideRegions)));
  html +=
      QStringLiteral("<p>%1</p>")
          .arg(esc(language
                       .translate("AssessmentReport",
                                  "Result: %1 major, %2 significant, %3 general and %4 low risk "
                                  "units (final levels after the control-level correction).")
                       .arg(s.levels.count(RiskLevel::Major))
                       .arg(s.levels.count(RiskLevel::Significant))
                       .arg(s.levels.count(RiskLevel::General))
                       .arg(s.levels.count(RiskLevel::Low))));
  QString rule;
  switch (s.aggregation)
  {
  case AggregationRule::Max:
    rule = language.translate("AssessmentReport",
                              "Regions take the highest final level of their units (rule: %1).");
    break;
  case AggregationRule::Weighted:
    rule = language.translate(
        "AssessmentReport", "Regions take the level of the weighted composite index of their units "
                            "(rule: %1).");
    break;
  case AggregationRule::Density:
    rule = language.translate(
        "AssessmentReport",
        "Regions take their level from the number of major and significant units per "
        "km² (rule: %1).");
    break;
  }
  html += QStringLiteral("<p>%1</p>").arg(esc(rule.arg(aggregationRuleKey(s.aggregation))));
  return html;
}

QString countsByCategory(const ReportInput &input, const Language &language)
{
  QString html =
      QStringLiteral("<h2>%1</h2>")
          .arg(esc(language.translate("AssessmentReport", "2 Risk units by level and category")));
  QStringList headers{language.translate("AssessmentReport", "Category")};
  appendLevelHeaders(language.code(), headers);
  headers << language.translate("AssessmentReport", "Total");
  html += tableStart() + headerRow(headers);
  auto countsRow = [](const QString &label, const LevelCounts &counts)
  {
    QString row = QStringLiteral("<tr>") + cell(label);
    for (RiskLevel level : assessedLevels())
      row += cell(QString::number(counts.count(level)), QStringLiteral("align=\"right\""));
    return row + cell(QString::number(counts.total()), QStringLiteral("align=\"right\"")) +
           QStringLiteral("</tr>");
  };
  for (const Category &category : input.taxonomy->categories())
    html +=
        countsRow(category.name(language.code()), input.summary.byCategory.value(category.code));
  html += countsRow(language.translate("AssessmentReport", "All categories"), input.summary.levels);
  return html + QStringLiteral("</table>");
}

QString regionTable(const ReportInput &input, const Language &language)
{
  QString html = QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>")
                     .arg(esc(language.translate("AssessmentReport", "3 Region risk levels")));
  QStringList headers{language.translate("AssessmentReport", "Region"),
                      language.translate("AssessmentReport", "Code"),
                      language.translate("AssessmentReport", "Level"),
                      language.translate("AssessmentReport", "Units")};
  appendLevelHeaders(language.code(), headers);
  QStringList rows;
  for (const RegionSummary &region : input.summary.regions)
  {
    QString row = QStringLiteral("<tr>") + cell(region.name) + cell(region.id) +
                  levelCell(region.result.level, language.code(), input.palette) +
                  cell(QString::number(region.result.units), QStringLiteral("align=\"right\""));
    for (RiskLevel level : assessedLevels())
      row += cell(QString::number(region.result.counts.count(level)),
                  QStringLiteral("align=\"right\""));
    rows << row + QStringLiteral("</tr>");
  }
  return html + table(headers, rows);
}

//! The units whose level an analyst set by hand, and why; nothing when there are none.
QString overriddenList(const ReportInput &input, const Language &language)
{
  if (input.overriddenUnits.isEmpty())
    return QString();
  QString html = QStringLiteral("<p>%1</p>")
                     .arg(esc(language.translate("AssessmentReport",
                                                 "%n unit(s) with a level set by hand:", nullptr,
                                                 input.overriddenUnits.size())));
  QStringList rows;
  for (const ReportUnitRow &unit : input.overriddenUnits)
    rows << QStringLiteral("<tr>") + cell(unit.id) + cell(unit.name) +
                levelCell(unit.inherentLevel, language.code(), input.palette) +
                levelCell(unit.finalLevel, language.code(), input.palette) +
                cell(unit.overrideReason) + QStringLiteral("</tr>");
  return html + table({language.translate("AssessmentReport", "ID"),
                       language.translate("AssessmentReport", "Name"),
                       language.translate("AssessmentReport", "Inherent"),
                       language.translate("AssessmentReport", "Final"),
                       language.translate("AssessmentReport", "Reason")},
                      rows);
}

QString majorRiskList(const ReportInput &input, const Language &language)
{
  QString html = QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>")
                     .arg(esc(language.translate("AssessmentReport", "4 Major risks")));
  if (input.majorUnits.isEmpty())
    return html +
           QStringLiteral("<p>%1</p>")
               .arg(esc(language.translate("AssessmentReport", "No unit is at major risk.")));
  html += QStringLiteral("<p>%1</p>")
              .arg(esc(language.translate("AssessmentReport",
                                          "%n unit(s) at major risk after correction.", nullptr,
                                          input.majorUnits.size())));
  QStringList rows;
  for (const ReportUnitRow &unit : input.majorUnits)
    rows << QStringLiteral("<tr>") + cell(unit.id) + cell(unit.name) + cell(unit.sectorName) +
                cell(unit.region) + cell(number(unit.score), QStringLiteral("align=\"right\"")) +
                levelCell(unit.inherentLevel, language.code(), input.palette) +
                levelCell(unit.finalLevel, language.code(), input.palette) +
                QStringLiteral("</tr>");
  return html +
         table({language.translate("AssessmentReport", "ID"),
                language.translate("AssessmentReport", "Name"),
                language.translate("AssessmentReport", "Sector"),
                language.translate("AssessmentReport", "Region"),
                language.translate("AssessmentReport", "Score"),
                language.translate("AssessmentReport", "Inherent"),
                language.translate("AssessmentReport", "Final")},
               rows) +
         overriddenList(input, language);
}

QString mapSection(const ReportInput &input, const Language &language)
{
  QString html =
      QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>")
          .arg(esc(language.translate("AssessmentReport", "5 City risk distribution map")));
  if (input.mapImageUrl.isEmpty())
    return html + QStringLiteral("<p>%1</p>")
                      .arg(esc(language.translate("AssessmentReport", "No map is available.")));
  html += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"640\"></p>")
              .arg(esc(input.mapImageUrl));
  int number = 0;
  for (const auto &[code, url] : input.categoryMapImageUrls)
  {
    const Category *category = input.taxonomy->category(code);
    const QString name = category ? category->name(language.code()) : code;
    html += QStringLiteral("<h3 style=\"page-break-before: always;\">%1</h3>")
                .arg(esc(language.translate("AssessmentReport", "5.%1 %2 risk distribution map")
                             .arg(++number)
                             .arg(name)));
    html += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"640\"></p>").arg(esc(url));
  }
  return html;
}

QString methodParameters(const ReportInput &input, const Language &language)
{
  QString html = QStringLiteral("<h2 style=\"page-break-before: always;\">%1</h2>")
                     .arg(esc(language.translate("AssessmentReport", "6 Method parameters")));
  html += describeMethodSet(input.methodSet, *input.taxonomy, language);
  html += QStringLiteral("<p>%1</p>")
              .arg(esc(language.translate("AssessmentReport", "Coordinate reference system: %1")
                           .arg(input.crsDescription)));
  html += tableStart() + headerRow({language.translate("AssessmentReport", "Level"),
                                    language.translate("AssessmentReport", "Colour")});
  for (RiskLevel level : assessedLevels())
    html += QStringLiteral("<tr>") + levelCell(level, language.code(), input.palette) +
            cell(input.palette.color(level)) + QStringLiteral("</tr>");
  return html + QStringLiteral("</table>");
}
} // namespace

QString buildReportHtml(const ReportInput &input)
{
  const Language &language = Language::get(input.language);
  const QString body = cover(input, language) + overview(input, language) +
                       countsByCategory(input, language) + regionTable(input, language) +
                       majorRiskList(input, language) + mapSection(input, language) +
                       methodParameters(input, language);
  return QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                        "<body>%2</body></html>")
      .arg(esc(input.projectName), body);
}

} // namespace riskatlas
