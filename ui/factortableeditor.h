#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabBar;
class QTableWidget;

namespace riskatlas
{

class MethodSetDraft;

/**
 * The factor tables of an LEC or MES method of a method-set draft: for each factor (L, E, C or
 * M, E, S; a tab each) its tabulated values with their Chinese and English descriptors. Rows
 * can be added, removed and edited; each change is one edit on the draft's undo stack. A value
 * that is not a number is written as typed, so the draft's check (the assessment's own reader:
 * positive, distinct numbers; the draft's: descriptors not empty) names the problem under the
 * table and marks the row.
 */
class FactorTableEditor : public QWidget
{
  Q_OBJECT

public:
  enum Column
  {
    ValueColumn,
    ChineseColumn,
    EnglishColumn,
  };

  explicit FactorTableEditor(MethodSetDraft *draft, QWidget *parent = nullptr);

  //! Edits the factors of the method at \a path (e.g. {"default"}).
  void setPath(const QStringList &path);
  //! Shows factor \a index (0…2).
  void showFactor(int index);
  int currentFactor() const;
  QTableWidget *table() const { return mTable; }
  QPushButton *addButton() const { return mAdd; }
  QPushButton *removeButton() const { return mRemove; }
  //! The problems shown under the table (empty when there are none).
  QString problemText() const;
  //! Whether row \a row is marked as having a problem.
  bool isRowMarked(int row) const;

private:
  void refresh();
  void cellEdited(int row, int column);
  void addRow();
  void removeRow();
  QStringList factorPath() const;

  MethodSetDraft *mDraft;
  QStringList mPath;
  QTabBar *mFactors;
  QTableWidget *mTable;
  QPushButton *mAdd;
  QPushButton *mRemove;
  QLabel *mProblems;
  bool mRefreshing = false;
};

} // namespace riskatlas
