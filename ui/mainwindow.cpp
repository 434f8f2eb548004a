#include "mainwindow.h"

#include "explanationdialog.h"
#include "externalchangemonitor.h"
#include "hazarddock.h"
#include "historydock.h"
#include "identifytool.h"
#include "preferences.h"
#include "presentationwindow.h"
#include "presenterview.h"
#include "problemhint.h"
#include "problemsdock.h"
#include "projectdocument.h"
#include "regionkind.h"
#include "regiontabledock.h"
#include "reviewcontrols.h"
#include "startpage.h"
#include "summarydock.h"
#include "taskprogresswidget.h"
#include "uilanguage.h"
#include "unitaddcommand.h"
#include "unitadddialog.h"
#include "unitaddtool.h"
#include "unitdeletecommand.h"
#include "unitdeletedialog.h"
#include "uniteditcommands.h"
#include "uniteditordock.h"
#include "unitmovetool.h"
#include "unittabledock.h"
#include "workflow/projectsession.h"
#include "workflow/projectview.h"
#include "workflowcommands.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QToolBar>
#include <QUndoView>
#include <qgsapplication.h>
#include <qgsexpression.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgslayertree.h>
#include <qgslayertreemapcanvasbridge.h>
#include <qgslayertreemodel.h>
#include <qgslayertreeview.h>
#include <qgsmapcanvas.h>
#include <qgsmaptoolextent.h>
#include <qgsmaptoolpan.h>
#include <qgsmaptoolzoom.h>
#include <qgsproject.h>
#include <qgsscalecombobox.h>
#include <qgsvectorlayer.h>

static void initUiResources()
{
  Q_INIT_RESOURCE(ui_resources);
}

namespace riskatlas
{

namespace
{
QIcon themeIcon(const char *name)
{
  return QgsApplication::getThemeIcon(QString::fromLatin1(name));
}
} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
  initUiResources();
  setObjectName(QStringLiteral("mainWindow"));
  setWindowIcon(QIcon(QStringLiteral(":/riskatlas/icons/riskatlas.svg")));
  mCommands = new WorkflowCommands(this);

  mCanvas = new QgsMapCanvas;
  mCanvas->setObjectName(QStringLiteral("mapCanvas"));
  mCanvas->setCanvasColor(Qt::white);
  mCanvas->setCachingEnabled(true);
  mCanvas->setParallelRenderingEnabled(true);
  mStartPage = new StartPage;
  mCentral = new QStackedWidget;
  mCentral->addWidget(mStartPage);
  mCentral->addWidget(mCanvas);
  setCentralWidget(mCentral);

  mPanTool = new QgsMapToolPan(mCanvas);
  mZoomInTool = new QgsMapToolZoom(mCanvas, false);
  mZoomOutTool = new QgsMapToolZoom(mCanvas, true);
  mIdentifyTool = new IdentifyTool(mCanvas);
  mMoveTool = new UnitMoveTool(mCanvas, nullptr);
  connect(mMoveTool, &UnitMoveTool::moveRequested, this, &MainWindow::pushUnitEdit);
  mAddTool = new UnitAddTool(mCanvas, nullptr);
  connect(mAddTool, &UnitAddTool::addRequested, this,
          [this](const UnitCreation &unit)
          {
            if (mDocument)
              mDocument->undoStack()->push(new UnitAddCommand(
                  mDocument.get(), unit,
                  [this](const Problem &problem) { showRefusal(ProblemHint::message(problem)); }));
          });
  auto *selectTool = new QgsMapToolExtent(mCanvas);
  mSelectTool = selectTool;
  connect(selectTool, &QgsMapToolExtent::extentChanged, this,
          [this](const QgsRectangle &extent)
          {
            QgsVectorLayer *units = mDocument ? mDocument->view()->unitsLayer() : nullptr;
            if (!units)
              return;
            // selectByRect() takes a non-const rectangle in QGIS 3.22.
            QgsRectangle layerExtent = mCanvas->mapSettings().mapToLayerCoordinates(units, extent);
            units->selectByRect(layerExtent, Qgis::SelectBehavior::SetSelection);
          });
  // Yellow is a risk level: the selection must not look like "一般风险".
  mCanvas->setSelectionColor(QColor(0, 200, 255, 200));

  createActions();
  createMenus();
  createToolBars();
  createDocks();
  mReview = new ReviewControls(this, mCommands);
  // A review meeting starts with the slides.
  mReview->menu()->insertAction(mReview->startAction(), mPresentAction);
  mReview->menu()->insertSeparator(mReview->startAction());
  menuBar()->insertMenu(findChild<QMenu *>(QStringLiteral("menuExport"))->menuAction(),
                        mReview->menu());
  createStatusBar();

  connect(mStartPage, &StartPage::newProjectRequested, mCommands, &WorkflowCommands::newProject);
  connect(mStartPage, &StartPage::openProjectRequested, this, &MainWindow::chooseProjectToOpen);
  connect(mStartPage, &StartPage::recentProjectRequested, this, &MainWindow::openProject);
  connect(mStartPage, &StartPage::sampleProjectRequested, mCommands,
          &WorkflowCommands::openSampleCity);

  if (!restoreGeometry(Preferences::windowGeometry()))
    resize(QSize(1280, 760).boundedTo(QApplication::primaryScreen()
                                          ? QApplication::primaryScreen()->availableSize()
                                          : QSize(1280, 760)));
  mProjectLayout = Preferences::windowState();
  restoreState(mProjectLayout);
  setSampleFolder(QString());
  setMapTool(mPanTool);
  showProjectLayout(false);
  updateActions();
  updateTitle();
}

MainWindow::~MainWindow()
{
  std::unique_ptr<ProjectDocument> document = std::move(mDocument);
  showProjectInDocks();
  mDocument = std::move(document);
  mCanvas->setMapTool(nullptr);
  // A render still reading the layers (e.g. right after an undo) ends before the file closes:
  // its threads hold pooled GeoPackage connections that the next project would meet.
  mCanvas->cancelJobs();
  // The canvas and layer tree must let go of the layers before the document closes the file.
  // The slides hold layers of the project: they go before it does.
  delete mPresentation.data();
  mCanvas->setLayers({});
  delete mBridge;
  mLayerTree->setModel(nullptr);
  mDocument.reset();
}

