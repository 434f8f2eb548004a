#include "controlcorrection.h"

#include <QCoreApplication>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(ControlCorrection)
};
} // namespace

ControlCorrection::ControlCorrection(int goodShift, int fairShift, int poorShift)
    : mGoodShift(goodShift), mFairShift(fairShift), mPoorShift(poorShift)
{
}

ControlCorrection ControlCorrection::coefficients(double good, double fair, double poor)
{
  ControlCorrection correction(0, 0, 0);
  correction.mMode = Mode::Coefficient;
  correction.mGoodCoefficient = good;
  correction.mFairCoefficient = fair;
  correction.mPoorCoefficient = poor;
  return correction;
}

double ControlCorrection::coefficient(ControlLevel level) const
{
  switch (level)
  {
  case ControlLevel::Good:
    return mGoodCoefficient;
  case ControlLevel::Fair:
    return mFairCoefficient;
  case ControlLevel::Poor:
    return mPoorCoefficient;
  case ControlLevel::Unknown:
    break;
  }
  return 1;
}

bool ControlCorrection::parseControlLevel(const QString &text, ControlLevel &level)
{
  const QString value = text.trimmed().toLower();
  if (value.isEmpty())
    level = ControlLevel::Unknown;
  else if (value == QStringLiteral("好") || value == QLatin1String("good"))
    level = ControlLevel::Good;
  else if (value == QStringLiteral("中") || value == QStringLiteral("一般") ||
           value == QLatin1String("fair"))
    level = ControlLevel::Fair;
  else if (value == QStringLiteral("差") || value == QLatin1String("poor"))
    level = ControlLevel::Poor;
  else
    return false;
  return true;
}

QString ControlCorrection::controlKey(ControlLevel level)
{
  switch (level)
  {
  case ControlLevel::Good:
    return QStringLiteral("good");
  case ControlLevel::Fair:
    return QStringLiteral("fair");
  case ControlLevel::Poor:
    return QStringLiteral("poor");
  case ControlLevel::Unknown:
    break;
  }
  return QString();
}

int ControlCorrection::shift(ControlLevel level) const
{
  switch (level)
  {
  case ControlLevel::Good:
    return mGoodShift;
  case ControlLevel::Fair:
    return mFairShift;
  case ControlLevel::Poor:
    return mPoorShift;
  case ControlLevel::Unknown:
    break;
  }
  return 0;
}

RiskLevel ControlCorrection::apply(RiskLevel inherent, double score, const BandTable *bands,
                                   ControlLevel control) const
{
  if (mMode == Mode::Coefficient)
    return bands ? bands->classify(score * coefficient(control)) : inherent;
  return shiftLevel(inherent, shift(control));
}

QJsonObject ControlCorrection::toJson() const
{
  if (mMode == Mode::Coefficient)
    return {{QStringLiteral("type"), QStringLiteral("coefficient")},
            {QStringLiteral("good"), mGoodCoefficient},
            {QStringLiteral("fair"), mFairCoefficient},
            {QStringLiteral("poor"), mPoorCoefficient}};
  return {{QStringLiteral("type"), QStringLiteral("level-shift")},
          {QStringLiteral("good"), mGoodShift},
          {QStringLiteral("fair"), mFairShift},
          {QStringLiteral("poor"), mPoorShift}};
}

bool ControlCorrection::fromJson(const QJsonObject &json, ControlCorrection &correction,
                                 QString *error)
{
  QStringList problems;
  if (readJson(JsonReader(json, &problems), correction))
    return true;
  if (error)
    *error = problems.join(QStringLiteral("; "));
  return false;
}

bool ControlCorrection::readJson(const JsonReader &json, ControlCorrection &correction)
{
  const int problemsBefore = json.problemCount();
  if (!json.isObject(JsonReader::Required))
    return false;
  json.allowOnly({QStringLiteral("type"), QStringLiteral("good"), QStringLiteral("fair"),
                  QStringLiteral("poor")});
  QString type;
  if (!json.member(QStringLiteral("type")).string(type, JsonReader::Required))
    return false;
  const QString keys[3] = {QStringLiteral("good"), QStringLiteral("fair"), QStringLiteral("poor")};
  if (type == QLatin1String("level-shift"))
  {
    int shifts[3] = {-1, 0, 1};
    for (int i = 0; i < 3; ++i)
    {
      const JsonReader member = json.member(keys[i]);
      if (member.integer(shifts[i]) && (shifts[i] < -3 || shifts[i] > 3))
        member.report(
            Tr::tr("a control-level shift must be between -3 and 3 levels, not %1").arg(shifts[i]));
    }
    if (json.problemCount() > problemsBefore)
      return false;
    correction = ControlCorrection(shifts[0], shifts[1], shifts[2]);
    return true;
  }
  if (type == QLatin1String("coefficient"))
  {
    double factors[3] = {1, 1, 1};
    for (int i = 0; i < 3; ++i)
    {
      const JsonReader member = json.member(keys[i]);
      if (member.number(factors[i]) && factors[i] <= 0)
        member.report(
            Tr::tr("a control-level coefficient must be positive, not %1").arg(factors[i]));
    }
    if (json.problemCount() > problemsBefore)
      return false;
    correction = coefficients(factors[0], factors[1], factors[2]);
    return true;
  }
  json.member(QStringLiteral("type"))
      .report(Tr::tr("unknown control correction type \"%1\" (expected level-shift or coefficient)")
                  .arg(type));
  return false;
}

} // namespace riskatlas
