#include "projectdocument.h"

#include "externalchangemonitor.h"
#include "workflow/projectsession.h"
#include "workflow/projectview.h"

#include <QFileInfo>
#include <qgsapplication.h>

namespace riskatlas
{

ProjectDocument::ProjectDocument(std::unique_ptr<ProjectView> view) : mView(std::move(view)) {}

ProjectDocument::~ProjectDocument()
{
  // Queued writes never started: they are ours to delete; running ones finish on their own
  // sessions, which do not need this document.
  for (const QPointer<SessionTask> &task : std::as_const(mQueuedWrites))
    delete task.data();
  cancelAll();
  for (const QPointer<SessionTask> &task : std::as_const(mRunning))
    if (task)
      task->waitForFinished(-1);
}

std::unique_ptr<ProjectDocument> ProjectDocument::open(const QString &path, Problem *problem)
{
  auto view = ProjectView::open(QFileInfo(path).absoluteFilePath(), problem);
  if (!view)
    return nullptr;
  std::unique_ptr<ProjectDocument> document(new ProjectDocument(std::move(view)));
  document->mChangeMonitor = std::make_unique<ExternalChangeMonitor>(document.get());
  connect(document->mChangeMonitor.get(), &ExternalChangeMonitor::changedOutside, document.get(),
          &ProjectDocument::changedOutside);
  connect(document->mChangeMonitor.get(), &ExternalChangeMonitor::replacedOutside, document.get(),
          &ProjectDocument::reopenReplacedFile);
  // Unit edits commit synchronously inside push(), undo() and redo(), on connections of their
  // own: by the time the stack says so the commit is this document's, not another program's.
  ExternalChangeMonitor *monitor = document->mChangeMonitor.get();
  connect(&document->mUndoStack, &QUndoStack::indexChanged, monitor,
          [monitor] { monitor->rebaseline(); });
  return document;
}

void ProjectDocument::reopenReplacedFile()
{
  // Removed or renamed away: nothing to reopen; what is shown stays (no reload).
  if (!QFileInfo::exists(path()))
  {
    emit fileLost();
    return;
  }
  mUndoStack.clear();
  emit aboutToReload();
  Problem problem;
  if (!mView->reopen(&problem))
    qWarning("%s", qPrintable(problem.message()));
  mChangeMonitor->watchAgain();
  emit changedOutside();
}

QString ProjectDocument::path() const
{
  return mView->path();
}

QString ProjectDocument::displayName() const
{
  return QFileInfo(path()).completeBaseName();
}

Taxonomy ProjectDocument::taxonomy() const
{
  auto session = ProjectSession::open(path(), OpenMode::ReadOnly, nullptr);
  return session ? session->taxonomy() : Taxonomy();
}

MethodSet ProjectDocument::methodSet() const
{
  auto session = ProjectSession::open(path(), OpenMode::ReadOnly, nullptr);
  return session ? session->methodSet() : MethodSet::defaultSet();
}

LevelPalette ProjectDocument::palette() const
{
  return mView->palette();
}

void ProjectDocument::run(SessionTask *task)
{
  connect(task, &SessionTask::completed, this,
          [this, task](const TaskResult &result) { onCompleted(task, result); });
  if (task->writes())
  {
    mQueuedWrites << task;
    startNextWrite();
    return;
  }
  mRunning << task;
  QgsApplication::taskManager()->addTask(task);
  emit taskStarted(task);
}

QList<SessionTask *> ProjectDocument::activeTasks() const
{
  QList<SessionTask *> tasks;
  for (const QPointer<SessionTask> &task : mRunning)
    if (task)
      tasks << task;
  for (const QPointer<SessionTask> &task : mQueuedWrites)
    if (task)
      tasks << task;
  return tasks;
}

void ProjectDocument::cancelAll()
{
  for (const QPointer<SessionTask> &task : std::as_const(mRunning))
    if (task)
      task->cancel();
}

void ProjectDocument::startNextWrite()
{
  if (mRunningWrite || mQueuedWrites.isEmpty())
    return;
  SessionTask *task = mQueuedWrites.takeFirst();
  if (!task)
    return startNextWrite();
  mRunningWrite = task;
  mRunning << task;
  QgsApplication::taskManager()->addTask(task);
  emit taskStarted(task);
}

void ProjectDocument::onCompleted(SessionTask *task, const TaskResult &result)
{
  mRunning.removeAll(task);
  if (task->writes())
  {
    QString error;
    if (result.ok)
      emit aboutToReload();
    if (result.ok && !mView->reload(&error))
      qWarning("%s", qPrintable(error));
    if (mRunningWrite == task)
      mRunningWrite.clear();
  }
  emit taskCompleted(task, result);
  if (task->writes() && result.ok)
    emit changed();
  startNextWrite();
}

} // namespace riskatlas
