#include "methodset.h"
#include "riskmatrixmethod.h"

#include <QJsonArray>
#include <QTest>

using namespace riskatlas;

class TestRiskMatrixMethod : public QObject
{
  Q_OBJECT

private:
  //! The shipped default (resources/methods/matrix-5x5-gbt42768.json).
  static const RiskMatrixMethod &defaultMatrix()
  {
    return dynamic_cast<const RiskMatrixMethod &>(MethodSet::defaultSet().defaultMethod());
  }

  static QVariantMap inputs(const QString &likelihood, const QString &severity)
  {
    return {{QStringLiteral("likelihood"), likelihood}, {QStringLiteral("severity"), severity}};
  }

private slots:
  void fiveByFiveWorkedExamples_data()
  {
    QTest::addColumn<int>("likelihood");
    QTest::addColumn<int>("severity");
    QTest::addColumn<double>("score");
    QTest::addColumn<QString>("level");
    // Published 5×5 bands: 20–25 major, 9–16 significant, 4–8 general, 1–3 low.
    QTest::newRow("1×1") << 1 << 1 << 1.0 << "low";
    QTest::newRow("1×3 = 3, highest low") << 1 << 3 << 3.0 << "low";
    QTest::newRow("2×2 = 4, lowest general") << 2 << 2 << 4.0 << "general";
    QTest::newRow("2×4 = 8, highest general") << 2 << 4 << 8.0 << "general";
    QTest::newRow("3×3 = 9, lowest significant") << 3 << 3 << 9.0 << "significant";
    QTest::newRow("4×4 = 16, highest significant") << 4 << 4 << 16.0 << "significant";
    QTest::newRow("4×5 = 20, lowest major") << 4 << 5 << 20.0 << "major";
    QTest::newRow("5×5 = 25") << 5 << 5 << 25.0 << "major";
  }
  void fiveByFiveWorkedExamples()
  {
    QFETCH(int, likelihood);
    QFETCH(int, severity);
    QFETCH(double, score);
    QFETCH(QString, level);
    const MethodOutcome outcome =
        defaultMatrix().evaluate(inputs(QString::number(likelihood), QString::number(severity)));
    QVERIFY(outcome.scored);
    QCOMPARE(outcome.score, score);
    QCOMPARE(levelKey(outcome.level), level);
  }

  void everyCellOfTheDefaultMatrixHasALevel()
  {
    const RiskMatrixMethod &matrix = defaultMatrix();
    int counts[5] = {};
    for (int l = 1; l <= 5; ++l)
      for (int s = 1; s <= 5; ++s)
        ++counts[static_cast<int>(
            matrix.evaluate(inputs(QString::number(l), QString::number(s))).level)];
    QCOMPARE(counts[static_cast<int>(RiskLevel::None)], 0);
    QCOMPARE(counts[static_cast<int>(RiskLevel::Major)], 3);       // 20, 20, 25
    QCOMPARE(counts[static_cast<int>(RiskLevel::Significant)], 8); // 9,10,10,12,12,15,15,16
    QCOMPARE(counts[static_cast<int>(RiskLevel::General)], 9);     // 4,4,4,5,5,6,6,8,8
    QCOMPARE(counts[static_cast<int>(RiskLevel::Low)], 5);         // 1,2,2,3,3
  }

  void invalidInputsAreReported_data()
  {
    QTest::addColumn<QString>("likelihood");
    QTest::addColumn<QString>("severity");
    QTest::addColumn<QString>("field");
    QTest::newRow("missing severity") << "3"
                                      << ""
                                      << "severity";
    QTest::newRow("likelihood 0") << "0"
                                  << "3"
                                  << "likelihood";
    QTest::newRow("likelihood 6") << "6"
                                  << "3"
                                  << "likelihood";
    QTest::newRow("fraction") << "2.5"
                              << "3"
                              << "likelihood";
    QTest::newRow("text") << "3"
                          << "high"
                          << "severity";
  }
  void invalidInputsAreReported()
  {
    QFETCH(QString, likelihood);
    QFETCH(QString, severity);
    QFETCH(QString, field);
    const MethodOutcome outcome = defaultMatrix().evaluate(inputs(likelihood, severity));
    QVERIFY(!outcome.scored);
    QCOMPARE(outcome.level, RiskLevel::None);
    QCOMPARE(outcome.problem.field, field);
    QCOMPARE(outcome.problem.allowed, QStringLiteral("an integer from 1 to 5"));
  }

