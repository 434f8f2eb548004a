#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace riskatlas
{

class ProjectDocument;

/**
 * The status bar's view of the background work on a project: the running step with its
 * progress, how many wait behind it, and a button that cancels them.
 */
class TaskProgressWidget : public QWidget
{
  Q_OBJECT

public:
  explicit TaskProgressWidget(QWidget *parent = nullptr);
  //! Follows \a document's tasks (null: none).
  void setDocument(ProjectDocument *document);

private:
  void update();

  QPointer<ProjectDocument> mDocument;
  QLabel *mLabel = nullptr;
  QProgressBar *mProgress = nullptr;
  QToolButton *mCancel = nullptr;
};

} // namespace riskatlas
