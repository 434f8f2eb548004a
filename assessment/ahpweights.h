#pragma once

#include "jsonreader.h"

#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace riskatlas
{

/**
 * Weights from an AHP pairwise comparison matrix (Saaty): the principal eigenvector, λmax,
 * CI = (λmax − n)/(n − 1) and CR = CI/RI with RI = 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41,
 * 1.45, 1.49 for n = 1…10. A CR above 0.10 is accepted with a warning, as practice demands.
 */
class AhpWeights
{
public:
  static constexpr double AcceptableConsistencyRatio = 0.10;

  /**
   * \a matrix[i][j] says how much more important item i is than item j (1/9 … 9); it must be
   * square, positive and reciprocal (a[j][i] = 1/a[i][j] within 1 %). False with \a error.
   */
  static bool compute(const QStringList &items, const QVector<QVector<double>> &matrix,
                      AhpWeights &result, QString *error);
  //! {"items": [...], "matrix": [[...]]}
  static bool fromJson(const QJsonObject &json, AhpWeights &result, QString *error);
  //! Reads strictly; every problem is recorded in \a json.
  static bool readJson(const JsonReader &json, AhpWeights &result);

  QStringList items() const { return mItems; }
  QVector<double> weights() const { return mWeights; }
  double weight(const QString &item) const;
  double lambdaMax() const { return mLambdaMax; }
  double consistencyIndex() const { return mCi; }
  double consistencyRatio() const { return mCr; }
  bool isConsistent() const { return mCr <= AcceptableConsistencyRatio; }
  //! Empty when consistent, else a warning naming CR.
  QString consistencyWarning() const;

  static double randomIndex(int n);

private:
  QStringList mItems;
  QVector<double> mWeights;
  double mLambdaMax = 0;
  double mCi = 0;
  double mCr = 0;
};

} // namespace riskatlas
