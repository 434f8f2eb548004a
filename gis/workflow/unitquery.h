#pragma once

#include "controlcorrection.h"
#include "risklevel.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>
#include <memory>
#include <optional>
#include <vector>

namespace riskatlas
{

class ReadOnlyConnection;
class SqlStatement;

//! Which units a table shows; an unset member lets every unit through.
struct UnitFilter
{
  QString category; //!< category code
  QString sector;   //!< sector code
  //! RiskLevel::None: units not scored (not assessed yet, or missing an input).
  std::optional<RiskLevel> level;
  //! A region id (the unit's own region: district, else street, else grid); an empty string:
  //! units outside every region.
  std::optional<QString> regionId;
  //! ControlLevel::Unknown: units whose control level is not given.
  std::optional<ControlLevel> control;
  //! Units whose id, name or kept original columns (address…) contain it, case-insensitively.
  QString text;
  //! Only units an assessment has seen since they were imported (scored or not).
  bool assessedOnly = false;

  bool operator==(const UnitFilter &other) const;
  bool operator!=(const UnitFilter &other) const { return !(*this == other); }
};

//! The columns units sort by.
enum class UnitField
{
  Fid, //!< the import order
  UnitId,
  Name,
  Category,
  Sector,
  Region,
  Method,
  Score,
  Level,
  Control,
};

//! One unit's row as a table shows it.
struct UnitTableRecord
{
  qint64 fid = 0; //!< 0: the unit no longer exists
  QString unitId;
  QString name;
  QString category; //!< code
  QString sector;   //!< code
  QString sectorName;
  QString regionId;
  QString region;
  QString method;
  std::optional<double> score;
  RiskLevel level = RiskLevel::None;
  bool assessed = false;   //!< an assessment has seen the unit
  QString control;         //!< as given
  QString note;            //!< why the unit is not scored
  bool overridden = false; //!< the analyst set the level by hand (an override with a reason)
};

//! A region units can be filtered by.
struct UnitRegionChoice
{
  QString id;
  QString name;
};

/**
 * Reads the units of a project for a table, on a read-only SQLite connection of its own (the
 * workbench holds the file in WAL mode, so this reader never blocks a task's commit). Built
 * for a million units: a filter or sort change is one query returning only the ordered fids;
 * rows are then read by fid, a page at a time, as the table scrolls.
 */
class UnitQuery
{
  Q_DECLARE_TR_FUNCTIONS(UnitQuery)

public:
  //! Opens \a path read-only; null with \a error when it cannot be read.
  static std::unique_ptr<UnitQuery> open(const QString &path, QString *error);
  ~UnitQuery();
  UnitQuery(const UnitQuery &) = delete;
  UnitQuery &operator=(const UnitQuery &) = delete;

  QString path() const { return mPath; }
  //! The last read error; empty when the last read succeeded.
  QString error() const { return mError; }

  //! The fids of the units \a filter lets through, ordered by \a field (then by fid).
  bool orderedFids(const UnitFilter &filter, UnitField field, Qt::SortOrder order,
                   std::vector<qint64> &fids);
  //! Counts the units \a filter lets through.
  qint64 count(const UnitFilter &filter);
  //! Counts the units \a filter lets through by category code.
  QHash<QString, qint64> countByCategory(const UnitFilter &filter);
  //! The rows of \a count units from \a fids, in that order; a unit gone has fid 0.
  QVector<UnitTableRecord> records(const qint64 *fids, int count);
  //! The regions units lie in (the most basic kind the project has), in code order.
  QVector<UnitRegionChoice> regionChoices();

private:
  UnitQuery(const QString &path, std::unique_ptr<ReadOnlyConnection> connection);
  bool hasUnits();

  QString mPath;
  std::unique_ptr<ReadOnlyConnection> mConnection;
  std::unique_ptr<SqlStatement> mRecord;
  QString mError;
};

} // namespace riskatlas
