#pragma once

#include "controlcorrection.h"
#include "scoringmethod.h"

#include <QHash>
#include <memory>

namespace riskatlas
{

//! One unit's assessment: raw score, inherent and realistic (final) level, or why it is unscored.
struct UnitAssessment
{
  bool scored = false;
  QString methodId;
  double score = 0.0;
  RiskLevel inherentLevel = RiskLevel::None;
  RiskLevel finalLevel = RiskLevel::None;
  QString controlKey;
  InputProblem problem;
};

/**
 * The scoring configuration of a project: a default method, optional methods per category or
 * sector (sector wins), and the control-level correction. Stored in the project as JSON; its
 * hash identifies exactly which configuration produced a result.
 */
class MethodSet
{
public:
  //! The default 5×5 matrix for every sector with the default control correction.
  static MethodSet defaultSet();
  //! Parses toJson() output; returns false and sets \a error when incomplete or invalid.
  static bool fromJson(const QJsonObject &json, MethodSet &set, QString *error);

  QJsonObject toJson() const;
  //! SHA-256 (hex) of the canonical compact JSON.
  QString hash() const;

  const ScoringMethod &methodFor(const QString &categoryCode, const QString &sectorCode) const;
  const ScoringMethod &defaultMethod() const { return *mDefault; }
  const ControlCorrection &controlCorrection() const { return mCorrection; }

  UnitAssessment assess(const QString &categoryCode, const QString &sectorCode,
                        const QVariantMap &inputs) const;

private:
  std::shared_ptr<const ScoringMethod> mDefault;
  QHash<QString, std::shared_ptr<const ScoringMethod>> mByCategory;
  QHash<QString, std::shared_ptr<const ScoringMethod>> mBySector;
  ControlCorrection mCorrection;
};

} // namespace riskatlas
