#pragma once

#include "api/problem.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace riskatlas
{

/**
 * Every problem of a failed step in one sortable table (file, row or feature, unit id, field,
 * value, reason), worded for the workbench, with a summary line and "Save as CSV…" to hand
 * the list to whoever fixes the file.
 */
class ProblemTableDialog : public QDialog
{
  Q_OBJECT

public:
  ProblemTableDialog(const QString &title, const Problems &problems, QWidget *parent = nullptr);

  //! Replaces the summary line ("N problems; nothing was imported").
  void setSummary(const QString &summary);
  //! Writes the problems as CSV (UTF-8 with BOM), as "Save as CSV…" does; false with \a error.
  bool saveCsv(const QString &path, QString *error) const;

private:
  void chooseCsvFile();

  Problems mProblems;
  QLabel *mSummary = nullptr;
  QTableWidget *mTable = nullptr;
};

} // namespace riskatlas
