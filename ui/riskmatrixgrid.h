#pragma once

#include "risklevel.h"

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace riskatlas
{

class MethodSetDraft;

/**
 * A risk matrix of a method-set draft as a coloured grid (2×2 to 10×10): likelihood rows (most
 * likely on top), severity columns, each step's descriptor editable in the first column and the
 * last row. A click raises a cell's level by one (major wraps to low); typing 1–4 or l, g, s, m
 * sets the selected cell. Editing a cell of a banded matrix turns it into a cell table with the
 * same levels first.
 */
class RiskMatrixGrid : public QWidget
{
  Q_OBJECT

public:
  explicit RiskMatrixGrid(MethodSetDraft *draft, QWidget *parent = nullptr);

  //! Edits the matrix at \a path ({"default"}, {"sectors", "I09"}, …).
  void setPath(const QStringList &path);
  QStringList path() const { return mPath; }
  //! The table of cells (row 0 = the highest likelihood; the last row holds descriptors).
  QTableWidget *table() const { return mTable; }
  //! The level a cell shows (1-based steps), None when the matrix is invalid.
  RiskLevel levelAt(int likelihood, int severity) const;
  //! Sets a cell's level as one undoable edit.
  void setLevel(int likelihood, int severity, RiskLevel level);

protected:
  bool eventFilter(QObject *watched, QEvent *event) override;

private:
  void refresh();
  QJsonObject method() const;
  void setMethod(const QJsonObject &method, const QString &text);
  void resize(int likelihoodSteps, int severitySteps);
  void labelEdited(int row, int column);
  void useCells(bool cells);
  //! The step of a table cell, false for the descriptor cells.
  bool stepsAt(int row, int column, int &likelihood, int &severity) const;

  MethodSetDraft *mDraft;
  QStringList mPath;
  QSpinBox *mLikelihoodSteps;
  QSpinBox *mSeveritySteps;
  QComboBox *mMode;
  QTableWidget *mTable;
  QLabel *mProblems;
  QVector<QVector<RiskLevel>> mLevels;
  bool mRefreshing = false;
};

} // namespace riskatlas
