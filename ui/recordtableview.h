#pragma once

class QAbstractItemModel;
class QTableView;
class QWidget;

namespace riskatlas
{

/**
 * A table of records as the docks show them: read-only, whole rows selected (several at once),
 * sorted by a header click, columns movable, and fixed row heights — so a view over a lazy
 * model of a million rows never asks every row for its size.
 */
QTableView *createRecordTableView(QAbstractItemModel *model, QWidget *parent);

} // namespace riskatlas
