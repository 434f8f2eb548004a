#include "presenterview.h"

#include "presentationwindow.h"
#include "projectdocument.h"
#include "slidedeck.h"
#include "slideview.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QTextBrowser>
#include <QTime>

namespace riskatlas
{

PresenterView::PresenterView(PresentationWindow &presentation, QWidget *parent)
    : QWidget(parent, Qt::Window), mPresentation(&presentation)
{
  setObjectName(QStringLiteral("presenterView"));
  setWindowTitle(tr("Presenter view"));
  setFocusPolicy(Qt::StrongFocus);
  const ProjectView &view = *presentation.document()->view();
  mCurrent = new SlideView(view, presentation.language(), this);
  mCurrent->setObjectName(QStringLiteral("presenterCurrent"));
  mCurrent->setCounterVisible(true);
  mCurrent->setFocusPolicy(Qt::NoFocus);
  mNext = new SlideView(view, presentation.language(), this);
  mNext->setObjectName(QStringLiteral("presenterNext"));
  mNext->setFocusPolicy(Qt::NoFocus);
  mCurrent->setDeck(&presentation.deck());
  mNext->setDeck(&presentation.deck());

  QFont big = font();
  big.setPointSizeF(big.pointSizeF() * 2.2);
  big.setBold(true);
  mNextTitle = new QLabel(tr("Next"), this);
  mNotes = new QTextBrowser(this);
  mNotes->setObjectName(QStringLiteral("presenterNotes"));
  QFont notesFont = font();
  notesFont.setPointSizeF(notesFont.pointSizeF() * 1.3);
  mNotes->setFont(notesFont);
  mNotes->setFocusPolicy(Qt::NoFocus);
  mCounter = new QLabel(this);
  mCounter->setFont(big);
  mClock = new QLabel(this);
  mClock->setObjectName(QStringLiteral("presenterClock"));
  mClock->setFont(big);
  mClock->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

  auto *layout = new QGridLayout(this);
  layout->addWidget(mCurrent, 0, 0, 3, 1);
  layout->addWidget(mNextTitle, 0, 1);
  layout->addWidget(mNext, 1, 1);
  layout->addWidget(mNotes, 2, 1);
  layout->addWidget(mCounter, 3, 0);
  layout->addWidget(mClock, 3, 1);
  layout->setColumnStretch(0, 3);
  layout->setColumnStretch(1, 2);
  layout->setRowStretch(1, 2);
  layout->setRowStretch(2, 3);

  connect(&presentation, &PresentationWindow::currentChanged, this, &PresenterView::showSlide);
  connect(&presentation, &PresentationWindow::highContrastChanged, this,
          [this](bool on)
          {
            mCurrent->setHighContrast(on);
            mNext->setHighContrast(on);
          });
  // The presentation ended (Esc on the slides): so does this window.
  connect(&presentation, &QObject::destroyed, this, &QWidget::close);
  connect(&mTicker, &QTimer::timeout, this, &PresenterView::tick);
  mTicker.start(1000);
  showSlide(presentation.current());
  tick();
}

void PresenterView::showSlide(int index)
{
  if (!mPresentation)
    return;
  const SlideDeck &deck = mPresentation->deck();
  // The deck may have been read again (a commit): both views show its slides.
  mCurrent->setDeck(&deck);
  mNext->setDeck(&deck);
  if (index < 0 || index >= deck.count())
  {
    mCurrent->setSlide(-1);
    mNext->setSlide(-1);
    mNotes->clear();
    mCounter->clear();
    return;
  }
  mCurrent->setSlide(index);
  const SlideView *shown = mPresentation->slideView();
  if (!shown->focusedUnit().isEmpty())
    mCurrent->focusUnit(shown->focusedUnit(), shown->focusedLabel());
  const bool hasNext = index + 1 < deck.count();
  mNext->setSlide(hasNext ? index + 1 : -1);
  mNextTitle->setText(hasNext ? tr("Next: %1").arg(deck.slide(index + 1).title) : tr("Last slide"));
  const Slide &slide = deck.slide(index);
  QString html = QStringLiteral("<h2>%1</h2><p>%2</p>")
                     .arg(slide.title.toHtmlEscaped(), slide.subtitle.toHtmlEscaped());
  for (const QString &line : slide.notes)
    html += QStringLiteral("<div>%1</div>").arg(line.toHtmlEscaped());
  mNotes->setHtml(html);
  mCounter->setText(QStringLiteral("%1 / %2").arg(index + 1).arg(deck.count()));
}

void PresenterView::tick()
{
  if (!mPresentation)
    return;
  const qint64 seconds = mPresentation->elapsed() / 1000;
  mClock->setText(
      tr("Elapsed %1")
          .arg(QTime(0, 0).addSecs(static_cast<int>(seconds)).toString(QStringLiteral("H:mm:ss"))));
}

void PresenterView::keyPressEvent(QKeyEvent *event)
{
  if (!mPresentation || !mPresentation->handleKey(event))
    QWidget::keyPressEvent(event);
}

void PresenterView::closeEvent(QCloseEvent *event)
{
  // Closing either window ends the presentation.
  mTicker.stop();
  QWidget::closeEvent(event);
  if (mPresentation && mPresentation->isVisible())
    mPresentation->close();
}

} // namespace riskatlas
