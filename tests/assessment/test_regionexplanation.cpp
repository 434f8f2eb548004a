// "Why this level?" for regions under each aggregation rule, against numbers worked by hand:
// the units that decide a max region, the composite index of a weighted one with its terms,
// the density of major and significant units, and influence zones that raise a region.
#include "explanation.h"
#include "explanationtext.h"
#include "taxonomy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace riskatlas;

class TestRegionExplanation : public QObject
{
  Q_OBJECT

  static RegionMemberFacts member(const QString &id, const QString &category, const QString &sector,
                                  RiskLevel level, double share = 1.0)
  {
    return {id, QStringLiteral("单位") + id, category, sector, level, share};
  }

  static RegionFacts region(AggregationRule rule, const QList<RegionMemberFacts> &members)
  {
    RegionFacts facts;
    facts.regionId = QStringLiteral("330102");
    facts.name = QStringLiteral("东城区");
    facts.kind = QStringLiteral("district");
    facts.rule = rule;
    facts.members = members;
    return facts;
  }

  static RegionExplanation explain(const RegionFacts &facts)
  {
    return explainRegion(MethodSet::defaultSet(), Taxonomy::defaultTaxonomy(), facts,
                         Language::get(QStringLiteral("en")));
  }

private slots:
  void initTestCase() { initAssessmentResources(); }

  void maxNamesTheUnitsAtTheRegionsLevel()
  {
    RegionFacts facts =
        region(AggregationRule::Max, {member(QStringLiteral("U1"), QStringLiteral("industrial"),
                                             QStringLiteral("I01"), RiskLevel::Major),
                                      member(QStringLiteral("U2"), QStringLiteral("crowded"),
                                             QStringLiteral("C01"), RiskLevel::Significant),
                                      member(QStringLiteral("U3"), QStringLiteral("crowded"),
                                             QStringLiteral("C02"), RiskLevel::Major),
                                      member(QStringLiteral("U4"), QStringLiteral("crowded"),
                                             QStringLiteral("C02"), RiskLevel::None)});
    facts.assessed = true;
    facts.storedLevel = RiskLevel::Major;
    const RegionExplanation e = explain(facts);
    QCOMPARE(e.units, 4);
    QCOMPARE(e.counts.count(RiskLevel::Major), 2);
    QCOMPARE(e.counts.count(RiskLevel::Significant), 1);
    QCOMPARE(e.aggregatedLevel, RiskLevel::Major);
    QCOMPARE(e.deciding.size(), 2);
    QCOMPARE(e.deciding.at(0).unitId, QStringLiteral("U1"));
    QCOMPARE(e.deciding.at(1).unitId, QStringLiteral("U3"));
    QVERIFY(!e.bands);
    QCOMPARE(e.finalLevel, RiskLevel::Major);
    QVERIFY(e.matchesStored);
    const QJsonObject json = e.toJson();
    QCOMPARE(json.value(QStringLiteral("rule")).toString(), QStringLiteral("max"));
    QCOMPARE(json.value(QStringLiteral("max"))
                 .toObject()
                 .value(QStringLiteral("deciding"))
                 .toArray()
                 .size(),
             2);
    const QString text = regionExplanationText(e, Language::get(QStringLiteral("en")));
    QVERIFY2(text.contains(QStringLiteral("Decided by the 2 units at Major risk:")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("U3 单位U3 (C02) Major risk")), qPrintable(text));
  }

  void weightedShowsTheIndexTerms()
  {
    // Equal weights 0.25 per category. Industrial: major 4 and general 2 → mean 3; crowded:
    // low 1 and significant 3 → mean 2; I = (0.25 × 3 + 0.25 × 2) ÷ 0.5 = 2.5, the lower bound
    // of significant (2.5 ≤ I < 3.5).
    const RegionExplanation e = explain(region(
        AggregationRule::Weighted, {member(QStringLiteral("U1"), QStringLiteral("industrial"),
                                           QStringLiteral("I01"), RiskLevel::Major),
                                    member(QStringLiteral("U2"), QStringLiteral("industrial"),
                                           QStringLiteral("I02"), RiskLevel::General),
                                    member(QStringLiteral("U3"), QStringLiteral("crowded"),
                                           QStringLiteral("C01"), RiskLevel::Low),
                                    member(QStringLiteral("U4"), QStringLiteral("crowded"),
                                           QStringLiteral("C01"), RiskLevel::Significant)}));
    QCOMPARE(e.groupBy, QStringLiteral("category"));
    QCOMPARE(e.terms.size(), 2);
    QCOMPARE(e.terms.at(0).group, QStringLiteral("crowded"));
    QCOMPARE(e.terms.at(0).weight, 0.25);
    QCOMPARE(e.terms.at(0).value, 2.0);
    QCOMPARE(e.terms.at(0).shares, 2.0);
    QCOMPARE(e.terms.at(1).group, QStringLiteral("industrial"));
    QCOMPARE(e.terms.at(1).value, 3.0);
    QCOMPARE(e.weightSum, 0.5);
    QCOMPARE(e.index, 2.5);
    QVERIFY(e.bands);
    QCOMPARE(e.bands->symbol, QStringLiteral("I"));
    QCOMPARE(e.bands->hitIndex(), 1);
    QCOMPARE(e.bands->rows.at(1).range, QStringLiteral("2.5 ≤ I < 3.5"));
    QCOMPARE(e.aggregatedLevel, RiskLevel::Significant);
    QCOMPARE(e.finalLevel, RiskLevel::Significant);
    QVERIFY(e.deciding.isEmpty());
    const QJsonObject weighted = e.toJson().value(QStringLiteral("weighted")).toObject();
    QCOMPARE(weighted.value(QStringLiteral("index")).toDouble(), 2.5);
    QCOMPARE(weighted.value(QStringLiteral("terms")).toArray().size(), 2);
    const QString text = regionExplanationText(e, Language::get(QStringLiteral("en")));
    QVERIFY2(text.contains(QStringLiteral("I = 2.5 (Σ weight 0.5)")), qPrintable(text));
  }

