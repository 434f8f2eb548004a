#pragma once

#include "risklevel.h"

#include <QList>
#include <QString>
#include <QVector>
#include <optional>

namespace riskatlas
{

class ProjectStore;

//! One cell of the risk list: its text as shown, its number (numeric columns), its level.
struct RiskListCell
{
  QString text;
  std::optional<double> number;
  std::optional<RiskLevel> level; //!< set in level columns
};

//! One column of the risk list: a stable key, the header in the table's language, its kind.
struct RiskListColumn
{
  enum class Kind
  {
    Text,   //!< always text (ids keep leading zeros)
    Number, //!< a number, shown with decimals digits after the point (-1: as is)
    Level,  //!< a risk level, named in the language and filled with its colour
  };
  QString key;
  QString header;
  Kind kind = Kind::Text;
  int decimals = -1;
};

/**
 * The risk list (风险清单) as people read it, in Chinese or English: one row per unit sorted by
 * id, numbered, with names instead of codes (category, sector, levels, method), the unit's
 * position in the project CRS and in WGS 84, the scoring inputs present in the project and the
 * columns kept at import. The localized CSV and the spreadsheets are written from it; the
 * documented CSV contract (risklistexporter.h) is not.
 */
class RiskListTable
{
public:
  /**
   * Reads every unit of \a store in \a language ("zh" or "en"). False when the project could
   * not be read (the store notes the read error).
   */
  bool read(ProjectStore &store, const QString &language);

  const QList<RiskListColumn> &columns() const { return mColumns; }
  QStringList headers() const;
  int rowCount() const { return static_cast<int>(mRows.size()); }
  const QVector<RiskListCell> &row(int index) const { return mRows.at(index); }

private:
  QList<RiskListColumn> mColumns;
  QVector<QVector<RiskListCell>> mRows;
};

} // namespace riskatlas
