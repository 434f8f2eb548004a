#include "workflow/whatifpreview.h"

#include "assess/assessstate.h"
#include "assess/regionresultwriter.h"
#include "assess/unitpass.h"
#include "store/projectschema.h"
#include "store/writelock.h"
#include "support/geopackagesql.h"
#include "support/phasetimer.h"
#include "support/readonlyconnection.h"

#include <QHash>
#include <algorithm>
#include <deque>
#include <qgsfeedback.h>

namespace riskatlas
{

//! The last assessment's state as read from the file, kept between previews.
struct WhatIfState
{
  qint64 dataVersion = -1;
  QString token; //!< AssessState::token() of the assessment that stored it
  QString ruleKey;
  std::vector<StoredCombination> combinations;
  std::vector<RiskLevel> storedLevels; //!< final level of each combination, as stored
  std::vector<RegionTally> regions;
  struct RegionLabel
  {
    QString id;
    QString kind;
  };
  QHash<qint64, RegionLabel> regionLabels;
};

namespace
{
//! The final level inside an outcome signature (outcomeSignature(): method, score, grade,
//! inherent level, final level, …).
RiskLevel finalLevelOf(const QByteArray &signature)
{
  const QList<QByteArray> parts = signature.split('\x1f');
  RiskLevel level = RiskLevel::None;
  if (parts.size() > 4)
    levelFromKey(QString::fromUtf8(parts.at(4)), level);
  return level;
}

qint64 dataVersion(sqlite3 *connection)
{
  SqlStatement pragma(connection, "PRAGMA data_version");
  return pragma.next() ? pragma.integer(0) : -1;
}

bool cancelled(QgsFeedback *feedback)
{
  return feedback && feedback->isCanceled();
}
} // namespace

std::unique_ptr<WhatIfPreview> WhatIfPreview::open(const QString &path, Problem *problem)
{
  auto connection = std::make_unique<ReadOnlyConnection>(path, DefaultBusyTimeoutMs);
  if (!connection->isOpen())
  {
    if (problem)
      *problem = Problem::fileProblem(ProblemKind::Failed, path,
                                      tr("cannot read %1: %2").arg(path, connection->error()));
    return nullptr;
  }
  return std::unique_ptr<WhatIfPreview>(new WhatIfPreview(path, std::move(connection)));
}

WhatIfPreview::WhatIfPreview(const QString &path, std::unique_ptr<ReadOnlyConnection> connection)
    : mPath(path), mConnection(std::move(connection))
{
}

WhatIfPreview::~WhatIfPreview() = default;

bool WhatIfPreview::fail(WhatIfResult &result, ProblemKind kind, const QString &reason)
{
  result.ok = false;
  result.problem = Problem::fileProblem(kind, mPath, reason);
  return false;
}

bool WhatIfPreview::loadState(WhatIfResult &result)
{
  sqlite3 *connection = mConnection->handle();
  const qint64 version = dataVersion(connection);
  if (mState && version >= 0 && mState->dataVersion == version)
    return true;
  mState.reset();
  // One read transaction: the state, the metadata and the regions of the same commit.
  SqlStatement begin(connection, "BEGIN");
  SqlStatement end(connection, "COMMIT");
  if (!begin.execute())
    return fail(result, ProblemKind::Failed, tr("cannot read %1: %2").arg(mPath, begin.error()));
  auto state = std::make_unique<WhatIfState>();
  state->dataVersion = version;
  QString error;
  bool ok = true;
  {
    SqlStatement metadata(connection, QByteArray("SELECT key, value FROM ") +
                                          ProjectSchema::metadataTable() +
                                          " WHERE key IN (?1, ?2)");
    metadata.bind(1, ProjectSchema::assessStateKey());
    metadata.bind(2, ProjectSchema::aggregationKey());
    while (metadata.next())
    {
      if (metadata.string(0) == ProjectSchema::assessStateKey())
        state->token = metadata.string(1);
      else
        state->ruleKey = metadata.string(1);
    }
    if (metadata.failed() || !metadata.isValid())
    {
      ok = false;
      error = metadata.error();
    }
  }
  if (ok && !state->token.isEmpty())
  {
    ok = AssessState::readCombinations(connection, state->combinations, &error) &&
         AssessState::readRegions(connection, true, state->regions, &error);
    SqlStatement labels(connection, "SELECT fid, region_id, kind FROM regions");
    while (ok && labels.next())
      state->regionLabels.insert(labels.integer(0), {labels.string(1), labels.string(2)});
    if (ok && (labels.failed() || !labels.isValid()))
    {
      ok = false;
      error = labels.error();
    }
  }
  end.execute();
  if (!ok)
    return fail(result, ProblemKind::Damaged, tr("cannot read %1: %2").arg(mPath, error));
  state->storedLevels.reserve(state->combinations.size());
  for (const StoredCombination &combination : state->combinations)
    state->storedLevels.push_back(finalLevelOf(combination.outcome));
  mState = std::move(state);
  return true;
}

WhatIfResult WhatIfPreview::run(const MethodSet &candidate, std::optional<AggregationRule> rule,
                                QgsFeedback *feedback, int maxListedUnits)
{
  WhatIfResult result;
  PhaseTimer timer;
  if (!loadState(result))
    return result;
  timer.lap("what-if state read");
  const WhatIfState &state = *mState;
  if (state.token.isEmpty())
  {
    fail(result, ProblemKind::StaleAssessState,
         tr("the project has no current assessment (units or regions changed since the last "
            "one, or it was never assessed): assess it first to preview method changes"));
    return result;
  }
  if (state.token != AssessState::token(candidate))
  {
    fail(result, ProblemKind::StaleAssessState,
         tr("the influence zones differ from the last assessment's: only a full assessment "
            "can show their effect"));
    return result;
  }
  AggregationRule aggregation = AggregationRule::Max;
  if (rule)
    aggregation = *rule;
  else
    aggregationRuleFromKey(state.ruleKey, aggregation);
  for (const RegionTally &region : state.regions)
  {
    bool usable = aggregation != AggregationRule::Density || region.areaKm2 >= 0;
    for (const TallyEntry &entry : region.entries)
      usable = usable && entry.combination < state.combinations.size();
    if (!usable)
    {
      fail(result, ProblemKind::StaleAssessState,
           tr("the last assessment did not measure what this aggregation rule needs: "
              "assess the project in full first"));
      return result;
    }
  }
  if (cancelled(feedback))
  {
    fail(result, ProblemKind::Cancelled, tr("preview cancelled"));
    return result;
  }

  // Rescore the distinct combinations: a few thousand, however many units.
  std::deque<ScoredCombination> scored;
  std::vector<quint32> changed;
  for (size_t i = 0; i < state.combinations.size(); ++i)
  {
    const StoredCombination &stored = state.combinations[i];
    scored.emplace_back();
    ScoredCombination &combination = scored.back();
    combination.category = stored.category;
    combination.sector = stored.sector;
    combination.inputs = stored.inputs;
    scoreCombination(candidate, combination);
    const auto units = static_cast<qint64>(stored.units.size());
    result.units += units;
    const RiskLevel from = state.storedLevels[i];
    const RiskLevel to = combination.result.finalLevel;
    if (from == to)
      continue;
    changed.push_back(static_cast<quint32>(i));
    result.unitCounts[static_cast<size_t>(from)][static_cast<size_t>(to)] += units;
    result.unitsChanged += units;
  }
  if (feedback)
    feedback->setProgress(30.0);
  timer.lap("what-if rescored");

  // Re-aggregate every region from its tally.
  const RegionAggregator aggregator = candidate.aggregator(aggregation);
  result.regions = static_cast<qint64>(state.regions.size());
  for (const RegionWrite &write : aggregateRegions(state.regions, scored, aggregator))
  {
    const auto region =
        std::lower_bound(state.regions.begin(), state.regions.end(), write.fid,
                         [](const RegionTally &tally, qint64 fid) { return tally.fid < fid; });
    RiskLevel from = RiskLevel::None;
    if (region != state.regions.end() && region->fid == write.fid)
      levelFromKey(region->stored.level, from);
    if (from == write.result.level)
      continue;
    const WhatIfState::RegionLabel label = state.regionLabels.value(write.fid);
    result.regionShifts.append(
        {write.fid, label.id, write.name, label.kind, from, write.result.level});
    result.regionCounts[static_cast<size_t>(from)][static_cast<size_t>(write.result.level)] += 1;
    ++result.regionsChanged;
  }
  if (feedback)
    feedback->setProgress(50.0);
  timer.lap("what-if regions aggregated");
  if (cancelled(feedback))
  {
    fail(result, ProblemKind::Cancelled, tr("preview cancelled"));
    return result;
  }

  // List the units that change, in file order, as far as asked.
  struct Listed
  {
    qint64 fid;
    quint32 combination;
  };
  std::vector<Listed> listed;
  listed.reserve(static_cast<size_t>(result.unitsChanged));
  for (quint32 index : changed)
  {
    for (qint64 fid : state.combinations[index].units)
      listed.push_back({fid, index});
  }
  std::sort(listed.begin(), listed.end(),
            [](const Listed &a, const Listed &b) { return a.fid < b.fid; });
  if (maxListedUnits >= 0 && listed.size() > static_cast<size_t>(maxListedUnits))
  {
    listed.resize(static_cast<size_t>(maxListedUnits));
    result.unitShiftsTruncated = true;
  }
  SqlStatement row(mConnection->handle(), "SELECT unit_id, name FROM units WHERE fid = ?1");
  if (!row.isValid() && !listed.empty())
  {
    fail(result, ProblemKind::Damaged, tr("cannot read %1: %2").arg(mPath, row.error()));
    return result;
  }
  result.unitShifts.reserve(static_cast<int>(listed.size()));
  for (size_t i = 0; i < listed.size(); ++i)
  {
    const Listed &unit = listed[i];
    LevelShift shift;
    shift.fid = unit.fid;
    shift.oldLevel = state.storedLevels[unit.combination];
    shift.newLevel = scored[unit.combination].result.finalLevel;
    row.bind(1, unit.fid);
    if (row.next())
    {
      shift.id = row.string(0);
      shift.name = row.string(1);
    }
    row.reset();
    result.unitShifts.append(shift);
    if (feedback && i % 1024 == 0)
    {
      feedback->setProgress(50.0 + 50.0 * static_cast<double>(i) / listed.size());
      if (feedback->isCanceled())
      {
        fail(result, ProblemKind::Cancelled, tr("preview cancelled"));
        result.unitShifts.clear();
        return result;
      }
    }
  }
  timer.lap("what-if units listed", QStringLiteral("%1 units").arg(listed.size()));
  if (feedback)
    feedback->setProgress(100.0);
  result.ok = true;
  return result;
}

} // namespace riskatlas
