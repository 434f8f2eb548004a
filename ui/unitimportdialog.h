#pragma once

#include "api/importoptions.h"
#include "taxonomy.h"
#include "workflow/importpreview.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QSpinBox;
class QTableWidget;
class QgsFileWidget;
class QgsProjectionSelectionWidget;

namespace riskatlas
{

class EncodingComboBox;

/**
 * Reading a file of risk units (CSV, XLSX, ODS, shapefile, GeoJSON, GeoPackage, KML, zip):
 * the analyst chooses the file, its layer, encoding and header row, checks which column fills
 * each field (recognised from the headers as the import does, changeable per field), the
 * coordinate correction and source CRS, and sees the first rows as the import will read them,
 * problems marked. The dialog imports nothing: the caller runs the import with file() and
 * options().
 */
class UnitImportDialog : public QDialog
{
  Q_OBJECT

public:
  UnitImportDialog(const QString &projectPath, const Taxonomy &taxonomy, QWidget *parent = nullptr);

  QString file() const;
  //! Every field's column as shown (an empty column for none), and the other choices.
  UnitImportOptions options() const;
  //! Opens \a path as if the analyst had chosen it.
  void setFile(const QString &path);
  //! What the preview currently shows.
  const UnitPreview &preview() const { return mPreview; }

  //! The workbench's name of an import field ("Unit id", "LEC: exposure (E)").
  static QString targetLabel(const QString &key);

  void accept() override;

private:
  void fileChanged();
  void readingChanged();
  void columnChosen(const QString &target, int index);
  void refresh();
  void fillMapping();
  void fillPreview();
  void fillStatus();
  int previewColumnOfField(const QString &field) const;

  QString mProjectPath;
  Taxonomy mTaxonomy;
  UnitPreview mPreview;
  //! Columns the analyst chose per field (empty: none); the rest are recognised.
  QMap<QString, QString> mChosen;
  QStringList mPreviewKeys; //!< what each preview column shows: a field, "position", …
  ImportPreview mReader;    //!< keeps the file open while only the mapping changes
  bool mUpdating = false;

  QgsFileWidget *mFile = nullptr;
  QComboBox *mLayer = nullptr;
  QLabel *mLayerLabel = nullptr;
  EncodingComboBox *mEncoding = nullptr;
  QSpinBox *mHeaderRow = nullptr;
  QComboBox *mDatum = nullptr;
  QgsProjectionSelectionWidget *mSourceCrs = nullptr;
  QTableWidget *mMapping = nullptr;
  QTableWidget *mPreviewTable = nullptr;
  QLabel *mStatus = nullptr;
  QDialogButtonBox *mButtons = nullptr;
};

} // namespace riskatlas
