#include "assessmentsummary.h"

#include "regioncode.h"

#include <QJsonArray>
#include <algorithm>

namespace riskatlas
{

void AssessmentSummary::sortRegions()
{
  std::stable_sort(regions.begin(), regions.end(),
                   [](const RegionSummary &a, const RegionSummary &b)
                   {
                     const int rankA = regionKindRank(a.kind);
                     const int rankB = regionKindRank(b.kind);
                     if (rankA != rankB)
                       return rankA < rankB;
                     if (a.kind != b.kind)
                       return a.kind < b.kind;
                     return regionCodeLess(a.id, b.id);
                   });
}

QJsonObject AssessmentSummary::toJson(const Taxonomy &taxonomy) const
{
  QJsonObject categories;
  for (const Category &category : taxonomy.categories())
    categories.insert(category.code, byCategory.value(category.code).toJson());
  for (auto it = byCategory.cbegin(); it != byCategory.cend(); ++it)
  {
    if (!categories.contains(it.key()))
      categories.insert(it.key(), it.value().toJson());
  }

  QJsonArray regionArray;
  for (const RegionSummary &region : regions)
  {
    QJsonObject categoryLevels;
    for (auto it = region.categoryLevels.cbegin(); it != region.categoryLevels.cend(); ++it)
      categoryLevels.insert(it.key(), levelKey(it.value()));
    regionArray.append(
        QJsonObject{{QStringLiteral("id"), region.id},
                    {QStringLiteral("name"), region.name},
                    {QStringLiteral("kind"), region.kind},
                    {QStringLiteral("level"), levelKey(region.result.level)},
                    {QStringLiteral("units"), region.result.units},
                    {QStringLiteral("counts"), region.result.counts.toJson()},
                    {QStringLiteral("index"), region.result.index},
                    {QStringLiteral("category_levels"), categoryLevels},
                    {QStringLiteral("raised_by"), QJsonArray::fromStringList(region.raisedBy)}});
  }

  return {{QStringLiteral("units"), units},
          {QStringLiteral("scored"), scored},
          {QStringLiteral("unscored"), unscored},
          {QStringLiteral("outside_regions"), outsideRegions},
          {QStringLiteral("aggregation"), aggregationRuleKey(aggregation)},
          {QStringLiteral("levels"), levels.toJson()},
          {QStringLiteral("by_category"), categories},
          {QStringLiteral("regions"), regionArray}};
}

} // namespace riskatlas
