#include "methodset.h"
#include "taxonomy.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
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

  void everyShippedTemplateValidates_data()
  {
    QTest::addColumn<QString>("name");
    for (const QString &name : MethodSet::templateNames())
      QTest::newRow(qPrintable(name)) << name;
  }
  void everyShippedTemplateValidates()
  {
    QFETCH(QString, name);
    MethodSet set;
    QString error;
    QVERIFY2(MethodSet::fromTemplate(name, set, &error), qPrintable(error));
    QCOMPARE(set.validate(Taxonomy::defaultTaxonomy()), QStringList());
    QVERIFY(!set.title().isEmpty());
    // What the file says is what the engine keeps: a round trip changes nothing.
    QFile file(QStringLiteral(":/riskatlas/methods/%1.json").arg(name));
    QVERIFY(file.open(QIODevice::ReadOnly));
    MethodSet reparsed;
    QVERIFY(MethodSet::fromJson(set.toJson(), reparsed, &error));
    QCOMPARE(reparsed.hash(), set.hash());
  }

  void templatesAreDistinctAndTheDefaultIsTheFiveByFiveMatrix()
  {
    QSet<QString> hashes;
    for (const QString &name : MethodSet::templateNames())
    {
      MethodSet set;
      QVERIFY(MethodSet::fromTemplate(name, set, nullptr));
      hashes.insert(set.hash());
    }
    QCOMPARE(hashes.size(), MethodSet::templateNames().size());
    MethodSet matrix;
    QVERIFY(MethodSet::forMethod(QStringLiteral("matrix"), matrix, nullptr));
    QCOMPARE(matrix.hash(), MethodSet::defaultSet().hash());
    QCOMPARE(MethodSet::defaultSet().defaultMethod().id(), QStringLiteral("matrix"));
    MethodSet lec;
    QVERIFY(MethodSet::forMethod(QStringLiteral("lec"), lec, nullptr));
    QCOMPARE(lec.defaultMethod().id(), QStringLiteral("lec"));
    QString error;
    QVERIFY(!MethodSet::forMethod(QStringLiteral("fmea"), lec, &error));
    QCOMPARE(error, QStringLiteral("unknown scoring method \"fmea\" (known: matrix, lec, mes)"));
  }

  void cityDefaultAssignsMethodsPerCategoryAndSector()
  {
    MethodSet city;
    QVERIFY(MethodSet::fromTemplate(QStringLiteral("city-default"), city, nullptr));
    QCOMPARE(city.methodFor(QStringLiteral("industrial"), QStringLiteral("I01")).id(),
             QStringLiteral("lec"));
    QCOMPARE(city.methodFor(QStringLiteral("industrial"), QStringLiteral("I09")).id(),
             QStringLiteral("mes"));
    QCOMPARE(city.methodFor(QStringLiteral("crowded"), QStringLiteral("C07")).id(),
             QStringLiteral("matrix"));
    const UnitAssessment lec = city.assess(QStringLiteral("industrial"), QStringLiteral("I01"),
                                           {{QStringLiteral("lec_l"), QStringLiteral("3")},
                                            {QStringLiteral("lec_e"), QStringLiteral("6")},
                                            {QStringLiteral("lec_c"), QStringLiteral("15")},
                                            {QStringLiteral("control"), QStringLiteral("中")}});
    QVERIFY(lec.scored);
    QCOMPARE(lec.score, 270.0);
    QCOMPARE(lec.finalLevel, RiskLevel::Significant);
    QCOMPARE(lec.grade, QStringLiteral("高度危险"));
    QCOMPARE(lec.methodVersion.size(), 12);
  }

  void coefficientCorrectionRebandsTheScore()
  {
    QJsonObject json = MethodSet::defaultSet().toJson();
    json.insert(QStringLiteral("control_correction"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("coefficient")},
                            {QStringLiteral("good"), 0.5},
                            {QStringLiteral("fair"), 1},
                            {QStringLiteral("poor"), 1.5}});
    MethodSet set;
    QString error;
    QVERIFY2(MethodSet::fromJson(json, set, &error), qPrintable(error));
    // 4 × 5 = 20 (major); good control: 20 × 0.5 = 10 → significant; poor: 2 × 3 × 1.5 = 9.
    UnitAssessment result =
        set.assess(QStringLiteral("crowded"), QStringLiteral("C01"),
                   unit(QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("好")));
    QCOMPARE(result.inherentLevel, RiskLevel::Major);
    QCOMPARE(result.finalLevel, RiskLevel::Significant);
    result = set.assess(QStringLiteral("crowded"), QStringLiteral("C01"),
                        unit(QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("差")));
    QCOMPARE(result.inherentLevel, RiskLevel::General);
    QCOMPARE(result.finalLevel, RiskLevel::Significant);
  }

  void contradictoryOrIncompleteSetsAreRefused()
  {
    const Taxonomy &taxonomy = Taxonomy::defaultTaxonomy();
    QJsonObject json = MethodSet::defaultSet().toJson();
    json.insert(QStringLiteral("sectors"),
                QJsonObject{{QStringLiteral("X99"), json.value(QStringLiteral("default"))}});
    json.insert(QStringLiteral("categories"),
                QJsonObject{{QStringLiteral("mining"), json.value(QStringLiteral("default"))}});
    MethodSet set;
    QString error;
    QVERIFY2(MethodSet::fromJson(json, set, &error), qPrintable(error));
    QCOMPARE(
        set.validate(taxonomy),
        (QStringList{QStringLiteral("categories: \"mining\" is not a category of the taxonomy"),
                     QStringLiteral("sectors: \"X99\" is not a sector code of the taxonomy")}));

    MethodSet fourByFour;
    QVERIFY(MethodSet::fromTemplate(QStringLiteral("matrix-4x4"), fourByFour, nullptr));
    json = fourByFour.toJson();
    json.insert(QStringLiteral("control_correction"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("coefficient")},
                            {QStringLiteral("good"), 0.5}});
    QVERIFY(MethodSet::fromJson(json, set, &error));
    QCOMPARE(set.validate(taxonomy).size(), 1);
    QVERIFY(set.validate(taxonomy).first().startsWith(
        QStringLiteral("control_correction: a coefficient needs score bands")));

    json = MethodSet::defaultSet().toJson();
    json.remove(QStringLiteral("default"));
    QVERIFY(!MethodSet::fromJson(json, set, &error));
    QCOMPARE(error, QStringLiteral("default: the required key is missing"));
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

  void influenceZonesSurviveTheRoundTrip()
  {
    // The project stores a set as its JSON: zones left out there were silently lost.
    QJsonObject json = MethodSet::defaultSet().toJson();
    QVERIFY(!json.contains(QStringLiteral("influence_zones"))); // none: text and hash unchanged
    json.insert(
        QStringLiteral("influence_zones"),
        QJsonObject{{QStringLiteral("enabled"), true},
                    {QStringLiteral("sectors"), QJsonObject{{QStringLiteral("I01"), 500}}}});
    MethodSet withZones;
    QString error;
    QVERIFY2(MethodSet::fromJson(json, withZones, &error), qPrintable(error));
    MethodSet stored;
    QVERIFY2(MethodSet::fromJson(withZones.toJson(), stored, &error), qPrintable(error));
    QVERIFY(stored.influenceZonesEnabled());
    QCOMPARE(stored.influenceDistance(QStringLiteral("I01")), 500.0);
    QCOMPARE(stored.hash(), withZones.hash());
    QVERIFY(stored.hash() != MethodSet::defaultSet().hash());
  }

  void sectorMethodOverridesDefault()
  {
    QJsonObject json = MethodSet::defaultSet().toJson();
    QJsonObject matrix4 = json.value(QStringLiteral("default")).toObject();
    matrix4.insert(QStringLiteral("likelihood_steps"), 4);
    matrix4.remove(QStringLiteral("likelihood_labels"));
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
    QCOMPARE(error, QStringLiteral("default.method: unknown scoring method \"guess\" (known: "
                                   "matrix, lec, mes)"));
    QVERIFY(!MethodSet::fromJson(QJsonObject(), set, &error));
    QVERIFY(error.contains(QStringLiteral("riskatlas-method-set/1")));
  }
};

QTEST_GUILESS_MAIN(TestMethodSet)
#include "test_methodset.moc"
