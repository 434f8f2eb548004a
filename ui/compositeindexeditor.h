#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace riskatlas
{

class BandTableEditor;
class MethodSetDraft;

/**
 * The composite index of a method-set draft (the weighted aggregation rule): each group's weight,
 * or, when the set derives them by AHP, the pairwise comparison matrix (editing a cell sets its
 * reciprocal) with the weights, λmax and the consistency ratio it gives; then the index's bands.
 */
class CompositeIndexEditor : public QWidget
{
  Q_OBJECT

public:
  explicit CompositeIndexEditor(MethodSetDraft *draft, QWidget *parent = nullptr);

  QTableWidget *table() const { return mTable; }
  //! "CR = 0.03 …" for AHP weights; empty for direct weights.
  QString consistencyText() const;

private:
  void refresh();
  void edited(int row, int column);

  MethodSetDraft *mDraft;
  QTableWidget *mTable;
  QLabel *mConsistency;
  QLabel *mProblems;
  BandTableEditor *mBands;
  QStringList mItems;
  bool mAhp = false;
  bool mRefreshing = false;
};

} // namespace riskatlas