void MainWindow::createActions()
{
  auto action = [this](const QIcon &icon, const QString &text, const QString &name)
  {
    auto *created = new QAction(icon, text, this);
    created->setObjectName(name);
    return created;
  };
  mNewAction =
      action(themeIcon("/mActionNewMap.svg"), tr("&New Project…"), QStringLiteral("actionNew"));
  mNewAction->setShortcut(QKeySequence::New);
  connect(mNewAction, &QAction::triggered, mCommands, &WorkflowCommands::newProject);
  mOpenAction =
      action(themeIcon("/mActionFileOpen.svg"), tr("&Open Project…"), QStringLiteral("actionOpen"));
  mOpenAction->setShortcut(QKeySequence::Open);
  connect(mOpenAction, &QAction::triggered, this, &MainWindow::chooseProjectToOpen);
  mSaveCopyAction = action(themeIcon("/mActionFileSaveAs.svg"), tr("Save a &Copy As…"),
                           QStringLiteral("actionSaveCopy"));
  mSaveCopyAction->setShortcut(QKeySequence::SaveAs);
  connect(mSaveCopyAction, &QAction::triggered, this, &MainWindow::saveCopyAs);
  mCloseAction = action(QIcon(), tr("&Close Project"), QStringLiteral("actionClose"));
  mCloseAction->setShortcut(QKeySequence::Close);
  connect(mCloseAction, &QAction::triggered, this, [this] { setDocument(nullptr); });
  mQuitAction =
      action(themeIcon("/mActionFileExit.png"), tr("&Quit"), QStringLiteral("actionQuit"));
  mQuitAction->setShortcut(QKeySequence::Quit);
  mQuitAction->setMenuRole(QAction::QuitRole);
  connect(mQuitAction, &QAction::triggered, this, &QWidget::close);

  mUndoAction = action(themeIcon("/mActionUndo.svg"), tr("&Undo"), QStringLiteral("actionUndo"));
  mUndoAction->setShortcut(QKeySequence::Undo);
  mRedoAction = action(themeIcon("/mActionRedo.svg"), tr("&Redo"), QStringLiteral("actionRedo"));
  mRedoAction->setShortcut(QKeySequence::Redo);

  mImportUnitsAction = action(themeIcon("/mActionAddOgrLayer.svg"), tr("Import Risk &Units…"),
                              QStringLiteral("actionImportUnits"));
  connect(mImportUnitsAction, &QAction::triggered, mCommands, &WorkflowCommands::importUnits);
  mImportRegionsAction = action(themeIcon("/mActionAddLayer.svg"), tr("Import &Boundaries…"),
                                QStringLiteral("actionImportRegions"));
  connect(mImportRegionsAction, &QAction::triggered, mCommands, &WorkflowCommands::importRegions);
  mMakeGridAction = action(themeIcon("/algorithms/mAlgorithmCreateGrid.svg"), tr("Make &Grid…"),
                           QStringLiteral("actionMakeGrid"));
  connect(mMakeGridAction, &QAction::triggered, mCommands, &WorkflowCommands::makeGrid);
  mAssessAction = action(themeIcon("/mActionCalculateField.svg"), tr("&Assess"),
                         QStringLiteral("actionAssess"));
  // F9 as a spreadsheet's "calculate now"; F5 starts the presentation, as in slide software.
  mAssessAction->setShortcut(QKeySequence(Qt::Key_F9));
  mAssessAction->setToolTip(tr("Score the units that changed and aggregate the regions (F9)"));
  connect(mAssessAction, &QAction::triggered, mCommands, [this] { mCommands->assess(false); });
  mAssessAllAction = action(QIcon(), tr("Assess &Everything"), QStringLiteral("actionAssessAll"));
  mAssessAllAction->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F9));
  connect(mAssessAllAction, &QAction::triggered, mCommands, [this] { mCommands->assess(true); });
  mMethodSetAction = action(themeIcon("/mActionOptions.svg"), tr("&Method Set…"),
                            QStringLiteral("actionMethodSet"));
  mMethodSetAction->setToolTip(tr("Edit the scoring methods and see which levels would change"));
  connect(mMethodSetAction, &QAction::triggered, mCommands, &WorkflowCommands::editMethodSet);
  mTaxonomyAction = action(QIcon(), tr("&Taxonomy…"), QStringLiteral("actionTaxonomy"));
  connect(mTaxonomyAction, &QAction::triggered, mCommands, &WorkflowCommands::editTaxonomy);
  mExportMapAction = action(themeIcon("/mActionSaveMapAsImage.svg"), tr("Export &Map…"),
                            QStringLiteral("actionExportMap"));
  mExportMapAction->setShortcut(QKeySequence::Print);
  connect(mExportMapAction, &QAction::triggered, mCommands, &WorkflowCommands::exportMap);
  mReportAction = action(themeIcon("/mActionSaveAsPDF.svg"), tr("Export &Report…"),
                         QStringLiteral("actionReport"));
  connect(mReportAction, &QAction::triggered, mCommands, &WorkflowCommands::writeReport);
  mRiskListAction = action(themeIcon("/mActionOpenTable.svg"), tr("Export Risk &List…"),
                           QStringLiteral("actionRiskList"));
  connect(mRiskListAction, &QAction::triggered, mCommands, &WorkflowCommands::exportRiskList);

  auto *tools = new QActionGroup(this);
  mPanAction = action(themeIcon("/mActionPan.svg"), tr("&Pan"), QStringLiteral("actionPan"));
  mZoomInAction =
      action(themeIcon("/mActionZoomIn.svg"), tr("Zoom &In"), QStringLiteral("actionZoomIn"));
  mZoomInAction->setShortcut(QKeySequence::ZoomIn);
  mZoomOutAction =
      action(themeIcon("/mActionZoomOut.svg"), tr("Zoom &Out"), QStringLiteral("actionZoomOut"));
  mZoomOutAction->setShortcut(QKeySequence::ZoomOut);
  mIdentifyAction = action(themeIcon("/mActionIdentify.svg"), tr("&Identify Features"),
                           QStringLiteral("actionIdentify"));
  mIdentifyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
  mSelectAction = action(themeIcon("/mActionSelectRectangle.svg"), tr("&Select Units"),
                         QStringLiteral("actionSelect"));
  mSelectAction->setToolTip(tr("Select the units in a rectangle drawn on the map"));
  mMoveAction = action(themeIcon("/mActionMoveFeaturePoint.svg"), tr("&Move Unit"),
                       QStringLiteral("actionMoveUnit"));
  mMoveAction->setToolTip(tr("Drag a unit to its true position (undoable, audited)"));
  mAddUnitAction = action(themeIcon("/mActionCapturePoint.svg"), tr("&Add Unit"),
                          QStringLiteral("actionAddUnit"));
  mAddUnitAction->setToolTip(tr("Click on the map where a new risk unit is (undoable, audited)"));
  mDeleteUnitsAction = action(themeIcon("/mActionDeleteSelectedFeatures.svg"),
                              tr("&Delete Selected Units…"), QStringLiteral("actionDeleteUnits"));
  mDeleteUnitsAction->setShortcut(QKeySequence::Delete);
  // Delete belongs to the map and the unit table, not to every text field of the docks.
  mDeleteUnitsAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
  mDeleteUnitsAction->setToolTip(
      tr("Delete the selected units, with a reason (undoable, audited)"));
  connect(mDeleteUnitsAction, &QAction::triggered, this, &MainWindow::deleteSelectedUnits);
  mImportHazardsAction =
      action(themeIcon("/mActionAddDelimitedTextLayer.svg"), tr("Import &Hidden Dangers…"),
             QStringLiteral("actionImportHazards"));
  mImportHazardsAction->setToolTip(
      tr("Import a hidden-danger register (CSV, XLSX; GBK or UTF-8) into the project"));
  connect(mImportHazardsAction, &QAction::triggered, mCommands, &WorkflowCommands::importHazards);
  mExplainAction = action(themeIcon("/mActionContextHelp.svg"), tr("&Why This Level?"),
                          QStringLiteral("actionExplain"));
  mExplainAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
  mExplainAction->setToolTip(
      tr("Explain the level of the selected unit or region: inputs, method, matrix or band, "
         "correction, override"));
  connect(mExplainAction, &QAction::triggered, this, &MainWindow::explainSelection);
  const QList<QPair<QAction *, QgsMapTool *>> toolActions = {
      {mPanAction, mPanTool},         {mZoomInAction, mZoomInTool},
      {mZoomOutAction, mZoomOutTool}, {mIdentifyAction, mIdentifyTool},
      {mSelectAction, mSelectTool},   {mMoveAction, mMoveTool},
      {mAddUnitAction, mAddTool}};
  for (const auto &[toolAction, tool] : toolActions)
  {
    toolAction->setCheckable(true);
    tools->addAction(toolAction);
    tool->setAction(toolAction);
    connect(toolAction, &QAction::triggered, this, [this, tool = tool] { setMapTool(tool); });
  }
  mCompareAction = action(QIcon(), tr("&Compare With…"), QStringLiteral("actionCompare"));
  mCompareAction->setToolTip(
      tr("Compare this assessment with an earlier one (last year's project, the file before a "
         "review): levels changed, counts, change map"));
  connect(mCompareAction, &QAction::triggered, mCommands, &WorkflowCommands::compare);
  mPresentAction = PresentationWindow::createAction(this);
  connect(mPresentAction, &QAction::triggered, this,
          [this]
          {
            if (mDocument && !mPresentation)
              mPresentation = PresentationWindow::present(*mDocument);
          });
  mZoomFullAction = action(themeIcon("/mActionZoomFullExtent.svg"), tr("Zoom to &Project"),
                           QStringLiteral("actionZoomFull"));
  mZoomFullAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
  connect(mZoomFullAction, &QAction::triggered, this, &MainWindow::zoomToProject);

  mProjectActions = {
      mSaveCopyAction,      mCloseAction,    mImportUnitsAction, mImportRegionsAction,
      mMakeGridAction,      mAssessAction,   mAssessAllAction,   mExportMapAction,
      mReportAction,        mRiskListAction, mPanAction,         mZoomInAction,
      mZoomOutAction,       mIdentifyAction, mZoomFullAction,    mAddUnitAction,
      mImportHazardsAction, mExplainAction,  mPresentAction};
}