  void densityCountsSharesOverTheArea()
  {
    // Two major units and half a significant pipeline over 50 km²: 2.5 ÷ 50 = 0.05 per km²,
    // the lower bound of significant (0.05 ≤ ρ < 0.1); low units do not count.
    RegionFacts facts = region(AggregationRule::Density,
                               {member(QStringLiteral("U1"), QStringLiteral("industrial"),
                                       QStringLiteral("I01"), RiskLevel::Major),
                                member(QStringLiteral("U2"), QStringLiteral("industrial"),
                                       QStringLiteral("I01"), RiskLevel::Major),
                                member(QStringLiteral("P1"), QStringLiteral("facilities"),
                                       QStringLiteral("F01"), RiskLevel::Significant, 0.5),
                                member(QStringLiteral("U3"), QStringLiteral("crowded"),
                                       QStringLiteral("C01"), RiskLevel::Low)});
    facts.areaKm2 = 50;
    const RegionExplanation e = explain(facts);
    QCOMPARE(e.majorOrSignificant, 2.5);
    QCOMPARE(e.areaKm2, 50.0);
    QCOMPARE(e.index, 0.05);
    QCOMPARE(e.bands->hitIndex(), 1);
    QCOMPARE(e.bands->rows.at(1).range, QStringLiteral("0.05 ≤ ρ < 0.1"));
    QCOMPARE(e.aggregatedLevel, RiskLevel::Significant);
    QCOMPARE(e.finalLevel, RiskLevel::Significant);
    const QJsonObject density = e.toJson().value(QStringLiteral("density")).toObject();
    QCOMPARE(density.value(QStringLiteral("density")).toDouble(), 0.05);
    QCOMPARE(density.value(QStringLiteral("area_km2")).toDouble(), 50.0);
  }

  void influenceZoneRaisesTheRegion()
  {
    RegionFacts facts =
        region(AggregationRule::Max, {member(QStringLiteral("U1"), QStringLiteral("crowded"),
                                             QStringLiteral("C01"), RiskLevel::Low)});
    facts.influence = {member(QStringLiteral("H1"), QStringLiteral("industrial"),
                              QStringLiteral("I01"), RiskLevel::Major),
                       member(QStringLiteral("H2"), QStringLiteral("industrial"),
                              QStringLiteral("I02"), RiskLevel::None)};
    facts.assessed = true;
    facts.storedLevel = RiskLevel::Low; // before the zones were enabled
    const RegionExplanation e = explain(facts);
    QCOMPARE(e.aggregatedLevel, RiskLevel::Low);
    QCOMPARE(e.influence.size(), 1); // an unscored source raises nothing
    QVERIFY(e.influence.at(0).raises);
    QCOMPARE(e.finalLevel, RiskLevel::Major);
    QVERIFY(!e.matchesStored);
    const QString text = regionExplanationText(e, Language::get(QStringLiteral("en")));
    QVERIFY2(text.contains(QStringLiteral("Raised to Major risk by the hazard influence zone of "
                                          "H1 单位H1")),
             qPrintable(text));
  }

  void regionWithoutScoredUnitsHasNoLevel()
  {
    const RegionExplanation e = explain(
        region(AggregationRule::Weighted, {member(QStringLiteral("U1"), QStringLiteral("crowded"),
                                                  QStringLiteral("C01"), RiskLevel::None)}));
    QCOMPARE(e.finalLevel, RiskLevel::None);
    QVERIFY(e.terms.isEmpty());
    QVERIFY(!e.bands);
  }
};

QTEST_GUILESS_MAIN(TestRegionExplanation)
#include "test_regionexplanation.moc"
