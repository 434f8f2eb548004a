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
  QStringList problems;
  auto matrix = readJson(JsonReader(json, &problems));
  if (problems.isEmpty())
    return matrix;
  if (error)
    *error = problems.join(QStringLiteral("; "));
  return nullptr;
}

std::unique_ptr<RiskMatrixMethod> RiskMatrixMethod::readJson(const JsonReader &json)
{
  const int problemsBefore = json.problemCount();
  if (!json.isObject(JsonReader::Required))
    return nullptr;
  json.allowOnly({QStringLiteral("method"), QStringLiteral("likelihood_steps"),
                  QStringLiteral("severity_steps"), QStringLiteral("likelihood_labels"),
                  QStringLiteral("severity_labels"), QStringLiteral("bands"),
                  QStringLiteral("cells")});
  int likelihoodSteps = 0;
  int severitySteps = 0;
  for (const auto &[key, steps] :
       {std::pair<QString, int *>{QStringLiteral("likelihood_steps"), &likelihoodSteps},
        std::pair<QString, int *>{QStringLiteral("severity_steps"), &severitySteps}})
  {
    const JsonReader member = json.member(key);
    if (member.integer(*steps, JsonReader::Required) &&
        (*steps < MinimumSteps || *steps > MaximumSteps))
      json.report(Tr::tr("a risk matrix needs %1 to %2 steps per axis, not %3")
                      .arg(MinimumSteps)
                      .arg(MaximumSteps)
                      .arg(*steps));
  }
  // Labels are checked here so that every problem of the method is listed at once.
  QStringList labels[2];
  const char *keys[2] = {"likelihood_labels", "severity_labels"};
  for (int axis = 0; axis < 2; ++axis)
  {
    const JsonReader list = json.member(QString::fromLatin1(keys[axis]));
    int count = 0;
    list.isArray(&count);
    for (int i = 0; i < count; ++i)
    {
      QString label;
      list.element(i).string(label, JsonReader::Required);
      labels[axis] << label;
    }
  }
  auto fail = [&json](const QString &message)
  {
    json.report(message);
    return nullptr;
  };
  const bool hasBands = json.member(QStringLiteral("bands")).isPresent();
  const bool hasCells = json.member(QStringLiteral("cells")).isPresent();
  if (hasBands == hasCells)
    return fail(Tr::tr("a risk matrix needs either score bands or a cell table, not %1")
                    .arg(hasBands ? Tr::tr("both") : Tr::tr("neither")));
  // Bands do not depend on the steps: read them now, so their problems are listed too.
  BandTable bands;
  if (hasBands)
    bands = BandTable::readJson(json.member(QStringLiteral("bands")));
  if (json.problemCount() > problemsBefore)
    return nullptr;

  std::unique_ptr<RiskMatrixMethod> matrix;
  if (hasBands)
    matrix = std::make_unique<RiskMatrixMethod>(likelihoodSteps, severitySteps, std::move(bands));
  else
  {
    const JsonReader rows = json.member(QStringLiteral("cells"));
    int rowCount = 0;
    if (!rows.isArray(&rowCount))
      return nullptr;
    if (rowCount != likelihoodSteps)
      return fail(Tr::tr("the cell table has %1 rows, but the matrix has %2 likelihood steps")
                      .arg(rowCount)
                      .arg(likelihoodSteps));
    QVector<QVector<RiskLevel>> cells(likelihoodSteps);
    for (int l = 1; l <= likelihoodSteps; ++l)
    {
      const JsonReader row = rows.element(l - 1);
      int cellCount = 0;
      if (!row.isArray(&cellCount, JsonReader::Required))
        continue;
      if (cellCount != severitySteps)
      {
        fail(Tr::tr("row L=%1 of the cell table has %2 cells, not %3")
                 .arg(l)
                 .arg(cellCount)
                 .arg(severitySteps));
        continue;
      }
      for (int s = 1; s <= severitySteps; ++s)
      {
        RiskLevel level = RiskLevel::None;
        QString text;
        if (row.element(s - 1).string(text, JsonReader::Required) &&
            (!levelFromKey(text, level) || level == RiskLevel::None))
          fail(Tr::tr("cell L=%1, S=%2: \"%3\" is not a risk level").arg(l).arg(s).arg(text));
        cells[l - 1].append(level);
      }
    }
    if (json.problemCount() > problemsBefore)
      return nullptr;
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

  const int steps[2] = {likelihoodSteps, severitySteps};
  for (int axis = 0; axis < 2; ++axis)
  {
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
