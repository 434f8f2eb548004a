#pragma once

#include "assess/projectassessor.h"

class QgsFeedback;
struct sqlite3;

namespace riskatlas
{

class ProjectStore;
class RegionAggregator;

/**
 * An assessment that starts from the last one's state (AssessState) instead of the units:
 * rescores the stored scoring combinations, rewrites only the units of those whose outcome
 * changed (and audits their level changes), and re-aggregates every region from its tally.
 * Only for a project whose state is current (AssessState::isCurrent).
 */
class IncrementalPass
{
public:
  IncrementalPass(ProjectStore &store, const MethodSet &methodSet, AssessOutcome &outcome,
                  QgsFeedback *feedback)
      : mStore(store), mMethodSet(methodSet), mOutcome(outcome), mFeedback(feedback)
  {
  }

  /**
   * False with outcome.error on failure or cancellation (the caller rolls back). Sets \a usable
   * to false, having written nothing, when the state cannot serve this run (the density rule
   * needs areas the last full pass did not measure): run the full pass then.
   */
  bool run(sqlite3 *connection, const RegionAggregator &aggregator, bool &usable);

private:
  bool fail(const QString &message, ProblemKind kind = ProblemKind::Failed)
  {
    mOutcome.error = message;
    mOutcome.errorKind = kind;
    return false;
  }

  ProjectStore &mStore;
  const MethodSet &mMethodSet;
  AssessOutcome &mOutcome;
  QgsFeedback *mFeedback;
};

} // namespace riskatlas
