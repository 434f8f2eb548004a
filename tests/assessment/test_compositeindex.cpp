#include "compositeindex.h"

#include <QJsonArray>
#include <QTest>

using namespace riskatlas;

class TestCompositeIndex : public QObject
{
  Q_OBJECT

private slots:
  void saatyWorkedExample()
  {
    // Saaty's classic 3×3 example: weights ≈ 0.637, 0.258, 0.105; λmax ≈ 3.039; CR ≈ 0.033.
    AhpWeights ahp;
    QString error;
    QVERIFY2(AhpWeights::compute({"industrial", "crowded", "natural"},
                                 {{1, 3, 5}, {1.0 / 3, 1, 3}, {1.0 / 5, 1.0 / 3, 1}}, ahp, &error),
             qPrintable(error));
    QVERIFY(std::abs(ahp.weight(QStringLiteral("industrial")) - 0.637) < 0.001);
    QVERIFY(std::abs(ahp.weight(QStringLiteral("crowded")) - 0.258) < 0.001);
    QVERIFY(std::abs(ahp.weight(QStringLiteral("natural")) - 0.105) < 0.001);
    QVERIFY(std::abs(ahp.lambdaMax() - 3.0385) < 0.001);
    QVERIFY(std::abs(ahp.consistencyIndex() - 0.0193) < 0.001);
    QVERIFY(std::abs(ahp.consistencyRatio() - 0.033) < 0.001);
    QVERIFY(ahp.isConsistent());
    QVERIFY(ahp.consistencyWarning().isEmpty());
  }

  void perfectlyConsistentMatrixHasZeroRatio()
  {
    AhpWeights ahp;
    QVERIFY(AhpWeights::compute(
        {"a", "b", "c", "d"},
        {{1, 2, 4, 8}, {0.5, 1, 2, 4}, {0.25, 0.5, 1, 2}, {0.125, 0.25, 0.5, 1}}, ahp, nullptr));
    QVERIFY(std::abs(ahp.consistencyRatio()) < 1e-9);
    QVERIFY(std::abs(ahp.weight(QStringLiteral("a")) - 8.0 / 15) < 1e-9);
  }

  void inconsistentJudgementsWarn()
  {
    // a ≫ b, b ≫ c, yet c ≫ a.
    AhpWeights ahp;
    QVERIFY(AhpWeights::compute({"a", "b", "c"},
                                {{1, 9, 1.0 / 9}, {1.0 / 9, 1, 9}, {9, 1.0 / 9, 1}}, ahp, nullptr));
    QVERIFY(!ahp.isConsistent());
    QVERIFY2(ahp.consistencyWarning().contains(QStringLiteral("CR = ")),
             qPrintable(ahp.consistencyWarning()));
  }

  void malformedMatricesAreRefused()
  {
    AhpWeights ahp;
    QString error;
    QVERIFY(!AhpWeights::compute({"a", "b"}, {{1, 3}, {3, 1}}, ahp, &error));
    QCOMPARE(error, QStringLiteral("comparisons a : b (3) and b : a (3) are not reciprocal"));
    QVERIFY(!AhpWeights::compute({"a", "b"}, {{1, 3}}, ahp, &error));
    QCOMPARE(error, QStringLiteral("the comparison matrix has 1 rows for 2 items"));
  }

  void randomIndexTable()
  {
    QCOMPARE(AhpWeights::randomIndex(3), 0.58);
    QCOMPARE(AhpWeights::randomIndex(10), 1.49);
  }

  void weightedIndexBandsIntoLevels()
  {
    CompositeIndex index;
    QString error;
    QVERIFY2(CompositeIndex::fromJson(
                 {{QStringLiteral("weights"),
                   QJsonObject{{QStringLiteral("industrial"), 3}, {QStringLiteral("crowded"), 1}}}},
                 index, &error),
             qPrintable(error));
    // industrial mean = (4 + 2) / 2 = 3, crowded = 1: I = (3×3 + 1×1) / 4 = 2.5 → significant.
    CompositeIndex::Result result =
        index.compute({{QStringLiteral("industrial"), RiskLevel::Major},
                       {QStringLiteral("industrial"), RiskLevel::General},
                       {QStringLiteral("crowded"), RiskLevel::Low},
                       {QStringLiteral("crowded"), RiskLevel::None}});
    QVERIFY(result.valid);
    QCOMPARE(result.index, 2.5);
    QCOMPARE(result.level, RiskLevel::Significant);
    // Groups without weight do not count; nothing weighted → no result.
    result = index.compute({{QStringLiteral("natural"), RiskLevel::Major}});
    QVERIFY(!result.valid);
    QCOMPARE(result.level, RiskLevel::None);
  }

  void ahpWeightsInTheMethodSet()
  {
    CompositeIndex index;
    QString error;
    const QJsonObject ahp{
        {QStringLiteral("items"), QJsonArray{"industrial", "crowded"}},
        {QStringLiteral("matrix"), QJsonArray{QJsonArray{1, 3}, QJsonArray{1.0 / 3, 1}}}};
    QVERIFY2(CompositeIndex::fromJson({{QStringLiteral("ahp"), ahp}}, index, &error),
             qPrintable(error));
    QVERIFY(index.ahp());
    QCOMPARE(index.weight(QStringLiteral("industrial")), 0.75);
    QCOMPARE(index.toJson().value(QStringLiteral("ahp")).toObject(), ahp);
    QVERIFY(!CompositeIndex::fromJson(
        {{QStringLiteral("ahp"), ahp}, {QStringLiteral("weights"), QJsonObject()}}, index, &error));
    QCOMPARE(error, QStringLiteral("composite: give either weights or ahp comparisons"));
  }
};

QTEST_GUILESS_MAIN(TestCompositeIndex)
#include "test_compositeindex.moc"
