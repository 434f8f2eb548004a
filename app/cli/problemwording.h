#pragma once

#include "api/problem.h"

namespace riskatlas::cli
{

class CliContext;

/**
 * A problem in the command line's words: the neutral message with the flag that fixes it
 * ("give --source-crs EPSG:n", "use --overwrite"). The GUI words the same problems its own way.
 */
QString cliMessage(const Problem &problem);
//! The reason of a row problem in the command line's words (the --errors CSV's reason column).
QString cliReason(const Problem &problem);

//! Prints every problem as an error line.
void reportProblems(CliContext &context, const Problems &problems);
//! Prints every warning line.
void reportWarnings(CliContext &context, const QStringList &warnings);

} // namespace riskatlas::cli
