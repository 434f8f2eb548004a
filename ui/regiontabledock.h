#pragma once

#include "regionkind.h"

#include <QDockWidget>
#include <QList>

class QLabel;
class QTableView;

namespace riskatlas
{

class RegionTableModel;

/**
 * The regions of one kind (区县, 街道 or 网格) of the open project as a table: each region's
 * level, its units by level, the aggregate index and the units that raised it. Sortable by a
 * click on a header; a double click leads the map to the region.
 */
class RegionTableDock : public QDockWidget
{
  Q_OBJECT

public:
  explicit RegionTableDock(QWidget *parent = nullptr);
  ~RegionTableDock() override;

  //! Shows the regions of \a gpkgPath (empty: no project), levels named in \a language.
  void setProject(const QString &gpkgPath, const QString &language);
  //! Shows the regions of \a kind (districts at first).
  void setRegionKind(RegionKind kind);
  RegionKind regionKind() const { return mKind; }
  //! Reads the project again (after a commit), keeping the sort and the selected regions.
  void refresh();
  //! The fids of the selected regions, top to bottom.
  QList<qint64> selectedFids() const;

  RegionTableModel *model() const { return mModel; }
  QTableView *view() const { return mView; }

public slots:
  //! Selects the rows of \a fids without emitting regionsSelected().
  void selectRegions(const QList<qint64> &fids);

signals:
  void regionsSelected(const QList<qint64> &fids);
  void regionActivated(qint64 fid);

private:
  void updateTitle();

  RegionTableModel *mModel = nullptr;
  QTableView *mView = nullptr;
  QLabel *mStatus = nullptr;
  QString mPath;
  QString mLanguage = QStringLiteral("zh");
  RegionKind mKind = RegionKind::District;
  bool mSilent = false;
  bool mColumnsSized = false;
};

} // namespace riskatlas
