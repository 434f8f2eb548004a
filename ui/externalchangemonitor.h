#pragma once

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <memory>

namespace riskatlas
{

class ProjectChangeWatch;
class ProjectDocument;
class SessionTask;
struct TaskResult;

/**
 * Notices commits to an open project by another program (riskatlas-cli, QGIS Desktop, a second
 * workbench): a ProjectChangeWatch looked at about once a second. The document's own writing
 * tasks commit on connections of their own too, so looks are skipped while one is active and
 * the file is taken as known when it completes; an outside commit made during one of the
 * document's own writes is therefore not reported (the view reloads after that write anyway).
 */
class ExternalChangeMonitor : public QObject
{
  Q_OBJECT

public:
  //! Watches \a document's file; \a interval in ms. Inactive when the file cannot be opened.
  explicit ExternalChangeMonitor(ProjectDocument *document, int interval = 1000);
  ~ExternalChangeMonitor() override;

  bool isActive() const { return mWatch != nullptr; }
  //! When the last outside change was noticed; invalid before the first.
  QDateTime lastChange() const { return mLastChange; }
  //! A sentence for the status bar and for refused undo steps; empty before the first change.
  QString note() const;
  //! Takes the file as it is now as known (e.g. after reloading on changedOutside()).
  void rebaseline();
  //! Looks now (the timer does it about once a second).
  void look();
  //! Watches the file the path names now (after the document reopened a replaced file).
  void watchAgain();
  //! Lets go of the file (before the document closes the view's journal).
  void stopWatching();

signals:
  //! Another program committed to the project: reload the view and refresh what shows it.
  void changedOutside();
  //! Another program replaced the file as a whole, or removed or renamed it: reopen it.
  void replacedOutside();

private:
  void onTaskCompleted(SessionTask *task, const TaskResult &result);
  bool ownWriteActive() const;

  ProjectDocument *mDocument;
  std::unique_ptr<ProjectChangeWatch> mWatch;
  QTimer mTimer;
  QDateTime mLastChange;
  enum class Change
  {
    Committed,
    Replaced,
    Missing
  };
  Change mLastKind = Change::Committed;
};

} // namespace riskatlas
