#pragma once

#include "hazardcounts.h"
#include "hazardgrade.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>

namespace riskatlas
{

struct HiddenDanger;

//! The counts of one round, district or sector.
struct HazardGroupCounts
{
  QString code; //!< the round ("1"), district code or sector code; empty: outside every district
  QString name; //!< the district's or sector's name; empty for a round
  HazardCounts counts;
};

/**
 * The closed loop's figures as of a date, for `hazards stats --json` (docs/cli.md), the
 * workbench and the report: every count in total, per grade, per round (in round order), per
 * district and per sector (by code; hidden dangers outside every district last, code "").
 */
class HazardStatistics
{
public:
  static HazardStatistics compute(const QList<HiddenDanger> &hazards, const QDate &asOf);

  QDate asOf() const { return mAsOf; }
  const HazardCounts &all() const { return mAll; }
  HazardCounts byGrade(HazardGrade grade) const { return mByGrade.value(grade); }
  const QList<HazardGroupCounts> &byRound() const { return mByRound; }
  const QList<HazardGroupCounts> &byDistrict() const { return mByDistrict; }
  const QList<HazardGroupCounts> &bySector() const { return mBySector; }

  /**
   * {"as_of", "total", "open", "rectified", "closed", "overdue", "rectification_rate",
   * "by_grade": {"general": {…}, "major": {…}}, "by_round": [{"round", …}],
   * "by_district": [{"code", "name", …}], "by_sector": [{"code", "name", …}]}, each {…} holding
   * the five counts.
   */
  QJsonObject toJson() const;

private:
  QDate mAsOf;
  HazardCounts mAll;
  QMap<HazardGrade, HazardCounts> mByGrade;
  QList<HazardGroupCounts> mByRound;
  QList<HazardGroupCounts> mByDistrict;
  QList<HazardGroupCounts> mBySector;
};

} // namespace riskatlas
