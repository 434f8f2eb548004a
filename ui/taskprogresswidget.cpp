#include "taskprogresswidget.h"

#include "projectdocument.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>
#include <qgsapplication.h>

namespace riskatlas
{

TaskProgressWidget::TaskProgressWidget(QWidget *parent) : QWidget(parent)
{
  setObjectName(QStringLiteral("taskProgress"));
  mLabel = new QLabel;
  mProgress = new QProgressBar;
  mProgress->setRange(0, 100);
  mProgress->setMaximumWidth(fontMetrics().averageCharWidth() * 24);
  mProgress->setTextVisible(true);
  mCancel = new QToolButton;
  mCancel->setObjectName(QStringLiteral("cancelTasks"));
  mCancel->setIcon(QgsApplication::getThemeIcon(QStringLiteral("/mTaskCancel.svg")));
  mCancel->setToolTip(tr("Cancel the running work; nothing of it is kept"));
  mCancel->setAutoRaise(true);
  connect(mCancel, &QToolButton::clicked, this,
          [this]
          {
            if (mDocument)
              mDocument->cancelAll();
          });
  auto *layout = new QHBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(mLabel);
  layout->addWidget(mProgress);
  layout->addWidget(mCancel);
  update();
}

void TaskProgressWidget::setDocument(ProjectDocument *document)
{
  if (mDocument)
    disconnect(mDocument, nullptr, this, nullptr);
  mDocument = document;
  if (document)
  {
    connect(document, &ProjectDocument::taskStarted, this,
            [this](SessionTask *task)
            {
              connect(task, &QgsTask::progressChanged, this, [this] { update(); });
              update();
            });
    connect(document, &ProjectDocument::taskCompleted, this, [this] { update(); });
  }
  update();
}

void TaskProgressWidget::update()
{
  const QList<SessionTask *> tasks = mDocument ? mDocument->activeTasks() : QList<SessionTask *>();
  setVisible(!tasks.isEmpty());
  if (tasks.isEmpty())
    return;
  SessionTask *running = tasks.first();
  QString text = running->description();
  if (tasks.size() > 1)
    text += QLatin1Char(' ') + tr("(%n more waiting)", nullptr, int(tasks.size() - 1));
  mLabel->setText(text);
  mProgress->setValue(int(running->progress()));
}

} // namespace riskatlas
