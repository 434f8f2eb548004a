#include "regionimportdialog.h"

#include "encodingcombobox.h"
#include "layerchoice.h"
#include "problemhint.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qgsfilewidget.h>
#include <qgsprojectionselectionwidget.h>

namespace riskatlas
{

namespace
{
const QString settingsGroup = QStringLiteral("RegionImportDialog");
} // namespace

RegionImportDialog::RegionImportDialog(const QString &projectPath, QWidget *parent)
    : QDialog(parent)
{
  setWindowTitle(tr("Import Regions"));
  setObjectName(QStringLiteral("RegionImportDialog"));
  QSettings settings;
  settings.beginGroup(settingsGroup);
  auto *layout = new QVBoxLayout(this);
  auto *form = new QFormLayout;
  mForm = form;

  mFile = new QgsFileWidget(this);
  mFile->setObjectName(QStringLiteral("file"));
  mFile->setStorageMode(QgsFileWidget::GetFile);
  mFile->setDialogTitle(tr("Choose a Boundary File"));
  mFile->setFilter(tr("Boundaries (*.shp *.geojson *.json *.gpkg *.kml *.zip);;"
                      "Shapefiles (*.shp *.zip);;GeoJSON (*.geojson *.json);;"
                      "GeoPackage (*.gpkg);;KML (*.kml);;All files (*)"));
  mFile->setDefaultRoot(
      settings.value(QStringLiteral("folder"), QFileInfo(projectPath).absolutePath()).toString());
  form->addRow(tr("File"), mFile);

  mLayer = new QComboBox(this);
  mLayer->setObjectName(QStringLiteral("layer"));
  mLayer->setToolTip(tr("The layer to read, for files that hold several"));
  form->addRow(tr("Layer"), mLayer);

  mKind = new QComboBox(this);
  mKind->setObjectName(QStringLiteral("kind"));
  mKind->addItem(tr("Districts"), static_cast<int>(RegionKind::District));
  mKind->addItem(tr("Streets and towns"), static_cast<int>(RegionKind::Street));
  mKind->addItem(tr("Grid cells"), static_cast<int>(RegionKind::Grid));
  mKind->setToolTip(tr("The regions of this kind in the project are replaced"));
  mKind->setCurrentIndex(qMax(0, mKind->findData(settings.value(QStringLiteral("kind"), 0))));
  form->addRow(tr("Kind"), mKind);

  mNameField = new QComboBox(this);
  mNameField->setObjectName(QStringLiteral("nameField"));
  form->addRow(tr("Name field"), mNameField);
  mIdField = new QComboBox(this);
  mIdField->setObjectName(QStringLiteral("idField"));
  mIdField->setToolTip(tr("The region's code (区划代码); without one, codes are numbered"));
  form->addRow(tr("Code field"), mIdField);
  mParentField = new QComboBox(this);
  mParentField->setObjectName(QStringLiteral("parentField"));
  mParentField->setToolTip(tr("The code of the region each one lies in (a street's district)"));
  form->addRow(tr("Parent field"), mParentField);

  mSourceCrs = new QgsProjectionSelectionWidget(this);
  mSourceCrs->setObjectName(QStringLiteral("sourceCrs"));
  mSourceCrs->setOptionVisible(QgsProjectionSelectionWidget::CrsNotSet, true);
  mSourceCrs->setNotSetText(tr("As the file states"));
  mSourceCrs->setCrs(QgsCoordinateReferenceSystem());
  form->addRow(tr("Source CRS"), mSourceCrs);
  mEncoding = new EncodingComboBox(this);
  mEncoding->setObjectName(QStringLiteral("encoding"));
  mEncoding->setEncoding(settings.value(QStringLiteral("encoding")).toByteArray());
  form->addRow(tr("Encoding"), mEncoding);
  layout->addLayout(form);

  auto *previewBox = new QGroupBox(tr("Preview: the first regions as they will be read"), this);
  auto *previewLayout = new QVBoxLayout(previewBox);
  mPreviewTable = new QTableWidget(0, 4, previewBox);
  mPreviewTable->setObjectName(QStringLiteral("previewTable"));
  mPreviewTable->setHorizontalHeaderLabels({tr("Feature"), tr("Code"), tr("Name"), tr("Parent")});
  mPreviewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mPreviewTable->verticalHeader()->setVisible(false);
  mPreviewTable->horizontalHeader()->setStretchLastSection(true);
  previewLayout->addWidget(mPreviewTable, 1);
  mStatus = new QLabel(previewBox);
  mStatus->setObjectName(QStringLiteral("status"));
  mStatus->setWordWrap(true);
  previewLayout->addWidget(mStatus);
  layout->addWidget(previewBox, 1);

  mButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  mButtons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
  connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(mButtons);

  connect(mFile, &QgsFileWidget::fileChanged, this, &RegionImportDialog::fileChanged);
  connect(mLayer, qOverload<int>(&QComboBox::currentIndexChanged), this,
          &RegionImportDialog::readingChanged);
  connect(mEncoding, qOverload<int>(&QComboBox::currentIndexChanged), this,
          &RegionImportDialog::readingChanged);
  for (QComboBox *combo : {mKind, mNameField, mIdField, mParentField})
    connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &RegionImportDialog::refresh);
  connect(mSourceCrs, &QgsProjectionSelectionWidget::crsChanged, this,
          &RegionImportDialog::refresh);
  resize(760, 640);
  mLayer->hide();
  form->labelForField(mLayer)->hide();
  readingChanged();
}

