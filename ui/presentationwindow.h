#pragma once

#include "slidedeck.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QWidget>
#include <memory>

class QAction;
class QCompleter;
class QLineEdit;
class QStringListModel;

namespace riskatlas
{

class PresenterView;
class ProjectDocument;
class SlideView;
class UnitQuery;

/**
 * The workbench's presentation mode, for review meetings on a projector: the project's slides
 * (SlideDeck) full screen, without editing chrome, in large type. Keys: Right, Down, Space,
 * PageDown, N next; Left, Up, PageUp, Backspace, P previous (what presenter remotes send); Home,
 * End; H high contrast; Esc leaves. Typing a name (or "/" first) opens a search box completing
 * district and category names, unit ids and names: Enter jumps to the district's slide, or zooms
 * the city map to the unit and rings it. "3 / 14" in the corner.
 */
class PresentationWindow : public QWidget
{
  Q_OBJECT

public:
  //! The slides of \a document's project in the workbench's language; deleted when closed.
  explicit PresentationWindow(ProjectDocument &document, QWidget *parent = nullptr);
  ~PresentationWindow() override;

  /**
   * Presents \a document: with two screens or more, the slides full screen on the second and a
   * PresenterView on the first; with one, the slides full screen. Esc closes both.
   */
  static PresentationWindow *present(ProjectDocument &document);

  //! The document presented; null once it is closed.
  ProjectDocument *document() const { return mDocument; }
  QString language() const { return mLanguage; }
  /**
   * The View ▸ Present action (F5), named "actionPresent", for the main window: connect its
   * triggered() to present() on the open document, and enable it while one is open.
   */
  static QAction *createAction(QObject *parent);

  const SlideDeck &deck() const { return mDeck; }
  //! Why the deck could not be read (the window then shows no slides); empty when it could.
  QString error() const { return mError; }
  int current() const { return mCurrent; }
  SlideView *slideView() const { return mSlides; }
  QLineEdit *searchBox() const { return mSearch; }
  bool highContrast() const { return mHighContrast; }
  //! The presenter's window when two screens are in use; null otherwise.
  PresenterView *presenterView() const { return mPresenter; }
  //! Milliseconds since the presentation started.
  qint64 elapsed() const { return mClock.elapsed(); }

  /**
   * Acts on a navigation key (see the class comment); false for keys it has no use for.
   * The presenter's window hands its keys here.
   */
  bool handleKey(QKeyEvent *event);

public slots:
  void go(int index);
  void next();
  void previous();
  void first();
  void last();
  /**
   * Jumps to what \a text names: a district (its slide), a category (its map), else a unit by
   * id or name (the city map zoomed to it, the unit ringed). False when nothing matches.
   */
  bool jumpTo(const QString &text);
  void setHighContrast(bool on);
  //! Shows the search box holding \a text.
  void openSearch(const QString &text = QString());
  void closeSearch();

signals:
  void currentChanged(int index);
  void highContrastChanged(bool on);
  //! A unit was found and focused (unitId) on the city map.
  void unitFocused(const QString &unitId);

protected:
  void keyPressEvent(QKeyEvent *event) override;
  void inputMethodEvent(QInputMethodEvent *event) override;
  void resizeEvent(QResizeEvent *event) override;
  bool eventFilter(QObject *watched, QEvent *event) override;
  void closeEvent(QCloseEvent *event) override;

private:
  void readDeck();
  //! The project changed: its layers and figures read again, the slide kept.
  void reload();
  void placeSearch();
  void updateCompletions(const QString &text);
  //! Units whose id or name contains \a text: "ID  name", at most \a limit.
  QStringList unitMatches(const QString &text, int limit);

  QPointer<ProjectDocument> mDocument;
  QString mLanguage;
  SlideDeck mDeck;
  QString mError;
  int mCurrent = -1;
  bool mHighContrast = false;
  SlideView *mSlides = nullptr;
  QLineEdit *mSearch = nullptr;
  QCompleter *mCompleter = nullptr;
  QStringListModel *mCompletions = nullptr;
  std::unique_ptr<UnitQuery> mUnits;
  QPointer<PresenterView> mPresenter;
  QElapsedTimer mClock;
};

} // namespace riskatlas
