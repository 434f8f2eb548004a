// "Why this level?" for units: each method's explanation checked against numbers worked by hand
// from the tables of domain.md §4 (the 5×5 matrix, a non-square matrix, LEC, MES), with the
// band boundaries, the control-level correction and an override.
#include "explanation.h"
#include "explanationtext.h"
#include "taxonomy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace riskatlas;

class TestUnitExplanation : public QObject
{
  Q_OBJECT

  static MethodSet cityDefault()
  {
    MethodSet set;
    QString error;
    if (!MethodSet::fromTemplate(QStringLiteral("city-default"), set, &error))
      qFatal("%s", qPrintable(error));
    return set;
  }

  static UnitFacts facts(const QString &category, const QString &sector, const QVariantMap &inputs)
  {
    UnitFacts unit;
    unit.unitId = QStringLiteral("RU0001");
    unit.name = QStringLiteral("示例单位");
    unit.category = category;
    unit.sector = sector;
    unit.inputs = inputs;
    return unit;
  }

  static UnitExplanation explain(const MethodSet &set, const UnitFacts &unit,
                                 const QString &language = QStringLiteral("en"))
  {
    return explainUnit(set, Taxonomy::defaultTaxonomy(), unit, Language::get(language));
  }

  static MethodSet withBoundaryRule(MethodSet set, const QString &category, const QString &rule)
  {
    QJsonObject json = set.toJson();
    QJsonObject categories = json.value(QStringLiteral("categories")).toObject();
    QJsonObject method = categories.value(category).toObject();
    QJsonObject bands = method.value(QStringLiteral("bands")).toObject();
    bands.insert(QStringLiteral("rule"), rule);
    method.insert(QStringLiteral("bands"), bands);
    categories.insert(category, method);
    json.insert(QStringLiteral("categories"), categories);
    MethodSet changed;
    QString error;
    if (!MethodSet::fromJson(json, changed, &error))
      qFatal("%s", qPrintable(error));
    return changed;
  }

private slots:
  void initTestCase() { initAssessmentResources(); }

  void squareMatrixHitsTheCellOfLikelihoodAndSeverity()
  {
    // Crowded places use the default 5×5 matrix: L = 4, S = 5 → R = 20, the lower bound of
    // major (R ≥ 20); poor control would raise it, but major is the top.
    const UnitExplanation e =
        explain(cityDefault(), facts(QStringLiteral("crowded"), QStringLiteral("C01"),
                                     {{QStringLiteral("likelihood"), QStringLiteral("4")},
                                      {QStringLiteral("severity"), QStringLiteral("5")},
                                      {QStringLiteral("control"), QStringLiteral("差")}}));
    QCOMPARE(e.methodId, QStringLiteral("matrix"));
    QCOMPARE(e.assignedBy, QStringLiteral("default"));
    QCOMPARE(e.methodName, QStringLiteral("Risk matrix 5×5"));
    QCOMPARE(e.formula, QStringLiteral("R = L × S"));
    QCOMPARE(e.inputs.size(), 3);
    QCOMPARE(e.inputs.at(0).symbol, QStringLiteral("L"));
    QCOMPARE(e.inputs.at(0).descriptor, QStringLiteral("5年内可能发生"));
    QCOMPARE(e.inputs.at(1).descriptor, QStringLiteral("重大"));
    QCOMPARE(e.inputs.at(2).descriptor, QStringLiteral("poor control"));
    QVERIFY(e.scored);
    QCOMPARE(e.score, 20.0);
    QVERIFY(e.matrix);
    QCOMPARE(e.matrix->likelihoodSteps, 5);
    QCOMPARE(e.matrix->severitySteps, 5);
    QCOMPARE(e.matrix->likelihood, 4);
    QCOMPARE(e.matrix->severity, 5);
    QCOMPARE(e.matrix->levelAt(4, 5), RiskLevel::Major);
    QCOMPARE(e.matrix->levelAt(3, 3), RiskLevel::Significant); // 9: lower bound of significant
    QCOMPARE(e.matrix->levelAt(2, 1), RiskLevel::Low);         // 2 < 4
    QVERIFY(e.bands);
    QCOMPARE(e.bands->hitIndex(), 0);
    QCOMPARE(e.bands->rows.at(0).range, QStringLiteral("R ≥ 20"));
    QCOMPARE(e.bands->rows.at(1).range, QStringLiteral("9 ≤ R < 20"));
    QCOMPARE(e.bands->rows.at(3).range, QStringLiteral("R < 4"));
    QCOMPARE(e.inherentLevel, RiskLevel::Major);
    QCOMPARE(e.correction.shift, 1);
    QCOMPARE(e.correction.effect, QStringLiteral("kept")); // clamped at major
    QCOMPARE(e.finalLevel, RiskLevel::Major);

    const QJsonObject json = e.toJson();
    QCOMPARE(json.value(QStringLiteral("matrix"))
                 .toObject()
                 .value(QStringLiteral("hit"))
                 .toObject()
                 .value(QStringLiteral("level"))
                 .toString(),
             QStringLiteral("major"));
    QCOMPARE(json.value(QStringLiteral("final_level")).toString(), QStringLiteral("major"));
  }

