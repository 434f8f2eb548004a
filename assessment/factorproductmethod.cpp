#include "factorproductmethod.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <cmath>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(FactorProductMethod)
};

} // namespace

FactorProductMethod::FactorProductMethod(QString id, QList<FactorScale> factors, BandTable bands,
                                         QList<ScoreGrade> grades)
    : mId(std::move(id)), mFactors(std::move(factors)), mBands(std::move(bands)),
      mGrades(std::move(grades))
{
}

std::unique_ptr<FactorProductMethod> FactorProductMethod::fromJson(const QJsonObject &json,
                                                                   QString *error)
{
  QStringList problems;
  auto method = readJson(JsonReader(json, &problems));
  if (problems.isEmpty())
    return method;
  if (error)
    *error = problems.join(QStringLiteral("; "));
  return nullptr;
}

std::unique_ptr<FactorProductMethod> FactorProductMethod::readJson(const JsonReader &json)
{
  const int problemsBefore = json.problemCount();
  if (!json.isObject(JsonReader::Required))
    return nullptr;
  json.allowOnly({QStringLiteral("method"), QStringLiteral("factors"), QStringLiteral("bands"),
                  QStringLiteral("grades")});
  QString id;
  json.member(QStringLiteral("method")).string(id);
  QList<FactorScale> factors;
  const JsonReader factorItems = json.member(QStringLiteral("factors"));
  int factorCount = 0;
  factorItems.isArray(&factorCount, JsonReader::Required);
  for (int i = 0; i < factorCount; ++i)
  {
    FactorScale factor;
    if (FactorScale::readJson(factorItems.element(i), factor))
      factors.append(factor);
  }
  if (factorItems.isPresent() && factorCount < 2)
    json.report(Tr::tr("method %1 needs at least two factors").arg(id));
  BandTable bands = BandTable::readJson(json.member(QStringLiteral("bands")));
  QList<ScoreGrade> grades;
  const JsonReader gradeItems = json.member(QStringLiteral("grades"));
  int gradeCount = 0;
  gradeItems.isArray(&gradeCount);
  for (int i = 0; i < gradeCount; ++i)
  {
    const JsonReader item = gradeItems.element(i);
    if (!item.isObject(JsonReader::Required))
      continue;
    item.allowOnly({QStringLiteral("from"), QStringLiteral("zh"), QStringLiteral("en")});
    ScoreGrade grade{0, {}, {}};
    if (!item.member(QStringLiteral("from")).number(grade.from, JsonReader::Required) ||
        !item.member(QStringLiteral("zh")).string(grade.nameZh) ||
        !item.member(QStringLiteral("en")).string(grade.nameEn))
      continue;
    if (!grades.isEmpty() && grade.from >= grades.last().from)
      json.report(Tr::tr("method %1: grades must be listed from the highest bound down").arg(id));
    grades.append(grade);
  }
  if (json.problemCount() > problemsBefore)
    return nullptr;
  return std::make_unique<FactorProductMethod>(id, factors, std::move(bands), grades);
}

QStringList FactorProductMethod::inputFields() const
{
  QStringList fields;
  for (const FactorScale &factor : mFactors)
    fields << factor.field();
  return fields;
}

MethodOutcome FactorProductMethod::evaluate(const QVariantMap &inputs) const
{
  MethodOutcome outcome;
  double product = 1;
  for (const FactorScale &factor : mFactors)
  {
    double value = 0;
    if (!factor.read(inputs, value, outcome.problem))
      return outcome;
    product *= value;
  }
  // Products of tabulated decimals (0.1 × 10 × 7) must land exactly on the published bounds.
  product = std::round(product * 1e6) / 1e6;
  outcome.scored = true;
  outcome.score = product;
  outcome.level = mBands.classify(product);
  for (const ScoreGrade &grade : mGrades)
  {
    if (product >= grade.from)
    {
      outcome.grade = grade.nameZh;
      break;
    }
  }
  return outcome;
}

QJsonObject FactorProductMethod::toJson() const
{
  QJsonArray factors;
  for (const FactorScale &factor : mFactors)
    factors.append(factor.toJson());
  QJsonArray grades;
  for (const ScoreGrade &grade : mGrades)
    grades.append(QJsonObject{{QStringLiteral("from"), grade.from},
                              {QStringLiteral("zh"), grade.nameZh},
                              {QStringLiteral("en"), grade.nameEn}});
  return {{QStringLiteral("method"), mId},
          {QStringLiteral("factors"), factors},
          {QStringLiteral("bands"), mBands.toJson()},
          {QStringLiteral("grades"), grades}};
}

} // namespace riskatlas
