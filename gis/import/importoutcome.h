#pragma once

#include <QStringList>

namespace riskatlas
{

//! One bad row or feature of an input file, as the analyst needs it to fix the file.
struct ImportProblem
{
  QString file;
  QString location; //!< "row 12" or "feature 12"
  QString unitId;
  QString field;
  QString value;
  QString reason;

  //! "file: row 12 (id X): field F: value "V": reason"
  QString message() const;
};

//! What an import did, or every reason it did nothing.
struct ImportOutcome
{
  bool ok = false;
  QStringList errors;            //!< one line per problem, file-level ones included
  QList<ImportProblem> problems; //!< the row-level problems among errors, for --errors FILE.csv
  int rows = 0;
  int added = 0;
  int updated = 0;
  int unchanged = 0;           //!< re-imported units identical to the stored ones: results kept
  int replaced = 0;            //!< regions removed because the import replaced their kind
  QStringList removed;         //!< ids of units from this file that the file no longer lists
  QStringList withoutPosition; //!< ids of units placed by their region's name or code only
  QStringList warnings;        //!< repaired geometries and the like
  QString projectCrs;
};

//! Writes problems as a CSV the analyst can open in Excel (UTF-8 with BOM).
bool writeProblemsCsv(const QString &path, const ImportOutcome &outcome, QString *error);

} // namespace riskatlas
