#pragma once

#include "assess/projectassessor.h"
#include "assess/unitresultwriter.h"
#include "methodset.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVariantMap>
#include <atomic>
#include <deque>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

class QgsFeedback;
struct sqlite3;

namespace riskatlas
{

class HazardEffect;

class ProjectStore;
class RegionLocator;
struct UnitBatch;
class BatchQueue;

/**
 * One distinct combination of category, sector and scoring inputs, scored once: a city has a
 * few thousand of them however many units it has.
 */
struct ScoredCombination
{
  QString category;
  QString sector;
  QVariantMap inputs;
  UnitAssessment result;
  double zone = 0; //!< influence distance of the sector (metres), 0 for none
  QByteArray method;
  QByteArray methodVersion;
  QByteArray grade;
  QByteArray inherentLevel;
  QByteArray level;
  QByteArray levelZh;
};

//! The key of a combination's inputs that holds the unit's manual level override (a level key).
inline QString levelOverrideInput()
{
  return QStringLiteral("level_override");
}

/**
 * The key of a combination's inputs that names the hidden dangers (ids, comma-separated) that
 * made the unit's control poor (HazardControlRule); absent for every other unit.
 */
inline QString hiddenDangersInput()
{
  return QStringLiteral("hidden_dangers");
}

//! Scores a combination's category, sector and inputs with \a methodSet, filling its result.
void scoreCombination(const MethodSet &methodSet, ScoredCombination &combination);

/**
 * What of a combination's result a unit stores, except the method version: a method change that
 * leaves this unchanged leaves the unit's row (and its method_version) untouched.
 */
QByteArray outcomeSignature(const UnitAssessment &result);

//! The assessment note of an unscored unit ("unit ID: field F: value V: allowed A").
QString unscoredNote(const QString &unitId, const UnitAssessment &result);

/**
 * Records that a unit's final level changed (outcome and audit log) unless it had none before.
 * False with outcome.error when the audit entry cannot be written.
 */
bool recordLevelChange(ProjectStore &store, AssessOutcome &outcome, const QString &unitId,
                       const QString &unitName, const QString &previousLevel,
                       const ScoredCombination &scored);

//! Fills a unit's result row: region_id, region and region_shares as given (null where
//! \a regionNulls says so), the rest from \a scored.
void fillResultRow(UnitWriter::Row &row, qint64 fid, const QByteArray regionTexts[3],
                   const bool regionNulls[3], const ScoredCombination &scored,
                   const QByteArray &note);

//! A unit in a region: its scored combination and its share (1 for a point).
struct Member
{
  quint32 combination;
  double share;
};

//! That a unit lies in a region: the region's index in the locator, and how the unit counts there.
struct Membership
{
  quint32 region;
  Member member;
};

/**
 * The units pass: reads every unit with one SELECT on GDAL's own SQLite connection (inside the
 * open transaction), scores each distinct input combination once, places units in regions and
 * rewrites only the rows whose stored results change. False with outcome.error on failure or
 * cancellation; the caller rolls back.
 */
class UnitPass
{
public:
  /**
   * \a hazards, when given, names the units whose control the hidden-danger rule makes poor:
   * each is scored with control 差 and its hidden dangers among its inputs.
   */
  UnitPass(ProjectStore &store, const MethodSet &methodSet, RegionLocator &locator,
           AssessOutcome &outcome, QgsFeedback *feedback, const HazardEffect *hazards = nullptr)
      : mStore(store), mMethodSet(methodSet), mLocator(locator), mOutcome(outcome),
        mFeedback(feedback), mHazards(hazards)
  {
  }

  /**
   * \a afterReading, when given, runs in the reading thread once every unit is placed (with the
   * read-only connection), while this thread still writes: the region tallies go there.
   */
  bool run(sqlite3 *connection, const std::function<void(sqlite3 *)> &afterReading = {});
  const std::deque<ScoredCombination> &combinations() const { return mCombinations; }
  //! Which unit (scored combination) lies in which region, in unit order.
  const std::vector<Membership> &memberships() const { return mMemberships; }
  //! The units (fids) of each combination, in unit order.
  const std::vector<std::vector<qint64>> &unitsByCombination() const { return mUnitsByCombination; }

private:
  enum Column
  {
    Fid,
    UnitId,
    Name,
    Category,
    Sector,
    RegionHint,
    Shape,
    Geometry,
    RegionId,
    Region,
    RegionShares,
    Method,
    MethodVersion,
    Score,
    Grade,
    InherentLevel,
    Level,
    LevelZh,
    Note,
    FirstInput
  };

  quint32 score(const SqlStatement &row);
  //! Reads every unit on \a reading, scores and places it; batches the rows to write
  //! (placing thread). False with \a error when SQLite fails.
  bool readAndPlace(sqlite3 *reading, BatchQueue &placed, BatchQueue &spent,
                    const std::atomic<bool> &stop, QString &error);
  //! Places the current unit and adds its row to \a batch when its results change.
  void place(const SqlStatement &units, quint32 combination, UnitBatch &batch);
  //! Audits a placed batch's level changes and writes its rows (writing thread).
  bool write(const UnitBatch &batch, UnitWriter &writer);
  bool fail(const QString &message, ProblemKind kind = ProblemKind::Failed)
  {
    mOutcome.error = message;
    mOutcome.errorKind = kind;
    return false;
  }

  ProjectStore &mStore;
  const MethodSet &mMethodSet;
  RegionLocator &mLocator;
  AssessOutcome &mOutcome;
  QgsFeedback *mFeedback;
  const HazardEffect *mHazards = nullptr;
  std::unordered_map<std::string, quint32> mCache;
  std::vector<Membership> mMemberships;
  std::deque<ScoredCombination> mCombinations;
  std::vector<std::vector<qint64>> mUnitsByCombination;
  std::vector<quint32> mHits; //!< scratch of place()
  std::string mKey;
};

} // namespace riskatlas
