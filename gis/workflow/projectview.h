#pragma once

#include "api/problem.h"
#include "levelpalette.h"
#include "regionkind.h"
#include "taxonomy.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <memory>

class QgsProject;
class QgsVectorLayer;

namespace riskatlas
{

class ProjectJournal;

/**
 * A project held open by a window for as long as it shows it: the file in write-ahead-logging
 * mode (so the canvas's reads and a task's commit never wait for each other) and the project's
 * embedded QGIS project loaded into a QgsProject of its own (never the global instance), with
 * the styled units and one layer per region kind, as QGIS Desktop shows them.
 *
 * Lives in the GUI thread. After a task commits, reload() reads the embedded project again
 * (a first import adds layers); the QgsProject object stays the same, so canvases and layer
 * trees bound to it follow.
 */
class ProjectView
{
  Q_DECLARE_TR_FUNCTIONS(ProjectView)

public:
  //! Opens \a path for writing (migrating an older schema) and loads its QGIS project.
  static std::unique_ptr<ProjectView> open(const QString &path, Problem *problem);
  //! Closes the layers, then returns the file to one file (rollback journal).
  ~ProjectView();
  ProjectView(const ProjectView &) = delete;
  ProjectView &operator=(const ProjectView &) = delete;

  QString path() const { return mPath; }
  QgsProject *project() const { return mProject.get(); }

  //! Reads the embedded QGIS project again, keeping the region kind and category shown.
  bool reload(QString *error);
  /**
   * Lets go of the file this view opened and opens the one its path names now (another program
   * replaced the file as a whole), keeping the same QgsProject, region kind and category.
   * False with \a problem when the path names no usable project; the view is empty then.
   */
  bool reopen(Problem *problem);
  //! The project's level colours (its method set's palette) as of the last reload.
  LevelPalette palette() const { return mPalette; }

  //! The styled units layer; null before the first unit import.
  QgsVectorLayer *unitsLayer() const;
  //! The layer of the regions of \a kind; null when the project has none.
  QgsVectorLayer *regionLayer(RegionKind kind) const;

  //! Shows the regions of \a kind only (the others stay in the layer tree, unchecked).
  void showRegionKind(RegionKind kind);
  RegionKind regionKind() const { return mKind; }
  /**
   * Colours regions by their level for \a category and shows only its units; an empty code
   * shows every category (the overall level).
   *
   * A project of more units than a screen can show (about 20,000) draws its units only from
   * a scale where a view holds about that many; the city-wide map shows the regions' colours.
   */
  void showCategory(const QString &category);
  QString category() const { return mCategory; }
  /**
   * Names the layers, their legend and their fields (aliases and value maps, LayerFields) in
   * \a code ("zh" or "en"), the window's language; the file's embedded project stays in Chinese.
   */
  void setLanguage(const QString &code);

private:
  explicit ProjectView(const QString &path);
  QList<QgsVectorLayer *> treeLayers() const;
  void applyView();

  QString mPath;
  std::unique_ptr<ProjectJournal> mJournal;
  std::unique_ptr<QgsProject> mProject;
  RegionKind mKind = RegionKind::District;
  QString mCategory;
  QString mLanguage = QStringLiteral("zh");
  LevelPalette mPalette;
  Taxonomy mTaxonomy; //!< names the categories and sectors in the units' value maps
};

} // namespace riskatlas
