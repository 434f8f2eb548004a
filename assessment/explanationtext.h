#pragma once

#include "language.h"
#include "regionexplanation.h"
#include "unitexplanation.h"

namespace riskatlas
{

//! A unit's explanation as plain text lines (the command line's `explain` output).
QString unitExplanationText(const UnitExplanation &explanation, const Language &language);
//! A region's explanation as plain text lines.
QString regionExplanationText(const RegionExplanation &explanation, const Language &language);
//! The sentence stating a band table's boundary rule, e.g. "a score equal to a bound …".
QString boundaryRuleText(BandTable::BoundaryRule rule, const Language &language);
//! The sentence telling what the control-level correction did.
QString correctionText(const UnitExplanation &explanation, const Language &language);

} // namespace riskatlas
