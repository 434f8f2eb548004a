#pragma once

#include "api/problem.h"

#include <QStringList>

namespace riskatlas
{

//! What an import did, or every reason it did nothing.
struct ImportOutcome
{
  bool ok = false;
  Problems problems; //!< every problem, file-level and row-level, in the order found
  int rows = 0;
  int added = 0;
  int updated = 0;
  int unchanged = 0;           //!< re-imported units identical to the stored ones: results kept
  int replaced = 0;            //!< regions removed because the import replaced their kind
  QStringList removed;         //!< ids of units from this file that the file no longer lists
  QStringList withoutPosition; //!< ids of units placed by their region's name or code only
  QStringList warnings;        //!< repaired geometries and the like
  QString projectCrs;

  //! Records a file-level problem; returns *this so a failing step can `return fail(…)`.
  ImportOutcome &fail(ProblemKind kind, const QString &file, const QString &reason);
  ImportOutcome &fail(const Problem &problem);
  //! The neutral messages of every problem.
  QStringList messages() const { return problemMessages(problems); }
};

} // namespace riskatlas
