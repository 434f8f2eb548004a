#pragma once

#include <QList>
#include <QString>

namespace riskatlas
{

/**
 * Where a hidden danger (事故隐患) stands in the closed loop, in life-cycle order (domain.md §8).
 * Overdue (逾期) is not a status: it follows from the deadline and the date one looks at.
 */
enum class HazardStatus
{
  Found = 0,      //!< 发现
  Assigned = 1,   //!< 交办: a deadline and a responsible party
  Rectifying = 2, //!< 整改中
  Rectified = 3,  //!< 已整改, by the unit
  Closed = 4,     //!< 已销号: verified and struck off by the supervisor
};

//! Every status in life-cycle order.
const QList<HazardStatus> &hazardStatuses();
//! Stable key: found|assigned|rectifying|rectified|closed (JSON, CSV, GeoPackage).
QString hazardStatusKey(HazardStatus status);
//! 发现, 交办, 整改中, 已整改, 已销号.
QString hazardStatusNameZh(HazardStatus status);
//! Found, Assigned, Rectifying, Rectified, Closed.
QString hazardStatusNameEn(HazardStatus status);
/**
 * Reads a key, a Chinese or an English name (case-insensitive). Registers that write 逾期 or
 * 逾期未整改 mean a hidden danger still being rectified: that reads as Rectifying, the deadline
 * then makes it overdue.
 */
bool hazardStatusFromText(const QString &text, HazardStatus &status);
//! Rectified and closed hidden dangers count as rectified; the others are open.
inline bool isOpenStatus(HazardStatus status)
{
  return status < HazardStatus::Rectified;
}

} // namespace riskatlas
