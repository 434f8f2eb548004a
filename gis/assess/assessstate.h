#pragma once

#include "assess/regionshape.h"

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <deque>
#include <vector>

struct sqlite3;

namespace riskatlas
{

class MethodSet;
class ProjectStore;
struct ScoredCombination;

//! A region's result as stored, to write only what changed.
struct StoredRegionResult
{
  QString level;
  QString levelZh;
  qint64 unitCount = -1;
  qint64 counts[4] = {-1, -1, -1, -1};
  bool hasIndex = false;
  double index = 0;
  QString categoryLevels;
  QString raisedBy;
};

//! Units of one scoring combination in a region: how many, and their shares summed.
struct TallyEntry
{
  quint32 combination = 0;
  quint32 count = 0;
  double share = 0;
};

/**
 * A region as the aggregation rules see it: its units summed per scoring combination, the
 * hazard sources whose zones reach it, its area, and the result stored for it.
 */
struct RegionTally
{
  qint64 fid = 0;
  QString name;
  std::vector<TallyEntry> entries; //!< sorted by combination
  std::vector<InfluenceSource> influence;
  double areaKm2 = -1; //!< negative when not measured (only the density rule needs it)
  StoredRegionResult stored;
};

//! A scoring combination as the last assessment stored it.
struct StoredCombination
{
  QString category;
  QString sector;
  QVariantMap inputs;
  QByteArray outcome; //!< outcomeSignature() of its result then
  std::vector<qint64> units;
};

/**
 * What one assessment leaves for the next (tables ra_assess_combinations and
 * ra_assess_regions): every distinct scoring combination with its units, and every region's
 * tally. A method change then rescores a few thousand combinations, rewrites only the units of
 * those whose outcome changed and re-aggregates the regions from their tallies, without reading
 * or placing the units. Any edit of units or regions (imports, make-grid, editing in QGIS)
 * drops the state through SQLite triggers, so the next assessment reads everything again.
 */
namespace AssessState
{
//! What the state depends on besides units and regions: the influence-zone settings.
QString token(const MethodSet &methodSet);

//! True when the stored state was left by an assessment with \a token and nothing edited since.
bool isCurrent(const ProjectStore &store, const QString &token);

//! Every region's stored result (fid order), and its tally when \a withTallies.
bool readRegions(sqlite3 *connection, bool withTallies, std::vector<RegionTally> &regions,
                 QString *error);

bool readCombinations(sqlite3 *connection, std::vector<StoredCombination> &combinations,
                      QString *error);

//! Replaces the stored state (inside the caller's transaction).
bool save(ProjectStore &store, sqlite3 *connection, const QString &token,
          const std::deque<ScoredCombination> &combinations,
          const std::vector<std::vector<qint64>> &unitsByCombination,
          const std::vector<RegionTally> &regions, const QStringList &outside, QString *error);

//! Stores the new outcomes of the \a changed combinations after an incremental run.
bool update(sqlite3 *connection, const std::deque<ScoredCombination> &combinations,
            const std::vector<quint32> &changed, QString *error);

//! Writes one combination (inserted or replaced) inside the caller's transaction.
bool writeCombination(sqlite3 *connection, quint32 id, const StoredCombination &combination,
                      QString *error);

//! Rewrites one region's tally and influence sources (its state row exists).
bool writeRegionTally(sqlite3 *connection, const RegionTally &region, QString *error);

//! Replaces the ids of the units outside every region (inside the caller's transaction).
bool setOutsideUnits(ProjectStore &store, const QStringList &ids, QString *error);

//! The categories of the units while the state is current (any token); false when it is not.
bool unitCategories(ProjectStore &store, QSet<QString> &categories);

//! Ids of the units outside every region, as the last full assessment found them.
QStringList outsideUnits(const ProjectStore &store);
} // namespace AssessState

} // namespace riskatlas
