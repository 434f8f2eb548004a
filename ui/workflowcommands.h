#pragma once

#include "api/hazardrequest.h"

#include "sessiontask.h"

#include <QObject>
#include <functional>

namespace riskatlas
{

class MainWindow;
struct ImportOutcome;
struct AssessOutcome;
struct ReviewSession;

/**
 * The workflow steps behind the workbench's menus: each asks what it needs in a dialog, runs
 * as a SessionTask on the open document (writes queue behind each other), and presents what
 * it did — a status message, the files written, or every problem in a table. The steps
 * themselves live in gis/ (ProjectSession), shared with riskatlas-cli.
 */
class WorkflowCommands : public QObject
{
  Q_OBJECT

public:
  explicit WorkflowCommands(MainWindow *window);

  //! An import's outcome as the window presents it.
  static TaskResult importResult(const ImportOutcome &outcome);
  //! An assessment's outcome as the window presents it.
  static TaskResult assessResult(const AssessOutcome &outcome, const QString &projectPath);

public slots:
  void newProject();
  //! Opens the sample city's project, building it from the bundled raw files the first time.
  void openSampleCity();
  void importUnits();
  void importRegions();
  void makeGrid();
  //! Assesses what changed (or, with \a everything, every unit).
  void assess(bool everything);
  //! Opens the method-set editor; applying pushes one undoable command (replace, then assess).
  void editMethodSet();
  //! Opens the taxonomy editor; accepting pushes one undoable command.
  void editTaxonomy();
  void exportMap();
  void writeReport();
  void exportRiskList();
  //! Opens the comparison with an older assessment (non-modal); its rows lead to the map.
  void compare();
  //! Asks for a hidden-danger register (CSV, XLSX) and imports it into the open project.
  void importHazards();
  //! Runs one hidden-danger status change (from the register dock's life-cycle form).
  void updateHazard(const riskatlas::HazardUpdate &update);
  //! Writes a copy of the open project to \a target; the window keeps the original open.
  void saveCopy(const QString &target);
  //! Starts a review session with \a details (recorded by the analyst of the preferences).
  void startReview(const riskatlas::ReviewSession &details);
  //! Ends the open review session.
  void endReview();
  //! Writes the minutes of review session \a number (0: the last) to \a file in \a language.
  void writeMinutes(int number, const QString &file, const QString &language);

signals:
  //! The window's document was replaced (or closed).
  void documentChanged();
  //! A step succeeded with warnings (units outside every region, repaired geometries…).
  void warningsReported(const QString &source, const QStringList &warnings);
  //! A task of this window completed and its result was presented.
  void taskPresented(const riskatlas::TaskResult &result);

private:
  //! Runs \a step on the open project and presents its result under \a title.
  SessionTask *run(const QString &title, bool writes, SessionTask::Step step);
  void present(const QString &title, const TaskResult &result);
  //! Opens \a dialog window-modal without blocking; \a accepted runs when the analyst accepts.
  template <typename Dialog>
  Dialog *openDialog(Dialog *dialog, std::function<void(Dialog &)> accepted);

  MainWindow *mWindow;
};

} // namespace riskatlas
