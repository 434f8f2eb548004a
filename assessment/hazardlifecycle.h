#pragma once

#include "hiddendanger.h"

#include <QDate>
#include <QString>

namespace riskatlas
{

//! A status change asked for, with what it brings.
struct HazardChange
{
  HazardStatus to = HazardStatus::Found;
  QDate rectifiedDate; //!< for rectified and closed; empty keeps the recorded one
  QString verifier;    //!< for closed; empty keeps the recorded one
  QDate closedDate;    //!< for closed
  QString reason;      //!< why, required to reopen
};

//! Why a change or a record is refused.
enum class HazardRefusal
{
  None,
  NoChange,             //!< the hidden danger has that status already
  MissingRectifiedDate, //!< rectified or closed without the date it was rectified
  MissingVerifier,      //!< closed without a verifier (复核人)
  MissingClosedDate,    //!< closed without the date it was struck off
  DateOrder,            //!< a date before the one it follows (found ≤ rectified ≤ closed)
  ReasonRequired,       //!< reopening without a reason
  BackToFound,          //!< nothing moves back to found
  ClosedToRectified,    //!< a closed one reopens to assigned or rectifying, not to rectified
  MovesBack,            //!< an open hidden danger does not move back
};

//! The answer to a change: allowed, or the refusal with a sentence saying why.
struct HazardVerdict
{
  HazardRefusal refusal = HazardRefusal::None;
  QString reason;
  bool allowed() const { return refusal == HazardRefusal::None; }
};

/**
 * The closed loop's rules (domain.md §8): a hidden danger moves forward along 发现 → 交办 →
 * 整改中 → 已整改 → 已销号, possibly skipping steps (a general one is often rectified on the
 * spot), as long as what it reaches is complete: rectified needs its date, a closure needs a
 * verifier and a date, and dates never run backwards. Moving back is reopening: from rectified
 * or closed to assigned or rectifying, and only with a reason; it clears the rectified date,
 * verifier and closed date (the audit log keeps them).
 */
class HazardLifecycle
{
public:
  //! Whether \a current may take \a change.
  static HazardVerdict check(const HiddenDanger &current, const HazardChange &change);
  //! The hidden danger after \a change (check() it first).
  static HiddenDanger apply(const HiddenDanger &current, const HazardChange &change);
  //! Whether a record is complete for its status, as an import must find it.
  static HazardVerdict checkRecord(const HiddenDanger &record);
  //! A move from rectified or closed back to an open status.
  static bool isReopening(HazardStatus from, HazardStatus to);
};

} // namespace riskatlas
