// The workbench window on the sample project: the styled map, the view switches, a workflow
// step as a task, the language switch, and the window compared with a control screenshot.

#include "controlimage.h"
#include "explanationdialog.h"
#include "hazarddock.h"
#include "mainwindow.h"
#include "mapexportdialog.h"
#include "methodseteditor.h"
#include "preferences.h"
#include "problemsdock.h"
#include "problemtabledialog.h"
#include "projectdocument.h"
#include "regionimportdialog.h"
#include "regiontabledock.h"
#include "regiontablemodel.h"
#include "reportexportdialog.h"
#include "risklevel.h"
#include "sampleproject.h"
#include "summarydock.h"
#include "uitestmain.h"
#include "uniteditordock.h"
#include "unitimportdialog.h"
#include "unittabledock.h"
#include "unittablemodel.h"
#include "workbench.h"
#include "workflow/projectsession.h"
#include "workflow/projectview.h"
#include "workflowcommands.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QTreeWidgetItem>
#include <cmath>
#include <qgsexpression.h>
#include <qgsfilewidget.h>
#include <qgslayertreeview.h>
#include <qgslegendsymbolitem.h>
#include <qgsmapcanvas.h>
#include <qgsmaptoolextent.h>
#include <qgsproject.h>
#include <qgsrenderer.h>
#include <qgsvectorlayer.h>

using namespace riskatlas;

namespace
{
//! Waits until the canvas finished drawing what it shows now.
bool waitForRender(QgsMapCanvas *canvas)
{
  QSignalSpy rendered(canvas, &QgsMapCanvas::mapCanvasRefreshed);
  canvas->refresh();
  return rendered.wait(30000);
}

//! Saves \a image as NAME.png in $RISKATLAS_SCREENSHOT_DIR (for looking at), when set.
void keepScreenshot(const QImage &image, const QString &name)
{
  const QString folder = qEnvironmentVariable("RISKATLAS_SCREENSHOT_DIR");
  if (!folder.isEmpty())
    image.save(QDir(folder).filePath(name + QStringLiteral(".png")));
}

QStringList menuTitles(QMainWindow *window)
{
  QStringList titles;
  for (QAction *action : window->menuBar()->actions())
    titles << action->text();
  return titles;
}
} // namespace

