#include "assess/incrementalpass.h"

#include "assess/assessstate.h"
#include "assess/regionresultwriter.h"
#include "assess/unitpass.h"
#include "assess/unitresultwriter.h"
#include "store/projectstore.h"
#include "support/geopackagesql.h"
#include "support/phasetimer.h"

#include <QCoreApplication>
#include <algorithm>
#include <qgsfeedback.h>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(ProjectAssessor)
};

//! A unit the run must look at: its row, its combination, and whether its outcome changed.
struct UnitToVisit
{
  qint64 fid;
  quint32 combination;
  bool changed;
};
} // namespace

bool IncrementalPass::run(sqlite3 *connection, const RegionAggregator &aggregator, bool &usable)
{
  usable = false;
  PhaseTimer timer;
  std::vector<StoredCombination> stored;
  std::vector<RegionTally> regions;
  if (!AssessState::readCombinations(connection, stored, &mOutcome.error) ||
      !AssessState::readRegions(connection, true, regions, &mOutcome.error))
    return false;
  const bool needsAreas = aggregator.rule() == AggregationRule::Density;
  for (const RegionTally &region : regions)
  {
    if (needsAreas && region.areaKm2 < 0)
      return true;
    for (const TallyEntry &entry : region.entries)
    {
      if (entry.combination >= stored.size())
        return true; // damaged: the full pass rebuilds it
    }
  }
  usable = true;
  timer.lap("state read");

  // Rescore every combination; a few thousand, however many units.
  std::deque<ScoredCombination> combinations;
  std::vector<quint32> changed;
  std::vector<UnitToVisit> visits;
  for (size_t i = 0; i < stored.size(); ++i)
  {
    combinations.emplace_back();
    ScoredCombination &combination = combinations.back();
    combination.category = stored[i].category;
    combination.sector = stored[i].sector;
    combination.inputs = stored[i].inputs;
    scoreCombination(mMethodSet, combination);
    const bool outcomeChanged = outcomeSignature(combination.result) != stored[i].outcome;
    if (outcomeChanged)
      changed.push_back(static_cast<quint32>(i));
    const int units = static_cast<int>(stored[i].units.size());
    mOutcome.units += units;
    if (combination.result.scored)
      mOutcome.scored += units;
    // Unscored units are listed by id, so their rows are read even when unchanged.
    if (outcomeChanged || !combination.result.scored)
    {
      for (qint64 fid : stored[i].units)
        visits.push_back({fid, static_cast<quint32>(i), outcomeChanged});
    }
  }
  if (mFeedback)
    mFeedback->setProgress(10.0);
  timer.lap("combinations rescored");

  // Visit the units in file order, as the full pass does, so lists and audit read alike.
  std::sort(visits.begin(), visits.end(),
            [](const UnitToVisit &a, const UnitToVisit &b) { return a.fid < b.fid; });
  SqlStatement row(connection, "SELECT unit_id, name, level, region_id, region, region_shares "
                               "FROM units WHERE fid = ?1");
  UnitWriter writer(connection);
  if (!row.isValid() || !writer.isValid())
    return fail(Tr::tr("cannot read the units: %1").arg(row.error()));
  for (size_t i = 0; i < visits.size(); ++i)
  {
    const UnitToVisit &visit = visits[i];
    row.bind(1, visit.fid);
    if (!row.next())
    {
      row.reset();
      // Only if the state-dropping triggers were removed: the state names a deleted unit.
      if (row.failed())
        return fail(Tr::tr("cannot read the units: %1").arg(row.error()));
      return fail(Tr::tr("the stored assessment state names unit fid %1, which no longer exists")
                      .arg(visit.fid),
                  ProblemKind::StaleAssessState);
    }
    const ScoredCombination &scored = combinations[visit.combination];
    const QString unitId = row.string(0);
    QString note;
    if (!scored.result.scored)
    {
      note = unscoredNote(unitId, scored.result);
      mOutcome.unscored << note;
    }
    if (visit.changed)
    {
      if (!recordLevelChange(mStore, mOutcome, unitId, row.string(1), row.string(2), scored))
      {
        row.reset();
        return false;
      }
      QByteArray regionTexts[3];
      bool regionNulls[3];
      for (int column = 0; column < 3; ++column)
      {
        const SqlStatement::Value value = row.value(3 + column);
        regionNulls[column] = value.null;
        regionTexts[column] = value.null ? QByteArray() : QByteArray(value.data, value.size);
      }
      fillResultRow(writer.next(), visit.fid, regionTexts, regionNulls, scored,
                    note.isNull() ? QByteArray() : note.toUtf8());
      ++mOutcome.unitsWritten;
    }
    row.reset();
    if (visit.changed && !writer.flushIfFull())
      return fail(Tr::tr("cannot write the units' results: %1").arg(writer.error()));
    if (mFeedback && i % 1024 == 0)
    {
      mFeedback->setProgress(10.0 + 70.0 * static_cast<double>(i) / visits.size());
      if (mFeedback->isCanceled())
        return fail(Tr::tr("assessment cancelled; the project is unchanged"),
                    ProblemKind::Cancelled);
    }
  }
  if (!writer.flush())
    return fail(Tr::tr("cannot write the units' results: %1").arg(writer.error()));
  timer.lap("units rewritten", QStringLiteral("%1 units visited").arg(visits.size()));
  mOutcome.outside = AssessState::outsideUnits(mStore);
  mOutcome.outsideRegions = mOutcome.outside.size();
  if (!writeRegions(connection, aggregateRegions(regions, combinations, aggregator), mOutcome))
    return false;
  timer.lap("regions aggregated");
  return AssessState::update(connection, combinations, changed, &mOutcome.error);
}

} // namespace riskatlas
