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
  const QString id = json.value(QStringLiteral("method")).toString();
  QList<FactorScale> factors;
  for (const QJsonValue &item : json.value(QStringLiteral("factors")).toArray())
  {
    FactorScale factor;
    if (!FactorScale::fromJson(item.toObject(), factor, error))
      return nullptr;
    factors.append(factor);
  }
  if (factors.size() < 2)
  {
    if (error)
      *error = Tr::tr("method %1 needs at least two factors").arg(id);
    return nullptr;
  }
  BandTable bands = BandTable::fromJson(json.value(QStringLiteral("bands")).toObject(), error);
  if (!bands.isValid())
    return nullptr;
  QList<ScoreGrade> grades;
  for (const QJsonValue &item : json.value(QStringLiteral("grades")).toArray())
  {
    const QJsonObject object = item.toObject();
    const ScoreGrade grade{object.value(QStringLiteral("from")).toDouble(),
                           object.value(QStringLiteral("zh")).toString(),
                           object.value(QStringLiteral("en")).toString()};
    if (!grades.isEmpty() && grade.from >= grades.last().from)
    {
      if (error)
        *error = Tr::tr("method %1: grades must be listed from the highest bound down").arg(id);
      return nullptr;
    }
    grades.append(grade);
  }
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
