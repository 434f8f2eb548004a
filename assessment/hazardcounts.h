#pragma once

#include <QDate>
#include <QJsonObject>

namespace riskatlas
{

struct HiddenDanger;

/**
 * The five counts of the closed loop for a set of hidden dangers as of a date: total, open
 * (total − rectified), rectified (已整改 and 已销号), closed (已销号) and overdue (open and past
 * the deadline).
 */
struct HazardCounts
{
  int total = 0;
  int open = 0;
  int rectified = 0;
  int closed = 0;
  int overdue = 0;

  void add(const HiddenDanger &hazard, const QDate &asOf);
  //! rectified / total, rounded to four decimals; 0 for no hidden dangers.
  double rectificationRate() const;
  //! {"total", "open", "rectified", "closed", "overdue"}.
  QJsonObject toJson() const;

  bool operator==(const HazardCounts &other) const
  {
    return total == other.total && open == other.open && rectified == other.rectified &&
           closed == other.closed && overdue == other.overdue;
  }
};

} // namespace riskatlas
