#include "presentationwindow.h"

#include "presentationtheme.h"
#include "presenterview.h"
#include "projectdocument.h"
#include "slideview.h"
#include "uilanguage.h"
#include "workflow/projectview.h"
#include "workflow/unitquery.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QScreen>
#include <QStringListModel>
#include <QVBoxLayout>
#include <QWindow>
#include <vector>

namespace riskatlas
{

namespace
{
//! Separates a unit's id from its name in a completion.
const QString UnitSeparator = QStringLiteral("  ");
//! Completions the search box offers at most.
constexpr int Completions = 12;

//! Text a key press types that should start a search: letters, digits, CJK, not controls.
bool startsSearch(const QString &text)
{
  return !text.isEmpty() && !text.at(0).isSpace() && text.at(0).isPrint();
}
} // namespace

PresentationWindow::PresentationWindow(ProjectDocument &document, QWidget *parent)
    : QWidget(parent, Qt::Window), mDocument(&document), mLanguage(UiLanguage::current())
{
  setObjectName(QStringLiteral("presentationWindow"));
  setAttribute(Qt::WA_DeleteOnClose);
  // Chinese names arrive from an input method, not as key presses.
  setAttribute(Qt::WA_InputMethodEnabled);
  setFocusPolicy(Qt::StrongFocus);
  setWindowTitle(tr("%1 — Presentation").arg(document.displayName()));
  mClock.start();

  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  mSlides = new SlideView(*document.view(), mLanguage, this);
  mSlides->setObjectName(QStringLiteral("slideView"));
  mSlides->setCounterVisible(true);
  mSlides->setFocusPolicy(Qt::NoFocus);
  layout->addWidget(mSlides);

  mSearch = new QLineEdit(this);
  mSearch->setObjectName(QStringLiteral("presentationSearch"));
  mSearch->setPlaceholderText(tr("District, category, unit ID or name"));
  mSearch->setClearButtonEnabled(true);
  mSearch->installEventFilter(this);
  mSearch->hide();
  mCompletions = new QStringListModel(this);
  mCompleter = new QCompleter(mCompletions, this);
  // The list is filtered here (names contain the text, units come from the project).
  mCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
  mCompleter->setCaseSensitivity(Qt::CaseInsensitive);
  mSearch->setCompleter(mCompleter);
  connect(mSearch, &QLineEdit::textEdited, this, &PresentationWindow::updateCompletions);
  connect(mCompleter, qOverload<const QString &>(&QCompleter::activated), this,
          [this](const QString &text)
          {
            closeSearch();
            jumpTo(text);
          });

  readDeck();
  // A commit while presenting (another analyst's tool, a task) shows at once.
  connect(&document, &ProjectDocument::changed, this, &PresentationWindow::reload);
  connect(&document, &ProjectDocument::changedOutside, this, &PresentationWindow::reload);
  connect(&document, &QObject::destroyed, this, &QWidget::close);
}

PresentationWindow::~PresentationWindow()
{
  if (mPresenter)
    mPresenter->close();
}

PresentationWindow *PresentationWindow::present(ProjectDocument &document)
{
  auto *window = new PresentationWindow(document);
  const QList<QScreen *> screens = QGuiApplication::screens();
  if (screens.size() > 1)
  {
    // The audience's screen is the one that is not the presenter's (the primary).
    QScreen *presenterScreen = QGuiApplication::primaryScreen();
    QScreen *audience = screens.at(screens.at(0) == presenterScreen ? 1 : 0);
    window->mPresenter = new PresenterView(*window);
    window->mPresenter->setAttribute(Qt::WA_DeleteOnClose);
    window->mPresenter->setGeometry(presenterScreen->availableGeometry());
    window->mPresenter->showMaximized();
    window->setGeometry(audience->geometry());
    window->winId(); // a native window, to put on the audience's screen
    window->windowHandle()->setScreen(audience);
  }
  window->showFullScreen();
  window->activateWindow();
  window->setFocus();
  return window;
}

QAction *PresentationWindow::createAction(QObject *parent)
{
  auto *action = new QAction(tr("&Present"), parent);
  action->setObjectName(QStringLiteral("actionPresent"));
  action->setShortcut(QKeySequence(Qt::Key_F5));
  action->setStatusTip(
      tr("Show the project's slides full screen for a review meeting; Esc leaves"));
  return action;
}

void PresentationWindow::reload()
{
  mSlides->reloadLayers();
  readDeck();
  if (mPresenter)
  {
    mPresenter->currentSlide()->reloadLayers();
    mPresenter->nextSlide()->reloadLayers();
  }
}

void PresentationWindow::readDeck()
{
  if (!mDocument)
    return;
  DeckFacts facts;
  mError.clear();
  if (SlideDeck::read(mDocument->path(), mLanguage, facts, &mError))
    mDeck = SlideDeck(facts, mLanguage);
  else
    mDeck = SlideDeck();
  mUnits.reset(); // the next search reads the project as committed now
  const int keep = mCurrent;
  mSlides->setDeck(&mDeck);
  mCurrent = -1;
  go(std::clamp(keep, 0, std::max(0, mDeck.count() - 1)));
}

void PresentationWindow::go(int index)
{
  if (mDeck.isEmpty())
    return;
  index = std::clamp(index, 0, mDeck.count() - 1);
  // The same slide again drops a unit's zoom.
  if (index == mCurrent && mSlides->focusedUnit().isEmpty())
    return;
  mCurrent = index;
  mSlides->setSlide(index);
  emit currentChanged(index);
}

void PresentationWindow::next()
{
  go(mCurrent + 1);
}

void PresentationWindow::previous()
{
  go(mCurrent - 1);
}

void PresentationWindow::first()
{
  go(0);
}

void PresentationWindow::last()
{
  go(mDeck.count() - 1);
}

bool PresentationWindow::jumpTo(const QString &text)
{
  const QString wanted = text.trimmed();
  if (wanted.isEmpty())
    return false;
  int slide = mDeck.districtSlide(wanted);
  if (slide < 0)
    slide = mDeck.categorySlide(wanted);
  if (slide >= 0)
  {
    go(slide);
    return true;
  }
  // A unit: "ID  name" from the completions, an id or a name typed.
  QString id = wanted.section(UnitSeparator, 0, 0);
  if (!mUnits)
    mUnits = UnitQuery::open(mDocument ? mDocument->path() : QString(), nullptr);
  if (!mUnits)
    return false;
  UnitFilter filter;
  filter.text = id;
  std::vector<qint64> fids;
  if (!mUnits->orderedFids(filter, UnitField::UnitId, Qt::AscendingOrder, fids) || fids.empty())
    return false;
  const QVector<UnitTableRecord> records =
      mUnits->records(fids.data(), static_cast<int>(std::min<size_t>(fids.size(), 200)));
  const UnitTableRecord *found = nullptr;
  for (const UnitTableRecord &record : records)
    if (record.fid != 0 && record.unitId.compare(id, Qt::CaseInsensitive) == 0)
      found = &record;
  for (const UnitTableRecord &record : records)
    if (!found && record.fid != 0 && record.name == id)
      found = &record;
  if (!found && !records.isEmpty() && records.first().fid != 0)
    found = &records.first();
  if (!found)
    return false;
  const int city = mDeck.indexOf(SlideKind::City);
  if (city < 0)
    return false;
  go(city);
  if (!mSlides->focusUnit(found->unitId, found->unitId + QLatin1Char(' ') + found->name))
    return false;
  emit currentChanged(mCurrent);
  emit unitFocused(found->unitId);
  return true;
}

void PresentationWindow::setHighContrast(bool on)
{
  if (mHighContrast == on)
    return;
  mHighContrast = on;
  mSlides->setHighContrast(on);
  emit highContrastChanged(on);
}

void PresentationWindow::openSearch(const QString &text)
{
  const PresentationTheme theme = mSlides->theme();
  mSearch->setFont(theme.font(0.04));
  // A box that stands out on the map beneath it.
  mSearch->setStyleSheet(QStringLiteral("QLineEdit { border: %1px solid %2; border-radius: %3px; "
                                        "padding: 0 %4px; background: white; color: %5; }")
                             .arg(theme.px(0.005))
                             .arg(theme.accent().name())
                             .arg(theme.px(0.012))
                             .arg(theme.px(0.015))
                             .arg(theme.text().name()));
  mCompleter->popup()->setFont(theme.font(0.032));
  placeSearch();
  mSearch->setText(text);
  mSearch->show();
  mSearch->raise();
  mSearch->setFocus();
  updateCompletions(text);
}

void PresentationWindow::closeSearch()
{
  mCompleter->popup()->hide();
  mSearch->hide();
  setFocus();
}

void PresentationWindow::placeSearch()
{
  const int w = width() * 6 / 10;
  const int h = mSlides->theme().px(0.075);
  mSearch->setGeometry((width() - w) / 2, mSlides->theme().px(0.19), w, h);
}

void PresentationWindow::updateCompletions(const QString &text)
{
  const QString wanted = text.trimmed();
  QStringList items;
  for (const QString &term : mDeck.searchTerms())
    if (wanted.isEmpty() || term.contains(wanted, Qt::CaseInsensitive))
      items << term;
  if (!wanted.isEmpty())
    items += unitMatches(wanted, Completions - std::min<int>(items.size(), Completions / 2));
  mCompletions->setStringList(items.mid(0, Completions));
  if (mSearch->isVisible() && !items.isEmpty())
    mCompleter->complete();
}

QStringList PresentationWindow::unitMatches(const QString &text, int limit)
{
  QStringList matches;
  if (!mUnits)
    mUnits = UnitQuery::open(mDocument ? mDocument->path() : QString(), nullptr);
  if (!mUnits || limit <= 0)
    return matches;
  UnitFilter filter;
  filter.text = text;
  std::vector<qint64> fids;
  if (!mUnits->orderedFids(filter, UnitField::UnitId, Qt::AscendingOrder, fids))
    return matches;
  const int count = static_cast<int>(std::min<size_t>(fids.size(), size_t(limit)));
  for (const UnitTableRecord &record : mUnits->records(fids.data(), count))
    if (record.fid != 0)
      matches << record.unitId + UnitSeparator + record.name;
  return matches;
}

bool PresentationWindow::handleKey(QKeyEvent *event)
{
  // While searching, keys type into the search box (from the presenter's window too).
  if (mSearch->isVisible())
  {
    QKeyEvent copy(event->type(), event->key(), event->modifiers(), event->text(),
                   event->isAutoRepeat(), static_cast<ushort>(event->count()));
    QCoreApplication::sendEvent(mSearch, &copy);
    return true;
  }
  switch (event->key())
  {
  case Qt::Key_Right:
  case Qt::Key_Down:
  case Qt::Key_Space:
  case Qt::Key_PageDown:
  case Qt::Key_N:
    next();
    return true;
  case Qt::Key_Left:
  case Qt::Key_Up:
  case Qt::Key_PageUp:
  case Qt::Key_Backspace:
  case Qt::Key_P:
    previous();
    return true;
  case Qt::Key_Home:
    first();
    return true;
  case Qt::Key_End:
    last();
    return true;
  case Qt::Key_H:
    setHighContrast(!mHighContrast);
    return true;
  case Qt::Key_Escape:
    close();
    return true;
  case Qt::Key_Slash:
    openSearch();
    return true;
  case Qt::Key_F:
    if (event->modifiers() & Qt::ControlModifier)
    {
      openSearch();
      return true;
    }
    break;
  default:
    break;
  }
  if (!(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) &&
      startsSearch(event->text()))
  {
    openSearch(event->text());
    return true;
  }
  return false;
}

void PresentationWindow::keyPressEvent(QKeyEvent *event)
{
  if (!handleKey(event))
    QWidget::keyPressEvent(event);
}

void PresentationWindow::inputMethodEvent(QInputMethodEvent *event)
{
  // A name typed through an input method (Chinese) opens the search holding it.
  if (!event->commitString().isEmpty())
    openSearch(event->commitString());
  event->accept();
}

void PresentationWindow::resizeEvent(QResizeEvent *event)
{
  QWidget::resizeEvent(event);
  if (mSearch->isVisible())
    placeSearch();
}

bool PresentationWindow::eventFilter(QObject *watched, QEvent *event)
{
  // Esc in the search box closes the search, not the presentation; Enter jumps, and goes no
  // further (the window would take it for "next").
  if (watched == mSearch && event->type() == QEvent::KeyPress)
  {
    const int key = static_cast<QKeyEvent *>(event)->key();
    if (key == Qt::Key_Escape)
    {
      closeSearch();
      return true;
    }
    if (key == Qt::Key_Return || key == Qt::Key_Enter)
    {
      const QString text = mSearch->text();
      closeSearch();
      jumpTo(text);
      return true;
    }
  }
  return QWidget::eventFilter(watched, event);
}

void PresentationWindow::closeEvent(QCloseEvent *event)
{
  if (mPresenter)
    mPresenter->close();
  QWidget::closeEvent(event);
}

} // namespace riskatlas
