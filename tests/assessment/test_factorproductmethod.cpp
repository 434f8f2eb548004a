#include "factorproductmethod.h"
#include "methodset.h"

#include <QJsonArray>
#include <QTest>

using namespace riskatlas;

//! LEC and MES with the shipped default tables (resources/methods/lec.json, mes.json).
class TestFactorProductMethod : public QObject
{
  Q_OBJECT

private:
  static const ScoringMethod &method(const QString &id)
  {
    static MethodSet lec;
    static MethodSet mes;
    static const bool loaded = MethodSet::forMethod(QStringLiteral("lec"), lec, nullptr) &&
                               MethodSet::forMethod(QStringLiteral("mes"), mes, nullptr);
    Q_ASSERT(loaded);
    return (id == QLatin1String("lec") ? lec : mes).defaultMethod();
  }

private slots:
  void workedExamples_data()
  {
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("c");
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("level");
    QTest::addColumn<QString>("grade");
    // LEC, D = L × E × C; bands 320 / 160 / 70, lower bound inclusive.
    QTest::newRow("LEC 3×6×15 = 270") << "lec"
                                      << "3"
                                      << "6"
                                      << "15" << 270.0 << "significant"
                                      << "高度危险";
    QTest::newRow("LEC 10×6×40 = 2400") << "lec"
                                        << "10"
                                        << "6"
                                        << "40" << 2400.0 << "major"
                                        << "极其危险";
    QTest::newRow("LEC 6×6×7 = 252") << "lec"
                                     << "6"
                                     << "6"
                                     << "7" << 252.0 << "significant"
                                     << "高度危险";
    QTest::newRow("LEC 1×10×7 = 70, boundary") << "lec"
                                               << "1"
                                               << "10"
                                               << "7" << 70.0 << "general"
                                               << "显著危险";
    QTest::newRow("LEC 3×3×7 = 63") << "lec"
                                    << "3"
                                    << "3"
                                    << "7" << 63.0 << "low"
                                    << "一般危险";
    QTest::newRow("LEC 10×2×1 = 20, sub-grade boundary") << "lec"
                                                         << "10"
                                                         << "2"
                                                         << "1" << 20.0 << "low"
                                                         << "一般危险";
    QTest::newRow("LEC 6×3×1 = 18") << "lec"
                                    << "6"
                                    << "3"
                                    << "1" << 18.0 << "low"
                                    << "稍有危险";
    QTest::newRow("LEC 0.1×0.5×1 = 0.05") << "lec"
                                          << "0.1"
                                          << "0.5"
                                          << "1" << 0.05 << "low"
                                          << "稍有危险";
    QTest::newRow("LEC 0.2×10×100 = 200") << "lec"
                                          << "0.2"
                                          << "10"
                                          << "100" << 200.0 << "significant"
                                          << "高度危险";
    // MES, R = M × E × S; bands 180 / 90 / 50, lower bound inclusive.
    QTest::newRow("MES 3×6×10 = 180, boundary") << "mes"
                                                << "3"
                                                << "6"
                                                << "10" << 180.0 << "major"
                                                << "一级";
    QTest::newRow("MES 5×6×4 = 120") << "mes"
                                     << "5"
                                     << "6"
                                     << "4" << 120.0 << "significant"
                                     << "二级";
    QTest::newRow("MES 3×3×10 = 90, boundary") << "mes"
                                               << "3"
                                               << "3"
                                               << "10" << 90.0 << "significant"
                                               << "二级";
    QTest::newRow("MES 1×10×8 = 80") << "mes"
                                     << "1"
                                     << "10"
                                     << "8" << 80.0 << "general"
                                     << "三级";
    QTest::newRow("MES 5×1×10 = 50, boundary") << "mes"
                                               << "5"
                                               << "1"
                                               << "10" << 50.0 << "general"
                                               << "三级";
    QTest::newRow("MES 1×6×8 = 48") << "mes"
                                    << "1"
                                    << "6"
                                    << "8" << 48.0 << "low"
                                    << "四级";
    QTest::newRow("MES 1×0.5×1 = 0.5") << "mes"
                                       << "1"
                                       << "0.5"
                                       << "1" << 0.5 << "low"
                                       << "五级";
  }
  void workedExamples()
  {
    QFETCH(QString, method);
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, c);
    QFETCH(double, score);
    QFETCH(QString, level);
    QFETCH(QString, grade);
    const QStringList fields = method == QLatin1String("lec")
                                   ? QStringList{"lec_l", "lec_e", "lec_c"}
                                   : QStringList{"mes_m", "mes_e", "mes_s"};
    const MethodOutcome outcome =
        this->method(method).evaluate({{fields.at(0), a}, {fields.at(1), b}, {fields.at(2), c}});
    QVERIFY(outcome.scored);
    QCOMPARE(outcome.score, score);
    QCOMPARE(levelKey(outcome.level), level);
    QCOMPARE(outcome.grade, grade);
  }

  void valuesOutsideTheTablesAreReported_data()
  {
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("allowed");
    QTest::newRow("L = 4") << "lec_l"
                           << "4"
                           << "one of 10, 6, 3, 1, 0.5, 0.2, 0.1";
    QTest::newRow("E empty") << "lec_e"
                             << ""
                             << "one of 10, 6, 3, 2, 1, 0.5";
    QTest::newRow("C text") << "lec_c"
                            << "严重"
                            << "one of 100, 40, 15, 7, 3, 1";
  }
  void valuesOutsideTheTablesAreReported()
  {
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, allowed);
    QVariantMap inputs{{QStringLiteral("lec_l"), QStringLiteral("3")},
                       {QStringLiteral("lec_e"), QStringLiteral("6")},
                       {QStringLiteral("lec_c"), QStringLiteral("15")}};
    inputs.insert(field, value);
    const MethodOutcome outcome = method(QStringLiteral("lec")).evaluate(inputs);
    QVERIFY(!outcome.scored);
    QCOMPARE(outcome.level, RiskLevel::None);
    QCOMPARE(outcome.problem.field, field);
    QCOMPARE(outcome.problem.allowed, allowed);
  }

  void badFactorTablesAreRefused()
  {
    QJsonObject json = method(QStringLiteral("mes")).toJson();
    QJsonArray factors = json.value(QStringLiteral("factors")).toArray();
    QJsonObject m = factors.at(0).toObject();
    QJsonArray values = m.value(QStringLiteral("values")).toArray();
    values.append(QJsonObject{{QStringLiteral("value"), 5}});
    m.insert(QStringLiteral("values"), values);
    factors.replace(0, m);
    json.insert(QStringLiteral("factors"), factors);
    QString error;
    QVERIFY(!FactorProductMethod::fromJson(json, &error));
    QCOMPARE(error, QStringLiteral("factors[0]: factor mes_m: the value 5 appears twice"));
  }
};

QTEST_GUILESS_MAIN(TestFactorProductMethod)
#include "test_factorproductmethod.moc"
