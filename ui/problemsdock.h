#pragma once

#include <QDockWidget>
#include <QStringList>

class QTreeWidget;
class QTreeWidgetItem;

namespace riskatlas
{

/**
 * What needs the analyst's attention: units the last assessment could not score (with the
 * reason, e.g. a missing input), units outside every region, and the warnings of imports. A
 * double click on a unit leads to it.
 */
class ProblemsDock : public QDockWidget
{
  Q_OBJECT

public:
  //! Units listed per group at most; the group's title gives the full count.
  static constexpr int MaxUnitsListed = 1000;
  //! Data of a unit row's Qt::UserRole: its fid.
  static constexpr int FidRole = Qt::UserRole;

  explicit ProblemsDock(QWidget *parent = nullptr);

  //! Lists the problems of \a gpkgPath (empty: none); import warnings are cleared.
  void setProject(const QString &gpkgPath);
  //! Reads the units' problems again (after a commit); import warnings stay.
  void refresh();
  //! Adds the warnings of an import of \a source (a file name), after those already shown.
  void addWarnings(const QString &source, const QStringList &warnings);
  //! Removes the import warnings.
  void clearWarnings();

  QTreeWidget *tree() const { return mTree; }
  QTreeWidgetItem *unscoredGroup() const { return mUnscored; }
  QTreeWidgetItem *outsideGroup() const { return mOutside; }
  QTreeWidgetItem *warningsGroup() const { return mWarnings; }

signals:
  //! The user double-clicked a unit's row.
  void unitActivated(qint64 fid);

private:
  void updateWarningsTitle();

  QString mPath;
  QTreeWidget *mTree = nullptr;
  QTreeWidgetItem *mUnscored = nullptr;
  QTreeWidgetItem *mOutside = nullptr;
  QTreeWidgetItem *mWarnings = nullptr;
};

} // namespace riskatlas
