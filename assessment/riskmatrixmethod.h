#pragma once

#include "bandtable.h"
#include "jsonreader.h"
#include "scoringmethod.h"

#include <QVector>

namespace riskatlas
{

/**
 * Risk matrix L × S: likelihood and severity are integers 1..N and 1..M (2 to 10 steps each),
 * the score is their product. The level comes either from score bands or from a cell-by-cell
 * level table, which must not fall as likelihood or severity rise. The default is the 5×5
 * matrix of domain.md §4 (R ≥ 20 major, 9 ≤ R < 20 significant, 4 ≤ R < 9 general, R < 4 low).
 */
class RiskMatrixMethod : public ScoringMethod
{
public:
  static constexpr int MinimumSteps = 2;
  static constexpr int MaximumSteps = 10;

  RiskMatrixMethod(int likelihoodSteps, int severitySteps, BandTable bands);
  //! A matrix whose levels are given cell by cell: cells[l - 1][s - 1].
  RiskMatrixMethod(int likelihoodSteps, int severitySteps, QVector<QVector<RiskLevel>> cells);

  //! Parses toJson() output; returns nullptr and sets \a error when the definition is invalid.
  static std::unique_ptr<RiskMatrixMethod> fromJson(const QJsonObject &json, QString *error);
  //! Reads strictly; every problem is recorded in \a json. Null on any problem.
  static std::unique_ptr<RiskMatrixMethod> readJson(const JsonReader &json);

  QString id() const override { return QStringLiteral("matrix"); }
  QStringList inputFields() const override;
  MethodOutcome evaluate(const QVariantMap &inputs) const override;
  QJsonObject toJson() const override;
  const BandTable *scoreBands() const override { return mCells.isEmpty() ? &mBands : nullptr; }

  int likelihoodSteps() const { return mLikelihoodSteps; }
  int severitySteps() const { return mSeveritySteps; }
  //! The level of one cell (1-based steps).
  RiskLevel levelAt(int likelihood, int severity) const;
  bool hasCellTable() const { return !mCells.isEmpty(); }
  //! Score bands; invalid when the matrix has a cell table instead.
  const BandTable &bands() const { return mBands; }

  //! Descriptors of each step (index 0 = step 1), e.g. "about once a year"; may be empty.
  QStringList likelihoodLabels() const { return mLikelihoodLabels; }
  QStringList severityLabels() const { return mSeverityLabels; }
  void setAxisLabels(const QStringList &likelihood, const QStringList &severity);

private:
  int mLikelihoodSteps;
  int mSeveritySteps;
  BandTable mBands;
  QVector<QVector<RiskLevel>> mCells;
  QStringList mLikelihoodLabels;
  QStringList mSeverityLabels;
};

} // namespace riskatlas
