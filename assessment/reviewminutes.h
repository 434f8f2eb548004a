#pragma once

#include "auditentry.h"
#include "hiddendanger.h"
#include "reportdocument.h"
#include "reviewsession.h"

#include <QDate>

namespace riskatlas
{

//! What the minutes of one review session are made of, read from the project.
struct ReviewMinutesInput
{
  QString language = QStringLiteral("zh");
  QString projectName;
  ReviewSession session;
  ReviewSnapshot before;       //!< levels when the session started
  ReviewSnapshot after;        //!< levels when it ended (now, while it is open)
  QList<AuditEntry> entries;   //!< the entries written during the session, in order
  bool chainIntact = true;     //!< whether the whole audit chain verified
  QString headHash;            //!< the chain's head when the session ended (now, while open)
  QList<HiddenDanger> hazards; //!< the register, for its governance section; empty: none
  QDate hazardsAsOf;
  bool hasMaps = false; //!< whether the before/after map figure ("map-review") can be drawn
};

/**
 * The minutes (会议纪要) of a review session as a report document, for the report renderers
 * (PDF, DOCX…): the meeting and its attendees; every change made during it with the unit, what
 * changed (old → new), the unit's level before → after and the reason; the counts by level
 * before and after; the units and regions whose level changed; the before/after maps side by
 * side; the hidden-danger governance figures when the project keeps a register; the audit
 * chain's head hash; lines to sign.
 */
ReportDocument buildReviewMinutes(const ReviewMinutesInput &input);

//! The figure id of the before/after maps side by side in the minutes.
inline QString reviewMapFigureId()
{
  return QStringLiteral("map-review");
}

} // namespace riskatlas
