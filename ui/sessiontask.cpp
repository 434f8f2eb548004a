#include "sessiontask.h"

#include "api/openmode.h"
#include "preferences.h"
#include "workflow/projectsession.h"

#include <qgsfeedback.h>

namespace riskatlas
{

SessionTask::SessionTask(const QString &description, const QString &projectPath, bool writes,
                         Step step)
    : QgsTask(description, QgsTask::CanCancel), mProjectPath(projectPath), mWrites(writes),
      mStep(std::move(step)), mAnalyst(Preferences::analystName()),
      mFeedback(std::make_unique<QgsFeedback>())
{
  // Progress reaches the task (and the task manager's signals) from the worker thread.
  connect(
      mFeedback.get(), &QgsFeedback::progressChanged, this,
      [this](double progress) { setProgress(progress); }, Qt::DirectConnection);
}

SessionTask::~SessionTask() = default;

void SessionTask::cancel()
{
  mFeedback->cancel();
  QgsTask::cancel();
}

bool SessionTask::run()
{
  Problem problem;
  auto session = ProjectSession::open(mProjectPath,
                                      mWrites ? OpenMode::ReadWrite : OpenMode::ReadOnly, &problem);
  if (!session)
  {
    mResult.problems << problem;
    return false;
  }
  session->setAnalyst(mAnalyst);
  mResult = mStep(*session, mFeedback.get());
  mResult.warnings << session->takeWarnings();
  mResult.cancelled = mFeedback->isCanceled() && !mResult.ok;
  return mResult.ok;
}

void SessionTask::finished(bool)
{
  if (isCanceled() && !mResult.ok)
    mResult.cancelled = true;
  emit completed(mResult);
}

} // namespace riskatlas