class TestMainWindow : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase()
  {
    QSettings().remove(QStringLiteral("workbench"));
    QVERIFY(mDir.isValid());
    mSample = mDir.filePath(QStringLiteral("示例市.gpkg"));
    QVERIFY(test::makeSampleProject(mSample));
  }

  void cleanup()
  {
    // No test leaves a dialog blocking the window.
    QVERIFY(!QApplication::activeModalWidget());
  }

  void showsTheStartPageWithoutAProject()
  {
    MainWindow window;
    window.show();
    QVERIFY(!window.document());
    QCOMPARE(window.windowTitle(), QStringLiteral("RiskAtlas"));
    QVERIFY(!window.findChild<QAction *>(QStringLiteral("actionAssess"))->isEnabled());
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("startPage"))->isVisible());
    keepScreenshot(window.grab().toImage(), QStringLiteral("start-page-en"));
  }

  void opensTheSampleProjectOnTheMap()
  {
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openProject(mSample));
    QVERIFY(window.windowTitle().contains(QStringLiteral("示例市")));
    QVERIFY(window.findChild<QAction *>(QStringLiteral("actionAssess"))->isEnabled());
    QgsMapCanvas *canvas = window.mapCanvas();
    QVERIFY(canvas->isVisible());
    QVERIFY(waitForRender(canvas));
    // Units and the district layer are drawn; the map covers the districts.
    ProjectView *view = window.document()->view();
    QVERIFY(canvas->layers().contains(view->unitsLayer()));
    QVERIFY(canvas->layers().contains(view->regionLayer(RegionKind::District)));
    QVERIFY(canvas->extent().contains(view->regionLayer(RegionKind::District)->extent()));
    // The four colours reach the screen: red (major) and blue (low) pixels.
    const QImage map = canvas->grab().toImage();
    int red = 0, blue = 0;
    for (int y = 0; y < map.height(); y += 2)
      for (int x = 0; x < map.width(); x += 2)
      {
        const QColor c = map.pixelColor(x, y);
        red += c.red() > 200 && c.green() < 60 && c.blue() < 60;
        blue += c.blue() > 150 && c.red() < 40 && c.green() > 80 && c.green() < 140;
      }
    QVERIFY2(red > 20 && blue > 20,
             qPrintable(QStringLiteral("red %1 blue %2").arg(red).arg(blue)));
    keepScreenshot(window.grab().toImage(), QStringLiteral("main-window-1366-en"));
    // Recent projects remember it.
    QCOMPARE(Preferences::recentProjects().value(0), QFileInfo(mSample).absoluteFilePath());
  }

  void looksLikeItsControlScreenshot()
  {
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openProject(mSample));
    QVERIFY(waitForRender(window.mapCanvas()));
    QTRY_VERIFY(!window.summary()->isRefreshing());
    QDir dir(mDir.path());
    const QString rendered = dir.filePath(QStringLiteral("main-window-1366-en.png"));
    QVERIFY(window.grab().save(rendered));
    // The diff image, on failure, is written beside the rendered one in the test's folder.
    RISKATLAS_CHECK_CONTROL_IMAGE(rendered, QStringLiteral("ui-main-window-1366-en.png"));
  }

  void switchesCategoryAndRegionKind()
  {
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(mSample));
    auto *category = window.findChild<QComboBox *>(QStringLiteral("categorySwitch"));
    QVERIFY(category);
    QCOMPARE(category->count(), 5); // all + four categories
    const int industrial = category->findData(QStringLiteral("industrial"));
    QVERIFY(industrial > 0);
    category->setCurrentIndex(industrial);
    emit category->activated(industrial);
    QgsVectorLayer *units = window.document()->view()->unitsLayer();
    QVERIFY(units->featureCount() > 0 && units->featureCount() < 360);
    QVERIFY(waitForRender(window.mapCanvas()));
    auto *kind = window.findChild<QComboBox *>(QStringLiteral("regionKindSwitch"));
    // The sample has districts only: streets and grid cells cannot be chosen.
    auto *model = qobject_cast<QStandardItemModel *>(kind->model());
    QVERIFY(model->item(0)->isEnabled());
    QVERIFY(!model->item(2)->isEnabled());
  }

  void explainsTheSelectedUnitAndListsItsHiddenDangers()
  {
    // The sample with its hidden-danger register.
    const QString project = mDir.filePath(QStringLiteral("register.gpkg"));
    QVERIFY(QFile::copy(mSample, project));
    QString unitWithHazards;
    {
      Problem problem;
      auto session = ProjectSession::open(project, &problem);
      QVERIFY2(session, qPrintable(problem.message()));
      const ImportOutcome imported = session->importHazards(
          test::sampleFile(QStringLiteral("hazards.csv")), HazardImportOptions(), nullptr);
      QVERIFY2(imported.ok, qPrintable(imported.messages().join(QLatin1Char('\n'))));
      HazardFilter filter;
      filter.asOf = QDate::currentDate();
      const QList<HiddenDanger> all = session->hazards(filter, &problem);
      QVERIFY(!all.isEmpty());
      unitWithHazards = all.first().unitId;
    }
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openProject(project));
    auto *register_ = window.findChild<HazardDock *>();
    QVERIFY(register_);
    QVERIFY(register_->hazards().size() > 1);
    // The register's layer in the workbench's language, legend included.
    QgsVectorLayer *hazardsLayer = nullptr;
    for (QgsMapLayer *layer : window.document()->view()->project()->mapLayers())
      if (layer->name() == QLatin1String("Hidden dangers"))
        hazardsLayer = qobject_cast<QgsVectorLayer *>(layer);
    QVERIFY(hazardsLayer);
    QStringList legend;
    for (const QgsLegendSymbolItem &item : hazardsLayer->renderer()->legendSymbolItems())
      legend << item.label();
    QVERIFY2(legend.contains(QStringLiteral("Overdue")), qPrintable(legend.join(QLatin1Char(','))));
    // Overdue ones (the sample's deadlines lie in 2026) are counted in the status bar.
    QTRY_VERIFY(!window.findChild<QLabel *>(QStringLiteral("overdueHazards"))->text().isEmpty());

    // Choosing a unit lists its hidden dangers only.
    QgsVectorLayer *units = window.document()->view()->unitsLayer();
    QgsFeature unit;
    QVERIFY(units
                ->getFeatures(QgsFeatureRequest().setFilterExpression(
                    QgsExpression::createFieldEqualityExpression(QStringLiteral("unit_id"),
                                                                 unitWithHazards)))
                .nextFeature(unit));
    const int everyRow = register_->tree()->topLevelItemCount();
    window.selectUnits({unit.id()});
    const int unitRows = register_->tree()->topLevelItemCount();
    QVERIFY(unitRows > 0 && unitRows < everyRow);
    for (int row = 0; row < unitRows; ++row)
      QVERIFY(register_->tree()->topLevelItem(row)->text(1).startsWith(unitWithHazards +
                                                                       QLatin1Char(' ')));

    // Why this level? explains the chosen unit.
    window.findChild<QAction *>(QStringLiteral("actionExplain"))->trigger();
    ExplanationDialog *explanation = nullptr;
    QTRY_VERIFY((explanation = window.findChild<ExplanationDialog *>()) != nullptr);
    QVERIFY(explanation->isVisible());
    QVERIFY2(explanation->windowTitle().contains(unitWithHazards),
             qPrintable(explanation->windowTitle()));
    register_->raise();
    keepScreenshot(window.grab().toImage(), QStringLiteral("main-window-register"));
    keepScreenshot(explanation->grab().toImage(), QStringLiteral("explanation-dialog"));
    explanation->close();

    // Nothing chosen: the action says what to choose instead of guessing.
    window.selectUnits({});
    window.findChild<QAction *>(QStringLiteral("actionExplain"))->trigger();
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("Select one unit")));
  }

  void selectsAndZoomsToUnits()
  {
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openProject(mSample));
    QgsVectorLayer *units = window.document()->view()->unitsLayer();
    QSignalSpy selection(&window, &MainWindow::unitSelectionChanged);
    QgsFeature unit;
    QVERIFY(units
                ->getFeatures(QgsFeatureRequest().setFilterExpression(
                    QStringLiteral("\"unit_id\" = 'RU0001'")))
                .nextFeature(unit));
    window.selectUnits({unit.id()});
    QCOMPARE(selection.size(), 1);
    QCOMPARE(selection.first().first().value<QList<qint64>>(), QList<qint64>{unit.id()});
    QCOMPARE(units->selectedFeatureIds(), QgsFeatureIds{unit.id()});
    // Selecting the same again changes nothing and says nothing.
    window.selectUnits({unit.id()});
    QCOMPARE(selection.size(), 1);

    window.zoomToUnit(unit.id());
    QgsMapCanvas *canvas = window.mapCanvas();
    QVERIFY(canvas->scale() <= 10001);
    const QgsPointXY centre = canvas->extent().center();
    const QgsPointXY position = unit.geometry().asPoint(); // the project CRS is the canvas's
    QVERIFY2(centre.distance(position) < 1.0,
             qPrintable(QStringLiteral("%1 vs %2").arg(centre.toString(), position.toString())));

    // The rectangle tool selects the units drawn around.
    window.findChild<QAction *>(QStringLiteral("actionZoomFull"))->trigger();
    auto *tool = qobject_cast<QgsMapToolExtent *>(canvas->mapTool());
    QVERIFY(!tool);
    window.findChild<QAction *>(QStringLiteral("actionSelect"))->trigger();
    tool = qobject_cast<QgsMapToolExtent *>(canvas->mapTool());
    QVERIFY(tool);
    QgsRectangle around = units->extent();
    around.scale(1.01);
    emit tool->extentChanged(around);
    // Every unit with a position.
    int positioned = 0;
    QgsFeatureIterator all = units->getFeatures(QgsFeatureRequest().setNoAttributes());
    for (QgsFeature feature; all.nextFeature(feature);)
      positioned += feature.hasGeometry() && !feature.geometry().isEmpty();
    QCOMPARE(positioned, 360);
    QCOMPARE(units->selectedFeatureCount(), positioned);
    QCOMPARE(selection.last().first().value<QList<qint64>>().size(), positioned);
  }

  void unitTableAndMapFollowEachOther()
  {
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openProject(mSample));
    QgsVectorLayer *units = window.document()->view()->unitsLayer();
    UnitTableDock *table = window.unitTable();
    QCOMPARE(table->model()->rowCount(), 360);
    // Rows chosen in the table are selected on the map.
    table->view()->selectRow(0);
    table->view()->selectionModel()->select(
        table->model()->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    const QList<qint64> chosen = table->selectedFids();
    QCOMPARE(chosen.size(), 2);
    QCOMPARE(QgsFeatureIds(chosen.cbegin(), chosen.cend()), units->selectedFeatureIds());
    // Units selected on the map are selected in the table.
    QgsFeature feature;
    QVERIFY(units
                ->getFeatures(QgsFeatureRequest().setFilterExpression(
                    QStringLiteral("\"unit_id\" = 'RU0100'")))
                .nextFeature(feature));
    units->selectByIds({feature.id()});
    QCOMPARE(table->selectedFids(), QList<qint64>{feature.id()});
    // Double-clicking a row zooms the map to the unit.
    const int row = table->model()->rowsOf({feature.id()}).value(0, -1);
    QVERIFY(row >= 0);
    emit table->view()->doubleClicked(table->model()->index(row, 0));
    QVERIFY(window.mapCanvas()->extent().center().distance(feature.geometry().asPoint()) < 1.0);
    // Filtered to the major units, all rows selected: the map selects exactly those.
    auto *levelFilter = table->findChild<QComboBox *>(QStringLiteral("levelFilter"));
    levelFilter->setCurrentIndex(levelFilter->findData(int(RiskLevel::Major)));
    QTRY_VERIFY(table->model()->rowCount() < 360);
    const int majors = table->model()->rowCount();
    int storedMajors = 0;
    QgsFeatureIterator all = units->getFeatures();
    for (QgsFeature each; all.nextFeature(each);)
      storedMajors += each.attribute(QStringLiteral("level")).toString() == QLatin1String("major");
    QCOMPARE(majors, storedMajors);
    table->view()->selectAll();
    QCOMPARE(units->selectedFeatureCount(), majors);
    for (qint64 fid : units->selectedFeatureIds())
      QCOMPARE(units->getFeature(fid).attribute(QStringLiteral("level")).toString(),
               QStringLiteral("major"));
    // A district double-clicked in its table fills the map.
    RegionTableDock *regions = window.regionTable();
    QVERIFY(regions->findChild<QTableView *>());
    auto *regionView = regions->findChild<QTableView *>();
    QCOMPARE(regionView->model()->rowCount(), 12);
    emit regionView->doubleClicked(regionView->model()->index(0, 0));
    QgsVectorLayer *districts = window.document()->view()->regionLayer(RegionKind::District);
    const QgsRectangle shown = window.mapCanvas()->extent();
    QVERIFY(shown.height() < districts->extent().height() / 2);
    const qint64 activated =
        regionView->model()->index(0, 0).data(RegionTableModel::FidRole).toLongLong();
    QVERIFY(shown.contains(districts->getFeature(activated).geometry().boundingBox()));
    // The problems dock lists the sample's unscored units and units outside every district.
    QVERIFY(window.problems()->unscoredGroup()->childCount() > 0);
    QVERIFY(window.problems()->outsideGroup()->childCount() > 0);
  }

  void assessesAsATaskAndRefreshes()
  {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fresh.gpkg"));
    QVERIFY(test::makeSampleProject(path, false));
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    QSignalSpy presented(window.commands(), &WorkflowCommands::taskPresented);
    QSignalSpy changed(window.document(), &ProjectDocument::changed);
    QTRY_VERIFY(!window.summary()->isRefreshing());
    QCOMPARE(window.summary()->summary().scored, 0);
    window.findChild<QAction *>(QStringLiteral("actionAssess"))->trigger();
    // The window stays responsive: the event loop runs while the task works.
    QTRY_COMPARE_WITH_TIMEOUT(presented.size(), 1, 60000);
    const auto result = presented.first().first().value<TaskResult>();
    QVERIFY2(result.ok, qPrintable(problemMessages(result.problems).join('\n')));
    QCOMPARE(changed.size(), 1);
    // The same figures as the sample assessed directly.
    auto session = ProjectSession::open(path, OpenMode::ReadOnly, nullptr);
    auto reference = ProjectSession::open(mSample, OpenMode::ReadOnly, nullptr);
    QVERIFY(session->summary().scored > 300);
    QCOMPARE(session->summary().scored, reference->summary().scored);
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("360 units assessed")),
             qPrintable(window.statusBar()->currentMessage()));
    // The summary follows the commit; the warnings reach the Problems dock.
    QTRY_COMPARE_WITH_TIMEOUT(window.summary()->summary().scored, reference->summary().scored,
                              30000);
    QVERIFY(window.problems()->warningsGroup()->childCount() > 0);
  }

  void importsThroughTheDialogsAndShowsEveryProblem()
  {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.gpkg"));
    QVERIFY(ProjectSession::create(path, QStringLiteral("新城"), QString(), false, nullptr));
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    QSignalSpy presented(window.commands(), &WorkflowCommands::taskPresented);

    // Boundaries first, through the region dialog.
    window.findChild<QAction *>(QStringLiteral("actionImportRegions"))->trigger();
    auto *regions = window.findChild<RegionImportDialog *>();
    QVERIFY(regions && regions->isVisible());
    regions->setFile(test::sampleFile(QStringLiteral("districts.geojson")));
    regions->accept();
    QTRY_COMPARE_WITH_TIMEOUT(presented.size(), 1, 60000);
    QVERIFY(presented.last().first().value<TaskResult>().ok);
    QVERIFY(window.document()->view()->regionLayer(RegionKind::District));

    // A file with a bad sector (row 3) and a longitude that is no number (row 5): nothing is
    // imported and the table lists both, with row, field and value.
    QByteArray csv = test::readFile(test::sampleFile(QStringLiteral("units.csv")));
    QList<QByteArray> lines = csv.split('\n');
    // Columns: 编号, 单位名称, 行业领域, 经度, …
    QList<QByteArray> row3 = lines[2].split(',');
    row3[2] = "X99";
    lines[2] = row3.join(',');
    QList<QByteArray> row5 = lines[4].split(',');
    row5[3] = "east";
    lines[4] = row5.join(',');
    const QString bad = test::writeFile(dir.filePath(QStringLiteral("bad.csv")), lines.join('\n'));
    window.findChild<QAction *>(QStringLiteral("actionImportUnits"))->trigger();
    auto *units = window.findChild<UnitImportDialog *>();
    QVERIFY(units);
    units->setFile(bad);
    units->accept();
    QTRY_COMPARE_WITH_TIMEOUT(presented.size(), 2, 60000);
    QVERIFY(!presented.last().first().value<TaskResult>().ok);
    auto *problems = window.findChild<ProblemTableDialog *>();
    QVERIFY(problems && problems->isVisible());
    auto *table = problems->findChild<QTableWidget *>(QStringLiteral("problemTable"));
    QCOMPARE(table->rowCount(), 2);
    QStringList cells;
    for (int row = 0; row < table->rowCount(); ++row)
      for (int column = 0; column < table->columnCount(); ++column)
        cells << (table->item(row, column) ? table->item(row, column)->text() : QString());
    const QString text = cells.join(QLatin1Char('|'));
    QVERIFY2(text.contains(QStringLiteral("X99")) && text.contains(QStringLiteral("east")) &&
                 text.contains(QStringLiteral("row 3")) && text.contains(QStringLiteral("row 5")),
             qPrintable(text));
    problems->close();
    QCOMPARE(ProjectSession::open(path, OpenMode::ReadOnly, nullptr)->summary().units, 0);

    // The sample's own file imports.
    window.findChild<QAction *>(QStringLiteral("actionImportUnits"))->trigger();
    QTRY_VERIFY(window.findChild<UnitImportDialog *>());
    units = window.findChild<UnitImportDialog *>();
    units->setFile(test::sampleFile(QStringLiteral("units.csv")));
    units->accept();
    QTRY_COMPARE_WITH_TIMEOUT(presented.size(), 3, 60000);
    QVERIFY(presented.last().first().value<TaskResult>().ok);
    QCOMPARE(window.document()->view()->unitsLayer()->featureCount(), 360);
  }

  void exportsAMapAndAReportFromTheWindow()
  {
    QTemporaryDir dir;
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(mSample));
    QSignalSpy presented(window.commands(), &WorkflowCommands::taskPresented);
    const QString map = dir.filePath(QStringLiteral("map.pdf"));
    window.findChild<QAction *>(QStringLiteral("actionExportMap"))->trigger();
    auto *mapDialog = window.findChild<MapExportDialog *>();
    QVERIFY(mapDialog && mapDialog->isVisible());
    mapDialog->findChild<QgsFileWidget *>(QStringLiteral("output"))->setFilePath(map);
    QPushButton *exportButton =
        mapDialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTRY_VERIFY(exportButton->isEnabled());
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(presented.size(), 1, 120000);
    QVERIFY2(
        presented.last().first().value<TaskResult>().ok,
        qPrintable(
            problemMessages(presented.last().first().value<TaskResult>().problems).join('\n')));
    QVERIFY(test::readFile(map).startsWith("%PDF"));

    const QString report = dir.filePath(QStringLiteral("report.pdf"));
    window.findChild<QAction *>(QStringLiteral("actionReport"))->trigger();
    auto *reportDialog = window.findChild<ReportExportDialog *>();
    QVERIFY(reportDialog && reportDialog->isVisible());
    reportDialog->findChild<QgsFileWidget *>(QStringLiteral("output"))->setFilePath(report);
    QPushButton *writeButton =
        reportDialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    QTRY_VERIFY(writeButton->isEnabled());
    QTest::mouseClick(writeButton, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(presented.size(), 2, 120000);
    QVERIFY(presented.last().first().value<TaskResult>().ok);
    QVERIFY(test::readFile(report).startsWith("%PDF"));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("report.pdf")));
  }

  void appliesAMethodSetAndTakesItBack()
  {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("tuned.gpkg"));
    QVERIFY(test::makeSampleProject(path));
    auto hash = [&path]
    { return ProjectSession::open(path, OpenMode::ReadOnly, nullptr)->methodSet().hash(); };
    const QString original = hash();
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    QSignalSpy presented(window.commands(), &WorkflowCommands::taskPresented);
    QSignalSpy changed(window.document(), &ProjectDocument::changed);
    window.findChild<QAction *>(QStringLiteral("actionMethodSet"))->trigger();
    auto *editor = window.findChild<MethodSetEditor *>();
    QVERIFY(editor && editor->isVisible());
    QVERIFY(editor->useTemplate(QStringLiteral("matrix-4x4")));
    QTRY_VERIFY(editor->applyButton()->isEnabled());
    QTest::mouseClick(editor->applyButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 60000);
    QVERIFY(hash() != original);
    QAction *undo = window.findChild<QAction *>(QStringLiteral("actionUndo"));
    QTRY_VERIFY(undo->isEnabled());
    undo->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 60000);
    QCOMPARE(hash(), original);
    window.findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 3, 60000);
    QVERIFY(hash() != original);
    editor->window()->close();
  }

  void editsAUnitAndTakesItBack()
  {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("edited.gpkg"));
    QVERIFY(test::makeSampleProject(path));
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    QgsVectorLayer *units = window.document()->view()->unitsLayer();
    QgsFeature unit;
    QVERIFY(units
                ->getFeatures(QgsFeatureRequest().setFilterExpression(
                    QStringLiteral("\"unit_id\" = 'RU0001'")))
                .nextFeature(unit));
    auto likelihood = [&path, &unit]
    {
      auto session = ProjectSession::open(path, OpenMode::ReadOnly, nullptr);
      UnitDetails details;
      session->unitDetails(unit.id(), details, nullptr);
      return details.inputs.value(QStringLiteral("likelihood"));
    };
    QCOMPARE(likelihood(), QStringLiteral("4"));
    // Choosing one unit shows it in the editor.
    window.selectUnits({unit.id()});
    QVERIFY(window.unitEditor()->isVisible());
    // An edit from the editor is one command on the project's stack, audited with its reason.
    UnitEdit edit;
    edit.fid = unit.id();
    edit.values.insert(QStringLiteral("likelihood"), QStringLiteral("1"));
    edit.reason = QStringLiteral("site visit");
    emit window.unitEditor()->editRequested(edit);
    QCOMPARE(window.document()->undoStack()->count(), 1);
    QCOMPARE(likelihood(), QStringLiteral("1"));
    const auto log = ProjectSession::open(path, OpenMode::ReadOnly, nullptr)->auditLog(nullptr);
    QCOMPARE(log.last().reason, QStringLiteral("site visit"));
    QCOMPARE(log.last().target, QStringLiteral("unit RU0001"));
    window.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(likelihood(), QStringLiteral("4"));
    window.findChild<QAction *>(QStringLiteral("actionRedo"))->trigger();
    QCOMPARE(likelihood(), QStringLiteral("1"));

    // An expert's level, with its reason: the unit is ringed on the map and listed in History.
    UnitEdit override;
    override.fid = unit.id();
    override.values.insert(UnitEditFields::levelOverride(), QStringLiteral("major"));
    override.reason = QStringLiteral("expert panel");
    emit window.unitEditor()->editRequested(override);
    QCOMPARE(window.document()->undoStack()->count(), 2);
    window.resize(1366, 768);
    window.zoomToUnit(unit.id());
    QgsMapCanvas *canvas = window.findChild<QgsMapCanvas *>();
    QSignalSpy drawn(canvas, &QgsMapCanvas::mapCanvasRefreshed);
    canvas->zoomScale(5000);
    QVERIFY(drawn.wait(20000));
    // The unit sits in the middle of the map with a ring around it; the layers and the unit
    // panel are wide enough to read.
    QVERIFY(std::abs(canvas->scale() - 5000) < 1);
    QVERIFY(window.unitEditor()->width() >= window.fontMetrics().averageCharWidth() * 32);
    keepScreenshot(window.grab().toImage(), QStringLiteral("override-1366-en"));
  }

  void deletesSelectedUnitsWithAReasonAndTakesItBack()
  {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deleted.gpkg"));
    QVERIFY(test::makeSampleProject(path));
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    QgsVectorLayer *units = window.document()->view()->unitsLayer();
    auto *remove = window.findChild<QAction *>(QStringLiteral("actionDeleteUnits"));
    QVERIFY(remove && !remove->isEnabled()); // nothing chosen yet
    const long long before = units->featureCount();
    QgsFeature unit;
    QVERIFY(units
                ->getFeatures(QgsFeatureRequest().setFilterExpression(
                    QStringLiteral("\"unit_id\" = 'RU0002'")))
                .nextFeature(unit));
    window.selectUnits({unit.id()});
    QVERIFY(remove->isEnabled());
    remove->trigger();
    auto *dialog = window.findChild<QDialog *>(QStringLiteral("unitDeleteDialog"));
    QVERIFY(dialog && dialog->isVisible());
    auto *reason = dialog->findChild<QLineEdit *>();
    QVERIFY(reason);
    reason->setText(QStringLiteral("closed down in 2026"));
    dialog->accept();
    QTRY_VERIFY_WITH_TIMEOUT(!window.document()->isBusy(), 60000);
    units = window.document()->view()->unitsLayer();
    QTRY_COMPARE_WITH_TIMEOUT(units->featureCount(), before - 1, 10000);
    const auto log = ProjectSession::open(path, OpenMode::ReadOnly, nullptr)->auditLog(nullptr);
    QCOMPARE(log.last().action, QStringLiteral("delete-unit"));
    QCOMPARE(log.last().reason, QStringLiteral("closed down in 2026"));

    window.findChild<QAction *>(QStringLiteral("actionUndo"))->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!window.document()->isBusy(), 60000);
    QTRY_COMPARE_WITH_TIMEOUT(window.document()->view()->unitsLayer()->featureCount(), before,
                              10000);

    // The add tool is one of the map tools.
    window.findChild<QAction *>(QStringLiteral("actionAddUnit"))->trigger();
    QVERIFY(window.findChild<QgsMapCanvas *>()->mapTool()->action() ==
            window.findChild<QAction *>(QStringLiteral("actionAddUnit")));
  }

  void cancelsAStepFromTheStatusBar()
  {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fresh.gpkg"));
    QVERIFY(test::makeSampleProject(path, false));
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    QSignalSpy presented(window.commands(), &WorkflowCommands::taskPresented);
    window.findChild<QAction *>(QStringLiteral("actionAssessAll"))->trigger();
    auto *cancel = window.findChild<QToolButton *>(QStringLiteral("cancelTasks"));
    QVERIFY(cancel && cancel->isVisible());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(presented.size(), 1, 60000);
    const auto result = presented.first().first().value<TaskResult>();
    QVERIFY(result.cancelled);
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("cancelled")));
    QVERIFY(!cancel->isVisible());
    auto session = ProjectSession::open(path, OpenMode::ReadOnly, nullptr);
    QCOMPARE(session->summary().scored, 0);
  }

  void opensARecentProjectFromTheStartPage()
  {
    Preferences::addRecentProject(mSample);
    MainWindow window;
    window.show();
    auto *recent = window.findChild<QListWidget *>(QStringLiteral("recentProjects"));
    QVERIFY(recent && recent->count() >= 1);
    QCOMPARE(recent->item(0)->data(Qt::UserRole).toString(), QFileInfo(mSample).absoluteFilePath());
    emit recent->itemActivated(recent->item(0));
    QVERIFY(window.document());
    QCOMPARE(window.document()->path(), QFileInfo(mSample).absoluteFilePath());
  }

  void savesACopyThatOpensOnItsOwn()
  {
    MainWindow window;
    QVERIFY(window.openProject(mSample));
    const QString copy = mDir.filePath(QStringLiteral("copy.gpkg"));
    window.commands()->saveCopy(copy);
    auto session = ProjectSession::open(copy, OpenMode::ReadOnly, nullptr);
    QVERIFY(session);
    auto reference = ProjectSession::open(mSample, OpenMode::ReadOnly, nullptr);
    QCOMPARE(session->summary().scored, reference->summary().scored);
    QCOMPARE(session->summary().units, 360);
    reference.reset();
    session.reset();
    // The copy's embedded QGIS project reads the copy's own layers.
    auto view = ProjectView::open(copy, nullptr);
    QVERIFY(view && view->unitsLayer() && view->unitsLayer()->isValid());
    QVERIFY(view->unitsLayer()->source().contains(QStringLiteral("copy.gpkg")));
    QCOMPARE(view->unitsLayer()->featureCount(), 360);
  }

  void switchesLanguageKeepingTheProject()
  {
    Workbench workbench{QString()};
    workbench.start(mSample);
    QVERIFY(workbench.window()->document());
    QVERIFY(menuTitles(workbench.window()).contains(QStringLiteral("&Project")));
    workbench.switchLanguage(QStringLiteral("zh"));
    QVERIFY(workbench.window()->document());
    const QStringList chinese = menuTitles(workbench.window());
    QVERIFY2(chinese.join(' ').contains(QStringLiteral("项目")), qPrintable(chinese.join(' ')));
    QVERIFY(workbench.window()->windowTitle().contains(QStringLiteral("示例市")));
    QVERIFY(waitForRender(workbench.window()->mapCanvas()));
    keepScreenshot(workbench.window()->grab().toImage(), QStringLiteral("main-window-zh"));
    workbench.switchLanguage(QStringLiteral("en"));
    QVERIFY(menuTitles(workbench.window()).contains(QStringLiteral("&Project")));
  }

private:
  QTemporaryDir mDir;
  QString mSample;
};

RISKATLAS_UI_TEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
