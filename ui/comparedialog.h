#pragma once

#include "api/mapexport.h"
#include "assessmentcomparison.h"

#include <QDialog>
#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QgsFileWidget;

namespace riskatlas
{

class SessionTask;

/**
 * Compare With…: this project's assessment against an older project file (last year's, or a
 * copy from before a review). Shows the units by level before, after and the change, and the
 * units and regions whose level changed (raised, lowered, new, removed; filterable), and
 * exports the change map. The comparison reads both files read-only
 * (ProjectSession::compareWith); the map export comes out as a SessionTask for the document to
 * run.
 */
class CompareDialog : public QDialog
{
  Q_OBJECT

public:
  explicit CompareDialog(const QString &projectPath, QWidget *parent = nullptr);

  QString olderProject() const;
  //! Chooses the older project and compares with it.
  void setOlderProject(const QString &path);
  //! Compares with the chosen older project; false (the reason shown) when it cannot.
  bool compare();
  const AssessmentComparison &comparison() const { return mComparison; }

  //! Shows only the changes of \a kind (all of them without one).
  void setChangeFilter(std::optional<LevelChangeKind> kind);
  //! The table of changed units and regions (rows of the filter only).
  QTableWidget *changesTable() const { return mChanges; }
  //! The table of units by level: before, after, change.
  QTableWidget *levelsTable() const { return mLevels; }

  //! The change map's request: A3 landscape, districts, 300 dpi, the chosen language.
  MapRequest changeMapRequest() const;
  /**
   * Emits changeMapTaskReady() with a task writing the change map to \a file; false (nothing
   * emitted, the reason shown) before a comparison or for a file that is no map.
   */
  bool exportChangeMap(const QString &file);

signals:
  //! A changed unit was double-clicked (removed ones included: the older project had it).
  void unitActivated(const QString &unitId);
  //! A changed region was double-clicked.
  void regionActivated(const QString &kind, const QString &code);
  //! The change map export to run (ProjectDocument::run()); the receiver owns the task.
  void changeMapTaskReady(riskatlas::SessionTask *task);

private:
  void showComparison();
  void fillChanges();
  void chooseMapFile();
  void activateRow(int row);

  QString mProjectPath;
  QgsFileWidget *mOlder = nullptr;
  QLabel *mStatus = nullptr;
  QLabel *mCounts = nullptr;
  QTableWidget *mLevels = nullptr;
  QComboBox *mFilter = nullptr;
  QComboBox *mLanguage = nullptr;
  QTableWidget *mChanges = nullptr;
  QPushButton *mExport = nullptr;
  AssessmentComparison mComparison;
  bool mCompared = false;
};

} // namespace riskatlas
