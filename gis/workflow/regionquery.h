#pragma once

#include "levelcounts.h"
#include "regionkind.h"
#include "risklevel.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>
#include <memory>

namespace riskatlas
{

class ReadOnlyConnection;

//! One region's row as a table shows it: its last assessment's result.
struct AssessedRegion
{
  qint64 fid = 0;
  QString regionId;
  QString name;
  RiskLevel level = RiskLevel::None;
  int unitCount = 0;
  LevelCounts counts;
  double aggregateIndex = 0;
  QStringList raisedBy; //!< the units whose hazard influence zone raised the region
};

/**
 * Reads the regions of a project for a table, on a read-only SQLite connection of its own
 * (never blocking a task's commit). One query per kind: 10,000 grid cells read in milliseconds.
 */
class RegionQuery
{
  Q_DECLARE_TR_FUNCTIONS(RegionQuery)

public:
  //! Opens \a path read-only; null with \a error when it cannot be read.
  static std::unique_ptr<RegionQuery> open(const QString &path, QString *error);
  ~RegionQuery();
  RegionQuery(const RegionQuery &) = delete;
  RegionQuery &operator=(const RegionQuery &) = delete;

  //! The regions of \a kind in code order (regionCodeLess()); empty when the project has none.
  QVector<AssessedRegion> regions(RegionKind kind);
  //! The last read error; empty when the last read succeeded.
  QString error() const { return mError; }

private:
  explicit RegionQuery(std::unique_ptr<ReadOnlyConnection> connection);

  std::unique_ptr<ReadOnlyConnection> mConnection;
  QString mError;
};

} // namespace riskatlas
