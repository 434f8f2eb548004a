#pragma once

#include "api/problem.h"
#include "methodset.h"
#include "sessiontask.h"
#include "taxonomy.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QUndoStack>
#include <memory>

namespace riskatlas
{

class ExternalChangeMonitor;
class ProjectView;

/**
 * One open project in the workbench (Tiled's Document): its file held by a ProjectView for the
 * map, its undo stack, and the workflow steps running on it. Steps that change the project run
 * one after the other, each a committed transaction, so there is never unsaved state; after
 * each commit the view reloads and changed() tells the window to refresh.
 */
class ProjectDocument : public QObject
{
  Q_OBJECT

public:
  //! Opens \a path; null with \a problem when it cannot be opened.
  static std::unique_ptr<ProjectDocument> open(const QString &path, Problem *problem);
  ~ProjectDocument() override;

  QString path() const;
  //! The file name without folder and suffix, for the title.
  QString displayName() const;
  ProjectView *view() const { return mView.get(); }
  QUndoStack *undoStack() { return &mUndoStack; }
  //! Notices commits by other programs (changedOutside()); null when the file cannot be watched.
  ExternalChangeMonitor *changeMonitor() const { return mChangeMonitor.get(); }
  //! The project's taxonomy as last committed (empty when it cannot be read).
  Taxonomy taxonomy() const;
  //! The project's method set as last committed (the default set when it cannot be read).
  MethodSet methodSet() const;
  //! The colours of the levels in this project (its method set's palette, as the map shows).
  LevelPalette palette() const;

  /**
   * Starts \a task (taking ownership through QGIS's task manager). A writing task waits until
   * the writing tasks started before it are done: a second import queues behind the first.
   */
  void run(SessionTask *task);
  //! The tasks started and not yet completed, in order.
  QList<SessionTask *> activeTasks() const;
  bool isBusy() const { return !activeTasks().isEmpty(); }
  //! Cancels every active task.
  void cancelAll();

signals:
  //! A writing task committed: the view was reloaded; tables and summaries should refresh.
  void changed();
  void taskStarted(riskatlas::SessionTask *task);
  void taskCompleted(riskatlas::SessionTask *task, const riskatlas::TaskResult &result);
  //! Another program committed to the project (see ExternalChangeMonitor): reload the view
  //! (view()->reload()) and refresh tables and summaries.
  void changedOutside();
  //! Another program removed or renamed the file: nothing more can be saved to it.
  void fileLost();
  /**
   * The view is about to read the project again, deleting its layers: whatever draws them
   * (a map canvas rendering in its threads) must stop first.
   */
  void aboutToReload();

private:
  //! Another program replaced the file: open the new one (the undo steps were the old file's).
  void reopenReplacedFile();
  explicit ProjectDocument(std::unique_ptr<ProjectView> view);
  void startNextWrite();
  void onCompleted(SessionTask *task, const TaskResult &result);

  std::unique_ptr<ProjectView> mView;
  QUndoStack mUndoStack;
  QList<QPointer<SessionTask>> mQueuedWrites;
  QPointer<SessionTask> mRunningWrite;
  QList<QPointer<SessionTask>> mRunning;
  //! Last, so that its connection to the file closes before the view's journal.
  std::unique_ptr<ExternalChangeMonitor> mChangeMonitor;
};

} // namespace riskatlas
