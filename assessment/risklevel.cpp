#include "risklevel.h"

namespace riskatlas
{

const QList<RiskLevel> &assessedLevels()
{
  static const QList<RiskLevel> levels{RiskLevel::Major, RiskLevel::Significant, RiskLevel::General,
                                       RiskLevel::Low};
  return levels;
}

QString levelKey(RiskLevel level)
{
  switch (level)
  {
  case RiskLevel::Major:
    return QStringLiteral("major");
  case RiskLevel::Significant:
    return QStringLiteral("significant");
  case RiskLevel::General:
    return QStringLiteral("general");
  case RiskLevel::Low:
    return QStringLiteral("low");
  case RiskLevel::None:
    break;
  }
  return QStringLiteral("none");
}

bool levelFromKey(const QString &key, RiskLevel &level)
{
  for (RiskLevel candidate : {RiskLevel::Major, RiskLevel::Significant, RiskLevel::General,
                              RiskLevel::Low, RiskLevel::None})
  {
    if (levelKey(candidate) == key)
    {
      level = candidate;
      return true;
    }
  }
  return false;
}

QString levelNameZh(RiskLevel level)
{
  switch (level)
  {
  case RiskLevel::Major:
    return QStringLiteral("重大风险");
  case RiskLevel::Significant:
    return QStringLiteral("较大风险");
  case RiskLevel::General:
    return QStringLiteral("一般风险");
  case RiskLevel::Low:
    return QStringLiteral("低风险");
  case RiskLevel::None:
    break;
  }
  return QStringLiteral("未评估");
}

QString levelNameEn(RiskLevel level)
{
  switch (level)
  {
  case RiskLevel::Major:
    return QStringLiteral("Major risk");
  case RiskLevel::Significant:
    return QStringLiteral("Significant risk");
  case RiskLevel::General:
    return QStringLiteral("General risk");
  case RiskLevel::Low:
    return QStringLiteral("Low risk");
  case RiskLevel::None:
    break;
  }
  return QStringLiteral("Not assessed");
}

QString levelName(RiskLevel level, const QString &language)
{
  return language == QLatin1String("en") ? levelNameEn(level) : levelNameZh(level);
}

QString defaultLevelColor(RiskLevel level)
{
  switch (level)
  {
  case RiskLevel::Major:
    return QStringLiteral("#FF0000");
  case RiskLevel::Significant:
    return QStringLiteral("#FFA500");
  case RiskLevel::General:
    return QStringLiteral("#FFFF00");
  case RiskLevel::Low:
    return QStringLiteral("#0070C0");
  case RiskLevel::None:
    break;
  }
  return QStringLiteral("#BFBFBF");
}

RiskLevel shiftLevel(RiskLevel level, int steps)
{
  if (level == RiskLevel::None)
    return level;
  const int shifted = qBound(static_cast<int>(RiskLevel::Low), static_cast<int>(level) + steps,
                             static_cast<int>(RiskLevel::Major));
  return static_cast<RiskLevel>(shifted);
}

} // namespace riskatlas
