// Presentation mode (issue 15): the slides generated from the sample project and their figures
// against the project's own summary, the keys a presenter's remote sends, the search by typing,
// and the city-map slide compared with a control image at 1280×720.

#include "controlimage.h"
#include "presentationtheme.h"
#include "presentationwindow.h"
#include "presenterview.h"
#include "projectdocument.h"
#include "sampleproject.h"
#include "sessiontask.h"
#include "slidedeck.h"
#include "slideview.h"
#include "uilanguage.h"
#include "uitestmain.h"
#include "workflow/projectsession.h"
#include "workflow/projectview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCompleter>
#include <QInputMethodEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <qgsvectorlayer.h>

using namespace riskatlas;

namespace
{
//! Saves \a image as NAME.png in $RISKATLAS_SCREENSHOT_DIR (for looking at), when set.
void keepScreenshot(const QImage &image, const QString &name)
{
  const QString folder = qEnvironmentVariable("RISKATLAS_SCREENSHOT_DIR");
  if (!folder.isEmpty())
    image.save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

bool waitForMap(SlideView *view)
{
  if (view->isMapReady())
    return true;
  QSignalSpy rendered(view, &SlideView::mapRendered);
  return rendered.wait(30000) && view->isMapReady();
}

//! Types \a text as an input method commits it (Chinese is never a key press).
void commitText(QWidget *widget, const QString &text)
{
  QInputMethodEvent event;
  event.setCommitString(text);
  QCoreApplication::sendEvent(widget, &event);
}

QJsonObject expectedFigures()
{
  return QJsonDocument::fromJson(test::readFile(test::sampleFile(QStringLiteral("expected.json"))))
      .object();
}
} // namespace

class TestPresentation : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase()
  {
    QVERIFY(mDir.isValid());
    mSample = mDir.filePath(QStringLiteral("示例市.gpkg"));
    QVERIFY(test::makeSampleProject(mSample));
    auto session = ProjectSession::open(mSample, OpenMode::ReadOnly, nullptr);
    QVERIFY(session);
    mSummary = session->summary();
    mSummary.sortRegions();
    QCOMPARE(mSummary.units, expectedFigures().value(QStringLiteral("units")).toInt());
    QVERIFY(SlideDeck::read(mSample, QStringLiteral("en"), mFacts, nullptr));
  }

  void cleanup() { UiLanguage::install(QStringLiteral("en")); }

