#pragma once

#include "api/problem.h"

#include <QString>
#include <QStringList>
#include <functional>
#include <memory>
#include <qgstaskmanager.h>

class QgsFeedback;

namespace riskatlas
{

class ProjectSession;

//! What a step of the workflow did, for the window to show.
struct TaskResult
{
  bool ok = false;
  bool cancelled = false;
  Problems problems;    //!< every reason it did nothing (an import lists each bad row)
  QStringList messages; //!< what it did, one line each ("360 units imported")
  QStringList warnings; //!< what the analyst should know although it succeeded
  QStringList written;  //!< files written (exports)
};

/**
 * One workflow step run in the background, shaped like QGIS's own tasks
 * (QgsVectorFileWriterTask): the inputs are copied in, run() opens its own ProjectSession on the
 * project file in the task's thread and reports progress through a QgsFeedback that cancel()
 * cancels; completed() is emitted on the main thread when it is over. The session records the
 * analyst of the preferences (Preferences::analystName()) in the audit log.
 */
class SessionTask : public QgsTask
{
  Q_OBJECT

public:
  using Step = std::function<TaskResult(ProjectSession &session, QgsFeedback *feedback)>;

  //! \a writes: the step changes the project (such steps run one after the other).
  SessionTask(const QString &description, const QString &projectPath, bool writes, Step step);
  ~SessionTask() override;

  bool writes() const { return mWrites; }
  QString projectPath() const { return mProjectPath; }
  void cancel() override;

signals:
  void completed(const riskatlas::TaskResult &result);

protected:
  bool run() override;
  void finished(bool result) override;

private:
  QString mProjectPath;
  bool mWrites;
  Step mStep;
  QString mAnalyst; //!< read when the task is made, on the main thread
  std::unique_ptr<QgsFeedback> mFeedback;
  TaskResult mResult;
};

} // namespace riskatlas

Q_DECLARE_METATYPE(riskatlas::TaskResult)
