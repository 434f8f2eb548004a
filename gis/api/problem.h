#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace riskatlas
{

/**
 * What went wrong, for a front end to decide how to help: the command line names a flag, the
 * workbench a field or a button. Problem::message() is the neutral wording.
 */
enum class ProblemKind
{
  Invalid,   //!< an input row, field, value or file is wrong; the reason says how
  Cancelled, //!< the user cancelled; nothing changed
  Failed,    //!< reading or writing a file or the project failed
  Damaged,   //!< the project file is damaged (a read failed, a table or metadata row is missing)

  FileExists,        //!< the target file exists (fix: allow replacing it)
  ProjectNoUnits,    //!< the project has no units (fix: import units)
  ProjectNoBoundary, //!< the project has no districts or streets (fix: import regions)
  StaleAssessState,  //!< the stored assessment state is stale (fix: a full assessment)
  NotInProject,      //!< a code (category, sector, run) the project does not have
  TemplateInvalid,   //!< a map template is missing, unreadable or lacks the map item
  ReasonRequired,    //!< a change (a level override) needs a reason (fix: give one)
  EditConflict,      //!< the unit no longer holds what the edit expects (changed elsewhere)

  // Import settings (Problem::setting names the setting, e.g. "name-field", "source-crs").
  SettingNoSuchField,     //!< a field setting names no field; allowed lists the fields
  SettingInvalid,         //!< a setting's value is not valid (unknown CRS or encoding, …)
  RegionNameUnrecognised, //!< no region-name column recognised (fix: name the field)
  UnitFieldUnrecognised,  //!< no column for a required field (fix: map one); field names it
  PositionUnrecognised,   //!< no geometry or position column (fix: map longitude/latitude)
  SourceCrsUnknown,       //!< the file states no usable CRS (fix: give the source CRS)
  EncodingMismatch,       //!< the text is not valid in the detected encoding (fix: give one)
  HeaderRowBeyondEnd,     //!< the header row lies beyond the file or sheet
  LayerNotChosen,         //!< the file has several layers (fix: choose one); allowed lists them
  DatumNeedsLonLat,       //!< removing web-map offsets needs longitude/latitude
  GridTooFine,            //!< the cell size makes too many cells; count and allowed say how many

  // Row problems with a setting to fix.
  OutsideChina,         //!< web-map offsets can only be removed inside China
  CoordinateOutOfRange, //!< a longitude/latitude out of range: the data may be projected
};

//! One problem, as the analyst needs it to fix the input: where, which field, what value, why.
struct Problem
{
  ProblemKind kind = ProblemKind::Invalid;
  QString file;     //!< the input or project file
  QString location; //!< "row 12" or "feature 12"; empty for a file-level problem
  QString unitId;
  QString field;
  QString value;
  //! Neutral wording, without any front end's hint. A file-level problem's reason is the whole
  //! sentence, naming the file.
  QString reason;
  QString setting; //!< for setting kinds: the setting at fault ("name-field", "encoding", …)
  QString allowed; //!< what would be accepted (fields, layers, a limit)
  QString count;   //!< a measured quantity the reason refers to

  //! The neutral message: "file: row 12 (id X): field F: value "V": reason" for a row problem,
  //! the reason for a file-level one.
  QString message() const;
  bool isRowProblem() const { return !location.isEmpty(); }

  //! A file-level problem of \a kind.
  static Problem fileProblem(ProblemKind kind, const QString &file, const QString &reason);
};

using Problems = QList<Problem>;

//! The neutral messages of \a problems, one per problem.
QStringList problemMessages(const Problems &problems);

} // namespace riskatlas
