#pragma once

#include "auditlogmodel.h"

#include <QDockWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace riskatlas
{

/**
 * The project's audit log: who changed what, when, old → new and why, newest first, filtered by
 * action, user, text and date range. Read from the project on a read-only session; refresh()
 * after each commit, undo or redo.
 */
class HistoryDock : public QDockWidget
{
  Q_OBJECT

public:
  explicit HistoryDock(QWidget *parent = nullptr);

  //! Shows the log of \a gpkgPath (empty: none).
  void setProject(const QString &gpkgPath);
  //! Reads the log again, keeping the filters.
  void refresh();
  /**
   * Writes the entries shown (the filters applied), with the columns as shown, to a CSV that
   * opens in Excel: the printable record of who changed what, when and why.
   */
  bool exportTo(const QString &path, QString *error) const;
  //! Asks for a file and exports to it (the Export… button).
  void exportWithDialog();

  AuditLogModel *model() const { return mModel; }
  QTableView *table() const { return mTable; }
  QComboBox *actionBox() const { return mAction; }
  QComboBox *userBox() const { return mUser; }
  QLineEdit *textEdit() const { return mText; }
  QDateEdit *fromEdit() const { return mFrom; }
  QDateEdit *toEdit() const { return mTo; }
  QPushButton *exportButton() const { return mExport; }

private:
  void applyFilter();
  //! Refills a filter box with the values seen, keeping its choice.
  static void fillChoices(QComboBox *box, const QStringList &values, bool actions);

  QString mPath;
  AuditLogModel *mModel = nullptr;
  QTableView *mTable = nullptr;
  QComboBox *mAction = nullptr;
  QComboBox *mUser = nullptr;
  QLineEdit *mText = nullptr;
  QDateEdit *mFrom = nullptr;
  QDateEdit *mTo = nullptr;
  QLabel *mStatus = nullptr;
  QPushButton *mExport = nullptr;
};

} // namespace riskatlas
