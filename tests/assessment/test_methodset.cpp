#include "methodset.h"
#include "taxonomy.h"

#include <QFile>
#include <QJsonDocument>
#include <QTest>

using namespace riskatlas;

class TestMethodSet : public QObject
{
  Q_OBJECT

private:
  static QVariantMap unit(const QString &l, const QString &s, const QString &control)
  {
    return {{QStringLiteral("likelihood"), l},
            {QStringLiteral("severity"), s},
            {QStringLiteral("control"), control}};
  }

private slots:
  void controlCorrection_data()
  {
    QTest::addColumn<QString>("l");
    QTest::addColumn<QString>("s");
    QTest::addColumn<QString>("control");
    QTest::addColumn<QString>("inherent");
    QTest::addColumn<QString>("final");
    QTest::newRow("good lowers major") << "4"
                                       << "5"
                                       << "好"
                                       << "major"
                                       << "significant";
    QTest::newRow("fair keeps") << "4"
                                << "5"
                                << "中"
                                << "major"
                                << "major";
    QTest::newRow("poor raises general") << "2"
                                         << "2"
                                         << "差"
                                         << "general"
                                         << "significant";
    QTest::newRow("poor never above major") << "5"
                                            << "5"
                                            << "poor"
                                            << "major"
                                            << "major";
    QTest::newRow("good never below low") << "1"
                                          << "1"
                                          << "Good"
                                          << "low"
                                          << "low";
    QTest::newRow("empty control keeps") << "3"
                                         << "3"
                                         << ""
                                         << "significant"
                                         << "significant";
  }
  void controlCorrection()
  {
    QFETCH(QString, l);
    QFETCH(QString, s);
    QFETCH(QString, control);
    QFETCH(QString, inherent);
    QFETCH(QString, final);
    const UnitAssessment result = MethodSet::defaultSet().assess(
        QStringLiteral("industrial"), QStringLiteral("I01"), unit(l, s, control));
    QVERIFY(result.scored);
    QCOMPARE(result.methodId, QStringLiteral("matrix"));
    QCOMPARE(levelKey(result.inherentLevel), inherent);
    QCOMPARE(levelKey(result.finalLevel), final);
  }

  void unknownControlLevelLeavesUnitUnscored()
  {
    const UnitAssessment result = MethodSet::defaultSet().assess(
        QStringLiteral("industrial"), QStringLiteral("I01"),
        unit(QStringLiteral("3"), QStringLiteral("3"), QStringLiteral("很好")));
    QVERIFY(!result.scored);
    QCOMPARE(result.finalLevel, RiskLevel::None);
    QCOMPARE(result.problem.field, QStringLiteral("control"));
    QCOMPARE(result.problem.value, QStringLiteral("很好"));
  }

  void shippedTemplateIsTheDefaultSet()
  {
    QFile file(QStringLiteral(":/riskatlas/methods/default-method-set.json"));
    initAssessmentResources();
    QVERIFY(file.open(QIODevice::ReadOnly));
    MethodSet parsed;
    QString error;
    QVERIFY2(MethodSet::fromJson(QJsonDocument::fromJson(file.readAll()).object(), parsed, &error),
             qPrintable(error));
    QCOMPARE(parsed.hash(), MethodSet::defaultSet().hash());
  }

  void jsonRoundTripKeepsHash()
  {
    const MethodSet set = MethodSet::defaultSet();
    MethodSet parsed;
    QString error;
    QVERIFY2(MethodSet::fromJson(set.toJson(), parsed, &error), qPrintable(error));
    QCOMPARE(parsed.toJson(), set.toJson());
    QCOMPARE(parsed.hash().size(), 64);
    QCOMPARE(parsed.hash(), set.hash());
  }

  void sectorMethodOverridesDefault()
  {
    QJsonObject json = MethodSet::defaultSet().toJson();
    QJsonObject matrix4 = json.value(QStringLiteral("default")).toObject();
    matrix4.insert(QStringLiteral("likelihood_steps"), 4);
    json.insert(QStringLiteral("sectors"), QJsonObject{{QStringLiteral("C06"), matrix4}});
    MethodSet set;
    QString error;
    QVERIFY2(MethodSet::fromJson(json, set, &error), qPrintable(error));
    QVERIFY(set.hash() != MethodSet::defaultSet().hash());
    QVERIFY(!set.assess(QStringLiteral("crowded"), QStringLiteral("C06"),
                        unit(QStringLiteral("5"), QStringLiteral("1"), QString()))
                 .scored);
    QVERIFY(set.assess(QStringLiteral("crowded"), QStringLiteral("C07"),
                       unit(QStringLiteral("5"), QStringLiteral("1"), QString()))
                .scored);
  }

  void rejectsUnknownMethodAndSchema()
  {
    QJsonObject json = MethodSet::defaultSet().toJson();
    json.insert(QStringLiteral("default"),
                QJsonObject{{QStringLiteral("method"), QStringLiteral("guess")}});
    MethodSet set;
    QString error;
    QVERIFY(!MethodSet::fromJson(json, set, &error));
    QCOMPARE(error, QStringLiteral("default method: unknown scoring method \"guess\""));
    QVERIFY(!MethodSet::fromJson(QJsonObject(), set, &error));
    QVERIFY(error.contains(QStringLiteral("riskatlas-method-set/1")));
  }
};

QTEST_GUILESS_MAIN(TestMethodSet)
#include "test_methodset.moc"
