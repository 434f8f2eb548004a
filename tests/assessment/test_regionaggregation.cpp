#include "assessmentsummary.h"
#include "regioncode.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <algorithm>

using namespace riskatlas;

class TestRegionAggregation : public QObject
{
  Q_OBJECT

private slots:
  void maxTakesTheHighestFinalLevel()
  {
    const RegionResult result = aggregateByHighestLevel(
        {RiskLevel::Low, RiskLevel::Significant, RiskLevel::General, RiskLevel::None});
    QCOMPARE(result.level, RiskLevel::Significant);
    QCOMPARE(result.units, 4);
    QCOMPARE(result.counts.count(RiskLevel::General), 1);
    QCOMPARE(result.counts.total(), 3); // the unscored unit is not in any level
  }

  void regionWithoutScoredUnitsIsNone()
  {
    QCOMPARE(aggregateByHighestLevel({}).level, RiskLevel::None);
    QCOMPARE(aggregateByHighestLevel({RiskLevel::None}).level, RiskLevel::None);
  }

  void weightedRuleBandsTheCompositeIndex()
  {
    CompositeIndex composite;
    QVERIFY(CompositeIndex::fromJson(
        {{QStringLiteral("weights"),
          QJsonObject{{QStringLiteral("industrial"), 3}, {QStringLiteral("crowded"), 1}}}},
        composite, nullptr));
    const RegionAggregator weighted(AggregationRule::Weighted, composite,
                                    RegionAggregator::defaultDensityBands());
    // industrial mean 4 (major), crowded mean 1 (low): I = (3×4 + 1×1) / 4 = 3.25 → significant,
    // where max would say major.
    const RegionResult result =
        weighted.aggregate({{QStringLiteral("industrial"), QStringLiteral("I01"), RiskLevel::Major},
                            {QStringLiteral("crowded"), QStringLiteral("C01"), RiskLevel::Low}},
                           10);
    QCOMPARE(result.index, 3.25);
    QCOMPARE(result.level, RiskLevel::Significant);
    QCOMPARE(result.units, 2);
    QCOMPARE(result.counts.count(RiskLevel::Major), 1);
  }

  void densityRuleCountsRedAndOrangeUnitsPerSquareKilometre_data()
  {
    QTest::addColumn<double>("area");
    QTest::addColumn<QString>("level");
    // 2 major-or-significant units: density 2 / area, bands 0.10 / 0.05 / 0.02.
    QTest::newRow("0.10 per km², boundary") << 20.0 << "major";
    QTest::newRow("0.08 per km²") << 25.0 << "significant";
    QTest::newRow("0.05 per km², boundary") << 40.0 << "significant";
    QTest::newRow("0.02 per km², boundary") << 100.0 << "general";
    QTest::newRow("0.01 per km²") << 200.0 << "low";
  }
  void densityRuleCountsRedAndOrangeUnitsPerSquareKilometre()
  {
    QFETCH(double, area);
    QFETCH(QString, level);
    const RegionAggregator density(AggregationRule::Density, CompositeIndex::defaultIndex(),
                                   RegionAggregator::defaultDensityBands());
    const RegionResult result = density.aggregate(
        {{QStringLiteral("industrial"), QStringLiteral("I01"), RiskLevel::Major},
         {QStringLiteral("crowded"), QStringLiteral("C01"), RiskLevel::Significant},
         {QStringLiteral("crowded"), QStringLiteral("C02"), RiskLevel::General},
         {QStringLiteral("crowded"), QStringLiteral("C03"), RiskLevel::None}},
        area);
    QCOMPARE(levelKey(result.level), level);
    QCOMPARE(result.index, 2.0 / area);
  }

