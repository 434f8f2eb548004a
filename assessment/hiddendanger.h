#pragma once

#include "hazardgrade.h"
#include "hazardlisting.h"
#include "hazardstatus.h"

#include <QDate>
#include <QString>
#include <optional>

namespace riskatlas
{

/**
 * One hidden danger (事故隐患) of the register: found at a risk unit, assigned with a deadline,
 * rectified by the unit, verified and struck off (销号) by the supervisor (domain.md §8).
 * The unit's sector and district are carried for statistics; the register does not own them.
 */
struct HiddenDanger
{
  QString id;     //!< 隐患编号
  QString unitId; //!< the risk unit it was found at
  QString unitName;
  QString description;
  HazardGrade grade = HazardGrade::General;
  QString source; //!< 隐患来源: inspection, self-check, report, exposure round…
  QString round;  //!< 督办轮次, e.g. "1"
  QDate foundDate;
  QDate deadline; //!< 整改期限
  QString responsibleParty;
  QString responsiblePerson;
  QString measures;
  std::optional<double> funds; //!< 整改资金 as the register gives it
  HazardStatus status = HazardStatus::Found;
  QDate rectifiedDate;
  QString verifier; //!< 复核人
  QDate closedDate; //!< 销号日期
  HazardListing listing = HazardListing::None;

  QString sectorCode;   //!< the unit's sector
  QString sectorName;   //!< its Chinese name
  QString districtCode; //!< the district the hidden danger lies in; empty outside every one
  QString districtName;

  bool isOpen() const { return isOpenStatus(status); }
  /**
   * Open and \a asOf later than the deadline: the deadline day itself is not overdue. A hidden
   * danger without a deadline is never overdue.
   */
  bool isOverdue(const QDate &asOf) const;
  //! Days past the deadline on \a asOf for an overdue hidden danger, else 0.
  qint64 daysOverdue(const QDate &asOf) const;
};

} // namespace riskatlas
