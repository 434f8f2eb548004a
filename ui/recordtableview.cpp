#include "recordtableview.h"

#include <QHeaderView>
#include <QTableView>

namespace riskatlas
{

QTableView *createRecordTableView(QAbstractItemModel *model, QWidget *parent)
{
  auto *view = new QTableView(parent);
  view->setModel(model);
  view->setSelectionBehavior(QAbstractItemView::SelectRows);
  view->setSelectionMode(QAbstractItemView::ExtendedSelection);
  view->setEditTriggers(QAbstractItemView::NoEditTriggers);
  view->setWordWrap(false);
  view->verticalHeader()->hide();
  view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
  view->horizontalHeader()->setSectionsMovable(true);
  view->horizontalHeader()->setStretchLastSection(true);
  view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
  view->setSortingEnabled(true);
  return view;
}

} // namespace riskatlas