  void lineAndAreaUnitsWeighByTheirShare()
  {
    // A major pipeline with 40 % of its length in the region, and one low point unit.
    const QList<RegionUnit> units{
        {QStringLiteral("facilities"), QStringLiteral("F01"), RiskLevel::Major, 0.4},
        {QStringLiteral("facilities"), QStringLiteral("F02"), RiskLevel::Low, 1.0}};
    const RegionAggregator density(AggregationRule::Density, CompositeIndex::defaultIndex(),
                                   RegionAggregator::defaultDensityBands());
    const RegionResult dense = density.aggregate(units, 10);
    QCOMPARE(dense.index, 0.04); // 0.4 of a red unit on 10 km², not 1
    QCOMPARE(dense.level, RiskLevel::General);
    QCOMPARE(dense.counts.count(RiskLevel::Major), 1); // counts stay whole units

    CompositeIndex composite;
    QVERIFY(CompositeIndex::fromJson(
        {{QStringLiteral("weights"), QJsonObject{{QStringLiteral("facilities"), 1}}}}, composite,
        nullptr));
    const RegionAggregator weighted(AggregationRule::Weighted, composite,
                                    RegionAggregator::defaultDensityBands());
    const RegionResult mean = weighted.aggregate(units, 10);
    // Group mean (0.4×4 + 1×1) / 1.4 = 1.857… → general; unweighted it would be 2.5, significant.
    QCOMPARE(mean.index, 2.6 / 1.4);
    QCOMPARE(mean.level, RiskLevel::General);
  }

  void rulesGiveNoneWithoutScoredUnits()
  {
    for (AggregationRule rule :
         {AggregationRule::Max, AggregationRule::Weighted, AggregationRule::Density})
    {
      const RegionAggregator aggregator(rule, CompositeIndex::defaultIndex(),
                                        RegionAggregator::defaultDensityBands());
      QCOMPARE(
          aggregator
              .aggregate({{QStringLiteral("natural"), QStringLiteral("N01"), RiskLevel::None}}, 5)
              .level,
          RiskLevel::None);
    }
    AggregationRule parsed = AggregationRule::Max;
    QVERIFY(aggregationRuleFromKey(QStringLiteral("density"), parsed));
    QCOMPARE(parsed, AggregationRule::Density);
    QVERIFY(!aggregationRuleFromKey(QStringLiteral("mean"), parsed));
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
    auto region = [](const char *id, const char *name, const char *kind, RegionResult result = {})
    {
      RegionSummary summary;
      summary.id = QString::fromUtf8(id);
      summary.name = QString::fromUtf8(name);
      summary.kind = QString::fromUtf8(kind);
      summary.result = result;
      return summary;
    };
    // Name order (丙区, 乙区, 甲区) differs from code order: tables follow the codes.
    summary.regions = {
        region("g1", "网格1", "grid"),
        region("330102", "甲区", "district", aggregateByHighestLevel({RiskLevel::Major})),
        region("330101", "乙区", "district"), region("330110", "丙区", "district")};
    summary.regions[1].categoryLevels.insert(QStringLiteral("industrial"), RiskLevel::Major);
    summary.regions[1].raisedBy << QStringLiteral("U7");
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
    // district before grid; by code, never by name
    QCOMPARE(order, (QStringList{"330101", "330102", "330110", "g1"}));
    QCOMPARE(regions.at(0).toObject().value(QStringLiteral("level")).toString(),
             QStringLiteral("none"));
    QCOMPARE(regions.at(1).toObject().value(QStringLiteral("level")).toString(),
             QStringLiteral("major"));
    QCOMPARE(regions.at(1).toObject().value(QStringLiteral("category_levels")).toObject(),
             (QJsonObject{{QStringLiteral("industrial"), QStringLiteral("major")}}));
    QCOMPARE(regions.at(1).toObject().value(QStringLiteral("raised_by")).toArray(),
             (QJsonArray{QStringLiteral("U7")}));
    QCOMPARE(regions.at(0).toObject().value(QStringLiteral("raised_by")).toArray(), QJsonArray());
    QCOMPARE(json.value(QStringLiteral("outside_regions")).toInt(-1), 0);
  }

  void regionCodesSortByTheirValue()
  {
    QStringList codes{QStringLiteral("330110"), QStringLiteral("10"),     QStringLiteral("G00010"),
                      QStringLiteral("9"),      QStringLiteral("330102"), QStringLiteral("G00002"),
                      QStringLiteral("330101"), QStringLiteral("09"),     QStringLiteral("A-2"),
                      QStringLiteral("A-10")};
    std::sort(codes.begin(), codes.end(), regionCodeLess);
    QCOMPARE(codes, (QStringList{"09", "9", "10", "330101", "330102", "330110", "A-2", "A-10",
                                 "G00002", "G00010"}));
    QVERIFY(!regionCodeLess(QStringLiteral("330101"), QStringLiteral("330101")));
  }
};

QTEST_GUILESS_MAIN(TestRegionAggregation)
#include "test_regionaggregation.moc"
