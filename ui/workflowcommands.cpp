#include "workflowcommands.h"

#include "comparedialog.h"
#include "griddialog.h"
#include "mainwindow.h"
#include "mapexportdialog.h"
#include "methodsetcommand.h"
#include "methodseteditor.h"
#include "newprojectwizard.h"
#include "outputfolder.h"
#include "preferences.h"
#include "problemtabledialog.h"
#include "projectdocument.h"
#include "regionimportdialog.h"
#include "reportexportdialog.h"
#include "taxonomycommand.h"
#include "taxonomyeditor.h"
#include "uilanguage.h"
#include "unitimportdialog.h"
#include "workflow/projectcopy.h"
#include "workflow/projectsession.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <qgsfeedback.h>

namespace riskatlas
{

WorkflowCommands::WorkflowCommands(MainWindow *window) : QObject(window), mWindow(window) {}

TaskResult WorkflowCommands::importResult(const ImportOutcome &outcome)
{
  TaskResult result;
  result.ok = outcome.ok;
  result.problems = outcome.problems;
  result.warnings = outcome.warnings;
  if (outcome.ok)
  {
    result.messages << tr("%n row(s) read: %1 added, %2 updated, %3 unchanged", nullptr,
                          outcome.rows)
                           .arg(outcome.added)
                           .arg(outcome.updated)
                           .arg(outcome.unchanged);
    if (!outcome.withoutPosition.isEmpty())
      result.warnings << tr("%n unit(s) have no coordinates and were placed by their region's "
                            "name or code only",
                            nullptr, int(outcome.withoutPosition.size()));
  }
  return result;
}

TaskResult WorkflowCommands::assessResult(const AssessOutcome &outcome, const QString &projectPath)
{
  TaskResult result;
  result.ok = outcome.ok;
  if (!outcome.ok)
  {
    result.problems << Problem::fileProblem(outcome.errorKind, projectPath, outcome.error);
    return result;
  }
  result.messages << tr("%n unit(s) assessed, %1 scored; %2 level change(s)", nullptr,
                        outcome.units)
                         .arg(outcome.scored)
                         .arg(outcome.levelChanges.size());
  if (outcome.outsideRegions > 0)
    result.warnings << tr("%n unit(s) lie outside every region", nullptr, outcome.outsideRegions);
  if (!outcome.unscored.isEmpty())
    result.warnings << tr("%n unit(s) could not be scored (see Problems)", nullptr,
                          int(outcome.unscored.size()));
  return result;
}

SessionTask *WorkflowCommands::run(const QString &title, bool writes, SessionTask::Step step)
{
  ProjectDocument *document = mWindow->document();
  if (!document)
    return nullptr;
  auto *task = new SessionTask(title, document->path(), writes, std::move(step));
  connect(task, &SessionTask::completed, this,
          [this, title](const TaskResult &result) { present(title, result); });
  document->run(task);
  return task;
}

void WorkflowCommands::present(const QString &title, const TaskResult &result)
{
  if (result.cancelled)
    mWindow->showStatus(tr("%1: cancelled; the project is unchanged").arg(title));
  else if (result.ok)
    mWindow->showStatus(
        QStringLiteral("%1: %2").arg(title, result.messages.join(QStringLiteral("; "))));
  const bool manyProblems = result.problems.size() > 1 ||
                            (!result.problems.isEmpty() && result.problems.first().isRowProblem());
  if (!result.ok && !result.cancelled && manyProblems)
  {
    // Every problem in a table the analyst can save for whoever fixes the file.
    auto *table = new ProblemTableDialog(tr("%1 failed").arg(title), result.problems, mWindow);
    table->setAttribute(Qt::WA_DeleteOnClose);
    table->open();
  }
  else if (!result.ok && !result.cancelled)
  {
    // Not exec(): the window stays responsive and no dialog blocks a queued task's result.
    auto *box = new QMessageBox(QMessageBox::Warning, title,
                                tr("%1 failed; the project is unchanged.").arg(title),
                                QMessageBox::Ok, mWindow);
    box->setObjectName(QStringLiteral("taskFailedMessage"));
    box->setInformativeText(problemMessages(result.problems).join(QLatin1Char('\n')));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
  }
  else if (!result.warnings.isEmpty())
  {
    // Warnings go to the Problems dock, where each leads to its unit: no box to dismiss.
    emit warningsReported(title, result.warnings);
    mWindow->showStatus(
        tr("%1: %2 — %n warning(s), see Problems", nullptr, int(result.warnings.size()))
            .arg(title, result.messages.join(QStringLiteral("; "))));
  }
  if (result.ok && !result.written.isEmpty())
    openOutputFolder(result.written.first());
  emit taskPresented(result);
}

void WorkflowCommands::openSampleCity()
{
  const QString folder = mWindow->sampleFolder();
  if (folder.isEmpty())
    return;
  const QString target = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                             .filePath(QStringLiteral("sample-city.gpkg"));
  if (QFileInfo::exists(target) && mWindow->openProject(target))
    return;
  QDir().mkpath(QFileInfo(target).absolutePath());
  Problem problem;
  if (!ProjectSession::create(target, tr("Sample city"), QString(), true, &problem))
  {
    QMessageBox::warning(mWindow, tr("Cannot create the sample project"), problem.message());
    return;
  }
  if (!mWindow->openProject(target))
    return;
  const QString districts = QDir(folder).filePath(QStringLiteral("districts.geojson"));
  const QString units = QDir(folder).filePath(QStringLiteral("units.csv"));
  run(tr("Building the sample city"), true,
      [districts, units](ProjectSession &session, QgsFeedback *feedback)
      {
        ImportOutcome outcome = session.importRegions(districts, {}, feedback);
        if (!outcome.ok)
          return importResult(outcome);
        outcome = session.importUnits(units, {}, feedback);
        if (!outcome.ok)
          return importResult(outcome);
        return assessResult(session.assess({}, feedback), session.path());
      });
}

template <typename Dialog>
Dialog *WorkflowCommands::openDialog(Dialog *dialog, std::function<void(Dialog &)> accepted)
{
  // open(), not exec(): the window keeps drawing and tasks keep reporting meanwhile. The step
  // runs once the dialog has finished emitting (opening a project flushes deferred deletes,
  // which must not reach a dialog still inside its own signal), then the dialog goes.
  connect(dialog, &QDialog::finished, this,
          [this, dialog, accepted](int result)
          {
            QTimer::singleShot(0, this,
                               [dialog, accepted, result]
                               {
                                 if (result == QDialog::Accepted)
                                   accepted(*dialog);
                                 dialog->deleteLater();
                               });
          });
  dialog->open();
  return dialog;
}

void WorkflowCommands::newProject()
{
  openDialog<NewProjectWizard>(
      new NewProjectWizard(mWindow),
      [this](NewProjectWizard &wizard)
      {
        Problem problem;
        if (!ProjectSession::create(wizard.path(), wizard.projectName(), wizard.crsAuthId(),
                                    wizard.overwrite(), &problem))
        {
          QMessageBox::warning(mWindow, tr("Cannot create the project"), problem.message());
          return;
        }
        mWindow->openProject(wizard.path());
      });
}

void WorkflowCommands::importUnits()
{
  ProjectDocument *document = mWindow->document();
  if (!document)
    return;
  openDialog<UnitImportDialog>(
      new UnitImportDialog(document->path(), document->taxonomy(), mWindow),
      [this](UnitImportDialog &dialog)
      {
        const QString file = dialog.file();
        const UnitImportOptions options = dialog.options();
        run(tr("Import of %1").arg(QFileInfo(file).fileName()), true,
            [file, options](ProjectSession &session, QgsFeedback *feedback)
            { return importResult(session.importUnits(file, options, feedback)); });
      });
}

void WorkflowCommands::importRegions()
{
  ProjectDocument *document = mWindow->document();
  if (!document)
    return;
  openDialog<RegionImportDialog>(
      new RegionImportDialog(document->path(), mWindow),
      [this](RegionImportDialog &dialog)
      {
        const QString file = dialog.file();
        const RegionImportOptions options = dialog.options();
        run(tr("Import of %1").arg(QFileInfo(file).fileName()), true,
            [file, options](ProjectSession &session, QgsFeedback *feedback)
            { return importResult(session.importRegions(file, options, feedback)); });
      });
}

void WorkflowCommands::makeGrid()
{
  if (!mWindow->document())
    return;
  openDialog<GridDialog>(new GridDialog(mWindow),
                         [this](GridDialog &dialog)
                         {
                           const GridOptions options = dialog.options();
                           run(tr("Grid"), true,
                               [options](ProjectSession &session, QgsFeedback *feedback)
                               { return importResult(session.makeGrid(options, feedback)); });
                         });
}

void WorkflowCommands::editMethodSet()
{
  ProjectDocument *document = mWindow->document();
  if (!document)
    return;
  Problem problem;
  auto session = ProjectSession::open(document->path(), OpenMode::ReadOnly, &problem);
  if (!session)
  {
    QMessageBox::warning(mWindow, tr("Cannot read the method set"), problem.message());
    return;
  }
  MethodSet current = session->methodSet();
  AggregationRule rule = session->aggregationRule();
  const Taxonomy taxonomy = session->taxonomy();
  session.reset();

  // Not modal: the what-if list leads to units and regions on the map behind it.
  auto *dialog = new QDialog(mWindow);
  dialog->setObjectName(QStringLiteral("methodSetDialog"));
  dialog->setWindowTitle(tr("Method Set — %1").arg(document->displayName()));
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  auto *editor = new MethodSetEditor(document->path(), taxonomy, current, dialog);
  editor->setAggregationRule(rule);
  auto *layout = new QVBoxLayout(dialog);
  layout->addWidget(editor);
  QPointer<ProjectDocument> target = document;
  connect(editor, &MethodSetEditor::applyRequested, dialog,
          [target, editor, current, rule]() mutable
          {
            if (!target)
              return;
            const MethodSet next = editor->methodSet();
            const AggregationRule nextRule = editor->aggregationRule();
            target->undoStack()->push(new MethodSetCommand(target, current, next, rule, nextRule));
            // The next apply starts from what this one made the project's.
            current = next;
            rule = nextRule;
          });
  connect(document, &ProjectDocument::changed, editor, &MethodSetEditor::refreshPreview);
  connect(editor, &MethodSetEditor::unitActivated, mWindow,
          [this](qint64 fid)
          {
            mWindow->selectUnits({fid});
            mWindow->zoomToUnit(fid);
          });
  connect(editor, &MethodSetEditor::regionActivated, mWindow, &MainWindow::zoomToRegion);
  connect(this, &WorkflowCommands::documentChanged, dialog, &QDialog::close);
  dialog->resize(mWindow->size() * 0.9);
  dialog->show();
}

void WorkflowCommands::editTaxonomy()
{
  ProjectDocument *document = mWindow->document();
  if (!document)
    return;
  const Taxonomy before = document->taxonomy();
  openDialog<TaxonomyEditor>(new TaxonomyEditor(document->path(), before, mWindow),
                             [this, before](TaxonomyEditor &editor)
                             {
                               ProjectDocument *document = mWindow->document();
                               if (!document || !editor.isModified())
                                 return;
                               auto *command =
                                   new TaxonomyCommand(document, before, editor.taxonomy());
                               command->setRefusalHandler([this](const QString &message)
                                                          { mWindow->showRefusal(message); });
                               document->undoStack()->push(command);
                             });
}

void WorkflowCommands::assess(bool everything)
{
  AssessRequest request;
  request.scope = everything ? AssessScope::Everything : AssessScope::Changes;
  run(tr("Assessment"), true,
      [request](ProjectSession &session, QgsFeedback *feedback)
      { return assessResult(session.assess(request, feedback), session.path()); });
}

void WorkflowCommands::exportMap()
{
  ProjectDocument *document = mWindow->document();
  if (!document)
    return;
  QList<QPair<QString, QString>> categories;
  const Taxonomy taxonomy = document->taxonomy();
  for (const Category &category : taxonomy.categories())
    categories << qMakePair(category.code, category.name(UiLanguage::current()));
  openDialog<MapExportDialog>(
      new MapExportDialog(document->path(), categories, mWindow),
      [this](MapExportDialog &dialog)
      {
        const MapRequest request = dialog.request();
        const QString file = dialog.outputFile();
        run(tr("Map export"), false,
            [request, file](ProjectSession &session, QgsFeedback *)
            {
              const MapExport exported = session.exportMap(request, file);
              TaskResult result;
              result.ok = exported.ok;
              result.written = exported.written;
              result.warnings = exported.warnings;
              if (exported.ok)
                result.messages << tr("%n file(s) written: %1", nullptr,
                                      int(exported.written.size()))
                                       .arg(QDir::toNativeSeparators(exported.written.value(0)));
              else
                result.problems << exported.problem;
              return result;
            });
      });
}

void WorkflowCommands::writeReport()
{
  ProjectDocument *document = mWindow->document();
  if (!document)
    return;
  openDialog<ReportExportDialog>(
      new ReportExportDialog(document->path(), mWindow),
      [this](ReportExportDialog &dialog)
      {
        const QString file = dialog.outputFile();
        const QString language = dialog.language();
        const QString templateFolder = dialog.templateFolder();
        const QString older = dialog.compareWith();
        run(tr("Report"), false,
            [file, language, templateFolder, older](ProjectSession &session, QgsFeedback *)
            {
              TaskResult result;
              Problem problem;
              result.ok = session.writeReport(file, language, templateFolder, older, &problem);
              if (result.ok)
              {
                result.written << file;
                result.messages << tr("written to %1").arg(QDir::toNativeSeparators(file));
              }
              else
                result.problems << problem;
              return result;
            });
      });
}

void WorkflowCommands::compare()
{
  ProjectDocument *document = mWindow->document();
  if (!document)
    return;
  auto *dialog = new CompareDialog(document->path(), mWindow);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  connect(dialog, &CompareDialog::unitActivated, mWindow,
          [this](const QString &unitId) { mWindow->showUnitById(unitId); });
  connect(dialog, &CompareDialog::regionActivated, mWindow,
          [this](const QString &kind, const QString &code)
          { mWindow->showRegionByCode(kind, code); });
  connect(dialog, &CompareDialog::changeMapTaskReady, document, &ProjectDocument::run);
  dialog->show();
}

void WorkflowCommands::exportRiskList()
{
  ProjectDocument *document = mWindow->document();
  if (!document)
    return;
  const QString file =
      QFileDialog::getSaveFileName(mWindow, tr("Export Risk List"),
                                   QDir(QFileInfo(document->path()).absolutePath())
                                       .filePath(tr("risk-list") + QStringLiteral(".csv")),
                                   tr("CSV (*.csv)"));
  if (file.isEmpty())
    return;
  run(tr("Risk list export"), false,
      [file](ProjectSession &session, QgsFeedback *)
      {
        TaskResult result;
        Problem problem;
        int rows = 0;
        result.ok = session.exportRiskList(file, &rows, &problem);
        if (result.ok)
        {
          result.messages
              << tr("%n unit(s) written to %1", nullptr, rows).arg(QDir::toNativeSeparators(file));
          result.written << file;
        }
        else
          result.problems << problem;
        return result;
      });
}

void WorkflowCommands::importHazards()
{
  ProjectDocument *document = mWindow->document();
  if (!document)
    return;
  const QString file = QFileDialog::getOpenFileName(
      mWindow, tr("Import Hidden Dangers"), QFileInfo(document->path()).absolutePath(),
      tr("Hidden-danger registers (*.csv *.xlsx);;All files (*)"));
  if (file.isEmpty())
    return;
  run(tr("Hidden-danger import"), true,
      [file](ProjectSession &session, QgsFeedback *feedback)
      { return importResult(session.importHazards(file, HazardImportOptions(), feedback)); });
}

void WorkflowCommands::updateHazard(const HazardUpdate &update)
{
  if (!mWindow->document())
    return;
  run(tr("Hidden-danger update"), true,
      [update](ProjectSession &session, QgsFeedback *)
      {
        TaskResult result;
        Problem problem;
        HiddenDanger after;
        result.ok = session.updateHazard(update, &after, &problem);
        if (result.ok)
          result.messages << tr("Hidden danger %1: %2")
                                 .arg(after.id, UiLanguage::current() == QLatin1String("en")
                                                    ? hazardStatusNameEn(after.status)
                                                    : hazardStatusNameZh(after.status));
        else
          result.problems << problem;
        return result;
      });
}

void WorkflowCommands::startReview(const ReviewSession &details)
{
  if (!mWindow->document())
    return;
  const QString analyst = Preferences::analystName();
  run(tr("Review session"), true,
      [details, analyst](ProjectSession &session, QgsFeedback *)
      {
        ReviewSession started = details;
        session.setAnalyst(analyst);
        TaskResult result;
        Problem problem;
        result.ok = session.startReview(started, &problem);
        if (result.ok)
          result.messages
              << tr("session %1 started; changes now need a reason").arg(started.number);
        else
          result.problems << problem;
        return result;
      });
}

void WorkflowCommands::endReview()
{
  if (!mWindow->document())
    return;
  const QString analyst = Preferences::analystName();
  run(tr("Review session"), true,
      [analyst](ProjectSession &session, QgsFeedback *)
      {
        session.setAnalyst(analyst);
        TaskResult result;
        Problem problem;
        ReviewSession ended;
        result.ok = session.endReview(ended, &problem);
        if (result.ok)
          result.messages << tr("session %1 ended").arg(ended.number);
        else
          result.problems << problem;
        return result;
      });
}

void WorkflowCommands::writeMinutes(int number, const QString &file, const QString &language)
{
  if (!mWindow->document())
    return;
  run(tr("Review minutes"), false,
      [number, file, language](ProjectSession &session, QgsFeedback *)
      {
        TaskResult result;
        Problem problem;
        result.ok = session.writeReviewMinutes(number, file, language, &problem);
        if (result.ok)
        {
          result.written << file;
          result.messages << QDir::toNativeSeparators(file);
          result.warnings = session.takeWarnings();
        }
        else
          result.problems << problem;
        return result;
      });
}

void WorkflowCommands::saveCopy(const QString &target)
{
  ProjectDocument *document = mWindow->document();
  if (!document)
    return;
  QApplication::setOverrideCursor(Qt::WaitCursor);
  Problem problem;
  const bool ok = copyProject(document->path(), target, &problem);
  QApplication::restoreOverrideCursor();
  if (!ok)
  {
    QMessageBox::warning(mWindow, tr("Cannot save a copy"), problem.message());
    return;
  }
  Preferences::setProjectFolder(QFileInfo(target).absolutePath());
  mWindow->showStatus(
      tr("A copy of the project was saved as %1").arg(QDir::toNativeSeparators(target)));
}

} // namespace riskatlas