  void theDeckHasTheProjectsSlidesAndFigures()
  {
    DeckFacts facts;
    QString error;
    QVERIFY2(SlideDeck::read(mSample, QStringLiteral("en"), facts, &error), qPrintable(error));
    const SlideDeck deck(facts, QStringLiteral("en"));

    // The city map and the counts: the summary's figures.
    QCOMPARE(deck.slide(0).kind, SlideKind::City);
    const int counts = deck.indexOf(SlideKind::LevelCounts);
    QVERIFY(counts > 0);
    for (int index : {0, counts})
    {
      const Slide &slide = deck.slide(index);
      QCOMPARE(slide.units, 360);
      for (RiskLevel level : assessedLevels())
        QCOMPARE(slide.counts.count(level), mSummary.levels.count(level));
      QVERIFY(!slide.notes.isEmpty());
    }
    QVERIFY(deck.slide(0).notes.join(' ').contains(QStringLiteral("4 units not scored")));

    // One map per category present, with its counts.
    QStringList categories;
    for (const Slide &slide : deck.slides())
      if (slide.kind == SlideKind::Category)
      {
        categories << slide.category;
        for (RiskLevel level : assessedLevels())
          QCOMPARE(slide.counts.count(level),
                   mSummary.byCategory.value(slide.category).count(level));
      }
    QCOMPARE(categories, (QStringList{QStringLiteral("industrial"), QStringLiteral("crowded"),
                                      QStringLiteral("facilities"), QStringLiteral("natural")}));
    QCOMPARE(deck.slide(deck.categorySlide(QStringLiteral("natural"))).category,
             QStringLiteral("natural"));

    // One map per district, in code order, at its level, with its counts.
    const QJsonObject levels =
        expectedFigures().value(QStringLiteral("district_levels")).toObject();
    QStringList districts;
    for (const Slide &slide : deck.slides())
      if (slide.kind == SlideKind::District)
      {
        districts << slide.regionId;
        RiskLevel expected = RiskLevel::None;
        QVERIFY(levelFromKey(levels.value(slide.regionId).toString(), expected));
        QCOMPARE(slide.level, expected);
        const auto region =
            std::find_if(mSummary.regions.cbegin(), mSummary.regions.cend(),
                         [&](const RegionSummary &r) { return r.id == slide.regionId; });
        QVERIFY(region != mSummary.regions.cend());
        QCOMPARE(slide.title, region->name);
        QCOMPARE(slide.units, region->result.units);
        for (RiskLevel level : assessedLevels())
          QCOMPARE(slide.counts.count(level), region->result.counts.count(level));
      }
    QCOMPARE(districts, levels.keys());
    QCOMPARE(deck.slide(deck.districtSlide(QStringLiteral("望湖区"))).regionId,
             QStringLiteral("330102"));
    QCOMPARE(deck.districtSlide(QStringLiteral("330103")),
             deck.districtSlide(QStringLiteral("青山区")));

    // The major-risk list: every major unit once, highest score first, a page at a time, each
    // in the district whose major count it makes up.
    const int majors = mSummary.levels.count(RiskLevel::Major);
    QVERIFY(majors > SlideDeck::MajorRowsPerSlide);
    QList<SlideUnit> listed;
    int pages = 0;
    for (const Slide &slide : deck.slides())
      if (slide.kind == SlideKind::MajorUnits)
      {
        QCOMPARE(slide.page, pages++);
        QVERIFY(slide.rows.size() <= SlideDeck::MajorRowsPerSlide);
        listed += slide.rows;
      }
    QCOMPARE(pages, (majors + SlideDeck::MajorRowsPerSlide - 1) / SlideDeck::MajorRowsPerSlide);
    QCOMPARE(listed.size(), majors);
    QMap<QString, int> byDistrict;
    QSet<QString> ids;
    for (int i = 0; i < listed.size(); ++i)
    {
      const SlideUnit &unit = listed.at(i);
      QVERIFY(!unit.unitId.isEmpty() && !unit.name.isEmpty() && !unit.sector.isEmpty());
      QVERIFY(unit.score.has_value());
      if (i > 0)
        QVERIFY(*listed.at(i - 1).score >= *unit.score);
      ids.insert(unit.unitId);
      ++byDistrict[unit.districtId];
    }
    QCOMPARE(ids.size(), majors);
    int outside = majors;
    for (const RegionSummary &region : mSummary.regions)
    {
      QCOMPARE(byDistrict.value(region.id), region.result.counts.count(RiskLevel::Major));
      outside -= region.result.counts.count(RiskLevel::Major);
    }
    QCOMPARE(byDistrict.value(QString()), outside);

    // In all: city, counts, 4 categories, 12 districts, the list's pages.
    QCOMPARE(deck.count(), 2 + 4 + 12 + pages);
    QCOMPARE(deck.searchTerms().mid(0, 2),
             (QStringList{QStringLiteral("临江区"), QStringLiteral("望湖区")}));
  }

