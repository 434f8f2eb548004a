#pragma once

#include "assessstate.h"
#include "projectassessor.h"

#include <deque>
#include <vector>

struct sqlite3;

namespace riskatlas
{

class ProjectStore;
class RegionAggregator;
class RegionLocator;
class UnitPass;
struct ScoredCombination;

/**
 * Every region's tally from a full units pass (locator order), with its stored result and, when
 * \a measureAreas (the density rule), its ellipsoidal area.
 */
bool tallyRegions(ProjectStore &store, sqlite3 *connection, RegionLocator &locator,
                  const UnitPass &pass, bool measureAreas, std::vector<RegionTally> &regions,
                  QString *error);

//! Aggregates every region from its tally and writes those whose stored result changes.
bool writeRegionResults(sqlite3 *connection, const std::vector<RegionTally> &regions,
                        const std::deque<ScoredCombination> &combinations,
                        const RegionAggregator &aggregator, AssessOutcome &outcome);

} // namespace riskatlas
