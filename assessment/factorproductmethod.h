#pragma once

#include "bandtable.h"
#include "factorscale.h"

namespace riskatlas
{

//! A descriptive grade of a product score, finer than the four levels (LEC's 稍有危险).
struct ScoreGrade
{
  double from = 0; //!< lower bound (inclusive); the lowest grade starts at 0
  QString nameZh;
  QString nameEn;
};

/**
 * A method whose score is the product of tabulated factors, banded into levels: LEC
 * (Graham–Kinney, D = L × E × C) and MES (R = M × E × S). The default tables of domain.md §4
 * ship as data in resources/methods/lec.json and mes.json.
 */
class FactorProductMethod : public ScoringMethod
{
public:
  FactorProductMethod(QString id, QList<FactorScale> factors, BandTable bands,
                      QList<ScoreGrade> grades = {});

  static std::unique_ptr<FactorProductMethod> fromJson(const QJsonObject &json, QString *error);
  //! Reads strictly; every problem is recorded in \a json. Null on any problem.
  static std::unique_ptr<FactorProductMethod> readJson(const JsonReader &json);

  QString id() const override { return mId; }
  QStringList inputFields() const override;
  MethodOutcome evaluate(const QVariantMap &inputs) const override;
  QJsonObject toJson() const override;
  const BandTable *scoreBands() const override { return &mBands; }

  const QList<FactorScale> &factors() const { return mFactors; }
  const BandTable &bands() const { return mBands; }
  const QList<ScoreGrade> &grades() const { return mGrades; }

private:
  QString mId;
  QList<FactorScale> mFactors;
  BandTable mBands;
  QList<ScoreGrade> mGrades;
};

} // namespace riskatlas
