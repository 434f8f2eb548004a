#include "bandtable.h"

#include <QJsonArray>
#include <QTest>

using namespace riskatlas;

class TestBandTable : public QObject
{
  Q_OBJECT

private:
  static BandTable lecBands(BandTable::BoundaryRule rule)
  {
    QString error;
    BandTable table = BandTable::create({{RiskLevel::Major, true, 320},
                                         {RiskLevel::Significant, true, 160},
                                         {RiskLevel::General, true, 70},
                                         {RiskLevel::Low, false, 0}},
                                        rule, &error);
    if (!table.isValid())
      qFatal("%s", qPrintable(error));
    return table;
  }

private slots:
  void lowerInclusiveBoundaries_data()
  {
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("level");
    // LEC bands of domain.md §4: D = 70 (1×10×7) belongs to "general" when lower-inclusive.
    QTest::newRow("D=0.1") << 0.1 << "low";
    QTest::newRow("D=20 (10×2×1)") << 20.0 << "low";
    QTest::newRow("D=69.99") << 69.99 << "low";
    QTest::newRow("D=70 (1×10×7)") << 70.0 << "general";
    QTest::newRow("D=159.9") << 159.9 << "general";
    QTest::newRow("D=160") << 160.0 << "significant";
    QTest::newRow("D=320") << 320.0 << "major";
    QTest::newRow("D=6000") << 6000.0 << "major";
  }
  void lowerInclusiveBoundaries()
  {
    QFETCH(double, score);
    QFETCH(QString, level);
    QCOMPARE(levelKey(lecBands(BandTable::BoundaryRule::LowerInclusive).classify(score)), level);
  }

  void upperInclusiveMovesBoundaryDown()
  {
    const BandTable table = lecBands(BandTable::BoundaryRule::UpperInclusive);
    QCOMPARE(table.classify(70), RiskLevel::Low);
    QCOMPARE(table.classify(70.5), RiskLevel::General);
    QCOMPARE(table.classify(160), RiskLevel::General);
    QCOMPARE(table.classify(320), RiskLevel::Significant);
  }

  void refusesOverlappingBounds()
  {
    QString error;
    const BandTable table = BandTable::create({{RiskLevel::Major, true, 10},
                                               {RiskLevel::Significant, true, 12},
                                               {RiskLevel::Low, false, 0}},
                                              BandTable::BoundaryRule::LowerInclusive, &error);
    QVERIFY(!table.isValid());
    QVERIFY2(error.contains(QStringLiteral("overlap")), qPrintable(error));
  }

  void refusesBoundOnLowestBand()
  {
    QString error;
    QVERIFY(!BandTable::create({{RiskLevel::Major, true, 10}, {RiskLevel::Low, true, 1}},
                               BandTable::BoundaryRule::LowerInclusive, &error)
                 .isValid());
    QVERIFY2(error.contains(QStringLiteral("lowest band")), qPrintable(error));
  }

  void refusesLevelsOutOfOrder()
  {
    QString error;
    QVERIFY(!BandTable::create({{RiskLevel::General, true, 10}, {RiskLevel::Major, false, 0}},
                               BandTable::BoundaryRule::LowerInclusive, &error)
                 .isValid());
    QVERIFY2(error.contains(QStringLiteral("not less severe")), qPrintable(error));
  }

  void jsonRoundTrip()
  {
    const BandTable table = lecBands(BandTable::BoundaryRule::UpperInclusive);
    const QJsonObject json = table.toJson();
    QCOMPARE(json.value(QStringLiteral("rule")).toString(), QStringLiteral("upper-inclusive"));
    QCOMPARE(json.value(QStringLiteral("bands")).toArray().size(), 4);
    QString error;
    const BandTable parsed = BandTable::fromJson(json, &error);
    QVERIFY2(parsed.isValid(), qPrintable(error));
    QCOMPARE(parsed.toJson(), json);
  }

  void publishedRangesMustMeet_data()
  {
    QTest::addColumn<double>("to");
    QTest::addColumn<QString>("error");
    // MES as published: > 180, 90–150, … leaves 150–180 without a level.
    QTest::newRow("gap") << 150.0
                         << "gap between bands 1 and 2: scores from 150 to 180 have no level";
    QTest::newRow("overlap") << 200.0
                             << "bands 1 and 2 overlap: scores from 180 to 200 are in both";
  }
  void publishedRangesMustMeet()
  {
    QFETCH(double, to);
    QFETCH(QString, error);
    const QJsonObject json{
        {QStringLiteral("rule"), QStringLiteral("lower-inclusive")},
        {QStringLiteral("bands"),
         QJsonArray{QJsonObject{{QStringLiteral("level"), QStringLiteral("major")},
                                {QStringLiteral("from"), 180}},
                    QJsonObject{{QStringLiteral("level"), QStringLiteral("significant")},
                                {QStringLiteral("from"), 90},
                                {QStringLiteral("to"), to}},
                    QJsonObject{{QStringLiteral("level"), QStringLiteral("low")}}}}};
    QString message;
    QVERIFY(!BandTable::fromJson(json, &message).isValid());
    QCOMPARE(message, error);
  }

  void meetingRangesAreAccepted()
  {
    const QJsonObject json{
        {QStringLiteral("bands"),
         QJsonArray{QJsonObject{{QStringLiteral("level"), QStringLiteral("major")},
                                {QStringLiteral("from"), 180}},
                    QJsonObject{{QStringLiteral("level"), QStringLiteral("low")},
                                {QStringLiteral("to"), 180}}}}};
    QString message;
    QVERIFY2(BandTable::fromJson(json, &message).isValid(), qPrintable(message));
  }

  void unknownRuleIsRefused()
  {
    QString error;
    QJsonObject json = lecBands(BandTable::BoundaryRule::LowerInclusive).toJson();
    json.insert(QStringLiteral("rule"), QStringLiteral("both"));
    QVERIFY(!BandTable::fromJson(json, &error).isValid());
    QVERIFY2(error.contains(QStringLiteral("both")), qPrintable(error));
  }
};

QTEST_GUILESS_MAIN(TestBandTable)
#include "test_bandtable.moc"
