#pragma once

#include "api/problem.h"
#include "workflow/problemscsv.h"

namespace riskatlas
{

/**
 * Problems in the workbench's words: the neutral message with the control that fixes it
 * ("choose the encoding", "choose the source CRS") where the command line would name a flag.
 */
namespace ProblemHint
{
//! The whole message of \a problem, with the workbench's hint.
QString message(const Problem &problem);
//! The reason of a row problem, with the workbench's hint where a setting can fix it.
QString reason(const Problem &problem);
//! message() and reason() for writeProblemsCsv().
ProblemWording wording();
} // namespace ProblemHint

} // namespace riskatlas
