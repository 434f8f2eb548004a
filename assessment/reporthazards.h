#pragma once

#include "reportdocument.h"

#include <QDate>

namespace riskatlas
{

class Language;
struct HiddenDanger;

/**
 * The report's account of hidden-danger governance (事故隐患排查治理) as of \a asOf: a summary
 * sentence, the closed loop's counts per grade, per round and per district (in code order)
 * with the rectification rate, the overdue hidden dangers (most days overdue first) and the
 * major ones listed for supervision. The counts are HazardStatistics', those of
 * `hazards stats --json`. Empty without hidden dangers.
 */
QList<ReportBlock> hazardGovernanceBlocks(const QList<HiddenDanger> &hazards, const QDate &asOf,
                                          const Language &language);

} // namespace riskatlas