  void stepsThroughEverySlideWithTheKeys()
  {
    auto document = ProjectDocument::open(mSample, nullptr);
    QVERIFY(document);
    QPointer<PresentationWindow> window = new PresentationWindow(*document);
    window->resize(1280, 720);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    const int count = window->deck().count();
    QCOMPARE(window->current(), 0);
    QSignalSpy changed(window.data(), &PresentationWindow::currentChanged);
    // What remotes and keyboards send for "next", in turn.
    const QList<Qt::Key> nextKeys = {Qt::Key_Right, Qt::Key_PageDown, Qt::Key_Space, Qt::Key_Down,
                                     Qt::Key_N};
    for (int i = 1; i < count; ++i)
    {
      QTest::keyClick(window, nextKeys.at(i % nextKeys.size()));
      QCOMPARE(window->current(), i);
      QCOMPARE(window->slideView()->slide(), i);
    }
    QTest::keyClick(window, Qt::Key_PageDown); // past the end: stays on the last
    QCOMPARE(window->current(), count - 1);
    const QList<Qt::Key> previousKeys = {Qt::Key_Left, Qt::Key_PageUp, Qt::Key_Backspace,
                                         Qt::Key_Up, Qt::Key_P};
    for (int i = count - 2; i >= 0; --i)
    {
      QTest::keyClick(window, previousKeys.at(i % previousKeys.size()));
      QCOMPARE(window->current(), i);
    }
    QTest::keyClick(window, Qt::Key_PageUp);
    QCOMPARE(window->current(), 0);
    QTest::keyClick(window, Qt::Key_End);
    QCOMPARE(window->current(), count - 1);
    QTest::keyClick(window, Qt::Key_Home);
    QCOMPARE(window->current(), 0);
    QCOMPARE(changed.size(), 2 * (count - 1) + 2);

    // H: high contrast, and back.
    QTest::keyClick(window, Qt::Key_H);
    QVERIFY(window->highContrast() && window->slideView()->highContrast());
    QTest::keyClick(window, Qt::Key_H);
    QVERIFY(!window->highContrast());

    // Esc leaves: the window closes and is deleted.
    QTest::keyClick(window, Qt::Key_Escape);
    QTRY_VERIFY(window.isNull());
  }

