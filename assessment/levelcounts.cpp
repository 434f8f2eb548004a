#include "levelcounts.h"

namespace riskatlas
{

void LevelCounts::add(RiskLevel level, int count)
{
  mCounts[static_cast<size_t>(level)] += count;
}

int LevelCounts::count(RiskLevel level) const
{
  return mCounts[static_cast<size_t>(level)];
}

int LevelCounts::total() const
{
  int sum = 0;
  for (RiskLevel level : assessedLevels())
    sum += count(level);
  return sum;
}

RiskLevel LevelCounts::highest() const
{
  for (RiskLevel level : assessedLevels())
  {
    if (count(level) > 0)
      return level;
  }
  return RiskLevel::None;
}

QJsonObject LevelCounts::toJson() const
{
  QJsonObject json;
  for (RiskLevel level : assessedLevels())
    json.insert(levelKey(level), count(level));
  return json;
}

} // namespace riskatlas
