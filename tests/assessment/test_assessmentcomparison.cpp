#include "assessmentcomparison.h"

#include <QJsonArray>
#include <QTest>

using namespace riskatlas;

/**
 * Two hand-made assessments with known differences: RU1 raised, RU2 lowered, RU3 unchanged, RU4
 * removed, RU5 new, RU6 scored only in the new one; district 330102 raised, grid G1 new.
 */
class TestAssessmentComparison : public QObject
{
  Q_OBJECT

private:
  static ComparedItem unit(const QString &id, RiskLevel level)
  {
    return {id, QStringLiteral("单位") + id, QString(), level};
  }
  static ComparedItem region(const QString &code, const QString &kind, RiskLevel level)
  {
    return {code, QStringLiteral("区") + code, kind, level};
  }

  static AssessmentComparison example()
  {
    const QList<ComparedItem> oldUnits{unit(QStringLiteral("RU2"), RiskLevel::Major),
                                       unit(QStringLiteral("RU1"), RiskLevel::General),
                                       unit(QStringLiteral("RU3"), RiskLevel::Low),
                                       unit(QStringLiteral("RU4"), RiskLevel::Major),
                                       unit(QStringLiteral("RU6"), RiskLevel::None)};
    const QList<ComparedItem> newUnits{unit(QStringLiteral("RU1"), RiskLevel::Major),
                                       unit(QStringLiteral("RU2"), RiskLevel::Significant),
                                       unit(QStringLiteral("RU3"), RiskLevel::Low),
                                       unit(QStringLiteral("RU5"), RiskLevel::General),
                                       unit(QStringLiteral("RU6"), RiskLevel::Low)};
    const QList<ComparedItem> oldRegions{
        region(QStringLiteral("330102"), QStringLiteral("district"), RiskLevel::Significant),
        region(QStringLiteral("330101"), QStringLiteral("district"), RiskLevel::Major)};
    const QList<ComparedItem> newRegions{
        region(QStringLiteral("G1"), QStringLiteral("grid"), RiskLevel::Low),
        region(QStringLiteral("330101"), QStringLiteral("district"), RiskLevel::Major),
        region(QStringLiteral("330102"), QStringLiteral("district"), RiskLevel::Major)};
    return compareAssessments(oldUnits, newUnits, oldRegions, newRegions);
  }

private slots:
  void changesAreClassifiedAndOrdered()
  {
    const AssessmentComparison comparison = example();
    QStringList units;
    for (const ComparedChange &change : comparison.unitChanges)
      units << QStringLiteral("%1 %2 %3→%4")
                   .arg(change.item.id, levelChangeKey(change.kind), levelKey(change.oldLevel),
                        levelKey(change.newLevel));
    QCOMPARE(units, QStringList({QStringLiteral("RU1 raised general→major"),
                                 QStringLiteral("RU2 lowered major→significant"),
                                 QStringLiteral("RU4 removed major→none"),
                                 QStringLiteral("RU5 new none→general"),
                                 QStringLiteral("RU6 raised none→low")}));
    QCOMPARE(comparison.unitCounts.raised, 2);
    QCOMPARE(comparison.unitCounts.lowered, 1);
    QCOMPARE(comparison.unitCounts.added, 1);
    QCOMPARE(comparison.unitCounts.removed, 1);
    QCOMPARE(comparison.unitCounts.unchanged, 1);
    // Districts before grids.
    QCOMPARE(comparison.regionChanges.size(), 2);
    QCOMPARE(comparison.regionChanges.at(0).item.id, QStringLiteral("330102"));
    QCOMPARE(comparison.regionChanges.at(0).kind, LevelChangeKind::Raised);
    QCOMPARE(comparison.regionChanges.at(1).item.id, QStringLiteral("G1"));
    QCOMPARE(comparison.regionChanges.at(1).kind, LevelChangeKind::New);
    QCOMPARE(comparison.regionCounts.unchanged, 1);
  }

  void countsByLevelWithTheirChange()
  {
    const QJsonObject json = example().toJson();
    const QJsonObject levels = json.value(QStringLiteral("levels")).toObject();
    const QJsonObject before = levels.value(QStringLiteral("old")).toObject();
    const QJsonObject after = levels.value(QStringLiteral("new")).toObject();
    const QJsonObject change = levels.value(QStringLiteral("change")).toObject();
    QCOMPARE(before.value(QStringLiteral("major")).toInt(), 2);
    QCOMPARE(after.value(QStringLiteral("major")).toInt(), 1);
    QCOMPARE(change.value(QStringLiteral("major")).toInt(), -1);
    QCOMPARE(change.value(QStringLiteral("none")).toInt(), -1);
    QCOMPARE(change.value(QStringLiteral("low")).toInt(), 1); // RU6 scored low now
    QCOMPARE(json.value(QStringLiteral("units")).toObject().value(QStringLiteral("new")).toInt(),
             1);
    const QJsonObject removed =
        json.value(QStringLiteral("unit_changes")).toArray().at(2).toObject();
    QCOMPARE(removed.value(QStringLiteral("id")).toString(), QStringLiteral("RU4"));
    QVERIFY(removed.value(QStringLiteral("new_level")).isNull());
    QCOMPARE(json.value(QStringLiteral("region_changes"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("kind"))
                 .toString(),
             QStringLiteral("district"));
  }
};

QTEST_GUILESS_MAIN(TestAssessmentComparison)
#include "test_assessmentcomparison.moc"
