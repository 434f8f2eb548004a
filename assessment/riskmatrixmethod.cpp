#include "riskmatrixmethod.h"

#include "inputfields.h"

#include <QCoreApplication>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(RiskMatrixMethod)
};
} // namespace

RiskMatrixMethod::RiskMatrixMethod(int likelihoodSteps, int severitySteps, BandTable bands)
    : mLikelihoodSteps(likelihoodSteps), mSeveritySteps(severitySteps), mBands(std::move(bands))
{
}

RiskMatrixMethod RiskMatrixMethod::defaultMatrix()
{
  const QList<ScoreBand> bands{{RiskLevel::Major, true, 20},
                               {RiskLevel::Significant, true, 9},
                               {RiskLevel::General, true, 4},
                               {RiskLevel::Low, false, 0}};
  return RiskMatrixMethod(
      5, 5, BandTable::create(bands, BandTable::BoundaryRule::LowerInclusive, nullptr));
}

std::unique_ptr<RiskMatrixMethod> RiskMatrixMethod::fromJson(const QJsonObject &json,
                                                             QString *error)
{
  const int likelihoodSteps = json.value(QStringLiteral("likelihood_steps")).toInt();
  const int severitySteps = json.value(QStringLiteral("severity_steps")).toInt();
  for (int steps : {likelihoodSteps, severitySteps})
  {
    if (steps < MinimumSteps || steps > MaximumSteps)
    {
      if (error)
        *error = Tr::tr("a risk matrix needs %1 to %2 steps per axis, not %3")
                     .arg(MinimumSteps)
                     .arg(MaximumSteps)
                     .arg(steps);
      return nullptr;
    }
  }
  BandTable bands = BandTable::fromJson(json.value(QStringLiteral("bands")).toObject(), error);
  if (!bands.isValid())
    return nullptr;
  return std::make_unique<RiskMatrixMethod>(likelihoodSteps, severitySteps, std::move(bands));
}

QStringList RiskMatrixMethod::inputFields() const
{
  return {InputFields::likelihood(), InputFields::severity()};
}

MethodOutcome RiskMatrixMethod::evaluate(const QVariantMap &inputs) const
{
  MethodOutcome outcome;
  int likelihood = 0;
  int severity = 0;
  if (!readIntegerInput(inputs, InputFields::likelihood(), 1, mLikelihoodSteps, likelihood,
                        outcome.problem) ||
      !readIntegerInput(inputs, InputFields::severity(), 1, mSeveritySteps, severity,
                        outcome.problem))
    return outcome;
  outcome.scored = true;
  outcome.score = likelihood * severity;
  outcome.level = mBands.classify(outcome.score);
  return outcome;
}

QJsonObject RiskMatrixMethod::toJson() const
{
  return {{QStringLiteral("method"), id()},
          {QStringLiteral("likelihood_steps"), mLikelihoodSteps},
          {QStringLiteral("severity_steps"), mSeveritySteps},
          {QStringLiteral("bands"), mBands.toJson()}};
}

} // namespace riskatlas
