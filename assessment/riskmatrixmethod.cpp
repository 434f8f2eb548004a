#include "riskmatrixmethod.h"

#include "inputfields.h"

#include <QCoreApplication>
#include <QJsonArray>

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

RiskMatrixMethod::RiskMatrixMethod(int likelihoodSteps, int severitySteps,
                                   QVector<QVector<RiskLevel>> cells)
    : mLikelihoodSteps(likelihoodSteps), mSeveritySteps(severitySteps), mCells(std::move(cells))
{
}

void RiskMatrixMethod::setAxisLabels(const QStringList &likelihood, const QStringList &severity)
{
  mLikelihoodLabels = likelihood;
  mSeverityLabels = severity;
}

RiskLevel RiskMatrixMethod::levelAt(int likelihood, int severity) const
{
  if (!mCells.isEmpty())
    return mCells.at(likelihood - 1).at(severity - 1);
  return mBands.classify(likelihood * severity);
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
  auto fail = [error](const QString &message)
  {
    if (error)
      *error = message;
    return nullptr;
  };
  const bool hasBands = json.contains(QStringLiteral("bands"));
  const bool hasCells = json.contains(QStringLiteral("cells"));
  if (hasBands == hasCells)
    return fail(Tr::tr("a risk matrix needs either score bands or a cell table, not %1")
                    .arg(hasBands ? Tr::tr("both") : Tr::tr("neither")));

  std::unique_ptr<RiskMatrixMethod> matrix;
  if (hasBands)
  {
    BandTable bands = BandTable::fromJson(json.value(QStringLiteral("bands")).toObject(), error);
    if (!bands.isValid())
      return nullptr;
    matrix = std::make_unique<RiskMatrixMethod>(likelihoodSteps, severitySteps, std::move(bands));
  }
  else
  {
    const QJsonArray rows = json.value(QStringLiteral("cells")).toArray();
    if (rows.size() != likelihoodSteps)
      return fail(Tr::tr("the cell table has %1 rows, but the matrix has %2 likelihood steps")
                      .arg(rows.size())
                      .arg(likelihoodSteps));
    QVector<QVector<RiskLevel>> cells(likelihoodSteps);
    for (int l = 1; l <= likelihoodSteps; ++l)
    {
      const QJsonArray row = rows.at(l - 1).toArray();
      if (row.size() != severitySteps)
        return fail(Tr::tr("row L=%1 of the cell table has %2 cells, not %3")
                        .arg(l)
                        .arg(row.size())
                        .arg(severitySteps));
      for (int s = 1; s <= severitySteps; ++s)
      {
        RiskLevel level = RiskLevel::None;
        if (!levelFromKey(row.at(s - 1).toString(), level) || level == RiskLevel::None)
          return fail(Tr::tr("cell L=%1, S=%2: \"%3\" is not a risk level")
                          .arg(l)
                          .arg(s)
                          .arg(row.at(s - 1).toString()));
        cells[l - 1].append(level);
      }
    }
    // Risk must not fall as likelihood or severity rises: such a table contradicts itself.
    for (int l = 1; l <= likelihoodSteps; ++l)
      for (int s = 1; s <= severitySteps; ++s)
      {
        const RiskLevel here = cells[l - 1][s - 1];
        if (s > 1 && here < cells[l - 1][s - 2])
          return fail(Tr::tr("cell L=%1, S=%2 (%3) is lower than cell L=%1, S=%4 (%5): risk must "
                             "not fall as severity rises")
                          .arg(l)
                          .arg(s)
                          .arg(levelKey(here))
                          .arg(s - 1)
                          .arg(levelKey(cells[l - 1][s - 2])));
        if (l > 1 && here < cells[l - 2][s - 1])
          return fail(Tr::tr("cell L=%1, S=%2 (%3) is lower than cell L=%4, S=%2 (%5): risk must "
                             "not fall as likelihood rises")
                          .arg(l)
                          .arg(s)
                          .arg(levelKey(here))
                          .arg(l - 1)
                          .arg(levelKey(cells[l - 2][s - 1])));
      }
    matrix = std::make_unique<RiskMatrixMethod>(likelihoodSteps, severitySteps, cells);
  }

  QStringList labels[2];
  const char *keys[2] = {"likelihood_labels", "severity_labels"};
  const int steps[2] = {likelihoodSteps, severitySteps};
  for (int axis = 0; axis < 2; ++axis)
  {
    for (const QJsonValue &label : json.value(QString::fromLatin1(keys[axis])).toArray())
      labels[axis] << label.toString();
    if (!labels[axis].isEmpty() && labels[axis].size() != steps[axis])
      return fail(Tr::tr("%1 has %2 entries, but the axis has %3 steps")
                      .arg(QString::fromLatin1(keys[axis]))
                      .arg(labels[axis].size())
                      .arg(steps[axis]));
  }
  matrix->setAxisLabels(labels[0], labels[1]);
  return matrix;
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
  outcome.level = levelAt(likelihood, severity);
  return outcome;
}

QJsonObject RiskMatrixMethod::toJson() const
{
  QJsonObject json{{QStringLiteral("method"), id()},
                   {QStringLiteral("likelihood_steps"), mLikelihoodSteps},
                   {QStringLiteral("severity_steps"), mSeveritySteps}};
  if (mCells.isEmpty())
    json.insert(QStringLiteral("bands"), mBands.toJson());
  else
  {
    QJsonArray rows;
    for (const QVector<RiskLevel> &row : mCells)
    {
      QJsonArray cells;
      for (RiskLevel level : row)
        cells.append(levelKey(level));
      rows.append(cells);
    }
    json.insert(QStringLiteral("cells"), rows);
  }
  if (!mLikelihoodLabels.isEmpty())
    json.insert(QStringLiteral("likelihood_labels"), QJsonArray::fromStringList(mLikelihoodLabels));
  if (!mSeverityLabels.isEmpty())
    json.insert(QStringLiteral("severity_labels"), QJsonArray::fromStringList(mSeverityLabels));
  return json;
}

} // namespace riskatlas
