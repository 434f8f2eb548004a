#include "regiontabledock.h"

#include "recordtableview.h"
#include "regiontablemodel.h"
#include "workflow/projectsession.h"
#include "workflow/regionquery.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <qgsguiutils.h>

namespace riskatlas
{

namespace
{
//! The project's level colours (its method set's palette); the default ones without a project.
LevelPalette projectPalette(const QString &path)
{
  if (path.isEmpty())
    return LevelPalette();
  auto session = ProjectSession::open(path, OpenMode::ReadOnly, nullptr);
  return session ? session->methodSet().palette() : LevelPalette();
}
} // namespace

RegionTableDock::RegionTableDock(QWidget *parent) : QDockWidget(parent)
{
  setObjectName(QStringLiteral("RegionTableDock"));
  auto *content = new QWidget(this);
  auto *layout = new QVBoxLayout(content);
  layout->setContentsMargins(0, 0, 0, 0);
  mModel = new RegionTableModel(this);
  mView = createRecordTableView(mModel, content);
  mStatus = new QLabel(content);
  layout->addWidget(mView, 1);
  layout->addWidget(mStatus);
  setWidget(content);

  connect(mView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
          [this]
          {
            if (!mSilent)
              emit regionsSelected(selectedFids());
          });
  connect(mView, &QAbstractItemView::doubleClicked, this,
          [this](const QModelIndex &index)
          { emit regionActivated(index.data(RegionTableModel::FidRole).toLongLong()); });
  // Column widths from the first rows only, however many cells the grid has.
  mView->horizontalHeader()->setResizeContentsPrecision(100);
  updateTitle();
}

RegionTableDock::~RegionTableDock() = default;

void RegionTableDock::setProject(const QString &gpkgPath, const QString &language)
{
  mPath = gpkgPath;
  mLanguage = language;
  mSilent = true;
  mView->clearSelection();
  mSilent = false;
  refresh();
}

void RegionTableDock::setRegionKind(RegionKind kind)
{
  if (kind == mKind)
    return;
  mKind = kind;
  mSilent = true;
  mView->clearSelection();
  mSilent = false;
  refresh();
}

void RegionTableDock::refresh()
{
  const QgsTemporaryCursorOverride wait(Qt::WaitCursor);
  const QList<qint64> selected = selectedFids();
  QVector<AssessedRegion> regions;
  QString error;
  if (!mPath.isEmpty())
  {
    if (auto query = RegionQuery::open(mPath, &error))
    {
      regions = query->regions(mKind);
      error = query->error();
    }
  }
  mSilent = true;
  mModel->setPalette(projectPalette(mPath));
  mModel->setRegions(regions, mLanguage);
  selectRegions(selected);
  mSilent = false;
  if (!mColumnsSized && mModel->rowCount() > 0)
  {
    mView->resizeColumnsToContents();
    mColumnsSized = true;
  }
  if (!error.isEmpty())
    mStatus->setText(tr("Cannot read the regions: %1").arg(error));
  else
    mStatus->setText(tr("%n region(s)", nullptr, mModel->rowCount()));
  updateTitle();
}

void RegionTableDock::updateTitle()
{
  switch (mKind)
  {
  case RegionKind::District:
    setWindowTitle(tr("Districts"));
    break;
  case RegionKind::Street:
    setWindowTitle(tr("Streets"));
    break;
  case RegionKind::Grid:
    setWindowTitle(tr("Grid Cells"));
    break;
  }
}

QList<qint64> RegionTableDock::selectedFids() const
{
  QList<int> rows;
  for (const QModelIndex &index : mView->selectionModel()->selectedRows())
    rows << index.row();
  std::sort(rows.begin(), rows.end());
  QList<qint64> fids;
  for (int row : rows)
    fids << mModel->region(row).fid;
  return fids;
}

void RegionTableDock::selectRegions(const QList<qint64> &fids)
{
  const bool silent = mSilent;
  mSilent = true;
  QItemSelection selection;
  const int last = mModel->columnCount() - 1;
  for (int row : mModel->rowsOf(fids))
    selection.select(mModel->index(row, 0), mModel->index(row, last));
  mView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
  mSilent = silent;
}

} // namespace riskatlas