  void matrixSizeIsChecked()
  {
    QJsonObject json = defaultMatrix().toJson();
    json.insert(QStringLiteral("likelihood_steps"), 11);
    QString error;
    QVERIFY(!RiskMatrixMethod::fromJson(json, &error));
    QCOMPARE(error, QStringLiteral("a risk matrix needs 2 to 10 steps per axis, not 11"));
  }

  void cellTableGivesLevelsCellByCell()
  {
    MethodSet set;
    QVERIFY(MethodSet::fromTemplate(QStringLiteral("matrix-4x4"), set, nullptr));
    const auto &matrix = dynamic_cast<const RiskMatrixMethod &>(set.defaultMethod());
    QVERIFY(matrix.hasCellTable());
    QVERIFY(!matrix.scoreBands());
    QCOMPARE(matrix.levelAt(1, 4), RiskLevel::General);
    QCOMPARE(matrix.levelAt(4, 1), RiskLevel::General);
    QCOMPARE(matrix.levelAt(3, 4), RiskLevel::Major);
    const MethodOutcome outcome = matrix.evaluate(inputs(QStringLiteral("3"), QStringLiteral("3")));
    QCOMPARE(outcome.score, 9.0);
    QCOMPARE(outcome.level, RiskLevel::Significant);
    QCOMPARE(matrix.likelihoodLabels().size(), 4);
  }

  void contradictoryCellTablesAreRefused()
  {
    MethodSet set;
    QVERIFY(MethodSet::fromTemplate(QStringLiteral("matrix-4x4"), set, nullptr));
    QJsonObject json = set.defaultMethod().toJson();
    QJsonArray rows = json.value(QStringLiteral("cells")).toArray();
    QJsonArray row = rows.at(2).toArray();
    row.replace(3, QStringLiteral("low")); // L=3, S=4 below L=3, S=3
    rows.replace(2, row);
    json.insert(QStringLiteral("cells"), rows);
    QString error;
    QVERIFY(!RiskMatrixMethod::fromJson(json, &error));
    QCOMPARE(error, QStringLiteral("cell L=3, S=4 (low) is lower than cell L=3, S=3 (significant): "
                                   "risk must not fall as severity rises"));

    json.insert(QStringLiteral("bands"), defaultMatrix().bands().toJson());
    QVERIFY(!RiskMatrixMethod::fromJson(json, &error));
    QCOMPARE(error,
             QStringLiteral("a risk matrix needs either score bands or a cell table, not both"));
  }

  void fourByFourMatrixFromJson()
  {
    QJsonObject json = defaultMatrix().toJson();
    json.insert(QStringLiteral("likelihood_steps"), 4);
    json.insert(QStringLiteral("severity_steps"), 4);
    json.remove(QStringLiteral("likelihood_labels"));
    json.remove(QStringLiteral("severity_labels"));
    QString error;
    auto matrix = RiskMatrixMethod::fromJson(json, &error);
    QVERIFY2(matrix, qPrintable(error));
    QVERIFY(!matrix->evaluate(inputs(QStringLiteral("5"), QStringLiteral("4"))).scored);
    QCOMPARE(matrix->evaluate(inputs(QStringLiteral("4"), QStringLiteral("4"))).level,
             RiskLevel::Significant);
  }
};

QTEST_GUILESS_MAIN(TestRiskMatrixMethod)
#include "test_riskmatrixmethod.moc"
