#pragma once

#include "api/problem.h"
#include "hazarddeadlinerule.h"
#include "hiddendanger.h"
#include "import/sourcelayer.h"
#include "store/hazardcolumns.h"

#include <QHash>
#include <optional>
#include <qgspointxy.h>

namespace riskatlas
{

//! A register row that passed every check, ready to write.
struct HazardRecord
{
  HiddenDanger hazard;
  std::optional<QgsPointXY> lonLat; //!< the register's own position (WGS 84), if it gave one
  qint64 sourceRow = 0;
  QString location; //!< "row 12"
};

/**
 * Turns the rows of a hidden-danger register into records, checking every field and collecting
 * every problem (file, row, hidden-danger id, column, value, reason): the id (required, once
 * per file), the unit (by 单位编号, else by a 单位名称 that names exactly one unit of the
 * project; NotInProject otherwise), grade, dates (2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日),
 * funds, status, listing, and whether the record is complete for its status
 * (HazardLifecycle::checkRecord()). An empty deadline follows the project's rule.
 */
class HazardRowReader
{
public:
  HazardRowReader(const SourceLayer &source, const HazardColumns &columns,
                  const QHash<QString, QString> &unitNames, const HazardDeadlineRule &rule);

  //! False (with problems appended) when the row cannot become a hidden danger.
  bool read(const SourceRow &row, HazardRecord &record, Problems &problems);

  //! Reads a register date; false for text that is no date.
  static bool parseDate(const QString &text, QDate &date);
  //! "第2轮", "第二轮", "2" → "2"; other text as given, trimmed.
  static QString normaliseRound(const QString &text);

private:
  QString value(const SourceRow &row, const QString &field) const;

  QString mFile;
  const HazardColumns &mColumns;
  const QHash<QString, QString> &mUnitNames;
  QHash<QString, QStringList> mUnitsByName;
  HazardDeadlineRule mRule;
  QHash<QString, QString> mSeenIds;
};

} // namespace riskatlas