  void typingADistrictOrUnitJumpsToIt()
  {
    auto document = ProjectDocument::open(mSample, nullptr);
    QVERIFY(document);
    QPointer<PresentationWindow> window = new PresentationWindow(*document);
    window->resize(1280, 720);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QLineEdit *search = window->searchBox();
    QVERIFY(!search->isVisible());

    // A Chinese name, committed by the input method: the search box opens and completes it.
    commitText(window, QStringLiteral("望湖"));
    QVERIFY(search->isVisible());
    QCOMPARE(search->text(), QStringLiteral("望湖"));
    const QStringList offered =
        search->completer()->model()->index(0, 0).data().toString().split(QLatin1Char('\n'));
    QCOMPARE(offered.value(0), QStringLiteral("望湖区"));
    keepScreenshot(window->grab().toImage(), QStringLiteral("presentation-search-1280"));
    commitText(search, QStringLiteral("区"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(!search->isVisible());
    QCOMPARE(window->current(), window->deck().districtSlide(QStringLiteral("望湖区")));
    QCOMPARE(window->deck().slide(window->current()).regionId, QStringLiteral("330102"));
    QVERIFY(waitForMap(window->slideView()));
    // The district fills the map: its extent lies inside what is drawn.
    const QgsRectangle drawn = window->slideView()->mapSettings().visibleExtent();
    QVERIFY(drawn.width() <
            document->view()->regionLayer(RegionKind::District)->extent().width() * 0.8);

    // Esc in the search box closes the search only.
    QTest::keyClick(window, Qt::Key_Slash);
    QVERIFY(search->isVisible());
    QTest::keyClick(search, Qt::Key_Escape);
    QVERIFY(!search->isVisible());
    QVERIFY(window);

    // A unit id typed on the keyboard: the city map, zoomed to the unit, ringed.
    QSignalSpy focused(window.data(), &PresentationWindow::unitFocused);
    QTest::keyClicks(window, QStringLiteral("RU0001"));
    QCOMPARE(search->text(), QStringLiteral("RU0001"));
    QCOMPARE(search->completer()->model()->index(0, 0).data().toString(),
             QStringLiteral("RU0001  青山区昌盛化工有限公司"));
    keepScreenshot(window->grab().toImage(), QStringLiteral("presentation-search-unit-1280"));
    QTest::keyClick(window, Qt::Key_Return);
    QCOMPARE(focused.size(), 1);
    QCOMPARE(window->current(), window->deck().indexOf(SlideKind::City));
    QCOMPARE(window->slideView()->focusedUnit(), QStringLiteral("RU0001"));
    QVERIFY(waitForMap(window->slideView()));
    const QgsMapSettings &settings = window->slideView()->mapSettings();
    // RU0001 (120.246265, 30.350567) lies in the zoomed view, which is a part of the city.
    QgsVectorLayer *units = document->view()->unitsLayer();
    QgsFeature unit;
    QgsFeatureRequest request(QgsExpression(QStringLiteral("unit_id = 'RU0001'")));
    QVERIFY(units->getFeatures(request).nextFeature(unit));
    QVERIFY(settings.visibleExtent().contains(unit.geometry().asPoint()));
    QVERIFY(settings.visibleExtent().width() <
            document->view()->regionLayer(RegionKind::District)->extent().width() / 3);
    keepScreenshot(window->slideView()->grab().toImage(), QStringLiteral("presentation-unit-1280"));
    // A name nothing has: no jump.
    QVERIFY(!window->jumpTo(QStringLiteral("no such place")));
    // The next key leaves the zoom.
    QTest::keyClick(window, Qt::Key_Right);
    QVERIFY(window->slideView()->focusedUnit().isEmpty());
    delete window;
  }

  void cityMapSlideLooksLikeItsControl()
  {
    auto document = ProjectDocument::open(mSample, nullptr);
    QVERIFY(document);
    auto *window = new PresentationWindow(*document);
    window->resize(1280, 720);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCOMPARE(window->slideView()->size(), QSize(1280, 720));
    QVERIFY(waitForMap(window->slideView()));
    const QString rendered = mDir.filePath(QStringLiteral("presentation-city-1280.png"));
    QVERIFY(window->slideView()->grab().save(rendered));
    // The four colours reach the slide.
    const QImage image(rendered);
    const PresentationTheme theme = window->slideView()->theme();
    for (RiskLevel level : assessedLevels())
    {
      const QColor colour = theme.levelColor(level);
      int pixels = 0;
      for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
          pixels += image.pixelColor(x, y) == colour;
      QVERIFY2(pixels > 200, qPrintable(levelKey(level)));
    }
    keepScreenshot(image, QStringLiteral("presentation-city-1280"));
    delete window;
    RISKATLAS_CHECK_CONTROL_IMAGE(rendered, QStringLiteral("presentation-city-1280.png"));
  }

  void slidesAtFullHdInBothLanguages()
  {
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh")})
    {
      UiLanguage::install(language);
      auto document = ProjectDocument::open(mSample, nullptr);
      QVERIFY(document);
      auto *window = new PresentationWindow(*document);
      window->resize(1920, 1080);
      window->show();
      QVERIFY(QTest::qWaitForWindowExposed(window));
      const SlideDeck &deck = window->deck();
      if (language == QLatin1String("zh"))
        QCOMPARE(deck.slide(0).title, QStringLiteral("全市风险分布图"));
      else
        QCOMPARE(deck.slide(0).title, QStringLiteral("City risk map"));
      const QList<QPair<int, QString>> shots = {
          {0, QStringLiteral("city")},
          {deck.districtSlide(QStringLiteral("青山区")), QStringLiteral("district")},
          {deck.indexOf(SlideKind::MajorUnits), QStringLiteral("major")},
          {deck.indexOf(SlideKind::LevelCounts), QStringLiteral("counts")},
          {deck.categorySlide(QStringLiteral("industrial")), QStringLiteral("category")}};
      for (const auto &[index, name] : shots)
      {
        window->go(index);
        QVERIFY(waitForMap(window->slideView()));
        keepScreenshot(window->slideView()->grab().toImage(),
                       QStringLiteral("presentation-%1-1920-%2").arg(name, language));
      }
      window->setHighContrast(true);
      window->go(0);
      QVERIFY(waitForMap(window->slideView()));
      keepScreenshot(window->slideView()->grab().toImage(),
                     QStringLiteral("presentation-city-contrast-1920-%1").arg(language));
      window->go(deck.indexOf(SlideKind::LevelCounts));
      keepScreenshot(window->slideView()->grab().toImage(),
                     QStringLiteral("presentation-counts-contrast-1920-%1").arg(language));
      delete window;
    }
  }

  void presenterViewShowsNextSlideNotesAndTime()
  {
    auto document = ProjectDocument::open(mSample, nullptr);
    QVERIFY(document);
    auto *window = new PresentationWindow(*document);
    window->resize(1280, 720);
    window->show();
    PresenterView presenter(*window);
    presenter.resize(1366, 768);
    presenter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&presenter));
    QCOMPARE(presenter.currentSlide()->slide(), 0);
    QCOMPARE(presenter.nextSlide()->slide(), 1);
    QVERIFY(presenter.notes()->toPlainText().contains(QStringLiteral("360 units")));
    QVERIFY(presenter.clock()->text().contains(QStringLiteral("0:00:0")));
    // Keys in the presenter's window drive the slides.
    QTest::keyClick(&presenter, Qt::Key_PageDown);
    QCOMPARE(window->current(), 1);
    QCOMPARE(presenter.currentSlide()->slide(), 1);
    QCOMPARE(presenter.nextSlide()->slide(), 2);
    const int district = window->deck().districtSlide(QStringLiteral("青山区"));
    window->go(district);
    QCOMPARE(presenter.currentSlide()->slide(), district);
    // The district's notes: its counts and its major units.
    const QString notes = presenter.notes()->toPlainText();
    QVERIFY2(notes.contains(QStringLiteral("330103")), qPrintable(notes));
    QVERIFY2(notes.contains(QStringLiteral("Major risk")), qPrintable(notes));
    QVERIFY(waitForMap(presenter.currentSlide()));
    keepScreenshot(presenter.grab().toImage(), QStringLiteral("presenter-view-1366"));
    presenter.close();
    QVERIFY(!window->isVisible()); // closing the presenter's window ends the presentation
    delete window;
  }

