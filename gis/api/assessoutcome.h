#pragma once

#include "api/problem.h"

#include <QList>
#include <QStringList>

namespace riskatlas
{

//! A unit whose final level differs from the previous assessment, and why.
struct LevelChange
{
  QString unitId;
  QString unitName;
  QString oldLevel; //!< level key
  QString newLevel;
  QString reason; //!< method, score, inherent level and control, e.g. "matrix 9 → significant,
                  //!< control 中"
};

//! What an assessment did, or why it did nothing (the project is then unchanged).
struct AssessOutcome
{
  bool ok = false;
  QString error;                               //!< the neutral message when not ok
  ProblemKind errorKind = ProblemKind::Failed; //!< what kind of problem \a error is
  int units = 0;
  int scored = 0;
  int outsideRegions = 0;
  QStringList outside; //!< ids of the units in no region (counted and listed, never dropped)
  QList<LevelChange> levelChanges; //!< against the previous assessment
  QStringList unscored; //!< "unit ID: field F: value V: allowed A", one per unscored unit
  QString methodSetHash;
  int unitsWritten = 0;   //!< units whose stored results changed (only those rows are written)
  int regionsWritten = 0; //!< regions whose stored results changed
  //! The run started from the last one's stored state instead of reading every unit.
  bool incremental = false;
};

//! What an assessment reads.
enum class AssessScope
{
  //! Only what changed since the last run, when its stored state allows (else everything).
  Changes,
  //! Every unit, placed again in its regions (ignores the stored state, then replaces it).
  Everything,
};

//! The problem of a failed assessment of \a projectPath, as data.
Problem assessProblem(const AssessOutcome &outcome, const QString &projectPath);

} // namespace riskatlas
