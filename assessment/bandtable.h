#pragma once

#include "jsonreader.h"
#include "risklevel.h"

#include <QJsonObject>
#include <QList>

namespace riskatlas
{

//! One band of a score → level table: scores from lowerBound up to the next band's bound.
struct ScoreBand
{
  RiskLevel level = RiskLevel::None;
  //! Lower bound of the band; the lowest band has none and takes everything below the next.
  bool hasLowerBound = false;
  double lowerBound = 0.0;
};

/**
 * Classifies a raw score into a risk level by thresholds.
 *
 * Every table states its boundary rule: with LowerInclusive (the default, domain.md §4) a score
 * equal to a band's lower bound belongs to that band (70 ≤ D < 160 → general); with
 * UpperInclusive it belongs to the band below. Bands are contiguous by construction, so a
 * valid table has neither gaps nor overlaps.
 */
class BandTable
{
public:
  enum class BoundaryRule
  {
    LowerInclusive,
    UpperInclusive,
  };

  BandTable() = default;

  /**
   * Builds a table from bands ordered from the most severe down; the last band must have no
   * lower bound and every other band must have one, strictly decreasing, with strictly
   * decreasing levels. Returns an invalid table and sets \a error otherwise.
   */
  static BandTable create(const QList<ScoreBand> &bandsMostSevereFirst, BoundaryRule rule,
                          QString *error);

  bool isValid() const { return !mBands.isEmpty(); }
  BoundaryRule boundaryRule() const { return mRule; }
  const QList<ScoreBand> &bands() const { return mBands; }

  RiskLevel classify(double score) const;
  //! The position in bands() of the band \a score falls in; -1 for an invalid table.
  int bandIndex(double score) const;
  /**
   * Each band's score range as text, in bands() order, with the boundary rule in the operators:
   * "D ≥ 320", "160 ≤ D < 320", "D < 70" (lower bound inclusive) or "D > 320", "160 < D ≤ 320".
   */
  QStringList rangeTexts(const QString &symbol) const;

  //! {"rule": "lower-inclusive", "bands": [{"level": "major", "from": 20}, …, {"level": "low"}]}
  QJsonObject toJson() const;
  static BandTable fromJson(const QJsonObject &json, QString *error);
  //! Reads a table strictly; every problem is recorded in \a json. Invalid on any problem.
  static BandTable readJson(const JsonReader &json);

private:
  QList<ScoreBand> mBands;
  BoundaryRule mRule = BoundaryRule::LowerInclusive;
};

} // namespace riskatlas
