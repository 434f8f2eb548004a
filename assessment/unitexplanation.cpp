#include "unitexplanation.h"

#include "factorproductmethod.h"
#include "inputfields.h"
#include "riskmatrixmethod.h"

#include <QJsonArray>
#include <cmath>

namespace riskatlas
{

namespace
{
//! The letter a factor goes by: "lec_e" → "E".
QString factorSymbol(const QString &field)
{
  const int underscore = field.lastIndexOf(QLatin1Char('_'));
  return underscore < 0 ? field : field.mid(underscore + 1).toUpper();
}

QString controlName(ControlLevel control, const Language &language)
{
  switch (control)
  {
  case ControlLevel::Good:
    return language.translate("Explanation", "good control");
  case ControlLevel::Fair:
    return language.translate("Explanation", "fair control");
  case ControlLevel::Poor:
    return language.translate("Explanation", "poor control");
  case ControlLevel::Unknown:
    break;
  }
  return QString();
}

void explainMatrix(const RiskMatrixMethod &matrix, const UnitFacts &unit,
                   UnitExplanation &explanation, const Language &language)
{
  explanation.methodName = language.translate("Explanation", "Risk matrix %1×%2")
                               .arg(matrix.likelihoodSteps())
                               .arg(matrix.severitySteps());
  explanation.formula = QStringLiteral("R = L × S");
  ExplainedMatrix grid;
  grid.likelihoodSteps = matrix.likelihoodSteps();
  grid.severitySteps = matrix.severitySteps();
  grid.likelihoodLabels = matrix.likelihoodLabels();
  grid.severityLabels = matrix.severityLabels();
  grid.cellTable = matrix.hasCellTable();
  grid.cells.resize(grid.likelihoodSteps);
  for (int l = 1; l <= grid.likelihoodSteps; ++l)
    for (int s = 1; s <= grid.severitySteps; ++s)
      grid.cells[l - 1].append(matrix.levelAt(l, s));
  const struct
  {
    QString field;
    QString symbol;
    int steps;
    QStringList labels;
    int *hit;
  } axes[2] = {{InputFields::likelihood(), QStringLiteral("L"), grid.likelihoodSteps,
                grid.likelihoodLabels, &grid.likelihood},
               {InputFields::severity(), QStringLiteral("S"), grid.severitySteps,
                grid.severityLabels, &grid.severity}};
  for (const auto &axis : axes)
  {
    int value = 0;
    InputProblem problem;
    const bool valid = readIntegerInput(unit.inputs, axis.field, 1, axis.steps, value, problem);
    if (valid)
      *axis.hit = value;
    explanation.inputs.append({axis.field, axis.symbol, unit.inputs.value(axis.field).toString(),
                               valid ? axis.labels.value(value - 1) : QString()});
  }
  if (!grid.hasHit())
    grid.likelihood = grid.severity = 0;
  explanation.matrix = grid;
}

void explainProduct(const FactorProductMethod &method, const UnitFacts &unit,
                    UnitExplanation &explanation, const Language &language)
{
  const bool english = language.code() == QLatin1String("en");
  const QString id = method.id();
  QStringList symbols;
  for (const FactorScale &factor : method.factors())
  {
    const QString symbol = factorSymbol(factor.field());
    symbols << symbol;
    double value = 0;
    InputProblem problem;
    QString descriptor;
    if (factor.read(unit.inputs, value, problem))
    {
      for (const ScaleValue &scale : factor.values())
      {
        if (std::abs(scale.value - value) < 1e-9)
          descriptor = english ? scale.descriptorEn : scale.descriptorZh;
      }
    }
    explanation.inputs.append(
        {factor.field(), symbol, unit.inputs.value(factor.field()).toString(), descriptor});
  }
  const QString scoreSymbol =
      id == QLatin1String("lec") ? QStringLiteral("D") : QStringLiteral("R");
  explanation.formula =
      QStringLiteral("%1 = %2").arg(scoreSymbol, symbols.join(QStringLiteral(" × ")));
  if (id == QLatin1String("lec"))
    explanation.methodName = language.translate("Explanation", "LEC (Graham–Kinney)");
  else if (id == QLatin1String("mes"))
    explanation.methodName = QStringLiteral("MES");
  else
    explanation.methodName = id;
  if (explanation.scored)
    explanation.bands = BandExplanation::of(method.bands(), scoreSymbol, explanation.score);
  // assess() names the grade in Chinese; the method's table has both.
  for (const ScoreGrade &grade : method.grades())
  {
    if (grade.nameZh == explanation.grade)
    {
      explanation.grade = english ? grade.nameEn : grade.nameZh;
      break;
    }
  }
}

QString assignment(const MethodSet &set, const UnitFacts &unit)
{
  if (set.sectorMethods().contains(unit.sector))
    return QStringLiteral("sector");
  if (set.categoryMethods().contains(unit.category))
    return QStringLiteral("category");
  return QStringLiteral("default");
}

QString effectKey(RiskLevel before, RiskLevel after)
{
  if (after < before)
    return QStringLiteral("lowered");
  if (after > before)
    return QStringLiteral("raised");
  return QStringLiteral("kept");
}
} // namespace

UnitExplanation explainUnit(const MethodSet &set, const Taxonomy &taxonomy, const UnitFacts &unit,
                            const Language &language)
{
  UnitExplanation explanation;
  explanation.language = language.code();
  explanation.unitId = unit.unitId;
  explanation.name = unit.name;
  explanation.categoryCode = unit.category;
  explanation.sectorCode = unit.sector;
  if (const Category *category = taxonomy.category(unit.category))
    explanation.categoryName = category->name(language.code());
  if (const Sector *sector = taxonomy.findSector(unit.sector))
    explanation.sectorName = sector->name(language.code());

  // The levels come from the assessment itself; the rest only shows how it got there.
  const UnitAssessment assessed = set.assess(unit.category, unit.sector, unit.inputs);
  const ScoringMethod &method = set.methodFor(unit.category, unit.sector);
  explanation.methodId = method.id();
  explanation.methodVersion = methodVersion(method);
  explanation.assignedBy = assignment(set, unit);
  explanation.scored = assessed.scored;
  explanation.problem = assessed.problem;
  explanation.score = assessed.score;
  explanation.grade = assessed.grade;
  explanation.inherentLevel = assessed.inherentLevel;
  if (const auto *matrix = dynamic_cast<const RiskMatrixMethod *>(&method))
  {
    explainMatrix(*matrix, unit, explanation, language);
    if (explanation.scored && !matrix->hasCellTable())
      explanation.bands =
          BandExplanation::of(matrix->bands(), QStringLiteral("R"), explanation.score);
  }
  else if (const auto *product = dynamic_cast<const FactorProductMethod *>(&method))
    explainProduct(*product, unit, explanation, language);
  else
    explanation.methodName = method.id();

  ExplainedCorrection &correction = explanation.correction;
  const ControlCorrection &rule = set.controlCorrection();
  correction.mode = rule.mode();
  correction.given = unit.inputs.value(InputFields::control()).toString();
  ControlCorrection::parseControlLevel(correction.given, correction.control);
  correction.shift = rule.shift(correction.control);
  correction.coefficient = rule.coefficient(correction.control);
  explanation.inputs.append({InputFields::control(), QString(), correction.given,
                             correction.control == ControlLevel::Unknown
                                 ? QString()
                                 : controlName(correction.control, language)});
  if (explanation.scored)
  {
    correction.level =
        rule.apply(assessed.inherentLevel, assessed.score, method.scoreBands(), correction.control);
    if (rule.mode() == ControlCorrection::Mode::Coefficient && method.scoreBands())
      correction.bands = BandExplanation::of(
          *method.scoreBands(), explanation.bands ? explanation.bands->symbol : QStringLiteral("R"),
          assessed.score * correction.coefficient);
    correction.effect = effectKey(assessed.inherentLevel, correction.level);
  }

  levelFromKey(unit.levelOverride, explanation.overrideLevel);
  explanation.overrideReason =
      explanation.overrideLevel == RiskLevel::None ? QString() : unit.overrideReason;
  // As the assessment applies it: an override replaces the final level, scored or not.
  explanation.finalLevel = explanation.overrideLevel != RiskLevel::None ? explanation.overrideLevel
                                                                        : assessed.finalLevel;
  explanation.assessed = unit.assessed;
  levelFromKey(unit.storedLevel, explanation.storedLevel);
  explanation.matchesStored = !unit.assessed || explanation.storedLevel == explanation.finalLevel;
  return explanation;
}

QJsonObject UnitExplanation::toJson() const
{
  QJsonArray inputItems;
  for (const ExplainedInput &input : inputs)
    inputItems.append(QJsonObject{{QStringLiteral("field"), input.field},
                                  {QStringLiteral("symbol"), input.symbol},
                                  {QStringLiteral("value"), input.value},
                                  {QStringLiteral("descriptor"), input.descriptor}});
  QJsonValue matrixJson;
  if (matrix)
  {
    QJsonArray rows;
    for (const QVector<RiskLevel> &row : matrix->cells)
    {
      QJsonArray cells;
      for (RiskLevel level : row)
        cells.append(levelKey(level));
      rows.append(cells);
    }
    matrixJson = QJsonObject{
        {QStringLiteral("likelihood_steps"), matrix->likelihoodSteps},
        {QStringLiteral("severity_steps"), matrix->severitySteps},
        {QStringLiteral("likelihood_labels"), QJsonArray::fromStringList(matrix->likelihoodLabels)},
        {QStringLiteral("severity_labels"), QJsonArray::fromStringList(matrix->severityLabels)},
        {QStringLiteral("cells"), rows},
        {QStringLiteral("cell_table"), matrix->cellTable},
        {QStringLiteral("hit"),
         matrix->hasHit() ? QJsonValue(QJsonObject{
                                {QStringLiteral("likelihood"), matrix->likelihood},
                                {QStringLiteral("severity"), matrix->severity},
                                {QStringLiteral("level"),
                                 levelKey(matrix->levelAt(matrix->likelihood, matrix->severity))}})
                          : QJsonValue()}};
  }
  QJsonObject correctionJson{
      {QStringLiteral("type"), correction.mode == ControlCorrection::Mode::Coefficient
                                   ? QStringLiteral("coefficient")
                                   : QStringLiteral("level-shift")},
      {QStringLiteral("given"), correction.given},
      {QStringLiteral("control"), correction.control == ControlLevel::Unknown
                                      ? QStringLiteral("unknown")
                                      : ControlCorrection::controlKey(correction.control)},
      {QStringLiteral("effect"), scored ? QJsonValue(correction.effect) : QJsonValue()},
      {QStringLiteral("level"), levelKey(correction.level)}};
  if (correction.mode == ControlCorrection::Mode::Coefficient)
  {
    correctionJson.insert(QStringLiteral("coefficient"), correction.coefficient);
    correctionJson.insert(QStringLiteral("bands"),
                          correction.bands ? QJsonValue(correction.bands->toJson()) : QJsonValue());
  }
  else
    correctionJson.insert(QStringLiteral("shift"), correction.shift);
  const QJsonValue problemJson =
      scored ? QJsonValue()
             : QJsonValue(QJsonObject{{QStringLiteral("field"), problem.field},
                                      {QStringLiteral("value"), problem.value},
                                      {QStringLiteral("allowed"), problem.allowed}});
  const QJsonValue overrideJson =
      overrideLevel == RiskLevel::None
          ? QJsonValue()
          : QJsonValue(QJsonObject{{QStringLiteral("level"), levelKey(overrideLevel)},
                                   {QStringLiteral("reason"), overrideReason}});
  return {{QStringLiteral("kind"), QStringLiteral("unit")},
          {QStringLiteral("language"), language},
          {QStringLiteral("unit"),
           QJsonObject{{QStringLiteral("id"), unitId}, {QStringLiteral("name"), name}}},
          {QStringLiteral("category"), QJsonObject{{QStringLiteral("code"), categoryCode},
                                                   {QStringLiteral("name"), categoryName}}},
          {QStringLiteral("sector"),
           QJsonObject{{QStringLiteral("code"), sectorCode}, {QStringLiteral("name"), sectorName}}},
          {QStringLiteral("method"), QJsonObject{{QStringLiteral("id"), methodId},
                                                 {QStringLiteral("version"), methodVersion},
                                                 {QStringLiteral("name"), methodName},
                                                 {QStringLiteral("assigned_by"), assignedBy},
                                                 {QStringLiteral("formula"), formula}}},
          {QStringLiteral("inputs"), inputItems},
          {QStringLiteral("scored"), scored},
          {QStringLiteral("problem"), problemJson},
          {QStringLiteral("score"), scored ? QJsonValue(score) : QJsonValue()},
          {QStringLiteral("grade"), grade.isEmpty() ? QJsonValue() : QJsonValue(grade)},
          {QStringLiteral("matrix"), matrixJson},
          {QStringLiteral("bands"), bands ? QJsonValue(bands->toJson()) : QJsonValue()},
          {QStringLiteral("inherent_level"), levelKey(inherentLevel)},
          {QStringLiteral("correction"), correctionJson},
          {QStringLiteral("override"), overrideJson},
          {QStringLiteral("final_level"), levelKey(finalLevel)},
          {QStringLiteral("stored"), QJsonObject{{QStringLiteral("assessed"), assessed},
                                                 {QStringLiteral("level"), levelKey(storedLevel)},
                                                 {QStringLiteral("matches"), matchesStored}}}};
}

} // namespace riskatlas
