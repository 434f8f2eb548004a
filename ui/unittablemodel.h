#pragma once

#include "levelpalette.h"
#include "taxonomy.h"
#include "workflow/unitquery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <memory>
#include <vector>

namespace riskatlas
{

/**
 * The units of a project as a table, lazily: a filter or sort change asks the project for the
 * ordered fids only (8 bytes a unit), and data() reads rows by fid a page at a time, keeping a
 * few pages. A million units never sit in memory as rows.
 */
class UnitTableModel : public QAbstractTableModel
{
  Q_OBJECT

public:
  enum Column
  {
    UnitIdColumn,
    NameColumn,
    CategoryColumn,
    SectorColumn,
    RegionColumn,
    MethodColumn,
    ScoreColumn,
    LevelColumn,
    ControlColumn,
    ColumnCount
  };
  enum Role
  {
    FidRole = Qt::UserRole + 1, //!< the unit's fid (qint64)
    LevelRole,                  //!< its level key ("major"… "none")
    NoteRole,                   //!< why it is not scored
  };
  //! Rows read at once as the view scrolls.
  static constexpr int PageSize = 256;
  //! Pages kept.
  static constexpr int CachedPages = 8;

  explicit UnitTableModel(QObject *parent = nullptr);
  ~UnitTableModel() override;

  /**
   * Shows the units of \a gpkgPath (an empty path shows nothing), naming categories and sectors
   * from \a taxonomy in \a language ("zh" or "en"). Keeps the filter and sort; false with
   * error() when the file cannot be read.
   */
  bool setProject(const QString &gpkgPath, const Taxonomy &taxonomy, const QString &language);
  QString path() const;
  const Taxonomy &taxonomy() const { return mTaxonomy; }
  QString language() const { return mLanguage; }
  //! The last read error, empty when the last read worked.
  QString error() const { return mError; }

  //! Reads the fids again (after a commit), keeping the filter and sort.
  void refresh();
  void setFilter(const UnitFilter &filter);
  UnitFilter filter() const { return mFilter; }
  //! The units of the project, whatever the filter (as of the last refresh).
  qint64 totalCount() const { return mTotal; }
  //! The regions units can be filtered by.
  QVector<UnitRegionChoice> regionChoices() const;

  qint64 fidAt(int row) const;
  //! The rows of those of \a fids shown, in the order of \a fids; hidden units are skipped.
  QList<int> rowsOf(const QList<qint64> &fids) const;

  int rowCount(const QModelIndex &parent = QModelIndex()) const override;
  int columnCount(const QModelIndex &parent = QModelIndex()) const override;
  QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;
  void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
  int sortColumn() const { return mSortColumn; }
  Qt::SortOrder sortOrder() const { return mSortOrder; }

  //! Name of \a level as the tables show it (in the model's language).
  static QString levelText(RiskLevel level, bool assessed, const QString &language);
  //! Cell colours of a level in \a palette (the project's colours).
  static QVariant levelBackground(RiskLevel level, const LevelPalette &palette);
  static QVariant levelForeground(RiskLevel level, const LevelPalette &palette);
  //! Colours the level column in \a palette (the project's: ProjectDocument::palette()).
  void setPalette(const LevelPalette &palette);
  const LevelPalette &palette() const { return mPalette; }
  //! Name of a scoring method by its id ("matrix", "lec", "mes").
  static QString methodText(const QString &method);

private:
  const UnitTableRecord *record(int row) const;
  QString controlText(const QString &control) const;
  void reload();

  std::unique_ptr<UnitQuery> mQuery;
  Taxonomy mTaxonomy;
  QString mLanguage = QStringLiteral("zh");
  LevelPalette mPalette;
  UnitFilter mFilter;
  int mSortColumn = -1;
  Qt::SortOrder mSortOrder = Qt::AscendingOrder;
  std::vector<qint64> mFids;
  qint64 mTotal = 0;
  QString mError;

  struct Page
  {
    QVector<UnitTableRecord> rows;
    quint64 lastUse = 0;
  };
  mutable QHash<int, Page> mPages;
  mutable quint64 mUseClock = 0;
};

} // namespace riskatlas
