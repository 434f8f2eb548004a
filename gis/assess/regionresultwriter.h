#pragma once

#include "assess/assessstate.h"
#include "assess/projectassessor.h"

#include <deque>
#include <vector>

struct sqlite3;
class QgsCoordinateTransformContext;

namespace riskatlas
{

class ProjectStore;
class RegionAggregator;
class RegionLocator;
class UnitPass;
struct ScoredCombination;

//! The ellipsoidal area of every region of \a locator (km², locator order), for the density rule.
std::vector<double> measureRegionAreas(const QString &crsAuthId, const RegionLocator &locator,
                                       const QgsCoordinateTransformContext &transformContext);

/**
 * Every region's tally from a full units pass (locator order), with its stored result (read on
 * \a connection) and its area when \a areasKm2 is not empty. Runs in any one thread.
 */
bool tallyRegions(sqlite3 *connection, const std::vector<double> &areasKm2,
                  const RegionLocator &locator, const UnitPass &pass,
                  std::vector<RegionTally> &regions, QString *error);

//! A region whose stored result changes, with what to write.
struct RegionWrite
{
  qint64 fid = 0;
  QString name;
  RegionResult result;
  QString categoryLevels;
  QString raisedBy;
};

//! Aggregates every region from its tally; returns those whose stored result changes.
std::vector<RegionWrite> aggregateRegions(const std::vector<RegionTally> &regions,
                                          const std::deque<ScoredCombination> &combinations,
                                          const RegionAggregator &aggregator);

bool writeRegions(sqlite3 *connection, const std::vector<RegionWrite> &writes,
                  AssessOutcome &outcome);

} // namespace riskatlas
