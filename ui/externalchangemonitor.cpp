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
  QString error;
  mWatch = ProjectChangeWatch::open(document->path(), &error);
  if (!mWatch)
  {
    qWarning("%s", qPrintable(error));
    return;
  }
  connect(document, &ProjectDocument::taskCompleted, this, &ExternalChangeMonitor::onTaskCompleted);
  connect(&mTimer, &QTimer::timeout, this, &ExternalChangeMonitor::look);
  mTimer.start(interval);
}

ExternalChangeMonitor::~ExternalChangeMonitor() = default;

QString ExternalChangeMonitor::note() const
{
  if (!mLastChange.isValid())
    return QString();
  return tr("The project was changed by another program at %1.")
      .arg(QLocale().toString(mLastChange.toLocalTime().time(), QLocale::ShortFormat));
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
  if (mWatch->changedSinceLastLook())
  {
    mLastChange = QDateTime::currentDateTimeUtc();
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
