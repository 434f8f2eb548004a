#pragma once

#include "hazardgrade.h"
#include "hazardstatus.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <optional>
#include <qgscoordinatetransformcontext.h>

namespace riskatlas
{

//! How to read a hidden-danger register (CSV, XLSX, …).
struct HazardImportOptions
{
  QString layerName;   //!< --layer: a workbook's sheet
  QByteArray encoding; //!< --encoding; detected (UTF-8 or GB18030) when empty
  int headerRow = 1;   //!< --header-row
  //! Datum transformations for positions the register gives; empty: PROJ's preferred ones.
  QgsCoordinateTransformContext transformContext;
};

//! Which hidden dangers to list, export or count.
struct HazardFilter
{
  QDate asOf;                         //!< the date overdue is judged on (required)
  bool overdueOnly = false;           //!< --overdue
  std::optional<HazardGrade> grade;   //!< --grade
  QString round;                      //!< --round; empty: every round
  QString district;                   //!< --district: a district code; empty: every district
  QString unitId;                     //!< one unit's hidden dangers; empty: every unit
  std::optional<HazardStatus> status; //!< --status
};

/**
 * A change of one hidden danger, checked against the life cycle (HazardLifecycle): a new status
 * with what it needs (rectified date; verifier and closed date for a closure; a reason to
 * reopen), and/or a new deadline (an extension, with a reason).
 */
struct HazardUpdate
{
  QString hazardId;
  std::optional<HazardStatus> status;
  QDate rectifiedDate;
  QString verifier;
  QDate closedDate;
  QDate deadline;
  QString reason;
};

} // namespace riskatlas
