#pragma once

#include "api/importoutcome.h"

class QgsFeedback;

namespace riskatlas
{

class ProjectStore;

/**
 * Ends an import's transaction: the last moment a cancel keeps the project unchanged (then
 * \a cancelMessage), then the commit, and only then 100 % progress. False, with the problem
 * added to \a outcome and the transaction rolled back, when it did not commit.
 */
bool commitImport(ProjectStore &store, QgsFeedback *feedback, ImportOutcome &outcome,
                  const QString &cancelMessage);

} // namespace riskatlas
