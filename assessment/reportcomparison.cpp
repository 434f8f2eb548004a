#include "reportcomparison.h"

#include "language.h"
#include "regionkind.h"

namespace riskatlas
{

namespace
{
QString signedNumber(int value)
{
  return value > 0 ? QStringLiteral("+%1").arg(value) : QString::number(value);
}

QString changeName(LevelChangeKind kind, const Language &language)
{
  switch (kind)
  {
  case LevelChangeKind::Raised:
    return language.translate("ReportDocument", "raised");
  case LevelChangeKind::Lowered:
    return language.translate("ReportDocument", "lowered");
  case LevelChangeKind::New:
    return language.translate("ReportDocument", "new");
  case LevelChangeKind::Removed:
    break;
  }
  return language.translate("ReportDocument", "removed");
}

QString regionKindName(const QString &kind, const Language &language)
{
  if (kind == regionKindKey(RegionKind::District))
    return language.translate("ReportDocument", "District");
  if (kind == regionKindKey(RegionKind::Street))
    return language.translate("ReportDocument", "Street");
  return language.translate("ReportDocument", "Grid cell");
}

//! The old and new level cells of a change ("—" on the side without the item).
QList<ReportCell> levelCells(const ComparedChange &change, const Language &language)
{
  const QString none = QStringLiteral("—");
  return {change.kind == LevelChangeKind::New
              ? ReportCell(none)
              : ReportCell(levelName(change.oldLevel, language.code()), change.oldLevel),
          change.kind == LevelChangeKind::Removed
              ? ReportCell(none)
              : ReportCell(levelName(change.newLevel, language.code()), change.newLevel)};
}
} // namespace

QList<ReportBlock> comparisonBlocks(const ReportComparison &input, const Language &language,
                                    int listLimit)
{
  const AssessmentComparison &comparison = input.comparison;
  const ChangeCounts &units = comparison.unitCounts;
  const ChangeCounts &regions = comparison.regionCounts;
  const QString older = input.olderDate.isEmpty()
                            ? input.olderName
                            : language.translate("ReportDocument", "%1 (assessed %2)")
                                  .arg(input.olderName, input.olderDate);
  QList<ReportBlock> blocks;
  blocks << ReportBlock::paragraph(
      language
          .translate("ReportDocument",
                     "Compared with the previous assessment, %1: units with a higher final level "
                     "%2, with a lower one %3; new units %4, units no longer listed %5, units "
                     "with the same level %6. Regions with a higher level %7, with a lower one "
                     "%8. Units are matched by unit ID, regions by kind and code.")
          .arg(older)
          .arg(units.raised)
          .arg(units.lowered)
          .arg(units.added)
          .arg(units.removed)
          .arg(units.unchanged)
          .arg(regions.raised)
          .arg(regions.lowered));

  ReportTable levels;
  levels.header = QStringList{language.translate("ReportDocument", "Level"),
                              language.translate("ReportDocument", "Previous"),
                              language.translate("ReportDocument", "Now"),
                              language.translate("ReportDocument", "Change")};
  levels.alignments = {ColumnAlignment::Left, ColumnAlignment::Right, ColumnAlignment::Right,
                       ColumnAlignment::Right};
  for (RiskLevel level : assessedLevels() + QList<RiskLevel>{RiskLevel::None})
  {
    const int before = comparison.oldUnitLevels.count(level);
    const int after = comparison.newUnitLevels.count(level);
    levels.rows << QList<ReportCell>{
        ReportCell(levelName(level, language.code()), level), ReportCell(QString::number(before)),
        ReportCell(QString::number(after)), ReportCell(signedNumber(after - before))};
  }
  levels.caption =
      language.translate("ReportDocument", "Risk units by final level, previous and now.");
  blocks << ReportBlock::tableBlock(levels);

  if (input.hasMap)
    blocks << ReportBlock::figure(
        QStringLiteral("map-changes"),
        language.translate("ReportDocument", "Risk level changes since the previous assessment"));

  const QString changeHeader = language.translate("ReportDocument", "Change");
  if (!comparison.regionChanges.isEmpty())
  {
    ReportTable table;
    table.header = QStringList{language.translate("ReportDocument", "Kind"),
                               language.translate("ReportDocument", "Code"),
                               language.translate("ReportDocument", "Name"),
                               language.translate("ReportDocument", "Previous level"),
                               language.translate("ReportDocument", "Level now"),
                               changeHeader};
    for (const ComparedChange &change : comparison.regionChanges)
      table.rows << (QList<ReportCell>{ReportCell(regionKindName(change.item.kind, language)),
                                       ReportCell(change.item.id), ReportCell(change.item.name)} +
                     levelCells(change, language) +
                     QList<ReportCell>{ReportCell(changeName(change.kind, language))});
    table.caption =
        language.translate("ReportDocument", "Regions whose level changed (in code order).");
    blocks << ReportBlock::tableBlock(table);
  }
  if (!comparison.unitChanges.isEmpty())
  {
    ReportTable table;
    table.header = QStringList{language.translate("ReportDocument", "Unit ID"),
                               language.translate("ReportDocument", "Name"),
                               language.translate("ReportDocument", "Previous level"),
                               language.translate("ReportDocument", "Level now"), changeHeader};
    int listed = 0;
    for (const ComparedChange &change : comparison.unitChanges)
    {
      if (listed++ == listLimit)
        break;
      table.rows << (QList<ReportCell>{ReportCell(change.item.id), ReportCell(change.item.name)} +
                     levelCells(change, language) +
                     QList<ReportCell>{ReportCell(changeName(change.kind, language))});
    }
    table.caption = language.translate("ReportDocument", "Units whose level changed (by unit ID).");
    blocks << ReportBlock::tableBlock(table);
    if (comparison.unitChanges.size() > listLimit)
      blocks << ReportBlock::paragraph(
          language
              .translate(
                  "ReportDocument",
                  "%1 more units changed level; comparing the two project files lists them all.")
              .arg(comparison.unitChanges.size() - listLimit));
  }
  else
    blocks << ReportBlock::paragraph(
        language.translate("ReportDocument", "No unit changed its final level."));
  return blocks;
}

} // namespace riskatlas
