#pragma once

#include <QStringList>
#include <QTableWidget>

namespace riskatlas
{

class MethodSetDraft;

/**
 * Which method scores what: one row for the whole project, one per category and one per sector
 * (a sector's method wins over its category's, which wins over the project's). A category or
 * sector may inherit; choosing a method gives it that method's default parameters. Selecting a
 * row asks for its method's parameters to be shown (methodSelected).
 */
class MethodAssignmentTable : public QTableWidget
{
  Q_OBJECT

public:
  explicit MethodAssignmentTable(MethodSetDraft *draft, QWidget *parent = nullptr);

  //! The path of a row's method ({"default"}, {"categories", code}, {"sectors", code}).
  QStringList rowPath(int row) const;

signals:
  //! A row with a method of its own was selected; \a path leads to it in the draft.
  void methodSelected(const QStringList &path, const QString &methodId);

private:
  void refresh();
  void choose(int row, const QString &methodId);
  void selectionMoved();

  MethodSetDraft *mDraft;
  QList<QStringList> mPaths;
  bool mRefreshing = false;
};

} // namespace riskatlas
