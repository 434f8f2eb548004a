#pragma once

#include "api/hazardrequest.h"
#include "hiddendanger.h"

#include <QDockWidget>
#include <QList>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace riskatlas
{

/**
 * The hidden-danger register (事故隐患) of the open project: every hidden danger with its unit,
 * grade, status, round, district, deadline and days overdue (overdue rows in red), filtered by
 * grade, status, round and overdue as of a date, and sortable by each column. "Change status…"
 * opens the life-cycle form (HazardStatusDialog) and hands the chosen change over as
 * updateRequested(); the window runs it as a task and calls refresh() after the commit.
 * A double click leads to the unit; showUnit() lists one unit's hidden dangers.
 */
class HazardDock : public QDockWidget
{
  Q_OBJECT

public:
  //! Data of a row's Qt::UserRole in the id column: its index in hazards().
  static constexpr int IndexRole = Qt::UserRole;

  explicit HazardDock(QWidget *parent = nullptr);

  //! Shows the register of \a gpkgPath (empty: none).
  void setProject(const QString &gpkgPath);
  //! Reads the register again (after a commit).
  void refresh();
  //! Lists only the hidden dangers of unit \a unitId (empty: every unit's).
  void showUnit(const QString &unitId);
  //! The date overdue is judged on (today by default).
  void setAsOf(const QDate &date);

  //! The filter the controls describe.
  HazardFilter filter() const;
  //! The hidden dangers listed, in the order read.
  const QList<HiddenDanger> &hazards() const { return mHazards; }
  //! Hidden dangers of the whole register overdue as of the date (for the status bar).
  int overdueCount() const { return mOverdue; }
  //! The hidden danger of the current row, if any.
  const HiddenDanger *currentHazard() const;

  QTreeWidget *tree() const { return mTree; }
  QComboBox *gradeBox() const { return mGrade; }
  QComboBox *statusBox() const { return mStatus; }
  QComboBox *roundBox() const { return mRound; }
  QCheckBox *overdueBox() const { return mOverdueOnly; }
  QDateEdit *asOfEdit() const { return mAsOf; }
  QPushButton *changeButton() const { return mChange; }

signals:
  //! The user confirmed a status change in the life-cycle form.
  void updateRequested(const HazardUpdate &update);
  //! The user double-clicked a hidden danger: select its unit.
  void unitActivated(const QString &unitId);
  //! The overdue count of the whole register changed (after a refresh or a new date).
  void overdueCountChanged(int count);

private:
  void fill();
  void changeStatus();

  QString mPath;
  QString mUnitId;
  QList<HiddenDanger> mHazards;
  int mOverdue = -1;
  QComboBox *mGrade = nullptr;
  QComboBox *mStatus = nullptr;
  QComboBox *mRound = nullptr;
  QCheckBox *mOverdueOnly = nullptr;
  QDateEdit *mAsOf = nullptr;
  QLabel *mCount = nullptr;
  QPushButton *mChange = nullptr;
  QTreeWidget *mTree = nullptr;
};

} // namespace riskatlas
