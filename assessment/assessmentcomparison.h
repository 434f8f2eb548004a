#pragma once

#include "levelcounts.h"
#include "risklevel.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace riskatlas
{

//! A unit or a region as one assessment left it: what comparing two assessments matches.
struct ComparedItem
{
  QString id; //!< unit id, or region code
  QString name;
  QString kind; //!< region kind (district|street|grid); empty for units
  RiskLevel level = RiskLevel::None;
};

//! How an item's final level moved from the old assessment to the new one.
enum class LevelChangeKind
{
  Raised,
  Lowered,
  New,     //!< only in the new assessment
  Removed, //!< only in the old one
};

//! "raised" | "lowered" | "new" | "removed".
QString levelChangeKey(LevelChangeKind kind);

struct ComparedChange
{
  ComparedItem item; //!< the new assessment's (the old one's when removed)
  RiskLevel oldLevel = RiskLevel::None;
  RiskLevel newLevel = RiskLevel::None;
  LevelChangeKind kind = LevelChangeKind::Raised;
};

//! Tallies of changes of one kind of item.
struct ChangeCounts
{
  int raised = 0;
  int lowered = 0;
  int added = 0;
  int removed = 0;
  int unchanged = 0;
  void add(LevelChangeKind kind);
  QJsonObject toJson() const;
};

/**
 * Two assessments of a city compared: before and after a review, or this year against last
 * year. Units match by unit id, regions by kind and code; an item in both whose final level
 * differs is raised or lowered (not assessed counts below low), one in only one is new or
 * removed. Changes come in id (code) order; counts by level are of units.
 */
struct AssessmentComparison
{
  LevelCounts oldUnitLevels;
  LevelCounts newUnitLevels;
  ChangeCounts unitCounts;
  ChangeCounts regionCounts;
  QList<ComparedChange> unitChanges;
  QList<ComparedChange> regionChanges;

  //! The `compare --json` contract (docs/cli.md, resources/schemas/compare.schema.json).
  QJsonObject toJson() const;
};

AssessmentComparison compareAssessments(const QList<ComparedItem> &oldUnits,
                                        const QList<ComparedItem> &newUnits,
                                        const QList<ComparedItem> &oldRegions,
                                        const QList<ComparedItem> &newRegions);

} // namespace riskatlas