  void showsACommitWhilePresenting()
  {
    // A project not assessed yet: the slides say so, and nothing fails.
    const QString path = mDir.filePath(QStringLiteral("not-assessed.gpkg"));
    QVERIFY(test::makeSampleProject(path, false));
    auto document = ProjectDocument::open(path, nullptr);
    QVERIFY(document);
    auto *window = new PresentationWindow(*document);
    window->resize(1280, 720);
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY2(window->error().isEmpty(), qPrintable(window->error()));
    QCOMPARE(window->deck().slide(0).counts.total(), 0);
    QCOMPARE(window->deck().indexOf(SlideKind::Category), -1);
    const int major = window->deck().indexOf(SlideKind::MajorUnits);
    QVERIFY(major > 0 && window->deck().slide(major).rows.isEmpty());
    QTest::keyClick(window, Qt::Key_End);
    keepScreenshot(window->slideView()->grab().toImage(), QStringLiteral("presentation-none"));
    QTest::keyClick(window, Qt::Key_Home);
    QTest::keyClick(window, Qt::Key_Right);

    // The assessment commits while the counts are shown: they follow, the slide stays.
    QSignalSpy changed(document.get(), &ProjectDocument::changed);
    document->run(new SessionTask(QStringLiteral("assess"), path, true,
                                  [](ProjectSession &session, QgsFeedback *feedback)
                                  {
                                    TaskResult result;
                                    result.ok = session.assess({}, feedback).ok;
                                    return result;
                                  }));
    QVERIFY(changed.wait(60000));
    QCOMPARE(window->current(), 1);
    QCOMPARE(window->deck().slide(1).kind, SlideKind::LevelCounts);
    for (RiskLevel level : assessedLevels())
      QCOMPARE(window->deck().slide(1).counts.count(level), mSummary.levels.count(level));
    QCOMPARE(window->deck().count(), SlideDeck(mFacts, QStringLiteral("en")).count());
    QVERIFY(window->deck().indexOf(SlideKind::Category) > 0);
    window->go(0);
    QVERIFY(waitForMap(window->slideView()));
    delete window;
  }

  void presentsFullScreenOnOneScreen()
  {
    // What the main window wires: View ▸ Present, F5.
    QObject owner;
    QAction *action = PresentationWindow::createAction(&owner);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::Key_F5));
    QCOMPARE(action->objectName(), QStringLiteral("actionPresent"));
    auto document = ProjectDocument::open(mSample, nullptr);
    QVERIFY(document);
    QPointer<PresentationWindow> window = PresentationWindow::present(*document);
    QVERIFY(window->isFullScreen());
    QCOMPARE(QGuiApplication::screens().size(), 1);
    QVERIFY(!window->presenterView());
    // Closing the project ends the presentation.
    document.reset();
    QTRY_VERIFY(window.isNull());
  }

private:
  QTemporaryDir mDir;
  QString mSample;
  AssessmentSummary mSummary;
  DeckFacts mFacts;
};

RISKATLAS_UI_TEST_MAIN(TestPresentation)
#include "test_presentation.moc"
