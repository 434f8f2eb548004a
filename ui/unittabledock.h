#pragma once

#include "taxonomy.h"

#include <QDockWidget>
#include <QList>

class QComboBox;
class QLabel;
class QTableView;
class QTimer;
class QgsFilterLineEdit;

namespace riskatlas
{

class UnitTableModel;

/**
 * The risk units of the open project as a table (风险单元表): a filter bar (category, sector,
 * level, region, control level, text), sorting by a click on a header, and a selection kept in
 * step with the map's. Lazy: a million units scroll without being loaded.
 */
class UnitTableDock : public QDockWidget
{
  Q_OBJECT

public:
  explicit UnitTableDock(QWidget *parent = nullptr);
  ~UnitTableDock() override;

  /**
   * Shows the units of \a gpkgPath (empty: no project), naming categories and sectors from
   * \a taxonomy in \a language ("zh" or "en"). Filters are reset. The dock keeps a read-only
   * connection to the file: call setProject(QString()) before the project closes, or the file
   * cannot return to one file (rollback journal) when its ProjectView goes.
   */
  void setProject(const QString &gpkgPath, const Taxonomy &taxonomy, const QString &language);
  //! Reads the project again (after a commit), keeping filters, sort and the selected units
  //! (a filter or a sort keeps them too, where they are still shown).
  void refresh();
  //! The fids of the selected units, top to bottom.
  QList<qint64> selectedFids() const;

  UnitTableModel *model() const { return mModel; }
  QTableView *view() const { return mView; }

public slots:
  //! Selects the rows of \a fids (a selection made on the map) without emitting unitsSelected().
  void selectUnits(const QList<qint64> &fids);

signals:
  //! The user selected rows.
  void unitsSelected(const QList<qint64> &fids);
  //! The user double-clicked a unit (the window zooms to it).
  void unitActivated(qint64 fid);

private:
  void fillChoices();
  void fillSectors();
  void fillRegions();
  void applyFilter();
  void updateCount();
  void onSelectionChanged();
  void keepSelection();
  void restoreSelection();

  UnitTableModel *mModel = nullptr;
  QTableView *mView = nullptr;
  QComboBox *mCategory = nullptr;
  QComboBox *mSector = nullptr;
  QComboBox *mLevel = nullptr;
  QComboBox *mRegion = nullptr;
  QComboBox *mControl = nullptr;
  QgsFilterLineEdit *mText = nullptr;
  QLabel *mCount = nullptr;
  QTimer *mTextDelay = nullptr;
  bool mFilling = false;
  bool mSilent = false;
  bool mForgetSelection = false;
  QList<qint64> mKeptSelection;
  qint64 mKeptCurrent = 0;
  bool mColumnsSized = false;
};

} // namespace riskatlas
