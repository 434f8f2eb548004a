#pragma once

#include "risklevel.h"

#include <QJsonObject>
#include <array>

namespace riskatlas
{

//! Counts of units per assessed level; toJson() always writes all four keys.
class LevelCounts
{
public:
  void add(RiskLevel level, int count = 1);
  int count(RiskLevel level) const;
  int total() const;
  //! The most severe level with a non-zero count, or None.
  RiskLevel highest() const;
  //! {"major": n, "significant": n, "general": n, "low": n}
  QJsonObject toJson() const;

private:
  std::array<int, 5> mCounts{}; // indexed by RiskLevel; None counts units not scored
};

} // namespace riskatlas
