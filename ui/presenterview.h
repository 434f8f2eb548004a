#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QTextBrowser;

namespace riskatlas
{

class PresentationWindow;
class SlideView;

/**
 * The presenter's screen while the slides show on the second one: the current slide, a
 * preview of the next, the notes of the current slide (its counts and major units), the slide
 * counter and the time elapsed. Its keys drive the presentation as the slides' window's do.
 */
class PresenterView : public QWidget
{
  Q_OBJECT

public:
  explicit PresenterView(PresentationWindow &presentation, QWidget *parent = nullptr);

  SlideView *currentSlide() const { return mCurrent; }
  SlideView *nextSlide() const { return mNext; }
  QTextBrowser *notes() const { return mNotes; }
  QLabel *clock() const { return mClock; }

protected:
  void keyPressEvent(QKeyEvent *event) override;
  void closeEvent(QCloseEvent *event) override;

private:
  void showSlide(int index);
  void tick();

  QPointer<PresentationWindow> mPresentation;
  SlideView *mCurrent = nullptr;
  SlideView *mNext = nullptr;
  QLabel *mNextTitle = nullptr;
  QTextBrowser *mNotes = nullptr;
  QLabel *mCounter = nullptr;
  QLabel *mClock = nullptr;
  QTimer mTicker;
};

} // namespace riskatlas
