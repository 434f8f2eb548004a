#include "externalchangemonitor.h"

#include "projectdocument.h"
#include "workflow/projectchangewatch.h"

#include <QLocale>
#include <algorithm>

namespace riskatlas
{

ExternalChangeMonitor::ExternalChangeMonitor(ProjectDocument *document, int interval)
    : mDocument(document)
{
  connect(document, &ProjectDocument::taskCompleted, this, &ExternalChangeMonitor::onTaskCompleted);
  connect(&mTimer, &QTimer::timeout, this, &ExternalChangeMonitor::look);
  mTimer.setInterval(interval);
  watchAgain();
}

void ExternalChangeMonitor::watchAgain()
{
  QString error;
  mWatch = ProjectChangeWatch::open(mDocument->path(), &error);
  if (!mWatch)
  {
    qWarning("%s", qPrintable(error));
    mTimer.stop();
    return;
  }
  mTimer.start();
}

void ExternalChangeMonitor::stopWatching()
{
  mTimer.stop();
  mWatch.reset();
}

ExternalChangeMonitor::~ExternalChangeMonitor() = default;

QString ExternalChangeMonitor::note() const
{
  if (!mLastChange.isValid())
    return QString();
  const QString time = QLocale().toString(mLastChange.toLocalTime().time(), QLocale::ShortFormat);
  switch (mLastKind)
  {
  case Change::Replaced:
    return tr("The project file was replaced by another program at %1: RiskAtlas reopened it "
              "and cleared the undo history, whose steps belonged to the old file.")
        .arg(time);
  case Change::Missing:
    return tr("The project file was removed or renamed by another program at %1: RiskAtlas "
              "still shows it but cannot save changes. Open it from its new place.")
        .arg(time);
  case Change::Committed:
    break;
  }
  return tr("The project was changed by another program at %1.").arg(time);
}

void ExternalChangeMonitor::rebaseline()
{
  if (mWatch)
    mWatch->rebaseline();
}

void ExternalChangeMonitor::look()
{
  if (!mWatch || ownWriteActive())
    return;
  if (mWatch->fileReplaced())
  {
    mLastChange = QDateTime::currentDateTimeUtc();
    mLastKind = mWatch->fileMissing() ? Change::Missing : Change::Replaced;
    // Said once: the document reopens the new file (and watches it again) or keeps the old.
    stopWatching();
    emit replacedOutside();
    return;
  }
  if (mWatch->changedSinceLastLook())
  {
    mLastChange = QDateTime::currentDateTimeUtc();
    mLastKind = Change::Committed;
    emit changedOutside();
  }
}

void ExternalChangeMonitor::onTaskCompleted(SessionTask *task, const TaskResult &)
{
  if (task && task->writes())
    rebaseline();
}

bool ExternalChangeMonitor::ownWriteActive() const
{
  const QList<SessionTask *> tasks = mDocument->activeTasks();
  return std::any_of(tasks.cbegin(), tasks.cend(),
                     [](const SessionTask *task) { return task->writes(); });
}

} // namespace riskatlas