  void goodControlLowersTheBoundaryCell()
  {
    // L = 3, S = 3 → R = 9 = the lower bound of significant; good control lowers it to general.
    const UnitExplanation e =
        explain(cityDefault(), facts(QStringLiteral("crowded"), QStringLiteral("C02"),
                                     {{QStringLiteral("likelihood"), QStringLiteral("3")},
                                      {QStringLiteral("severity"), QStringLiteral("3")},
                                      {QStringLiteral("control"), QStringLiteral("good")}}));
    QCOMPARE(e.score, 9.0);
    QCOMPARE(e.bands->hitIndex(), 1);
    QCOMPARE(e.inherentLevel, RiskLevel::Significant);
    QCOMPARE(e.correction.shift, -1);
    QCOMPARE(e.correction.effect, QStringLiteral("lowered"));
    QCOMPARE(e.correction.level, RiskLevel::General);
    QCOMPARE(e.finalLevel, RiskLevel::General);
    const QString text = unitExplanationText(e, Language::get(QStringLiteral("en")));
    QVERIFY2(text.contains(QStringLiteral("→ 9 ≤ R < 20  Significant risk   (R = 9)")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("[9]")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("lower bound inclusive")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Final level: General risk")), qPrintable(text));
  }

  void nonSquareMatrixWithACellTable()
  {
    // A 3 × 4 matrix for natural disasters, levels set cell by cell; L = 2, S = 4 → significant
    // by its cell, not by a product (there are no score bands).
    QJsonObject json = cityDefault().toJson();
    QJsonObject categories = json.value(QStringLiteral("categories")).toObject();
    categories.insert(
        QStringLiteral("natural"),
        QJsonObject{
            {QStringLiteral("method"), QStringLiteral("matrix")},
            {QStringLiteral("likelihood_steps"), 3},
            {QStringLiteral("severity_steps"), 4},
            {QStringLiteral("likelihood_labels"),
             QJsonArray{QStringLiteral("rare"), QStringLiteral("possible"),
                        QStringLiteral("likely")}},
            {QStringLiteral("cells"),
             QJsonArray{QJsonArray{QStringLiteral("low"), QStringLiteral("low"),
                                   QStringLiteral("general"), QStringLiteral("general")},
                        QJsonArray{QStringLiteral("low"), QStringLiteral("general"),
                                   QStringLiteral("general"), QStringLiteral("significant")},
                        QJsonArray{QStringLiteral("general"), QStringLiteral("significant"),
                                   QStringLiteral("major"), QStringLiteral("major")}}}});
    json.insert(QStringLiteral("categories"), categories);
    MethodSet set;
    QString error;
    QVERIFY2(MethodSet::fromJson(json, set, &error), qPrintable(error));
    const UnitExplanation e =
        explain(set, facts(QStringLiteral("natural"), QStringLiteral("N01"),
                           {{QStringLiteral("likelihood"), QStringLiteral("2")},
                            {QStringLiteral("severity"), QStringLiteral("4")},
                            {QStringLiteral("control"), QString()}}));
    QCOMPARE(e.assignedBy, QStringLiteral("category"));
    QCOMPARE(e.methodName, QStringLiteral("Risk matrix 3×4"));
    QVERIFY(e.matrix && e.matrix->cellTable);
    QCOMPARE(e.matrix->cells.size(), 3);
    QCOMPARE(e.matrix->cells.at(0).size(), 4);
    QCOMPARE(e.matrix->likelihood, 2);
    QCOMPARE(e.matrix->severity, 4);
    QCOMPARE(e.matrix->levelAt(2, 4), RiskLevel::Significant);
    QCOMPARE(e.inputs.at(0).descriptor, QStringLiteral("possible"));
    QCOMPARE(e.inputs.at(1).descriptor, QString()); // no severity labels
    QVERIFY(!e.bands);
    QCOMPARE(e.score, 8.0);
    QCOMPARE(e.inherentLevel, RiskLevel::Significant);
    QCOMPARE(e.correction.control, ControlLevel::Unknown);
    QCOMPARE(e.correction.effect, QStringLiteral("kept"));
    QCOMPARE(e.finalLevel, RiskLevel::Significant);
    QCOMPARE(e.toJson().value(QStringLiteral("bands")), QJsonValue());
  }

  void lecProductOnTheBoundaryOfGeneral()
  {
    // Industry uses LEC: L = 1 (remotely possible) × E = 10 (continuous) × C = 7 (serious)
    // → D = 70, the lower bound of 70 ≤ D < 160: general, graded "substantial".
    const UnitFacts unit = facts(QStringLiteral("industrial"), QStringLiteral("I01"),
                                 {{QStringLiteral("lec_l"), QStringLiteral("1")},
                                  {QStringLiteral("lec_e"), QStringLiteral("10")},
                                  {QStringLiteral("lec_c"), QStringLiteral("7")},
                                  {QStringLiteral("control"), QStringLiteral("中")}});
    const UnitExplanation e = explain(cityDefault(), unit);
    QCOMPARE(e.methodId, QStringLiteral("lec"));
    QCOMPARE(e.assignedBy, QStringLiteral("category"));
    QCOMPARE(e.formula, QStringLiteral("D = L × E × C"));
    QCOMPARE(e.inputs.at(0).descriptor, QStringLiteral("remotely possible"));
    QCOMPARE(e.inputs.at(1).descriptor, QStringLiteral("continuous"));
    QCOMPARE(e.inputs.at(2).descriptor, QStringLiteral("serious"));
    QCOMPARE(e.inputs.at(2).symbol, QStringLiteral("C"));
    QCOMPARE(e.score, 70.0);
    QCOMPARE(e.grade, QStringLiteral("substantial"));
    QCOMPARE(e.bands->symbol, QStringLiteral("D"));
    QCOMPARE(e.bands->hitIndex(), 2);
    QCOMPARE(e.bands->rows.at(2).range, QStringLiteral("70 ≤ D < 160"));
    QCOMPARE(e.bands->ruleKey(), QStringLiteral("lower-inclusive"));
    QCOMPARE(e.inherentLevel, RiskLevel::General);
    QCOMPARE(e.correction.effect, QStringLiteral("kept"));
    QCOMPARE(e.finalLevel, RiskLevel::General);
    QVERIFY(!e.matrix);

    // In Chinese the descriptors and the grade come from the tables' zh column.
    const UnitExplanation zh = explain(cityDefault(), unit, QStringLiteral("zh"));
    QCOMPARE(zh.inputs.at(0).descriptor, QStringLiteral("可能性小，完全意外"));
    QCOMPARE(zh.grade, QStringLiteral("显著危险"));

    // With the upper bound inclusive, 70 belongs to the band below: low.
    const UnitExplanation upper =
        explain(withBoundaryRule(cityDefault(), QStringLiteral("industrial"),
                                 QStringLiteral("upper-inclusive")),
                unit);
    QCOMPARE(upper.bands->hitIndex(), 3);
    QCOMPARE(upper.bands->rows.at(2).range, QStringLiteral("70 < D ≤ 160"));
    QCOMPARE(upper.bands->rows.at(3).range, QStringLiteral("D ≤ 70"));
    QCOMPARE(upper.inherentLevel, RiskLevel::Low);
    QCOMPARE(upper.finalLevel, RiskLevel::Low);
  }

  void mesProductOf180IsMajor()
  {
    // Ammonia refrigeration (I09) has its own MES method: M = 3 × E = 6 × S = 10 → R = 180, the
    // lower bound of major; good control lowers it to significant.
    const UnitExplanation e =
        explain(cityDefault(), facts(QStringLiteral("industrial"), QStringLiteral("I09"),
                                     {{QStringLiteral("mes_m"), QStringLiteral("3")},
                                      {QStringLiteral("mes_e"), QStringLiteral("6")},
                                      {QStringLiteral("mes_s"), QStringLiteral("10")},
                                      {QStringLiteral("control"), QStringLiteral("好")}}));
    QCOMPARE(e.methodId, QStringLiteral("mes"));
    QCOMPARE(e.assignedBy, QStringLiteral("sector"));
    QCOMPARE(e.formula, QStringLiteral("R = M × E × S"));
    QCOMPARE(e.inputs.at(0).descriptor, QStringLiteral("mitigation only"));
    QCOMPARE(e.inputs.at(2).descriptor, QStringLiteral("several deaths"));
    QCOMPARE(e.score, 180.0);
    QCOMPARE(e.bands->rows.at(0).range, QStringLiteral("R ≥ 180"));
    QCOMPARE(e.bands->hitIndex(), 0);
    QCOMPARE(e.grade, QStringLiteral("grade 1"));
    QCOMPARE(e.inherentLevel, RiskLevel::Major);
    QCOMPARE(e.correction.effect, QStringLiteral("lowered"));
    QCOMPARE(e.finalLevel, RiskLevel::Significant);
    const QJsonObject json = e.toJson();
    QCOMPARE(json.value(QStringLiteral("score")).toDouble(), 180.0);
    QCOMPARE(json.value(QStringLiteral("bands"))
                 .toObject()
                 .value(QStringLiteral("rows"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("hit"))
                 .toBool(),
             true);
  }

  void coefficientCorrectionRebandsTheScore()
  {
    // Coefficients: 4 × 5 = 20 (major) × 0.5 for good control = 10 → significant.
    QJsonObject json = MethodSet::defaultSet().toJson();
    json.insert(QStringLiteral("control_correction"),
                QJsonObject{{QStringLiteral("type"), QStringLiteral("coefficient")},
                            {QStringLiteral("good"), 0.5},
                            {QStringLiteral("fair"), 1},
                            {QStringLiteral("poor"), 1.5}});
    MethodSet set;
    QString error;
    QVERIFY2(MethodSet::fromJson(json, set, &error), qPrintable(error));
    const UnitExplanation e =
        explain(set, facts(QStringLiteral("crowded"), QStringLiteral("C01"),
                           {{QStringLiteral("likelihood"), QStringLiteral("4")},
                            {QStringLiteral("severity"), QStringLiteral("5")},
                            {QStringLiteral("control"), QStringLiteral("好")}}));
    QCOMPARE(e.correction.mode, ControlCorrection::Mode::Coefficient);
    QCOMPARE(e.correction.coefficient, 0.5);
    QVERIFY(e.correction.bands);
    QCOMPARE(e.correction.bands->value, 10.0);
    QCOMPARE(e.correction.bands->hitIndex(), 1);
    QCOMPARE(e.correction.level, RiskLevel::Significant);
    QCOMPARE(e.correction.effect, QStringLiteral("lowered"));
    QCOMPARE(e.finalLevel, RiskLevel::Significant);
    QCOMPARE(e.toJson()
                 .value(QStringLiteral("correction"))
                 .toObject()
                 .value(QStringLiteral("coefficient"))
                 .toDouble(),
             0.5);
  }

  void overrideReplacesTheFinalLevelWithItsReason()
  {
    UnitFacts unit = facts(QStringLiteral("crowded"), QStringLiteral("C01"),
                           {{QStringLiteral("likelihood"), QStringLiteral("2")},
                            {QStringLiteral("severity"), QStringLiteral("2")},
                            {QStringLiteral("control"), QString()}});
    unit.levelOverride = QStringLiteral("significant");
    unit.overrideReason = QStringLiteral("专家会商：周边学校密集");
    unit.assessed = true;
    unit.storedLevel = QStringLiteral("significant");
    const UnitExplanation e = explain(cityDefault(), unit);
    QCOMPARE(e.inherentLevel, RiskLevel::General); // 4: lower bound of general
    QCOMPARE(e.correction.level, RiskLevel::General);
    QCOMPARE(e.overrideLevel, RiskLevel::Significant);
    QCOMPARE(e.overrideReason, unit.overrideReason);
    QCOMPARE(e.finalLevel, RiskLevel::Significant);
    QVERIFY(e.matchesStored);
    const QJsonObject json = e.toJson();
    QCOMPARE(json.value(QStringLiteral("override")).toObject().value(QStringLiteral("reason")),
             QJsonValue(unit.overrideReason));
    const QString text = unitExplanationText(e, Language::get(QStringLiteral("en")));
    QVERIFY2(text.contains(QStringLiteral("Override by the analyst: Significant risk; reason: "
                                          "专家会商：周边学校密集")),
             qPrintable(text));

    // A stored level that the inputs no longer give is pointed out.
    unit.storedLevel = QStringLiteral("major");
    QVERIFY(!explain(cityDefault(), unit).matchesStored);
  }

  void unscoredUnitNamesTheInput()
  {
    const UnitExplanation e =
        explain(cityDefault(), facts(QStringLiteral("crowded"), QStringLiteral("C01"),
                                     {{QStringLiteral("likelihood"), QStringLiteral("6")},
                                      {QStringLiteral("severity"), QStringLiteral("2")}}));
    QVERIFY(!e.scored);
    QCOMPARE(e.problem.field, QStringLiteral("likelihood"));
    QCOMPARE(e.problem.value, QStringLiteral("6"));
    QVERIFY(!e.matrix->hasHit());
    QVERIFY(!e.bands);
    QCOMPARE(e.finalLevel, RiskLevel::None);
    QCOMPARE(e.toJson().value(QStringLiteral("score")), QJsonValue());
  }

  void explanationJsonCarriesItsSchema()
  {
    Explanation explanation;
    explanation.unit =
        explain(cityDefault(), facts(QStringLiteral("crowded"), QStringLiteral("C01"),
                                     {{QStringLiteral("likelihood"), QStringLiteral("1")},
                                      {QStringLiteral("severity"), QStringLiteral("1")}}));
    const QJsonObject json = explanation.toJson();
    QCOMPARE(json.value(QStringLiteral("schema")).toString(),
             QStringLiteral("riskatlas-explanation/1"));
    QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("unit"));
    QVERIFY(explanation.toText().contains(QStringLiteral("Final level: Low risk")));
  }
};

QTEST_GUILESS_MAIN(TestUnitExplanation)
#include "test_unitexplanation.moc"
