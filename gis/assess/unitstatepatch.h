#pragma once

#include "assess/assessstate.h"
#include "assess/unitpass.h"
#include "methodset.h"
#include "regionaggregation.h"

#include <QHash>
#include <QStringList>
#include <deque>
#include <memory>
#include <vector>

class OGRFeature;
struct sqlite3;

namespace riskatlas
{

class ProjectStore;
class RegionLocator;

/**
 * Keeps a project's results right when the analyst adds, deletes or restores single units,
 * without an assessment: an added unit is scored with the method set and placed in its
 * regions at once, and while the last assessment's state (AssessState) is current the state
 * gains or loses the unit and only the regions it lies in or whose influence zones it reaches
 * are re-aggregated and rewritten. Adding or deleting a row drops the state through the
 * project's triggers; finish() marks it current again. When the state was not current (an
 * input was edited since), the regions follow at the next (full) assessment.
 *
 * Used inside the caller's transaction: begin(), then removeUnit() before deleting a row and
 * addUnit() after writing one, then finish().
 */
class UnitStatePatch
{
public:
  UnitStatePatch(ProjectStore &store, const MethodSet &methodSet, AggregationRule aggregation);
  ~UnitStatePatch();
  UnitStatePatch(const UnitStatePatch &) = delete;
  UnitStatePatch &operator=(const UnitStatePatch &) = delete;

  //! Reads the regions and, when current, the stored state (before any change).
  bool begin(QString *error);
  //! Takes unit \a fid (still in the layer) out of the state and its regions' tallies.
  bool removeUnit(qint64 fid, QString *error);
  //! Scores and places unit \a fid (just written), writes its results and adds it to the state.
  bool addUnit(qint64 fid, QString *error);
  //! Writes the state and the regions whose results change, and marks the state current.
  bool finish(QString *error);

  //! True when the regions' results were brought up to date (the state was current).
  bool regionsUpdated() const { return mUsable; }
  int regionsWritten() const { return mRegionsWritten; }
  //! The final level key of the unit addUnit() scored last.
  QString lastLevel() const { return mLastLevel; }

private:
  //! Where a unit lies: its regions (locator indexes) with its share, and the regions its
  //! hazard influence zone reaches; as the full pass places it (UnitPass::place()).
  struct Placement
  {
    struct Member
    {
      qint64 fid;
      QString id;
      QString name;
      double share;
    };
    std::vector<Member> members; //!< the unit's own region first
    std::vector<qint64> reached; //!< region fids
    QByteArray sharesJson;
  };
  Placement place(const OGRFeature &unit, double zone);
  ScoredCombination combinationOf(const OGRFeature &unit) const;
  //! The tally index of the region \a regionFid; -1 when it has no tally.
  int tallyOf(qint64 regionFid) const;

  ProjectStore &mStore;
  MethodSet mMethodSet;
  AggregationRule mAggregation;
  sqlite3 *mConnection = nullptr;
  //! Every region, for units placed by their region hint (read once, when needed).
  std::unique_ptr<RegionLocator> mAllRegions;
  QString mToken;
  bool mUsable = false;
  std::vector<StoredCombination> mStored;
  std::deque<ScoredCombination> mScored;
  std::vector<bool> mIsScored;
  std::vector<RegionTally> mRegions;
  QHash<qint64, int> mRegionByFid;
  QStringList mOutside;
  QSet<quint32> mDirtyCombinations;
  QSet<int> mDirtyRegions;
  bool mOutsideDirty = false;
  int mRegionsWritten = 0;
  QString mLastLevel;
};

} // namespace riskatlas
