#pragma once

#include "api/importoptions.h"
#include "workflow/importpreview.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QTableWidget;
class QgsFileWidget;
class QgsProjectionSelectionWidget;

namespace riskatlas
{

class EncodingComboBox;

/**
 * Reading a boundary file (districts, streets or grid cells): the file, its layer, the kind of
 * region, which fields hold the name, the code and the parent's code (recognised from the
 * headers as the import does), the source CRS and encoding, with the first regions as they
 * will be read. The dialog imports nothing: the caller runs the import with file() and
 * options().
 */
class RegionImportDialog : public QDialog
{
  Q_OBJECT

public:
  explicit RegionImportDialog(const QString &projectPath, QWidget *parent = nullptr);

  QString file() const;
  RegionImportOptions options() const;
  //! Opens \a path as if the analyst had chosen it.
  void setFile(const QString &path);
  //! What the preview currently shows.
  const RegionPreview &preview() const { return mPreview; }

  void accept() override;

private:
  void fileChanged();
  void readingChanged();
  void refresh();
  void fillFields();
  //! Fills \a combo with the file's columns, choosing \a column.
  void fillFieldCombo(QComboBox *combo, const QString &column, bool offerNone);

  RegionPreview mPreview;
  ImportPreview mReader; //!< keeps the file open while only the mapping changes
  bool mUpdating = false;

  QFormLayout *mForm = nullptr;
  QgsFileWidget *mFile = nullptr;
  QComboBox *mLayer = nullptr;
  QComboBox *mKind = nullptr;
  QComboBox *mNameField = nullptr;
  QComboBox *mIdField = nullptr;
  QComboBox *mParentField = nullptr;
  EncodingComboBox *mEncoding = nullptr;
  QgsProjectionSelectionWidget *mSourceCrs = nullptr;
  QTableWidget *mPreviewTable = nullptr;
  QLabel *mStatus = nullptr;
  QDialogButtonBox *mButtons = nullptr;
};

} // namespace riskatlas
