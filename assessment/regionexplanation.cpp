#include "regionexplanation.h"

#include <QJsonArray>
#include <algorithm>

namespace riskatlas
{

namespace
{
QString kindName(const QString &kind, const Language &language)
{
  if (kind == QLatin1String("district"))
    return language.translate("Explanation", "District");
  if (kind == QLatin1String("street"))
    return language.translate("Explanation", "Street");
  if (kind == QLatin1String("grid"))
    return language.translate("Explanation", "Grid cell");
  return kind;
}

QString groupName(const Taxonomy &taxonomy, const QString &code, bool sector,
                  const QString &language)
{
  if (sector)
  {
    const Sector *found = taxonomy.findSector(code);
    return found ? found->name(language) : code;
  }
  const Category *found = taxonomy.category(code);
  return found ? found->name(language) : code;
}

QJsonObject memberJson(const RegionMemberFacts &member)
{
  return {{QStringLiteral("id"), member.unitId},
          {QStringLiteral("name"), member.name},
          {QStringLiteral("category"), member.category},
          {QStringLiteral("sector"), member.sector},
          {QStringLiteral("level"), levelKey(member.level)},
          {QStringLiteral("share"), member.share}};
}
} // namespace

RegionExplanation explainRegion(const MethodSet &set, const Taxonomy &taxonomy,
                                const RegionFacts &region, const Language &language)
{
  RegionExplanation explanation;
  explanation.language = language.code();
  explanation.regionId = region.regionId;
  explanation.name = region.name;
  explanation.kind = region.kind;
  explanation.kindName = kindName(region.kind, language);
  explanation.rule = region.rule;

  QList<RegionUnit> units;
  for (const RegionMemberFacts &member : region.members)
  {
    RegionUnit unit{member.category, member.sector, member.level};
    unit.share = member.share;
    units.append(unit);
  }
  const double areaKm2 = std::max(region.areaKm2, 0.0);
  const RegionResult result = set.aggregator(region.rule).aggregate(units, areaKm2);
  explanation.units = result.units;
  explanation.counts = result.counts;
  explanation.aggregatedLevel = result.level;
  switch (region.rule)
  {
  case AggregationRule::Max:
    for (const RegionMemberFacts &member : region.members)
    {
      if (member.level != RiskLevel::None && member.level == result.level)
        explanation.deciding.append(member);
    }
    break;
  case AggregationRule::Weighted:
  {
    const CompositeIndex &composite = set.compositeIndex();
    const bool bySector = composite.groupBy() == CompositeIndex::GroupBy::Sector;
    explanation.groupBy = bySector ? QStringLiteral("sector") : QStringLiteral("category");
    QList<CompositeIndex::Member> members;
    for (const RegionMemberFacts &member : region.members)
      members.append({bySector ? member.sector : member.category, member.level, member.share});
    for (const CompositeIndex::Term &term : composite.terms(members))
    {
      explanation.terms.append({term.group,
                                groupName(taxonomy, term.group, bySector, language.code()),
                                term.weight, term.value, term.shares});
      explanation.weightSum += term.weight;
    }
    explanation.index = result.index;
    if (result.level != RiskLevel::None)
      explanation.bands = BandExplanation::of(composite.bands(), QStringLiteral("I"), result.index);
    break;
  }
  case AggregationRule::Density:
    explanation.areaKm2 = areaKm2;
    explanation.index = result.index;
    for (const RegionMemberFacts &member : region.members)
    {
      if (member.level == RiskLevel::Major || member.level == RiskLevel::Significant)
        explanation.majorOrSignificant += member.share;
    }
    if (result.level != RiskLevel::None)
      explanation.bands =
          BandExplanation::of(set.densityBands(), QStringLiteral("ρ"), result.index);
    break;
  }

  // As the assessment applies them: every scored source reaching the region lifts it to at
  // least the source's level.
  explanation.finalLevel = result.level;
  for (const RegionMemberFacts &source : region.influence)
  {
    if (source.level == RiskLevel::None)
      continue;
    explanation.influence.append({source, source.level > result.level});
    explanation.finalLevel = std::max(explanation.finalLevel, source.level);
  }
  explanation.assessed = region.assessed;
  explanation.storedLevel = region.storedLevel;
  explanation.matchesStored = !region.assessed || region.storedLevel == explanation.finalLevel;
  return explanation;
}

QJsonObject RegionExplanation::toJson() const
{
  QJsonObject ruleJson;
  switch (rule)
  {
  case AggregationRule::Max:
  {
    QJsonArray items;
    for (const RegionMemberFacts &member : deciding)
      items.append(memberJson(member));
    ruleJson.insert(QStringLiteral("deciding"), items);
    break;
  }
  case AggregationRule::Weighted:
  {
    QJsonArray items;
    for (const ExplainedIndexTerm &term : terms)
      items.append(QJsonObject{{QStringLiteral("group"), term.group},
                               {QStringLiteral("name"), term.name},
                               {QStringLiteral("weight"), term.weight},
                               {QStringLiteral("value"), term.value},
                               {QStringLiteral("units"), term.shares}});
    ruleJson.insert(QStringLiteral("group_by"), groupBy);
    ruleJson.insert(QStringLiteral("terms"), items);
    ruleJson.insert(QStringLiteral("weight_sum"), weightSum);
    ruleJson.insert(QStringLiteral("index"), index);
    break;
  }
  case AggregationRule::Density:
    ruleJson.insert(QStringLiteral("major_or_significant"), majorOrSignificant);
    ruleJson.insert(QStringLiteral("area_km2"), areaKm2);
    ruleJson.insert(QStringLiteral("density"), index);
    break;
  }
  if (rule != AggregationRule::Max)
    ruleJson.insert(QStringLiteral("bands"), bands ? QJsonValue(bands->toJson()) : QJsonValue());
  QJsonArray influenceItems;
  for (const Influence &source : influence)
  {
    QJsonObject item = memberJson(source.unit);
    item.remove(QStringLiteral("share"));
    item.insert(QStringLiteral("raises"), source.raises);
    influenceItems.append(item);
  }
  return {{QStringLiteral("kind"), QStringLiteral("region")},
          {QStringLiteral("language"), language},
          {QStringLiteral("region"), QJsonObject{{QStringLiteral("id"), regionId},
                                                 {QStringLiteral("name"), name},
                                                 {QStringLiteral("kind"), kind}}},
          {QStringLiteral("rule"), aggregationRuleKey(rule)},
          {QStringLiteral("units"), units},
          {QStringLiteral("counts"), counts.toJson()},
          {aggregationRuleKey(rule), ruleJson},
          {QStringLiteral("aggregated_level"), levelKey(aggregatedLevel)},
          {QStringLiteral("influence"), influenceItems},
          {QStringLiteral("final_level"), levelKey(finalLevel)},
          {QStringLiteral("stored"), QJsonObject{{QStringLiteral("assessed"), assessed},
                                                 {QStringLiteral("level"), levelKey(storedLevel)},
                                                 {QStringLiteral("matches"), matchesStored}}}};
}

} // namespace riskatlas
