#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableWidget;

namespace riskatlas
{

class MethodSetDraft;

/**
 * A score → level band table of a method-set draft (LEC, MES, a banded matrix, the composite
 * index): each band's level and lower bound, the range it covers under the boundary rule (shown
 * in words: "160 ≤ D < 320"), and the rule itself. A bound that is not a number or breaks the
 * order is written as typed; the draft's check then names the problem under the table.
 */
class BandTableEditor : public QWidget
{
  Q_OBJECT

public:
  explicit BandTableEditor(MethodSetDraft *draft, QWidget *parent = nullptr);

  //! Edits the band table at \a path (e.g. {"default", "bands"}); \a symbol names the score.
  void setPath(const QStringList &path, const QString &symbol);
  QTableWidget *table() const { return mTable; }
  //! The problems shown under the table (empty when there are none).
  QString problemText() const;

private:
  void refresh();
  void boundEdited(int row, int column);

  MethodSetDraft *mDraft;
  QStringList mPath;
  QString mSymbol;
  QComboBox *mRule;
  QTableWidget *mTable;
  QLabel *mProblems;
  bool mRefreshing = false;
};

} // namespace riskatlas
