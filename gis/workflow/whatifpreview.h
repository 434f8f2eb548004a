#pragma once

#include "api/problem.h"
#include "methodset.h"
#include "regionaggregation.h"
#include "risklevel.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>
#include <array>
#include <memory>
#include <optional>

class QgsFeedback;

namespace riskatlas
{

class ReadOnlyConnection;
struct WhatIfState;

//! A unit or region whose final level a candidate method set would change.
struct LevelShift
{
  qint64 fid = 0;
  QString id; //!< unit_id or region_id
  QString name;
  QString kind; //!< regions: the region kind key (district, street, grid); units: empty
  RiskLevel oldLevel = RiskLevel::None;
  RiskLevel newLevel = RiskLevel::None;
};

//! How many units (or regions) would move from one level to another: [old][new], by RiskLevel.
using LevelShiftCounts = std::array<std::array<qint64, 5>, 5>;

//! What applying a candidate method set (and aggregation rule) would change, nothing written.
struct WhatIfResult
{
  bool ok = false;
  //! Why not ok: StaleAssessState (assess in full first), Cancelled, Failed or Damaged.
  Problem problem;
  qint64 units = 0;   //!< units the stored state covers
  qint64 regions = 0; //!< regions aggregated
  qint64 unitsChanged = 0;
  qint64 regionsChanged = 0;
  LevelShiftCounts unitCounts{};
  LevelShiftCounts regionCounts{};
  QVector<LevelShift> unitShifts; //!< in fid order, at most the limit asked for
  bool unitShiftsTruncated = false;
  QVector<LevelShift> regionShifts; //!< in fid order

  //! Units (or regions) moving from \a from to \a to.
  qint64 unitCount(RiskLevel from, RiskLevel to) const
  {
    return unitCounts[static_cast<size_t>(from)][static_cast<size_t>(to)];
  }
  qint64 regionCount(RiskLevel from, RiskLevel to) const
  {
    return regionCounts[static_cast<size_t>(from)][static_cast<size_t>(to)];
  }
};

/**
 * Previews a method-set change before it is applied: which units and regions would take another
 * final level. Works from the state the last assessment stored (its distinct scoring combinations
 * and region tallies): rescores the combinations and re-aggregates the tallies in memory, so a
 * preview at a million units takes about as long as reading that state. Refuses, with
 * StaleAssessState, when the state does not describe the project any more (units or regions
 * edited since, never assessed, or the candidate changes the influence zones).
 *
 * Reads on a read-only connection of its own (never blocking a writer); keeps the state read
 * between previews until another connection commits. One thread at a time.
 */
class WhatIfPreview
{
  Q_DECLARE_TR_FUNCTIONS(WhatIfPreview)

public:
  //! Opens \a path read-only; null with \a problem when it cannot be read.
  static std::unique_ptr<WhatIfPreview> open(const QString &path, Problem *problem);
  ~WhatIfPreview();
  WhatIfPreview(const WhatIfPreview &) = delete;
  WhatIfPreview &operator=(const WhatIfPreview &) = delete;

  /**
   * The level changes \a candidate would bring, with \a rule (unset: the project's rule). Lists
   * at most \a maxListedUnits units (negative: all); the counts are always complete.
   */
  WhatIfResult run(const MethodSet &candidate, std::optional<AggregationRule> rule,
                   QgsFeedback *feedback, int maxListedUnits = 10000);

private:
  WhatIfPreview(const QString &path, std::unique_ptr<ReadOnlyConnection> connection);
  //! Reads the stored state unless the cached one is still the file's; false with \a result's
  //! problem set.
  bool loadState(WhatIfResult &result);
  bool fail(WhatIfResult &result, ProblemKind kind, const QString &reason);

  QString mPath;
  std::unique_ptr<ReadOnlyConnection> mConnection;
  std::unique_ptr<WhatIfState> mState;
};

} // namespace riskatlas
