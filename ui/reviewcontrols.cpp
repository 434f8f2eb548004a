#include "reviewcontrols.h"

#include "mainwindow.h"
#include "projectdocument.h"
#include "reviewsessiondialog.h"
#include "uilanguage.h"
#include "uniteditordock.h"
#include "workflow/projectsession.h"
#include "workflowcommands.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QUndoStack>

namespace riskatlas
{

ReviewControls::ReviewControls(MainWindow *window, WorkflowCommands *commands)
    : QObject(window), mWindow(window), mCommands(commands)
{
  mStart = new QAction(tr("&Start Review Session…"), window);
  mStart->setObjectName(QStringLiteral("actionStartReview"));
  mStart->setToolTip(tr("Start a review meeting: changes then need a reason, are recorded with "
                        "the session and assessed at once"));
  connect(mStart, &QAction::triggered, this, &ReviewControls::start);
  mEnd = new QAction(tr("&End Review Session"), window);
  mEnd->setObjectName(QStringLiteral("actionEndReview"));
  connect(mEnd, &QAction::triggered, mCommands, &WorkflowCommands::endReview);
  mMinutes = new QAction(tr("Write &Minutes…"), window);
  mMinutes->setObjectName(QStringLiteral("actionReviewMinutes"));
  mMinutes->setToolTip(tr("The minutes of the last review session: attendees, every change with "
                          "its reason, counts and maps before and after (PDF, DOCX)"));
  connect(mMinutes, &QAction::triggered, this, &ReviewControls::writeMinutes);

  mMenu = new QMenu(tr("&Review"), window);
  mMenu->setObjectName(QStringLiteral("menuReview"));
  mMenu->addAction(mStart);
  mMenu->addAction(mEnd);
  mMenu->addSeparator();
  mMenu->addAction(mMinutes);

  mStatus = new QLabel;
  mStatus->setObjectName(QStringLiteral("reviewStatus"));
  mStatus->setStyleSheet(QStringLiteral("color: #C00000; font-weight: bold;"));
  mStatus->hide();
  refresh();
}

void ReviewControls::setDocument(ProjectDocument *document)
{
  if (mDocument)
    mDocument->disconnect(this);
  mDocument = document;
  if (mDocument)
  {
    connect(mDocument, &ProjectDocument::changed, this, &ReviewControls::refresh);
    connect(mDocument, &ProjectDocument::changedOutside, this, &ReviewControls::refresh);
    connect(mDocument->undoStack(), &QUndoStack::indexChanged, this,
            &ReviewControls::assessAfterChange);
  }
  refresh();
}

void ReviewControls::refresh()
{
  mOpen.reset();
  mHeldAny = false;
  if (auto session = mDocument
                         ? ProjectSession::open(mDocument->path(), OpenMode::ReadOnly, nullptr)
                         : nullptr)
  {
    const QList<ReviewSession> sessions = session->reviewSessions();
    mHeldAny = !sessions.isEmpty();
    if (mHeldAny && sessions.last().isOpen())
      mOpen = sessions.last();
  }
  mStart->setEnabled(mDocument && !mOpen);
  mEnd->setEnabled(mOpen.has_value());
  mMinutes->setEnabled(mHeldAny);
  mStatus->setVisible(mOpen.has_value());
  if (mOpen)
  {
    mStatus->setText(tr("● Review session %1 in progress").arg(mOpen->number));
    mStatus->setToolTip(QStringLiteral("%1\n%2 · %3").arg(mOpen->title, mOpen->date, mOpen->chair));
  }
  mWindow->unitEditor()->setReasonRequired(mOpen.has_value());
}

void ReviewControls::start()
{
  if (!mDocument)
    return;
  auto *dialog = new ReviewSessionDialog(mDocument->displayName(), mWindow);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &QDialog::accepted, this,
          [this, dialog] { mCommands->startReview(dialog->session()); });
  dialog->open();
}

void ReviewControls::writeMinutes()
{
  if (!mDocument)
    return;
  const QString language =
      UiLanguage::current() == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("zh");
  const QString suggested =
      QDir(QFileInfo(mDocument->path()).absolutePath())
          .filePath(language == QLatin1String("en") ? QStringLiteral("review-minutes.pdf")
                                                    : QStringLiteral("评审会议纪要.pdf"));
  const QString file = QFileDialog::getSaveFileName(
      mWindow, tr("Write Minutes"), suggested,
      tr("PDF (*.pdf);;Word (*.docx);;OpenDocument (*.odt);;Web page (*.html)"));
  if (!file.isEmpty())
    mCommands->writeMinutes(0, file, language);
}

void ReviewControls::assessAfterChange()
{
  // The meeting looks at the map and the counts: each agreed change shows at once.
  if (mOpen)
    mCommands->assess(false);
}

} // namespace riskatlas
