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

RiskLevel ControlCorrection::apply(RiskLevel inherent, ControlLevel control) const
{
  return shiftLevel(inherent, shift(control));
}

QJsonObject ControlCorrection::toJson() const
{
  return {{QStringLiteral("type"), QStringLiteral("level-shift")},
          {QStringLiteral("good"), mGoodShift},
          {QStringLiteral("fair"), mFairShift},
          {QStringLiteral("poor"), mPoorShift}};
}

bool ControlCorrection::fromJson(const QJsonObject &json, ControlCorrection &correction,
                                 QString *error)
{
  if (json.value(QStringLiteral("type")).toString() != QLatin1String("level-shift"))
  {
    if (error)
      *error = Tr::tr("unknown control correction type \"%1\" (expected level-shift)")
                   .arg(json.value(QStringLiteral("type")).toString());
    return false;
  }
  correction = ControlCorrection(json.value(QStringLiteral("good")).toInt(-1),
                                 json.value(QStringLiteral("fair")).toInt(0),
                                 json.value(QStringLiteral("poor")).toInt(1));
  return true;
}

} // namespace riskatlas