QString RegionImportDialog::file() const
{
  return mFile->filePath();
}

void RegionImportDialog::setFile(const QString &path)
{
  mFile->setFilePath(path);
}

RegionImportOptions RegionImportDialog::options() const
{
  RegionImportOptions options;
  if (mLayer->isEnabled())
    options.layerName = mLayer->currentText();
  options.kind = static_cast<RegionKind>(mKind->currentData().toInt());
  options.nameField = mNameField->currentData().toString();
  options.idField = mIdField->currentData().toString();
  options.parentField = mParentField->currentData().toString();
  const QgsCoordinateReferenceSystem crs = mSourceCrs->crs();
  options.sourceCrs = crs.isValid() ? crs.authid() : QString();
  options.encoding = mEncoding->encoding();
  return options;
}

void RegionImportDialog::accept()
{
  QSettings settings;
  settings.beginGroup(settingsGroup);
  settings.setValue(QStringLiteral("folder"), QFileInfo(file()).absolutePath());
  settings.setValue(QStringLiteral("encoding"), mEncoding->encoding());
  settings.setValue(QStringLiteral("kind"), mKind->currentData());
  QDialog::accept();
}

void RegionImportDialog::fileChanged()
{
  mUpdating = true;
  showLayerChoice(file(), mLayer, mForm->labelForField(mLayer));
  mUpdating = false;
  readingChanged();
}

void RegionImportDialog::fillFieldCombo(QComboBox *combo, const QString &column, bool offerNone)
{
  combo->clear();
  if (offerNone)
    combo->addItem(tr("(none)"), QString());
  for (const QString &header : mPreview.columns)
    combo->addItem(header, header);
  combo->setCurrentIndex(qMax(0, combo->findData(column)));
  combo->setEnabled(!mPreview.columns.isEmpty());
}

void RegionImportDialog::readingChanged()
{
  if (mUpdating)
    return;
  // Other columns: start again from what the import recognises.
  mUpdating = true;
  RegionImportOptions reading = options();
  reading.nameField.clear();
  reading.idField.clear();
  reading.parentField.clear();
  mPreview = file().isEmpty() ? RegionPreview() : mReader.regions(file(), reading, 0);
  // An empty code or parent field means "recognise it", so "(none)" exists only where the
  // import would recognise none.
  fillFieldCombo(mNameField, mPreview.automaticName, mPreview.automaticName.isEmpty());
  fillFieldCombo(mIdField, mPreview.automaticId, mPreview.automaticId.isEmpty());
  fillFieldCombo(mParentField, mPreview.automaticParent, mPreview.automaticParent.isEmpty());
  mUpdating = false;
  refresh();
}

void RegionImportDialog::refresh()
{
  if (mUpdating)
    return;
  mButtons->button(QDialogButtonBox::Ok)->setEnabled(!file().isEmpty());
  if (file().isEmpty())
  {
    mPreview = RegionPreview();
    mPreviewTable->setRowCount(0);
    mStatus->setText(tr("Choose a boundary file."));
    return;
  }
  mPreview = mReader.regions(file(), options());
  mPreviewTable->setRowCount(mPreview.rows.size());
  for (int row = 0; row < mPreview.rows.size(); ++row)
  {
    const RegionPreviewRow &region = mPreview.rows.at(row);
    const QStringList cells{region.location, region.id, region.name, region.parentId};
    for (int column = 0; column < cells.size(); ++column)
      mPreviewTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    for (const Problem &problem : region.problems)
    {
      const int column = problem.field == mPreview.idField       ? 1
                         : problem.field == mPreview.nameField   ? 2
                         : problem.field == mPreview.parentField ? 3
                                                                 : 0;
      for (int marked : {column, 0})
      {
        QTableWidgetItem *item = mPreviewTable->item(row, marked);
        item->setBackground(QColor(255, 205, 205));
        const QString tip = problem.value.isEmpty()
                                ? ProblemHint::reason(problem)
                                : tr("%1: %2").arg(problem.value, ProblemHint::reason(problem));
        item->setToolTip(item->toolTip().isEmpty() ? tip
                                                   : item->toolTip() + QLatin1Char('\n') + tip);
      }
    }
    if (region.repaired)
      mPreviewTable->item(row, 0)->setToolTip(tr("The polygon is invalid; the import repairs it."));
  }
  mPreviewTable->resizeColumnsToContents();
  QStringList lines;
  for (const Problem &problem : mPreview.problems)
    lines << QStringLiteral("<span style=\"color:#b00000\">%1</span>")
                 .arg(ProblemHint::message(problem).toHtmlEscaped());
  if (mPreview.hasGeometry)
    lines << tr("%n feature(s), %1, read in %2.", nullptr, static_cast<int>(mPreview.featureCount))
                 .arg(mPreview.geometryType.isEmpty() ? tr("no geometry") : mPreview.geometryType,
                      mPreview.crs.isEmpty() ? tr("an unknown CRS") : mPreview.crs)
                 .toHtmlEscaped();
  if (const int problems = mPreview.rowProblemCount(); problems > 0)
    lines << QStringLiteral("<span style=\"color:#b00000\">%1</span>")
                 .arg(tr("%n problem(s) in these features, marked in red (hover for the reason).",
                         nullptr, problems)
                          .toHtmlEscaped());
  mStatus->setText(lines.join(QStringLiteral("<br>")));
}

} // namespace riskatlas
