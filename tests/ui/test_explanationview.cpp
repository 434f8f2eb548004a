// "Why this level?" in the workbench: the explanation of a sample-city unit shows its matrix
// cell highlighted in its level's colour (the other cells pale), the score's band highlighted,
// and a district its deciding units; screenshots are written for a look.
#include "explanationdialog.h"
#include "explanationview.h"
#include "sampleproject.h"
#include "uitestmain.h"
#include "workflow/projectsession.h"

#include <QLabel>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace riskatlas;

class TestExplanationView : public QObject
{
  Q_OBJECT

  QTemporaryDir mDir;
  QString mProject;

  Explanation explain(const QString &id)
  {
    Explanation explanation;
    Problem problem;
    auto session = ProjectSession::open(mProject, OpenMode::ReadOnly, &problem);
    if (!session || !session->explain(id, QStringLiteral("en"), explanation, &problem))
      qWarning("%s", qPrintable(problem.message()));
    return explanation;
  }

  static QString screenshotPath(const QString &name)
  {
    const QString folder = qEnvironmentVariable("RISKATLAS_SCREENSHOT_DIR", QDir::tempPath());
    return QDir(folder).filePath(name);
  }

private slots:
  void initTestCase()
  {
    mProject = mDir.filePath(QStringLiteral("sample.gpkg"));
    QVERIFY(test::makeSampleProject(mProject));
  }

  void unitMatrixCellIsHighlighted()
  {
    // RU0001: L = 4, S = 5 → R = 20, major; the grid's row 0 is L = 5, so the hit is row 1,
    // column 4.
    LevelPalette palette;
    QVERIFY(palette.setColor(RiskLevel::Major, QStringLiteral("#C00000")));
    ExplanationDialog dialog(explain(QStringLiteral("RU0001")), palette);
    dialog.resize(1000, 700);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    ExplanationView *view = dialog.view();
    QTableWidget *matrix = view->matrixTable();
    QVERIFY(matrix && matrix->isVisible());
    QCOMPARE(matrix->rowCount(), 5);
    QCOMPARE(matrix->columnCount(), 5);
    QCOMPARE(view->matrixHit(), QPoint(1, 4)); // (row, column)
    QTableWidgetItem *hit = matrix->item(1, 4);
    QCOMPARE(hit->background().color(), QColor(QStringLiteral("#C00000")));
    QVERIFY2(hit->text().contains(QStringLiteral("20")), qPrintable(hit->text()));
    QVERIFY(hit->font().bold());
    // L = 5, S = 4 is major too, but not the unit's cell: pale.
    QTableWidgetItem *other = matrix->item(0, 3);
    QCOMPARE(other->text(), QStringLiteral("20"));
    QVERIFY(other->background().color() != QColor(QStringLiteral("#C00000")));
    QVERIFY(!other->font().bold());
    QCOMPARE(matrix->verticalHeaderItem(1)->text(), QStringLiteral("L 4 5年内可能发生"));

    QCOMPARE(view->bandHit(), 0);
    QCOMPARE(view->bandTable()->item(0, 0)->background().color(),
             QColor(QStringLiteral("#C00000")));
    QVERIFY(view->bandTable()->item(0, 1)->text().startsWith(QStringLiteral("R ≥ 20")));
    auto *inputs = view->findChild<QTableWidget *>(QStringLiteral("inputs"));
    QVERIFY(inputs);
    QCOMPARE(inputs->item(0, 2)->text(), QStringLiteral("5年内可能发生"));
    auto *final = view->findChild<QLabel *>(QStringLiteral("final"));
    QVERIFY(final && final->text().contains(QStringLiteral("Major risk")));
    QVERIFY(dialog.grab().save(screenshotPath(QStringLiteral("explanation-unit.png"))));
  }

  void lecBandIsHighlighted()
  {
    MethodSet set;
    QVERIFY(MethodSet::fromTemplate(QStringLiteral("city-default"), set, nullptr));
    UnitFacts unit;
    unit.unitId = QStringLiteral("E1");
    unit.category = QStringLiteral("industrial");
    unit.sector = QStringLiteral("I01");
    unit.inputs = {{QStringLiteral("lec_l"), QStringLiteral("1")},
                   {QStringLiteral("lec_e"), QStringLiteral("10")},
                   {QStringLiteral("lec_c"), QStringLiteral("7")},
                   {QStringLiteral("control"), QStringLiteral("差")}};
    Explanation explanation;
    explanation.unit =
        explainUnit(set, Taxonomy::defaultTaxonomy(), unit, Language::get(QStringLiteral("en")));
    ExplanationView view;
    view.resize(900, 700);
    view.setExplanation(explanation, LevelPalette());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(!view.matrixTable());
    // D = 70 falls in 70 ≤ D < 160 (general); poor control raises it to significant.
    QCOMPARE(view.bandHit(), 2);
    QCOMPARE(view.bandTable()->item(2, 0)->background().color(),
             QColor(LevelPalette().color(RiskLevel::General)));
    QVERIFY(view.bandTable()->item(2, 1)->font().bold());
    auto *correction = view.findChild<QLabel *>(QStringLiteral("correction"));
    QVERIFY(correction && correction->text().contains(QStringLiteral("raised")));
    QVERIFY(view.grab().save(screenshotPath(QStringLiteral("explanation-lec.png"))));
  }

  void districtListsItsDecidingUnits()
  {
    Problem problem;
    auto session = ProjectSession::open(mProject, OpenMode::ReadOnly, &problem);
    QVERIFY(session);
    const RegionSummary district = session->summary().regions.first();
    const Explanation explanation = explain(district.id);
    QVERIFY(explanation.isRegion);
    ExplanationView view;
    view.resize(900, 700);
    view.setExplanation(explanation, LevelPalette());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *deciding = view.findChild<QTableWidget *>(QStringLiteral("deciding"));
    QVERIFY(deciding);
    QCOMPARE(deciding->rowCount(), district.result.counts.count(district.result.level));
    QVERIFY(view.grab().save(screenshotPath(QStringLiteral("explanation-district.png"))));
  }
};

RISKATLAS_UI_TEST_MAIN(TestExplanationView)
#include "test_explanationview.moc"
