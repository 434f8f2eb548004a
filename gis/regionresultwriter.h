#pragma once

#include "projectassessor.h"

struct sqlite3;

namespace riskatlas
{

class ProjectStore;
class RegionAggregator;
class RegionLocator;
class UnitPass;

//! Aggregates every region and writes those whose stored result changes.
bool writeRegions(ProjectStore &store, sqlite3 *connection, RegionLocator &locator,
                  const UnitPass &pass, const RegionAggregator &aggregator,
                  AggregationRule aggregation, AssessOutcome &outcome);

} // namespace riskatlas
