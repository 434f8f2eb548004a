#include "ahpweights.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>
#include <cmath>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(AhpWeights)
};
} // namespace

double AhpWeights::randomIndex(int n)
{
  static const double table[] = {0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49};
  return n >= 1 && n <= 10 ? table[n - 1] : 1.49;
}

bool AhpWeights::compute(const QStringList &items, const QVector<QVector<double>> &matrix,
                         AhpWeights &result, QString *error)
{
  auto fail = [error](const QString &message)
  {
    if (error)
      *error = message;
    return false;
  };
  const int n = items.size();
  if (n < 1 || n > 10)
    return fail(Tr::tr("AHP needs 1 to 10 items, not %1").arg(n));
  if (matrix.size() != n)
    return fail(Tr::tr("the comparison matrix has %1 rows for %2 items").arg(matrix.size()).arg(n));
  for (int i = 0; i < n; ++i)
  {
    if (matrix.at(i).size() != n)
      return fail(Tr::tr("row %1 (%2) of the comparison matrix has %3 values, not %4")
                      .arg(i + 1)
                      .arg(items.at(i))
                      .arg(matrix.at(i).size())
                      .arg(n));
    for (int j = 0; j < n; ++j)
    {
      const double a = matrix.at(i).at(j);
      if (!(a > 0))
        return fail(Tr::tr("comparison %1 : %2 must be positive").arg(items.at(i), items.at(j)));
      if (std::abs(a * matrix.at(j).at(i) - 1.0) > 0.01)
        return fail(Tr::tr("comparisons %1 : %2 (%3) and %2 : %1 (%4) are not reciprocal")
                        .arg(items.at(i), items.at(j))
                        .arg(a)
                        .arg(matrix.at(j).at(i)));
    }
  }

  // Power iteration converges to the principal eigenvector of a positive matrix.
  QVector<double> w(n, 1.0 / n);
  for (int iteration = 0; iteration < 1000; ++iteration)
  {
    QVector<double> next(n, 0.0);
    double sum = 0;
    for (int i = 0; i < n; ++i)
    {
      for (int j = 0; j < n; ++j)
        next[i] += matrix.at(i).at(j) * w.at(j);
      sum += next.at(i);
    }
    double change = 0;
    for (int i = 0; i < n; ++i)
    {
      next[i] /= sum;
      change = std::max(change, std::abs(next.at(i) - w.at(i)));
    }
    w = next;
    if (change < 1e-12)
      break;
  }
  double lambda = 0;
  for (int i = 0; i < n; ++i)
  {
    double row = 0;
    for (int j = 0; j < n; ++j)
      row += matrix.at(i).at(j) * w.at(j);
    lambda += row / w.at(i);
  }
  lambda /= n;

  result.mItems = items;
  result.mWeights = w;
  result.mLambdaMax = lambda;
  result.mCi = n > 1 ? (lambda - n) / (n - 1) : 0;
  result.mCr = randomIndex(n) > 0 ? result.mCi / randomIndex(n) : 0;
  return true;
}

bool AhpWeights::fromJson(const QJsonObject &json, AhpWeights &result, QString *error)
{
  QStringList problems;
  if (readJson(JsonReader(json, &problems), result))
    return true;
  if (error)
    *error = problems.join(QStringLiteral("; "));
  return false;
}

bool AhpWeights::readJson(const JsonReader &json, AhpWeights &result)
{
  const int problemsBefore = json.problemCount();
  if (!json.isObject(JsonReader::Required))
    return false;
  json.allowOnly({QStringLiteral("items"), QStringLiteral("matrix")});
  QStringList items;
  const JsonReader itemList = json.member(QStringLiteral("items"));
  int itemCount = 0;
  itemList.isArray(&itemCount, JsonReader::Required);
  for (int i = 0; i < itemCount; ++i)
  {
    QString item;
    itemList.element(i).string(item, JsonReader::Required);
    items << item;
  }
  QVector<QVector<double>> matrix;
  const JsonReader rows = json.member(QStringLiteral("matrix"));
  int rowCount = 0;
  rows.isArray(&rowCount, JsonReader::Required);
  for (int i = 0; i < rowCount; ++i)
  {
    const JsonReader row = rows.element(i);
    int count = 0;
    row.isArray(&count, JsonReader::Required);
    QVector<double> values(count, 0.0);
    for (int j = 0; j < count; ++j)
      row.element(j).number(values[j], JsonReader::Required);
    matrix << values;
  }
  if (json.problemCount() > problemsBefore)
    return false;
  QString error;
  if (compute(items, matrix, result, &error))
    return true;
  json.report(error);
  return false;
}

double AhpWeights::weight(const QString &item) const
{
  const int index = mItems.indexOf(item);
  return index < 0 ? 0.0 : mWeights.at(index);
}

QString AhpWeights::consistencyWarning() const
{
  if (isConsistent())
    return QString();
  return Tr::tr("the pairwise comparisons are inconsistent: CR = %1 > %2; revise the judgements")
      .arg(mCr, 0, 'f', 3)
      .arg(AcceptableConsistencyRatio, 0, 'f', 2);
}

} // namespace riskatlas
