#include "assessmentsummary.h"

#include <QJsonArray>
#include <QTest>

using namespace riskatlas;

class TestRegionAggregation : public QObject
{
  Q_OBJECT

private slots:
  void maxTakesTheHighestFinalLevel()
  {
    const RegionResult result = aggregateRegion(
        {RiskLevel::Low, RiskLevel::Significant, RiskLevel::General, RiskLevel::None},
        AggregationRule::Max);
    QCOMPARE(result.level, RiskLevel::Significant);
    QCOMPARE(result.units, 4);
    QCOMPARE(result.counts.count(RiskLevel::General), 1);
    QCOMPARE(result.counts.total(), 3); // the unscored unit is not in any level
  }

  void regionWithoutScoredUnitsIsNone()
  {
    QCOMPARE(aggregateRegion({}, AggregationRule::Max).level, RiskLevel::None);
    QCOMPARE(aggregateRegion({RiskLevel::None}, AggregationRule::Max).level, RiskLevel::None);
  }

  void summaryJsonHasEveryKeyAndSortedRegions()
  {
    AssessmentSummary summary;
    summary.units = 3;
    summary.scored = 2;
    summary.unscored = 1;
    summary.levels.add(RiskLevel::Major);
    summary.levels.add(RiskLevel::Low);
    summary.byCategory[QStringLiteral("industrial")].add(RiskLevel::Major);
    summary.regions = {
        {QStringLiteral("g1"), QStringLiteral("网格1"), QStringLiteral("grid"), {}},
        {QStringLiteral("2"), QStringLiteral("乙区"), QStringLiteral("district"),
         aggregateRegion({RiskLevel::Major}, AggregationRule::Max)},
        {QStringLiteral("1"), QStringLiteral("乙区"), QStringLiteral("district"), {}},
        {QStringLiteral("3"), QStringLiteral("甲区"), QStringLiteral("district"), {}}};
    summary.sortRegions();
    const QJsonObject json = summary.toJson(Taxonomy::defaultTaxonomy());
    QCOMPARE(
        json.value(QStringLiteral("levels")).toObject().value(QStringLiteral("general")).toInt(-1),
        0);
    const QJsonObject natural = json.value(QStringLiteral("by_category"))
                                    .toObject()
                                    .value(QStringLiteral("natural"))
                                    .toObject();
    QCOMPARE(natural.keys(), (QStringList{"general", "low", "major", "significant"}));
    const QJsonArray regions = json.value(QStringLiteral("regions")).toArray();
    QStringList order;
    for (const QJsonValue &region : regions)
      order << region.toObject().value(QStringLiteral("id")).toString();
    // district before grid; by name (code-point order) then id
    QCOMPARE(order, (QStringList{"1", "2", "3", "g1"}));
    QCOMPARE(regions.at(0).toObject().value(QStringLiteral("level")).toString(),
             QStringLiteral("none"));
    QCOMPARE(regions.at(1).toObject().value(QStringLiteral("level")).toString(),
             QStringLiteral("major"));
    QCOMPARE(json.value(QStringLiteral("outside_regions")).toInt(-1), 0);
  }
};

QTEST_GUILESS_MAIN(TestRegionAggregation)
#include "test_regionaggregation.moc"
