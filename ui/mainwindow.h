#pragma once

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QStackedWidget;
class QUndoView;
class QgsLayerTreeMapCanvasBridge;
class QgsLayerTreeView;
class QgsMapCanvas;
class QgsMapTool;
class QgsScaleComboBox;

namespace riskatlas
{

class HazardDock;
class HistoryDock;
class IdentifyResultsView;
class UnitEditorDock;
class UnitAddTool;
class UnitMoveTool;
struct UnitEdit;
class ProblemsDock;
class PresentationWindow;
class RegionTableDock;
class ReviewControls;
class SummaryDock;
class UnitTableDock;
class IdentifyTool;
class ProjectDocument;
class StartPage;
class TaskProgressWidget;
class WorkflowCommands;

/**
 * The workbench: the project's four-colour map in a QGIS map canvas with its layer tree, the
 * switches between region kinds and categories, the data docks, and every workflow step in the
 * menus. Shows the start page while no project is open. One document at a time; edits are
 * committed transactions, so closing never loses anything.
 */
class MainWindow : public QMainWindow
{
  Q_OBJECT

public:
  explicit MainWindow(QWidget *parent = nullptr);
  ~MainWindow() override;

  //! Opens \a path, closing the current project; false (after telling the user) on failure.
  bool openProject(const QString &path);
  //! Shows \a document (null: the start page), closing the current one.
  void setDocument(std::unique_ptr<ProjectDocument> document);
  //! Hands the open project over (to a window rebuilt in another language).
  std::unique_ptr<ProjectDocument> takeDocument();
  ProjectDocument *document() const { return mDocument.get(); }
  //! The folder of the bundled sample city's raw files (empty: not installed).
  void setSampleFolder(const QString &folder);
  QString sampleFolder() const { return mSampleFolder; }
  QgsMapCanvas *mapCanvas() const { return mCanvas; }
  UnitTableDock *unitTable() const { return mUnitTable; }
  RegionTableDock *regionTable() const { return mRegionTable; }
  SummaryDock *summary() const { return mSummary; }
  ProblemsDock *problems() const { return mProblems; }
  UnitEditorDock *unitEditor() const { return mUnitEditor; }
  HistoryDock *history() const { return mHistory; }
  WorkflowCommands *commands() const { return mCommands; }
  ReviewControls *review() const { return mReview; }

  //! Shows \a text in the status bar for a while.
  void showStatus(const QString &text);
  //! Says why an undo step was refused (status bar) and shows its mark in the undo history.
  void showRefusal(const QString &message);
  //! Asks for a reason, then deletes the selected units as one undoable, audited step.
  void deleteSelectedUnits();

  //! Centres the map on the unit \a fid (close enough to tell it from its neighbours) and flashes
  //! it.
  void zoomToUnit(qint64 fid);
  //! Zooms the map to the region \a fid of the kind shown and flashes it.
  void zoomToRegion(qint64 fid);
  //! Selects the unit \a unitId and centres the map on it; nothing when the project lacks it.
  void showUnitById(const QString &unitId);
  //! Shows the regions of kind \a kindKey (district|street|grid) and zooms to the one \a code.
  void showRegionByCode(const QString &kindKey, const QString &code);
  //! Selects the units \a fids on the map (and in every view that follows the selection).
  void selectUnits(const QList<qint64> &fids);
  //! Explains the level of the one selected unit, else of the one selected region.
  void explainSelection();

signals:
  //! The units selected on the map changed (by a map tool or selectUnits()).
  void unitSelectionChanged(const QList<qint64> &fids);

  //! The analyst chose another language ("zh", "en", or empty for the system's).
  void languageRequested(const QString &code);

protected:
  void closeEvent(QCloseEvent *event) override;

private:
  //! Reads the document's project again once the canvas stopped drawing its layers.
  bool reloadView(QString *error);
  void createActions();
  void createMenus();
  void createToolBars();
  void createDocks();
  void createStatusBar();
  void updateActions();
  void updateTitle();
  void refreshProject();
  void fillViewSwitches();
  void zoomToProject();
  void setMapTool(QgsMapTool *tool);
  void followUnitSelection();
  //! Points the data docks at the open project (or at none, releasing their connections).
  void showProjectInDocks();
  //! Shows the docks and map widgets of an open project (laid out as last time), or hides them.
  void showProjectLayout(bool project);
  void refreshDocks();
  //! The fid of the unit with \a unitId, or -1.
  qint64 unitFid(const QString &unitId) const;
  //! The unit id of \a fid, or empty.
  QString unitId(qint64 fid) const;
  //! Pushes \a edit on the undo stack as one audited command (refusals are shown, not applied).
  void pushUnitEdit(const UnitEdit &edit);
  void chooseProjectToOpen();
  void saveCopyAs();
  void fillRecentMenu();

