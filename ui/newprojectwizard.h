#pragma once

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QgsFileWidget;
class QgsProjectionSelectionWidget;

namespace riskatlas
{

/**
 * Asks for what a new project needs (ProjectSession::create): the city's name, the GeoPackage
 * to write (replacing an existing file only once the analyst ticks "Replace"), and the CRS —
 * suggested from the data file the analyst starts from, or left to the first import. One page:
 * four questions do not need a wizard's steps.
 */
class NewProjectWizard : public QDialog
{
  Q_OBJECT

public:
  explicit NewProjectWizard(QWidget *parent = nullptr);

  //! The project file, ending in .gpkg.
  QString path() const;
  //! The name typed, else the file's name without suffix.
  QString projectName() const;
  //! "EPSG:4549", or empty: the first import decides.
  QString crsAuthId() const;
  //! True when the file exists and the analyst agreed to replace it.
  bool overwrite() const;

  void accept() override;

private:
  void suggestCrs(const QString &dataFile);
  void updateState();
  void growToFit();

  QLineEdit *mName = nullptr;
  QgsFileWidget *mFile = nullptr;
  QLabel *mExists = nullptr;
  QCheckBox *mReplace = nullptr;
  QgsFileWidget *mDataFile = nullptr;
  QLabel *mSuggestion = nullptr;
  QgsProjectionSelectionWidget *mCrs = nullptr;
  QDialogButtonBox *mButtons = nullptr;
};

} // namespace riskatlas
