#include "reporthazards.h"

#include "hazardstatistics.h"
#include "hiddendanger.h"
#include "language.h"

#include <algorithm>

namespace riskatlas
{

namespace
{
QString percent(double rate)
{
  return QString::number(rate * 100, 'f', 1) + QLatin1Char('%');
}

QString gradeName(HazardGrade grade, const Language &language)
{
  return language.code() == QLatin1String("en") ? hazardGradeNameEn(grade)
                                                : hazardGradeNameZh(grade);
}

QString statusName(HazardStatus status, const Language &language)
{
  return language.code() == QLatin1String("en") ? hazardStatusNameEn(status)
                                                : hazardStatusNameZh(status);
}

//! A table of the five counts and the rate, one row per group.
ReportTable countsTable(const QString &groupHeader, const Language &language)
{
  ReportTable table;
  table.header = QStringList{groupHeader,
                             language.translate("ReportDocument", "Found"),
                             language.translate("ReportDocument", "Rectified"),
                             language.translate("ReportDocument", "Closed"),
                             language.translate("ReportDocument", "Open"),
                             language.translate("ReportDocument", "Overdue"),
                             language.translate("ReportDocument", "Rectification rate")};
  table.alignments = {ColumnAlignment::Left,  ColumnAlignment::Right, ColumnAlignment::Right,
                      ColumnAlignment::Right, ColumnAlignment::Right, ColumnAlignment::Right,
                      ColumnAlignment::Right};
  return table;
}

void addCountsRow(ReportTable &table, const QString &group, const HazardCounts &counts)
{
  table.rows << QList<ReportCell>{ReportCell(group),
                                  ReportCell(QString::number(counts.total)),
                                  ReportCell(QString::number(counts.rectified)),
                                  ReportCell(QString::number(counts.closed)),
                                  ReportCell(QString::number(counts.open)),
                                  ReportCell(QString::number(counts.overdue)),
                                  ReportCell(percent(counts.rectificationRate()))};
}
} // namespace

QList<ReportBlock> hazardGovernanceBlocks(const QList<HiddenDanger> &hazards, const QDate &asOf,
                                          const Language &language)
{
  if (hazards.isEmpty())
    return {};
  const HazardStatistics statistics = HazardStatistics::compute(hazards, asOf);
  const HazardCounts &all = statistics.all();
  QList<ReportBlock> blocks;
  blocks << ReportBlock::paragraph(
      language
          .translate("ReportDocument",
                     "As of %1 the register holds %2 hidden dangers, %3 of them major: %4 "
                     "rectified (rectification rate %5), %6 of them closed after verification; "
                     "%7 still open, %8 of them past their deadline.")
          .arg(asOf.toString(Qt::ISODate))
          .arg(all.total)
          .arg(statistics.byGrade(HazardGrade::Major).total)
          .arg(all.rectified)
          .arg(percent(all.rectificationRate()))
          .arg(all.closed)
          .arg(all.open)
          .arg(all.overdue));

  ReportTable byGrade = countsTable(language.translate("ReportDocument", "Grade"), language);
  byGrade.caption = language.translate("ReportDocument", "Hidden dangers by grade.");
  for (HazardGrade grade : {HazardGrade::Major, HazardGrade::General})
    addCountsRow(byGrade, gradeName(grade, language), statistics.byGrade(grade));
  addCountsRow(byGrade, language.translate("ReportDocument", "All"), all);
  blocks << ReportBlock::tableBlock(byGrade);

  ReportTable byRound = countsTable(language.translate("ReportDocument", "Round"), language);
  byRound.caption = language.translate("ReportDocument", "Hidden dangers by round.");
  for (const HazardGroupCounts &round : statistics.byRound())
    addCountsRow(byRound, round.code, round.counts);
  blocks << ReportBlock::tableBlock(byRound);

  ReportTable byDistrict = countsTable(language.translate("ReportDocument", "District"), language);
  byDistrict.caption =
      language.translate("ReportDocument", "Hidden dangers by district (in code order).");
  for (const HazardGroupCounts &district : statistics.byDistrict())
    addCountsRow(byDistrict,
                 district.code.isEmpty()
                     ? language.translate("ReportDocument", "Outside every district")
                     : district.name,
                 district.counts);
  blocks << ReportBlock::tableBlock(byDistrict);

  QList<HiddenDanger> overdue;
  for (const HiddenDanger &hazard : hazards)
    if (hazard.isOverdue(asOf))
      overdue << hazard;
  std::stable_sort(overdue.begin(), overdue.end(),
                   [&asOf](const HiddenDanger &a, const HiddenDanger &b)
                   { return a.daysOverdue(asOf) > b.daysOverdue(asOf); });
  if (!overdue.isEmpty())
  {
    ReportTable table;
    table.caption = language.translate(
        "ReportDocument", "Overdue hidden dangers, most days past the deadline first.");
    table.header = QStringList{language.translate("ReportDocument", "ID"),
                               language.translate("ReportDocument", "Unit"),
                               language.translate("ReportDocument", "Grade"),
                               language.translate("ReportDocument", "Status"),
                               language.translate("ReportDocument", "Deadline"),
                               language.translate("ReportDocument", "Days overdue"),
                               language.translate("ReportDocument", "Responsible")};
    table.alignments = {ColumnAlignment::Left,   ColumnAlignment::Left,   ColumnAlignment::Center,
                        ColumnAlignment::Center, ColumnAlignment::Center, ColumnAlignment::Right,
                        ColumnAlignment::Left};
    for (const HiddenDanger &hazard : overdue)
      table.rows << QList<ReportCell>{
          ReportCell(hazard.id),
          ReportCell(QStringLiteral("%1 %2").arg(hazard.unitId, hazard.unitName)),
          ReportCell(gradeName(hazard.grade, language),
                     hazard.grade == HazardGrade::Major ? RiskLevel::Major : RiskLevel::None),
          ReportCell(statusName(hazard.status, language)),
          ReportCell(hazard.deadline.toString(Qt::ISODate)),
          ReportCell(QString::number(hazard.daysOverdue(asOf))),
          ReportCell(hazard.responsibleParty)};
    blocks << ReportBlock::tableBlock(table);
  }

  QList<HiddenDanger> listed;
  for (const HiddenDanger &hazard : hazards)
    if (hazard.grade == HazardGrade::Major && hazard.listing != HazardListing::None)
      listed << hazard;
  if (!listed.isEmpty())
  {
    ReportTable table;
    table.caption = language.translate("ReportDocument",
                                       "Major hidden dangers listed for supervision (挂牌督办).");
    table.header = QStringList{language.translate("ReportDocument", "ID"),
                               language.translate("ReportDocument", "Unit"),
                               language.translate("ReportDocument", "Listed by"),
                               language.translate("ReportDocument", "Status"),
                               language.translate("ReportDocument", "Deadline"),
                               language.translate("ReportDocument", "Closed")};
    table.alignments = {ColumnAlignment::Left,   ColumnAlignment::Left,   ColumnAlignment::Center,
                        ColumnAlignment::Center, ColumnAlignment::Center, ColumnAlignment::Center};
    for (const HiddenDanger &hazard : listed)
      table.rows << QList<ReportCell>{
          ReportCell(hazard.id),
          ReportCell(QStringLiteral("%1 %2").arg(hazard.unitId, hazard.unitName)),
          ReportCell(language.code() == QLatin1String("en") ? hazardListingKey(hazard.listing)
                                                            : hazardListingNameZh(hazard.listing)),
          ReportCell(statusName(hazard.status, language)),
          ReportCell(hazard.deadline.toString(Qt::ISODate)),
          ReportCell(hazard.closedDate.isValid() ? hazard.closedDate.toString(Qt::ISODate)
                                                 : QString())};
    blocks << ReportBlock::tableBlock(table);
  }
  return blocks;
}

} // namespace riskatlas
