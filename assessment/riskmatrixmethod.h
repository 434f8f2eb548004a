#pragma once

#include "bandtable.h"
#include "scoringmethod.h"

namespace riskatlas
{

/**
 * Risk matrix L × S: likelihood and severity are integers 1..N and 1..M, the score is their
 * product, banded into levels. The default is the 5×5 matrix of domain.md §4
 * (R ≥ 20 major, 9 ≤ R < 20 significant, 4 ≤ R < 9 general, R < 4 low).
 */
class RiskMatrixMethod : public ScoringMethod
{
public:
  static constexpr int MinimumSteps = 2;
  static constexpr int MaximumSteps = 10;

  RiskMatrixMethod(int likelihoodSteps, int severitySteps, BandTable bands);

  //! The default 5×5 matrix.
  static RiskMatrixMethod defaultMatrix();
  //! Parses toJson() output; returns nullptr and sets \a error when the definition is invalid.
  static std::unique_ptr<RiskMatrixMethod> fromJson(const QJsonObject &json, QString *error);

  QString id() const override { return QStringLiteral("matrix"); }
  QStringList inputFields() const override;
  MethodOutcome evaluate(const QVariantMap &inputs) const override;
  QJsonObject toJson() const override;

  int likelihoodSteps() const { return mLikelihoodSteps; }
  int severitySteps() const { return mSeveritySteps; }
  const BandTable &bands() const { return mBands; }

private:
  int mLikelihoodSteps;
  int mSeveritySteps;
  BandTable mBands;
};

} // namespace riskatlas