void MainWindow::createMenus()
{
  QMenu *project = menuBar()->addMenu(tr("&Project"));
  project->setObjectName(QStringLiteral("menuProject"));
  project->addAction(mNewAction);
  project->addAction(mOpenAction);
  mRecentMenu = project->addMenu(tr("Open &Recent"));
  mRecentMenu->setObjectName(QStringLiteral("menuRecent"));
  connect(mRecentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
  project->addSeparator();
  project->addAction(mSaveCopyAction);
  project->addAction(mCloseAction);
  project->addSeparator();
  project->addAction(mQuitAction);

  QMenu *edit = menuBar()->addMenu(tr("&Edit"));
  edit->setObjectName(QStringLiteral("menuEdit"));
  edit->addAction(mUndoAction);
  edit->addAction(mRedoAction);
  edit->addSeparator();
  edit->addAction(mAddUnitAction);
  edit->addAction(mMoveAction);
  edit->addAction(mDeleteUnitsAction);

  QMenu *data = menuBar()->addMenu(tr("&Data"));
  data->setObjectName(QStringLiteral("menuData"));
  data->addAction(mImportUnitsAction);
  data->addAction(mImportRegionsAction);
  data->addAction(mMakeGridAction);
  data->addSeparator();
  data->addAction(mImportHazardsAction);

  QMenu *assess = menuBar()->addMenu(tr("&Assessment"));
  assess->setObjectName(QStringLiteral("menuAssessment"));
  assess->addAction(mAssessAction);
  assess->addAction(mAssessAllAction);
  assess->addAction(mExplainAction);
  assess->addAction(mCompareAction);
  assess->addSeparator();
  assess->addAction(mMethodSetAction);
  assess->addAction(mTaxonomyAction);

  QMenu *output = menuBar()->addMenu(tr("E&xport"));
  output->setObjectName(QStringLiteral("menuExport"));
  output->addAction(mExportMapAction);
  output->addAction(mReportAction);
  output->addAction(mRiskListAction);

  mViewMenu = menuBar()->addMenu(tr("&View"));
  mViewMenu->setObjectName(QStringLiteral("menuView"));
  mViewMenu->addAction(mPresentAction);
  mViewMenu->addSeparator();
  mViewMenu->addAction(mPanAction);
  mViewMenu->addAction(mZoomInAction);
  mViewMenu->addAction(mZoomOutAction);
  mViewMenu->addAction(mZoomFullAction);
  mViewMenu->addAction(mIdentifyAction);
  mViewMenu->addAction(mSelectAction);
  mViewMenu->addSeparator();

  QMenu *language = menuBar()->addMenu(tr("&Language"));
  language->setObjectName(QStringLiteral("menuLanguage"));
  auto *languages = new QActionGroup(this);
  const QList<QPair<QString, QString>> choices = {
      {QString(), tr("Follow the System")},
      {QStringLiteral("zh"), QStringLiteral("中文")},
      {QStringLiteral("en"), QStringLiteral("English")}};
  for (const auto &[code, label] : choices)
  {
    QAction *choice = language->addAction(label);
    choice->setObjectName(
        QStringLiteral("actionLanguage_%1").arg(code.isEmpty() ? QStringLiteral("system") : code));
    choice->setCheckable(true);
    choice->setChecked(Preferences::language() == code);
    languages->addAction(choice);
    connect(choice, &QAction::triggered, this,
            [this, code = code] { emit languageRequested(code); });
  }

  QMenu *help = menuBar()->addMenu(tr("&Help"));
  help->setObjectName(QStringLiteral("menuHelp"));
  QAction *about = help->addAction(tr("&About RiskAtlas"));
  about->setMenuRole(QAction::AboutRole);
  connect(about, &QAction::triggered, this,
          [this]
          {
            QMessageBox::about(
                this, tr("About RiskAtlas"),
                tr("<h3>RiskAtlas %1</h3><p>Urban safety-risk assessment workbench: risk units "
                   "scored, classified into four levels and mapped in four colours (GB/T "
                   "42768-2023).</p><p>Built on QGIS %2 and Qt %3.</p>")
                    .arg(QCoreApplication::applicationVersion(), Qgis::version(),
                         QString::fromLatin1(qVersion())));
          });
}

void MainWindow::createToolBars()
{
  QToolBar *project = addToolBar(tr("Project"));
  project->setObjectName(QStringLiteral("projectToolBar"));
  project->addAction(mNewAction);
  project->addAction(mOpenAction);
  project->addSeparator();
  project->addAction(mImportUnitsAction);
  project->addAction(mImportRegionsAction);
  project->addAction(mAssessAction);
  project->addAction(mExportMapAction);
  project->addAction(mReportAction);

  QToolBar *map = addToolBar(tr("Map"));
  map->setObjectName(QStringLiteral("mapToolBar"));
  map->addAction(mPanAction);
  map->addAction(mZoomInAction);
  map->addAction(mZoomOutAction);
  map->addAction(mZoomFullAction);
  map->addAction(mIdentifyAction);
  map->addAction(mSelectAction);
  map->addAction(mMoveAction);
  map->addAction(mAddUnitAction);
  map->addAction(mDeleteUnitsAction);

  QToolBar *view = addToolBar(tr("Map View"));
  view->setObjectName(QStringLiteral("viewToolBar"));
  mRegionKind = new QComboBox;
  mRegionKind->setObjectName(QStringLiteral("regionKindSwitch"));
  mRegionKind->setToolTip(tr("The regions the map colours"));
  mRegionKind->addItem(tr("Districts"), int(RegionKind::District));
  mRegionKind->addItem(tr("Streets"), int(RegionKind::Street));
  mRegionKind->addItem(tr("Grid cells"), int(RegionKind::Grid));
  mCategory = new QComboBox;
  mCategory->setObjectName(QStringLiteral("categorySwitch"));
  mCategory->setToolTip(tr("Colour the regions by the level of one category"));
  mCategory->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  view->addWidget(new QLabel(tr("Regions:") + QLatin1Char(' ')));
  view->addWidget(mRegionKind);
  view->addSeparator();
  view->addWidget(new QLabel(tr("Category:") + QLatin1Char(' ')));
  view->addWidget(mCategory);
  connect(mRegionKind, qOverload<int>(&QComboBox::activated), this,
          [this]
          {
            if (!mDocument)
              return;
            const auto kind = RegionKind(mRegionKind->currentData().toInt());
            mDocument->view()->showRegionKind(kind);
            mRegionTable->setRegionKind(kind);
          });
  connect(mCategory, qOverload<int>(&QComboBox::activated), this,
          [this]
          {
            if (mDocument)
              mDocument->view()->showCategory(mCategory->currentData().toString());
          });
}

void MainWindow::createDocks()
{
  auto *layersDock = new QDockWidget(tr("Layers"), this);
  layersDock->setObjectName(QStringLiteral("layersDock"));
  mLayerTree = new QgsLayerTreeView;
  mLayerTree->setObjectName(QStringLiteral("layerTree"));
  layersDock->setWidget(mLayerTree);
  // Never squeezed below the width of a legend line ("Significant risk", "较大风险").
  layersDock->setMinimumWidth(fontMetrics().averageCharWidth() * 24);
  addDockWidget(Qt::LeftDockWidgetArea, layersDock);
  mViewMenu->addAction(layersDock->toggleViewAction());

  auto *historyDock = new QDockWidget(tr("Undo History"), this);
  historyDock->setObjectName(QStringLiteral("undoHistoryDock"));
  mUndoView = new QUndoView;
  mUndoView->setEmptyLabel(tr("<opened>"));
  historyDock->setWidget(mUndoView);
  mViewMenu->addAction(historyDock->toggleViewAction());

  auto *identifyDock = new QDockWidget(tr("Identify Results"), this);
  identifyDock->setObjectName(QStringLiteral("identifyDock"));
  mIdentifyResults = new IdentifyResultsView;
  identifyDock->setWidget(mIdentifyResults);
  addDockWidget(Qt::LeftDockWidgetArea, identifyDock);
  mViewMenu->addAction(identifyDock->toggleViewAction());
  mUnitTable = new UnitTableDock(this);
  mRegionTable = new RegionTableDock(this);
  mSummary = new SummaryDock(this);
  mProblems = new ProblemsDock(this);
  mUnitEditor = new UnitEditorDock(this);
  mHistory = new HistoryDock(this);
  addDockWidget(Qt::BottomDockWidgetArea, mUnitTable);
  addDockWidget(Qt::BottomDockWidgetArea, mRegionTable);
  addDockWidget(Qt::BottomDockWidgetArea, mSummary);
  addDockWidget(Qt::BottomDockWidgetArea, mProblems);
  // The tables share the bottom, so the map keeps the window's width (1366×768 screens).
  tabifyDockWidget(mUnitTable, mRegionTable);
  tabifyDockWidget(mRegionTable, mSummary);
  tabifyDockWidget(mSummary, mProblems);
  mUnitTable->raise();
  tabifyDockWidget(layersDock, identifyDock);
  addDockWidget(Qt::BottomDockWidgetArea, mHistory);
  tabifyDockWidget(mProblems, mHistory);
  addDockWidget(Qt::BottomDockWidgetArea, historyDock);
  tabifyDockWidget(mHistory, historyDock);
  mHazards = new HazardDock(this);
  addDockWidget(Qt::BottomDockWidgetArea, mHazards);
  tabifyDockWidget(historyDock, mHazards);
  connect(mHazards, &HazardDock::updateRequested, mCommands, &WorkflowCommands::updateHazard);
  connect(mHazards, &HazardDock::unitActivated, this, &MainWindow::showUnitById);
  // The register follows the unit chosen elsewhere: one unit, its hidden dangers.
  connect(this, &MainWindow::unitSelectionChanged, this,
          [this](const QList<qint64> &fids)
          { mHazards->showUnit(fids.size() == 1 ? unitId(fids.first()) : QString()); });
  mUnitEditor->setMinimumWidth(fontMetrics().averageCharWidth() * 32);
  addDockWidget(Qt::RightDockWidgetArea, mUnitEditor);
  mUnitEditor->hide(); // shown when a unit is chosen
  mUnitTable->raise();
  layersDock->raise();
  for (QDockWidget *dock :
       {static_cast<QDockWidget *>(mUnitTable), static_cast<QDockWidget *>(mRegionTable),
        static_cast<QDockWidget *>(mSummary), static_cast<QDockWidget *>(mProblems),
        static_cast<QDockWidget *>(mHazards)})
    mViewMenu->addAction(dock->toggleViewAction());
  // A first window: room for the map, the docks at a third of the width and height.
  resizeDocks({layersDock}, {fontMetrics().averageCharWidth() * 32}, Qt::Horizontal);
  resizeDocks({mUnitTable}, {fontMetrics().height() * 14}, Qt::Vertical);

  connect(mUnitTable, &UnitTableDock::unitsSelected, this, &MainWindow::selectUnits);
  connect(this, &MainWindow::unitSelectionChanged, mUnitTable, &UnitTableDock::selectUnits);
  connect(mUnitTable, &UnitTableDock::unitActivated, this, &MainWindow::zoomToUnit);
  // One unit chosen (table, map or identify): the editor shows it.
  connect(this, &MainWindow::unitSelectionChanged, this,
          [this](const QList<qint64> &fids)
          {
            if (fids.size() != 1)
              return;
            mUnitEditor->showUnit(fids.first());
            if (!mUnitEditor->isVisible())
            {
              mUnitEditor->show();
              // Room for the inputs' descriptors ("5 — 每年可能发生一次") beside the map.
              resizeDocks({mUnitEditor}, {fontMetrics().averageCharWidth() * 44}, Qt::Horizontal);
            }
          });
  connect(mUnitEditor, &UnitEditorDock::editRequested, this, &MainWindow::pushUnitEdit);
  connect(this, &MainWindow::unitSelectionChanged, this, &MainWindow::updateActions);
  mCanvas->addAction(mDeleteUnitsAction);
  mUnitTable->addAction(mDeleteUnitsAction);
  connect(mProblems, &ProblemsDock::unitActivated, this,
          [this](qint64 fid)
          {
            selectUnits({fid});
            zoomToUnit(fid);
          });
  connect(mRegionTable, &RegionTableDock::regionActivated, this, &MainWindow::zoomToRegion);
  connect(mRegionTable, &RegionTableDock::regionsSelected, this,
          [this](const QList<qint64> &fids)
          {
            QgsVectorLayer *regions =
                mDocument ? mDocument->view()->regionLayer(mDocument->view()->regionKind())
                          : nullptr;
            if (regions)
              regions->selectByIds(QgsFeatureIds(fids.cbegin(), fids.cend()));
          });
  connect(mCommands, &WorkflowCommands::warningsReported, mProblems, &ProblemsDock::addWarnings);

  connect(mIdentifyTool, &IdentifyTool::identified, this,
          [this, identifyDock](const QList<QgsMapToolIdentify::IdentifyResult> &results)
          {
            mIdentifyResults->showResults(results);
            // Identifying a unit selects it, so the unit table shows the same unit.
            QgsVectorLayer *units = mDocument ? mDocument->view()->unitsLayer() : nullptr;
            for (const QgsMapToolIdentify::IdentifyResult &result : results)
              if (units && result.mLayer == units)
              {
                units->selectByIds({result.mFeature.id()});
                break;
              }
            identifyDock->show();
            identifyDock->raise();
          });
}

void MainWindow::createStatusBar()
{
  mTaskProgress = new TaskProgressWidget;
  statusBar()->addPermanentWidget(mTaskProgress);
  mCoordinates = new QLabel;
  mCoordinates->setObjectName(QStringLiteral("coordinates"));
  mCoordinates->setMinimumWidth(fontMetrics().averageCharWidth() * 26);
  mCoordinates->setToolTip(tr("Map coordinates of the mouse pointer"));
  statusBar()->addPermanentWidget(mCoordinates);
  mOverdue = new QLabel;
  mOverdue->setObjectName(QStringLiteral("overdueHazards"));
  mOverdue->setToolTip(
      tr("Hidden dangers open past their deadline (the register dock lists them)"));
  statusBar()->addPermanentWidget(mOverdue);
  statusBar()->addPermanentWidget(mReview->statusLabel());
  connect(mHazards, &HazardDock::overdueCountChanged, this,
          [this](int count)
          {
            mOverdue->setText(count > 0 ? tr("%n overdue hidden danger(s)", nullptr, count)
                                        : QString());
            mOverdue->setStyleSheet(count > 0 ? QStringLiteral("color: #C00000; font-weight: bold;")
                                              : QString());
          });
  mScaleLabel = new QLabel(tr("Scale"));
  statusBar()->addPermanentWidget(mScaleLabel);
  mScale = new QgsScaleComboBox;
  mScale->setObjectName(QStringLiteral("scale"));
  statusBar()->addPermanentWidget(mScale);
  connect(mCanvas, &QgsMapCanvas::xyCoordinates, this,
          [this](const QgsPointXY &point)
          {
            const bool degrees = mCanvas->mapSettings().destinationCrs().isGeographic();
            mCoordinates->setText(QStringLiteral("%1, %2")
                                      .arg(point.x(), 0, 'f', degrees ? 6 : 1)
                                      .arg(point.y(), 0, 'f', degrees ? 6 : 1));
          });
  connect(mCanvas, &QgsMapCanvas::scaleChanged, mScale, &QgsScaleComboBox::setScale);
  // The layer tree greys the layers the current scale hides (the units of a big city).
  connect(mCanvas, &QgsMapCanvas::scaleChanged, this,
          [this](double scale)
          {
            if (QgsLayerTreeModel *model = mLayerTree->layerTreeModel())
              model->setLegendMapViewData(mCanvas->mapUnitsPerPixel(),
                                          int(mCanvas->mapSettings().outputDpi()), scale);
          });
  connect(mScale, &QgsScaleComboBox::scaleChanged, this,
          [this](double scale)
          {
            if (mDocument && !qgsDoubleNear(scale, mCanvas->scale(), 0.5))
              mCanvas->zoomScale(scale);
          });
}

bool MainWindow::openProject(const QString &path)
{
  Problem problem;
  QApplication::setOverrideCursor(Qt::WaitCursor);
  auto document = ProjectDocument::open(path, &problem);
  QApplication::restoreOverrideCursor();
  if (!document)
  {
    QMessageBox::warning(this, tr("Cannot open the project"), problem.message());
    Preferences::removeRecentProject(path);
    mStartPage->refresh();
    return false;
  }
  setDocument(std::move(document));
  return true;
}

void MainWindow::setDocument(std::unique_ptr<ProjectDocument> document)
{
  mCanvas->setLayers({});
  delete mBridge;
  mBridge = nullptr;
  mLayerTree->setModel(nullptr);
  mIdentifyResults->clear();
  {
    // The docks let go of the file first, then the previous project closes it.
    std::unique_ptr<ProjectDocument> previous = std::move(mDocument);
    showProjectInDocks();
  }
  mDocument = std::move(document);
  mTaskProgress->setDocument(mDocument.get());
  mUndoView->setStack(nullptr);
  mUndoAction->disconnect();
  mRedoAction->disconnect();
  if (mDocument)
  {
    Preferences::addRecentProject(mDocument->path());
    mDocument->view()->setLanguage(UiLanguage::current());
    QgsProject *project = mDocument->view()->project();
    auto *model = new QgsLayerTreeModel(project->layerTreeRoot(), mLayerTree);
    model->setFlag(QgsLayerTreeModel::AllowNodeChangeVisibility);
    model->setFlag(QgsLayerTreeModel::ShowLegendAsTree);
    model->setFlag(QgsLayerTreeModel::UseTextFormatting);
    mLayerTree->setModel(model);
    mCanvas->setProject(project);
    mBridge = new QgsLayerTreeMapCanvasBridge(project->layerTreeRoot(), mCanvas, this);
    connect(mDocument.get(), &ProjectDocument::changed, this, &MainWindow::refreshProject);
    connect(mDocument.get(), &ProjectDocument::changed, this, &MainWindow::refreshDocks);
    // Another program (riskatlas-cli, QGIS Desktop) committed: show what the file now holds.
    connect(mDocument.get(), &ProjectDocument::changedOutside, this,
            [this]
            {
              QString error;
              if (!reloadView(&error))
                showStatus(error);
              refreshProject();
              refreshDocks();
              if (mDocument->changeMonitor())
                showStatus(mDocument->changeMonitor()->note());
            });
    // QGIS 3.22's canvas writes its render cache with the layers it drew when a render ends:
    // deleting them mid-render (a reload) crashed it.
    connect(mDocument.get(), &ProjectDocument::aboutToReload, mCanvas, &QgsMapCanvas::cancelJobs);
    connect(mDocument.get(), &ProjectDocument::fileLost, this,
            [this] { showStatus(mDocument->changeMonitor()->note()); });
    showProjectInDocks();
    QUndoStack *stack = mDocument->undoStack();
    mUndoView->setStack(stack);
    // Unit edits commit on the spot, not as tasks: the views follow the stack. Commands that
    // run as tasks (method set, taxonomy) refresh through changed() once committed; reading the
    // project meanwhile would race the task's QGIS layers (QGIS 3.22's OGR connection pool can
    // deadlock when two threads open and release layers of one file).
    connect(stack, &QUndoStack::indexChanged, this,
            [this]
            {
              if (!mDocument || mDocument->isBusy())
                return;
              QString error;
              if (!reloadView(&error))
                showStatus(error);
              refreshProject();
              refreshDocks();
            });
    connect(mUndoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(mRedoAction, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canUndoChanged, mUndoAction, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, mRedoAction, &QAction::setEnabled);
    mCentral->setCurrentWidget(mCanvas);
    showProjectLayout(true);
    refreshProject();
    zoomToProject();
  }
  else
  {
    mStartPage->refresh();
    mCentral->setCurrentWidget(mStartPage);
    showProjectLayout(false);
  }
  mReview->setDocument(mDocument.get());
  emit mCommands->documentChanged();
  updateActions();
  updateTitle();
}

std::unique_ptr<ProjectDocument> MainWindow::takeDocument()
{
  std::unique_ptr<ProjectDocument> document = std::move(mDocument);
  showProjectInDocks(); // this window's docks release the file
  mDocument = std::move(document);
  mCanvas->setLayers({});
  delete mBridge;
  mBridge = nullptr;
  mLayerTree->setModel(nullptr);
  mTaskProgress->setDocument(nullptr);
  if (mDocument)
    disconnect(mDocument.get(), nullptr, this, nullptr);
  return std::move(mDocument);
}

void MainWindow::setSampleFolder(const QString &folder)
{
  mSampleFolder = folder;
  mStartPage->setSampleAvailable(!folder.isEmpty());
}

void MainWindow::showStatus(const QString &text)
{
  statusBar()->showMessage(text, 10000);
}

bool MainWindow::reloadView(QString *error)
{
  mCanvas->cancelJobs();
  return mDocument->view()->reload(error);
}

void MainWindow::showRefusal(const QString &message)
{
  showStatus(message);
  // The refused command renamed itself after its step ran: the history's line shows it now.
  mUndoView->viewport()->update();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
  if (mDocument && mDocument->isBusy())
  {
    const auto answer = QMessageBox::question(
        this, tr("Work in progress"),
        tr("%1 is still running. Cancel it and quit? Nothing of the cancelled work is kept; "
           "everything committed before stays in the project.")
            .arg(mDocument->activeTasks().first()->description()),
        QMessageBox::Cancel | QMessageBox::Discard, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
    {
      event->ignore();
      return;
    }
  }
  Preferences::setWindowLayout(saveGeometry(), mDocument ? saveState() : mProjectLayout);
  event->accept();
}

void MainWindow::updateActions()
{
  for (QAction *action : std::as_const(mProjectActions))
    action->setEnabled(mDocument != nullptr);
  mUndoAction->setEnabled(mDocument && mDocument->undoStack()->canUndo());
  mRedoAction->setEnabled(mDocument && mDocument->undoStack()->canRedo());
  mRegionKind->setEnabled(mDocument != nullptr);
  mCategory->setEnabled(mDocument != nullptr);
  QgsVectorLayer *units = mDocument ? mDocument->view()->unitsLayer() : nullptr;
  mDeleteUnitsAction->setEnabled(units && units->selectedFeatureCount() > 0);
}

void MainWindow::deleteSelectedUnits()
{
  QgsVectorLayer *units = mDocument ? mDocument->view()->unitsLayer() : nullptr;
  if (!units || units->selectedFeatureCount() == 0)
    return;
  QList<qint64> fids;
  QStringList ids;
  QStringList labels;
  QgsFeature feature;
  QgsFeatureIterator selected =
      units->getSelectedFeatures(QgsFeatureRequest().setSubsetOfAttributes(
          QStringList{QStringLiteral("unit_id"), QStringLiteral("name")}, units->fields()));
  while (selected.nextFeature(feature))
  {
    fids << feature.id();
    ids << feature.attribute(QStringLiteral("unit_id")).toString();
    labels << QStringLiteral("%1 %2").arg(ids.last(),
                                          feature.attribute(QStringLiteral("name")).toString());
  }
  // open(), not exec(): the event loop (tasks, the map) goes on while the analyst answers.
  auto *dialog = new UnitDeleteDialog(labels, this);
  dialog->setObjectName(QStringLiteral("unitDeleteDialog"));
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  QPointer<ProjectDocument> document = mDocument.get();
  connect(dialog, &QDialog::accepted, this,
          [this, document, dialog, fids, ids]
          {
            if (document)
              document->undoStack()->push(new UnitDeleteCommand(
                  document, fids, ids, dialog->reason(),
                  [this](const Problem &problem) { showRefusal(ProblemHint::message(problem)); }));
          });
  dialog->open();
}

void MainWindow::updateTitle()
{
  if (!mDocument)
  {
    setWindowTitle(tr("RiskAtlas"));
    setWindowFilePath(QString());
    return;
  }
  const QString name = mDocument->view()->project()->title();
  setWindowFilePath(mDocument->path());
  setWindowTitle(tr("%1 — %2 — RiskAtlas")
                     .arg(name.isEmpty() ? mDocument->displayName() : name,
                          QDir::toNativeSeparators(mDocument->path())));
}

void MainWindow::refreshProject()
{
  if (!mDocument)
    return;
  QgsProject *project = mDocument->view()->project();
  if (project->crs().isValid())
    mCanvas->setDestinationCrs(project->crs());
  fillViewSwitches();
  followUnitSelection();
  mMoveTool->setUnitsLayer(mDocument->view()->unitsLayer());
  if (mCanvas->extent().isEmpty() || mCanvas->extent().width() <= 0)
    zoomToProject();
  mCanvas->refresh();
  updateTitle();
}

void MainWindow::fillViewSwitches()
{
  ProjectView *view = mDocument->view();
  for (int i = 0; i < mRegionKind->count(); ++i)
  {
    const bool present = view->regionLayer(RegionKind(mRegionKind->itemData(i).toInt())) != nullptr;
    if (auto *model = qobject_cast<QStandardItemModel *>(mRegionKind->model()))
      model->item(i)->setEnabled(present);
  }
  mRegionKind->setCurrentIndex(mRegionKind->findData(int(view->regionKind())));

  mCategory->clear();
  mCategory->addItem(tr("All categories"), QString());
  const Taxonomy taxonomy = mDocument->taxonomy();
  for (const Category &category : taxonomy.categories())
    mCategory->addItem(category.name(UiLanguage::current()), category.code);
  mCategory->setCurrentIndex(qMax(0, mCategory->findData(view->category())));
}

void MainWindow::zoomToProject()
{
  if (!mDocument)
    return;
  QgsRectangle extent;
  ProjectView *view = mDocument->view();
  QList<QgsMapLayer *> layers;
  for (RegionKind kind : regionKinds())
    if (QgsVectorLayer *layer = view->regionLayer(kind))
      layers << layer;
  if (QgsVectorLayer *units = view->unitsLayer())
    layers << units;
  for (QgsMapLayer *layer : layers)
  {
    const QgsRectangle layerExtent =
        mCanvas->mapSettings().layerExtentToOutputExtent(layer, layer->extent());
    if (layerExtent.isFinite() && !layerExtent.isEmpty())
      extent.combineExtentWith(layerExtent);
  }
  if (!extent.isEmpty())
  {
    extent.scale(1.05);
    mCanvas->setExtent(extent);
    mCanvas->refresh();
  }
}

void MainWindow::showProjectLayout(bool project)
{
  // The start page stands alone: empty docks and a scale of 1:1 say nothing without a map.
  if (project == mShowingProject)
    return;
  if (!project)
    mProjectLayout = saveState();
  for (QDockWidget *dock : findChildren<QDockWidget *>())
    if (!project)
      dock->hide();
  if (project && !restoreState(mProjectLayout))
    for (QDockWidget *dock : findChildren<QDockWidget *>())
      dock->show();
  for (QWidget *mapWidget : {static_cast<QWidget *>(mScale), static_cast<QWidget *>(mCoordinates)})
    mapWidget->setVisible(project);
  mScaleLabel->setVisible(project);
  mShowingProject = project;
}

void MainWindow::showProjectInDocks()
{
  // Before the dock's model changes, the warnings of the previous project go.
  mProblems->clearWarnings();
  if (!mDocument)
  {
    mUnitTable->setProject(QString(), Taxonomy(), UiLanguage::current());
    mRegionTable->setProject(QString(), UiLanguage::current());
    mSummary->setProject(QString(), Taxonomy(), UiLanguage::current());
    mProblems->setProject(QString());
    mUnitEditor->setProject(QString(), Taxonomy(), UiLanguage::current());
    mHistory->setProject(QString());
    mHazards->setProject(QString());
    mMoveTool->setUnitsLayer(nullptr);
    mAddTool->setDocument(nullptr);
    return;
  }
  const Taxonomy taxonomy = mDocument->taxonomy();
  const QString path = mDocument->path();
  mUnitTable->setProject(path, taxonomy, UiLanguage::current());
  mRegionTable->setProject(path, UiLanguage::current());
  mRegionTable->setRegionKind(mDocument->view()->regionKind());
  mSummary->setProject(path, taxonomy, UiLanguage::current());
  mProblems->setProject(path);
  mUnitEditor->setProject(path, taxonomy, UiLanguage::current());
  mHistory->setProject(path);
  mHazards->setProject(path);
  mMoveTool->setUnitsLayer(mDocument->view()->unitsLayer());
  mAddTool->setDocument(mDocument.get());
}

void MainWindow::pushUnitEdit(const UnitEdit &edit)
{
  if (!mDocument)
    return;
  mDocument->undoStack()->push(new UnitEditCommand(
      mDocument->path(), edit, Preferences::analystName(),
      [this](const Problem &problem)
      {
        showStatus(ProblemHint::message(problem));
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Edit refused"),
                                    ProblemHint::message(problem), QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        mUnitEditor->refresh();
      }));
}

void MainWindow::refreshDocks()
{
  mUnitEditor->refresh();
  mHistory->refresh();
  mUnitTable->refresh();
  mRegionTable->refresh();
  mSummary->refresh();
  mProblems->refresh();
  mHazards->refresh();
}

qint64 MainWindow::unitFid(const QString &unitId) const
{
  QgsVectorLayer *units = mDocument ? mDocument->view()->unitsLayer() : nullptr;
  QgsFeature feature;
  if (!units || unitId.isEmpty() ||
      !units
           ->getFeatures(QgsFeatureRequest()
                             .setFilterExpression(QgsExpression::createFieldEqualityExpression(
                                 QStringLiteral("unit_id"), unitId))
                             .setNoAttributes()
                             .setFlags(QgsFeatureRequest::NoGeometry))
           .nextFeature(feature))
    return -1;
  return feature.id();
}

QString MainWindow::unitId(qint64 fid) const
{
  QgsVectorLayer *units = mDocument ? mDocument->view()->unitsLayer() : nullptr;
  QgsFeature feature;
  if (!units || !units
                     ->getFeatures(QgsFeatureRequest(fid)
                                       .setSubsetOfAttributes(
                                           QStringList{QStringLiteral("unit_id")}, units->fields())
                                       .setFlags(QgsFeatureRequest::NoGeometry))
                     .nextFeature(feature))
    return QString();
  return feature.attribute(QStringLiteral("unit_id")).toString();
}

void MainWindow::explainSelection()
{
  if (!mDocument)
    return;
  QString id;
  QgsVectorLayer *units = mDocument->view()->unitsLayer();
  QgsVectorLayer *regions = mDocument->view()->regionLayer(mDocument->view()->regionKind());
  if (units && units->selectedFeatureCount() == 1)
    id = unitId(*units->selectedFeatureIds().cbegin());
  else if (regions && regions->selectedFeatureCount() == 1)
  {
    QgsFeature feature;
    if (regions->getFeatures(QgsFeatureRequest(*regions->selectedFeatureIds().cbegin()))
            .nextFeature(feature))
      id = feature.attribute(QStringLiteral("region_id")).toString();
  }
  if (id.isEmpty())
  {
    showStatus(tr("Select one unit (or one region in the region table) to see why it has its "
                  "level"));
    return;
  }
  ExplanationDialog::showFor(mDocument->path(), id, UiLanguage::current(), this);
}

void MainWindow::followUnitSelection()
{
  QgsVectorLayer *units = mDocument ? mDocument->view()->unitsLayer() : nullptr;
  if (!units)
    return;
  connect(
      units, &QgsVectorLayer::selectionChanged, this,
      [this, units]
      {
        const QgsFeatureIds ids = units->selectedFeatureIds();
        QList<qint64> fids(ids.cbegin(), ids.cend());
        std::sort(fids.begin(), fids.end());
        emit unitSelectionChanged(fids);
      },
      Qt::UniqueConnection);
}

void MainWindow::selectUnits(const QList<qint64> &fids)
{
  QgsVectorLayer *units = mDocument ? mDocument->view()->unitsLayer() : nullptr;
  if (!units)
    return;
  QgsFeatureIds ids;
  for (qint64 fid : fids)
    ids.insert(fid);
  if (ids != units->selectedFeatureIds())
    units->selectByIds(ids);
}

void MainWindow::zoomToUnit(qint64 fid)
{
  QgsVectorLayer *units = mDocument ? mDocument->view()->unitsLayer() : nullptr;
  if (!units)
    return;
  QgsFeature feature;
  if (!units->getFeatures(QgsFeatureRequest(fid).setNoAttributes()).nextFeature(feature) ||
      !feature.hasGeometry())
  {
    showStatus(tr("This unit has no position on the map"));
    return;
  }
  const QgsRectangle box =
      mCanvas->mapSettings().layerExtentToOutputExtent(units, feature.geometry().boundingBox());
  // A point has no extent: centre on it at a street scale unless already closer.
  if (box.width() <= 0 || box.height() <= 0)
  {
    mCanvas->setCenter(box.center());
    if (mCanvas->scale() > 10000)
      mCanvas->zoomScale(10000);
  }
  else
  {
    QgsRectangle padded = box;
    padded.scale(1.5);
    mCanvas->setExtent(padded);
  }
  mCanvas->refresh();
  mCanvas->flashFeatureIds(units, {fid});
}

void MainWindow::zoomToRegion(qint64 fid)
{
  QgsVectorLayer *regions =
      mDocument ? mDocument->view()->regionLayer(mDocument->view()->regionKind()) : nullptr;
  if (!regions)
    return;
  QgsFeature feature;
  if (!regions->getFeatures(QgsFeatureRequest(fid).setNoAttributes()).nextFeature(feature) ||
      !feature.hasGeometry())
    return;
  QgsRectangle box =
      mCanvas->mapSettings().layerExtentToOutputExtent(regions, feature.geometry().boundingBox());
  box.scale(1.1);
  mCanvas->setExtent(box);
  mCanvas->refresh();
  mCanvas->flashFeatureIds(regions, {fid});
}

void MainWindow::showUnitById(const QString &unitId)
{
  const qint64 fid = unitFid(unitId);
  if (fid < 0)
    return;
  selectUnits({fid});
  zoomToUnit(fid);
}

void MainWindow::showRegionByCode(const QString &kindKey, const QString &code)
{
  RegionKind kind = RegionKind::District;
  if (!mDocument || !regionKindFromKey(kindKey, kind))
    return;
  const int index = mRegionKind->findData(int(kind));
  if (index >= 0 && mRegionKind->currentIndex() != index)
  {
    mRegionKind->setCurrentIndex(index);
    mDocument->view()->showRegionKind(kind);
    mRegionTable->setRegionKind(kind);
  }
  QgsVectorLayer *regions = mDocument->view()->regionLayer(kind);
  QgsFeature feature;
  if (regions &&
      regions
          ->getFeatures(QgsFeatureRequest()
                            .setFilterExpression(QgsExpression::createFieldEqualityExpression(
                                QStringLiteral("region_id"), code))
                            .setNoAttributes()
                            .setFlags(QgsFeatureRequest::NoGeometry))
          .nextFeature(feature))
    zoomToRegion(feature.id());
}

void MainWindow::setMapTool(QgsMapTool *tool)
{
  mCanvas->setMapTool(tool);
}

void MainWindow::chooseProjectToOpen()
{
  const QString path =
      QFileDialog::getOpenFileName(this, tr("Open Project"), Preferences::projectFolder(),
                                   tr("RiskAtlas projects (*.gpkg);;All files (*)"));
  if (!path.isEmpty())
    openProject(path);
}

void MainWindow::saveCopyAs()
{
  if (!mDocument)
    return;
  const QString target = QFileDialog::getSaveFileName(
      this, tr("Save a Copy As"), Preferences::projectFolder(), tr("RiskAtlas projects (*.gpkg)"));
  if (!target.isEmpty())
    mCommands->saveCopy(target);
}

void MainWindow::fillRecentMenu()
{
  mRecentMenu->clear();
  const QStringList recent = Preferences::recentProjects();
  for (const QString &path : recent)
  {
    QAction *open = mRecentMenu->addAction(
        QStringLiteral("%1  (%2)")
            .arg(QFileInfo(path).completeBaseName(), QDir::toNativeSeparators(path)));
    connect(open, &QAction::triggered, this, [this, path] { openProject(path); });
  }
  if (recent.isEmpty())
    mRecentMenu->addAction(tr("No recent projects"))->setEnabled(false);
}

} // namespace riskatlas
