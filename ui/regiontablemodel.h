#pragma once

#include "levelpalette.h"
#include "workflow/regionquery.h"

#include <QAbstractTableModel>
#include <QVector>

namespace riskatlas
{

/**
 * The regions of one kind as a table: their level, unit counts by level, aggregate index and
 * the units that raised them. Every row in memory (one query; 10,000 grid cells are a few MB),
 * sorted in memory.
 */
class RegionTableModel : public QAbstractTableModel
{
  Q_OBJECT

public:
  enum Column
  {
    IdColumn,
    NameColumn,
    LevelColumn,
    UnitsColumn,
    MajorColumn,
    SignificantColumn,
    GeneralColumn,
    LowColumn,
    IndexColumn,
    RaisedByColumn,
    ColumnCount
  };
  enum Role
  {
    FidRole = Qt::UserRole + 1, //!< the region's fid (qint64)
    LevelRole,                  //!< its level key
  };

  explicit RegionTableModel(QObject *parent = nullptr);

  //! Shows \a regions, naming levels in \a language ("zh" or "en").
  void setRegions(const QVector<AssessedRegion> &regions, const QString &language);
  const AssessedRegion &region(int row) const { return mRegions.at(row); }
  QList<int> rowsOf(const QList<qint64> &fids) const;
  //! Colours the level column in \a palette (the project's: ProjectDocument::palette()).
  void setPalette(const LevelPalette &palette);

  int rowCount(const QModelIndex &parent = QModelIndex()) const override;
  int columnCount(const QModelIndex &parent = QModelIndex()) const override;
  QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;
  void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
  void sortRows();

  QVector<AssessedRegion> mRegions;
  QString mLanguage = QStringLiteral("zh");
  LevelPalette mPalette;
  int mSortColumn = -1;
  Qt::SortOrder mSortOrder = Qt::AscendingOrder;
};

} // namespace riskatlas
