#pragma once

#include "assessmentcomparison.h"
#include "reportdocument.h"

namespace riskatlas
{

class Language;

//! The earlier assessment a report compares with (`report --compare OLD.gpkg`).
struct ReportComparison
{
  QString olderName; //!< the earlier project's name
  QString olderDate; //!< the day of its last assessment (YYYY-MM-DD); empty when unknown
  AssessmentComparison comparison;
  bool hasMap = false; //!< the change map exists as the figure "map-changes"
};

/**
 * The report's comparison with the previous assessment (与上期评估对比): a summary sentence,
 * the units by level before, after and the change, the change map, and the regions and units
 * whose level changed (old → new), regions first. The counts are compareAssessments()', those of
 * `compare --json`. At most \a listLimit units are listed; the rest are counted.
 */
QList<ReportBlock> comparisonBlocks(const ReportComparison &comparison, const Language &language,
                                    int listLimit);

} // namespace riskatlas