  std::unique_ptr<ProjectDocument> mDocument;
  QString mSampleFolder;
  WorkflowCommands *mCommands = nullptr;

  QStackedWidget *mCentral = nullptr;
  StartPage *mStartPage = nullptr;
  QgsMapCanvas *mCanvas = nullptr;
  QgsLayerTreeView *mLayerTree = nullptr;
  QgsLayerTreeMapCanvasBridge *mBridge = nullptr;
  IdentifyResultsView *mIdentifyResults = nullptr;
  QUndoView *mUndoView = nullptr;
  UnitTableDock *mUnitTable = nullptr;
  RegionTableDock *mRegionTable = nullptr;
  SummaryDock *mSummary = nullptr;
  ProblemsDock *mProblems = nullptr;
  UnitEditorDock *mUnitEditor = nullptr;
  HistoryDock *mHistory = nullptr;
  HazardDock *mHazards = nullptr;
  ReviewControls *mReview = nullptr;
  QLabel *mOverdue = nullptr;
  QComboBox *mRegionKind = nullptr;
  QComboBox *mCategory = nullptr;
  QLabel *mCoordinates = nullptr;
  QgsScaleComboBox *mScale = nullptr;
  QLabel *mScaleLabel = nullptr;
  QByteArray mProjectLayout;   //!< the docks' layout while a project is open
  bool mShowingProject = true; //!< as constructed: every dock shown
  TaskProgressWidget *mTaskProgress = nullptr;

  QgsMapTool *mPanTool = nullptr;
  QgsMapTool *mZoomInTool = nullptr;
  QgsMapTool *mZoomOutTool = nullptr;
  IdentifyTool *mIdentifyTool = nullptr;
  QgsMapTool *mSelectTool = nullptr;
  UnitMoveTool *mMoveTool = nullptr;
  UnitAddTool *mAddTool = nullptr;

  QMenu *mRecentMenu = nullptr;
  QMenu *mViewMenu = nullptr;
  QAction *mNewAction = nullptr;
  QAction *mOpenAction = nullptr;
  QAction *mSaveCopyAction = nullptr;
  QAction *mCloseAction = nullptr;
  QAction *mQuitAction = nullptr;
  QAction *mUndoAction = nullptr;
  QAction *mRedoAction = nullptr;
  QAction *mImportUnitsAction = nullptr;
  QAction *mImportRegionsAction = nullptr;
  QAction *mMakeGridAction = nullptr;
  QAction *mAssessAction = nullptr;
  QAction *mAssessAllAction = nullptr;
  QAction *mMethodSetAction = nullptr;
  QAction *mTaxonomyAction = nullptr;
  QAction *mExportMapAction = nullptr;
  QAction *mReportAction = nullptr;
  QAction *mRiskListAction = nullptr;
  QAction *mPanAction = nullptr;
  QAction *mZoomInAction = nullptr;
  QAction *mZoomOutAction = nullptr;
  QAction *mZoomFullAction = nullptr;
  QAction *mIdentifyAction = nullptr;
  QAction *mSelectAction = nullptr;
  QAction *mMoveAction = nullptr;
  QAction *mAddUnitAction = nullptr;
  QAction *mDeleteUnitsAction = nullptr;
  QAction *mImportHazardsAction = nullptr;
  QAction *mExplainAction = nullptr;
  QAction *mPresentAction = nullptr;
  QAction *mCompareAction = nullptr;
  QPointer<PresentationWindow> mPresentation;
  QList<QAction *> mProjectActions; //!< enabled only with a project open
};

} // namespace riskatlas
