#include "assessmentcomparison.h"

#include "regioncode.h"
#include "regionkind.h"

#include <QJsonArray>
#include <QMap>
#include <algorithm>

namespace riskatlas
{

namespace
{
//! Every change of \a oldItems → \a newItems, keyed by \a key; unchanged ones only counted.
QList<ComparedChange> changes(const QList<ComparedItem> &oldItems,
                              const QList<ComparedItem> &newItems, ChangeCounts &counts,
                              LevelCounts *oldLevels, LevelCounts *newLevels)
{
  const auto key = [](const ComparedItem &item) { return item.kind + QLatin1Char('\n') + item.id; };
  QMap<QString, const ComparedItem *> before;
  for (const ComparedItem &item : oldItems)
  {
    before.insert(key(item), &item);
    if (oldLevels)
      oldLevels->add(item.level);
  }
  QList<ComparedChange> found;
  for (const ComparedItem &item : newItems)
  {
    if (newLevels)
      newLevels->add(item.level);
    const ComparedItem *old = before.take(key(item));
    ComparedChange change{item, old ? old->level : RiskLevel::None, item.level,
                          LevelChangeKind::New};
    if (old && old->level == item.level)
    {
      ++counts.unchanged;
      continue;
    }
    if (old)
      change.kind = static_cast<int>(item.level) > static_cast<int>(old->level)
                        ? LevelChangeKind::Raised
                        : LevelChangeKind::Lowered;
    counts.add(change.kind);
    found << change;
  }
  for (const ComparedItem *old : std::as_const(before))
  {
    found << ComparedChange{*old, old->level, RiskLevel::None, LevelChangeKind::Removed};
    counts.add(LevelChangeKind::Removed);
  }
  std::sort(found.begin(), found.end(),
            [](const ComparedChange &a, const ComparedChange &b)
            {
              if (a.item.kind != b.item.kind)
                return regionKindRank(a.item.kind) < regionKindRank(b.item.kind);
              return regionCodeLess(a.item.id, b.item.id);
            });
  return found;
}

QJsonArray changesJson(const QList<ComparedChange> &list, bool regions)
{
  QJsonArray array;
  for (const ComparedChange &change : list)
  {
    QJsonObject json{{regions ? QStringLiteral("code") : QStringLiteral("id"), change.item.id},
                     {QStringLiteral("name"), change.item.name},
                     {QStringLiteral("old_level"), change.kind == LevelChangeKind::New
                                                       ? QJsonValue()
                                                       : QJsonValue(levelKey(change.oldLevel))},
                     {QStringLiteral("new_level"), change.kind == LevelChangeKind::Removed
                                                       ? QJsonValue()
                                                       : QJsonValue(levelKey(change.newLevel))},
                     {QStringLiteral("change"), levelChangeKey(change.kind)}};
    if (regions)
      json.insert(QStringLiteral("kind"), change.item.kind);
    array.append(json);
  }
  return array;
}

QJsonObject levelsJson(const LevelCounts &counts)
{
  QJsonObject json = counts.toJson();
  json.insert(QStringLiteral("none"), counts.count(RiskLevel::None));
  return json;
}
} // namespace

QString levelChangeKey(LevelChangeKind kind)
{
  switch (kind)
  {
  case LevelChangeKind::Raised:
    return QStringLiteral("raised");
  case LevelChangeKind::Lowered:
    return QStringLiteral("lowered");
  case LevelChangeKind::New:
    return QStringLiteral("new");
  case LevelChangeKind::Removed:
    break;
  }
  return QStringLiteral("removed");
}

void ChangeCounts::add(LevelChangeKind kind)
{
  switch (kind)
  {
  case LevelChangeKind::Raised:
    ++raised;
    break;
  case LevelChangeKind::Lowered:
    ++lowered;
    break;
  case LevelChangeKind::New:
    ++added;
    break;
  case LevelChangeKind::Removed:
    ++removed;
    break;
  }
}

QJsonObject ChangeCounts::toJson() const
{
  return {{QStringLiteral("raised"), raised},
          {QStringLiteral("lowered"), lowered},
          {QStringLiteral("new"), added},
          {QStringLiteral("removed"), removed},
          {QStringLiteral("unchanged"), unchanged}};
}

QJsonObject AssessmentComparison::toJson() const
{
  QJsonObject difference;
  for (RiskLevel level : {RiskLevel::Major, RiskLevel::Significant, RiskLevel::General,
                          RiskLevel::Low, RiskLevel::None})
    difference.insert(levelKey(level), newUnitLevels.count(level) - oldUnitLevels.count(level));
  return {{QStringLiteral("levels"), QJsonObject{{QStringLiteral("old"), levelsJson(oldUnitLevels)},
                                                 {QStringLiteral("new"), levelsJson(newUnitLevels)},
                                                 {QStringLiteral("change"), difference}}},
          {QStringLiteral("units"), unitCounts.toJson()},
          {QStringLiteral("regions"), regionCounts.toJson()},
          {QStringLiteral("unit_changes"), changesJson(unitChanges, false)},
          {QStringLiteral("region_changes"), changesJson(regionChanges, true)}};
}

AssessmentComparison compareAssessments(const QList<ComparedItem> &oldUnits,
                                        const QList<ComparedItem> &newUnits,
                                        const QList<ComparedItem> &oldRegions,
                                        const QList<ComparedItem> &newRegions)
{
  AssessmentComparison comparison;
  comparison.unitChanges = changes(oldUnits, newUnits, comparison.unitCounts,
                                   &comparison.oldUnitLevels, &comparison.newUnitLevels);
  comparison.regionChanges =
      changes(oldRegions, newRegions, comparison.regionCounts, nullptr, nullptr);
  return comparison;
}

} // namespace riskatlas
