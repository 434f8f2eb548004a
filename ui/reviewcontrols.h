#pragma once

#include "reviewsession.h"

#include <QObject>
#include <QPointer>
#include <optional>

class QAction;
class QLabel;
class QMenu;

namespace riskatlas
{

class MainWindow;
class ProjectDocument;
class WorkflowCommands;

/**
 * The workbench's side of review sessions: the Review menu (start with the meeting's details,
 * end, write the minutes), the status-bar mark of a session in progress, the unit panel asking
 * for a reason, and the assessment run after each change (and each undo or redo) so that the
 * map and counts the meeting looks at follow at once.
 */
class ReviewControls : public QObject
{
  Q_OBJECT

public:
  ReviewControls(MainWindow *window, WorkflowCommands *commands);

  QMenu *menu() const { return mMenu; }
  QLabel *statusLabel() const { return mStatus; }
  QAction *startAction() const { return mStart; }
  QAction *endAction() const { return mEnd; }
  QAction *minutesAction() const { return mMinutes; }

  //! Follows \a document (null: none open).
  void setDocument(ProjectDocument *document);
  //! Reads whether a session is open and shows it.
  void refresh();
  bool isOpen() const { return mOpen.has_value(); }

private:
  void start();
  void writeMinutes();
  void assessAfterChange();

  MainWindow *mWindow;
  WorkflowCommands *mCommands;
  QPointer<ProjectDocument> mDocument;
  std::optional<ReviewSession> mOpen;
  bool mHeldAny = false; //!< whether the project has sessions (minutes can be written)
  QMenu *mMenu = nullptr;
  QLabel *mStatus = nullptr;
  QAction *mStart = nullptr;
  QAction *mEnd = nullptr;
  QAction *mMinutes = nullptr;
};

} // namespace riskatlas
