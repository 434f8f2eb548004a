#include "unitimportdialog.h"

#include "encodingcombobox.h"
#include "layerchoice.h"
#include "problemhint.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qgsfilewidget.h>
#include <qgsprojectionselectionwidget.h>

namespace riskatlas
{

namespace
{
const QString settingsGroup = QStringLiteral("UnitImportDialog");
const QString positionKey = QStringLiteral("position");
const QString locationKey = QStringLiteral("location");
const QString problemsKey = QStringLiteral("problems");

//! \a value with \a decimals at most, without trailing zeros.
QString coordinate(double value, int decimals)
{
  QString text = QString::number(value, 'f', decimals);
  if (text.contains(QLatin1Char('.')))
  {
    while (text.endsWith(QLatin1Char('0')))
      text.chop(1);
    if (text.endsWith(QLatin1Char('.')))
      text.chop(1);
  }
  return text;
}

QColor problemColour()
{
  return QColor(255, 205, 205);
}

enum MappingColumn
{
  FieldColumn,
  ColumnColumn,
  HowColumn,
};
} // namespace

QString UnitImportDialog::targetLabel(const QString &key)
{
  static const QMap<QString, const char *> labels{
      {QStringLiteral("id"), QT_TR_NOOP("Unit id")},
      {QStringLiteral("name"), QT_TR_NOOP("Unit name")},
      {QStringLiteral("sector"), QT_TR_NOOP("Sector")},
      {QStringLiteral("longitude"), QT_TR_NOOP("Longitude / X")},
      {QStringLiteral("latitude"), QT_TR_NOOP("Latitude / Y")},
      {QStringLiteral("wkt"), QT_TR_NOOP("Geometry (WKT)")},
      {QStringLiteral("region"), QT_TR_NOOP("Region (name or code)")},
      {QStringLiteral("likelihood"), QT_TR_NOOP("Likelihood (L)")},
      {QStringLiteral("severity"), QT_TR_NOOP("Severity (S)")},
      {QStringLiteral("lec_l"), QT_TR_NOOP("LEC: likelihood (L)")},
      {QStringLiteral("lec_e"), QT_TR_NOOP("LEC: exposure (E)")},
      {QStringLiteral("lec_c"), QT_TR_NOOP("LEC: consequence (C)")},
      {QStringLiteral("mes_m"), QT_TR_NOOP("MES: control measures (M)")},
      {QStringLiteral("mes_e"), QT_TR_NOOP("MES: exposure (E)")},
      {QStringLiteral("mes_s"), QT_TR_NOOP("MES: consequence (S)")},
      {QStringLiteral("control"), QT_TR_NOOP("Control level")},
  };
  const char *label = labels.value(key);
  return label ? tr(label) : key;
}

UnitImportDialog::UnitImportDialog(const QString &projectPath, const Taxonomy &taxonomy,
                                   QWidget *parent)
    : QDialog(parent), mProjectPath(projectPath), mTaxonomy(taxonomy)
{
  setWindowTitle(tr("Import Risk Units"));
  setObjectName(QStringLiteral("UnitImportDialog"));
  QSettings settings;
  settings.beginGroup(settingsGroup);
  auto *layout = new QVBoxLayout(this);

  auto *source = new QGridLayout;
  mFile = new QgsFileWidget(this);
  mFile->setObjectName(QStringLiteral("file"));
  mFile->setStorageMode(QgsFileWidget::GetFile);
  mFile->setDialogTitle(tr("Choose a File of Risk Units"));
  mFile->setFilter(
      tr("Risk units (*.csv *.txt *.xlsx *.ods *.shp *.geojson *.json *.gpkg *.kml *.zip);;"
         "CSV (*.csv *.txt);;Spreadsheets (*.xlsx *.ods);;Shapefiles (*.shp *.zip);;"
         "GeoJSON (*.geojson *.json);;GeoPackage (*.gpkg);;KML (*.kml);;All files (*)"));
  mFile->setDefaultRoot(
      settings.value(QStringLiteral("folder"), QFileInfo(projectPath).absolutePath()).toString());
  source->addWidget(new QLabel(tr("File"), this), 0, 0);
  source->addWidget(mFile, 0, 1, 1, 3);

  // Shown only for files of several layers or sheets.
  mLayerLabel = new QLabel(tr("Layer"), this);
  mLayer = new QComboBox(this);
  mLayer->setObjectName(QStringLiteral("layer"));
  mLayer->setToolTip(tr("The layer or sheet to read, for files that hold several"));
  source->addWidget(mLayerLabel, 1, 0);
  source->addWidget(mLayer, 1, 1, 1, 3);

  mEncoding = new EncodingComboBox(this);
  mEncoding->setObjectName(QStringLiteral("encoding"));
  mEncoding->setEncoding(settings.value(QStringLiteral("encoding")).toByteArray());
  source->addWidget(new QLabel(tr("Encoding"), this), 2, 0);
  source->addWidget(mEncoding, 2, 1);
  mHeaderRow = new QSpinBox(this);
  mHeaderRow->setObjectName(QStringLiteral("headerRow"));
  mHeaderRow->setRange(1, 1000);
  mHeaderRow->setToolTip(tr("The row holding the column names, for sheets with title rows "
                            "above it"));
  source->addWidget(new QLabel(tr("Header row"), this), 2, 2);
  source->addWidget(mHeaderRow, 2, 3, Qt::AlignLeft);

  mDatum = new QComboBox(this);
  mDatum->setObjectName(QStringLiteral("datum"));
  mDatum->addItem(tr("None (WGS 84 / CGCS2000)"), static_cast<int>(WebMapDatum::None));
  mDatum->addItem(tr("GCJ-02 (AMap, Tencent)"), static_cast<int>(WebMapDatum::Gcj02));
  mDatum->addItem(tr("BD-09 (Baidu)"), static_cast<int>(WebMapDatum::Bd09));
  mDatum->setToolTip(tr("Removes the offsets of Chinese web maps from coordinates picked on "
                        "them"));
  mDatum->setCurrentIndex(qMax(0, mDatum->findData(settings.value(QStringLiteral("datum"), 0))));
  source->addWidget(new QLabel(tr("Coordinate correction"), this), 3, 0);
  source->addWidget(mDatum, 3, 1);

  mSourceCrs = new QgsProjectionSelectionWidget(this);
  mSourceCrs->setObjectName(QStringLiteral("sourceCrs"));
  mSourceCrs->setOptionVisible(QgsProjectionSelectionWidget::CrsNotSet, true);
  mSourceCrs->setNotSetText(tr("As the file states (CSV: WGS 84 longitude/latitude)"));
  mSourceCrs->setCrs(QgsCoordinateReferenceSystem());
  mSourceCrs->setToolTip(tr("The coordinate reference system of the positions, for files that "
                            "state none or state it wrongly"));
  source->addWidget(new QLabel(tr("Source CRS"), this), 3, 2);
  source->addWidget(mSourceCrs, 3, 3);
  source->setColumnStretch(1, 2);
  source->setColumnStretch(3, 3);
  layout->addLayout(source);

  auto *splitter = new QSplitter(Qt::Horizontal, this);
  auto *fieldsBox = new QGroupBox(tr("Fields"), splitter);
  auto *fieldsLayout = new QVBoxLayout(fieldsBox);
  mMapping = new QTableWidget(0, 3, fieldsBox);
  mMapping->setObjectName(QStringLiteral("mappingTable"));
  mMapping->setHorizontalHeaderLabels({tr("Field"), tr("Column"), tr("Chosen by")});
  mMapping->verticalHeader()->setVisible(false);
  mMapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mMapping->setSelectionMode(QAbstractItemView::NoSelection);
  mMapping->horizontalHeader()->setSectionResizeMode(FieldColumn, QHeaderView::ResizeToContents);
  mMapping->horizontalHeader()->setSectionResizeMode(ColumnColumn, QHeaderView::Stretch);
  mMapping->horizontalHeader()->setSectionResizeMode(HowColumn, QHeaderView::ResizeToContents);
  mMapping->horizontalHeader()->setMinimumSectionSize(fontMetrics().averageCharWidth() * 6);
  fieldsLayout->addWidget(mMapping);
  auto *legend = new QLabel(
      tr("* required. A unit needs a position: longitude and latitude, WKT, the layer's own "
         "geometry, or a region."),
      fieldsBox);
  legend->setWordWrap(true);
  fieldsLayout->addWidget(legend);

  auto *previewBox = new QGroupBox(tr("Preview: the first rows as they will be read"), splitter);
  auto *previewLayout = new QVBoxLayout(previewBox);
  mPreviewTable = new QTableWidget(previewBox);
  mPreviewTable->setObjectName(QStringLiteral("previewTable"));
  mPreviewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mPreviewTable->verticalHeader()->setVisible(false);
  mPreviewTable->setWordWrap(false);
  previewLayout->addWidget(mPreviewTable, 1);
  mStatus = new QLabel(previewBox);
  mStatus->setObjectName(QStringLiteral("status"));
  mStatus->setWordWrap(true);
  mStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
  previewLayout->addWidget(mStatus);
  splitter->setStretchFactor(0, 1);
  splitter->setStretchFactor(1, 2);
  splitter->setChildrenCollapsible(false);
  layout->addWidget(splitter, 1);

  mButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  mButtons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
  connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(mButtons);

  const QList<UnitTarget> targets = ImportPreview::unitTargets();
  mMapping->setRowCount(targets.size());
  for (int row = 0; row < targets.size(); ++row)
  {
    const UnitTarget &target = targets.at(row);
    auto *field = new QTableWidgetItem(targetLabel(target.key) +
                                       (target.required ? QStringLiteral(" *") : QString()));
    field->setData(Qt::UserRole, target.key);
    if (target.required)
    {
      QFont font = field->font();
      font.setBold(true);
      field->setFont(font);
    }
    mMapping->setItem(row, FieldColumn, field);
    mMapping->setItem(row, HowColumn, new QTableWidgetItem);
    auto *combo = new QComboBox(mMapping);
    combo->setObjectName(QStringLiteral("column_") + target.key);
    combo->setMinimumContentsLength(10);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            [this, key = target.key](int index) { columnChosen(key, index); });
    mMapping->setCellWidget(row, ColumnColumn, combo);
  }
  mMapping->resizeColumnsToContents();

  connect(mFile, &QgsFileWidget::fileChanged, this, &UnitImportDialog::fileChanged);
  connect(mLayer, qOverload<int>(&QComboBox::currentIndexChanged), this,
          &UnitImportDialog::readingChanged);
  connect(mEncoding, qOverload<int>(&QComboBox::currentIndexChanged), this,
          &UnitImportDialog::readingChanged);
  connect(mHeaderRow, qOverload<int>(&QSpinBox::valueChanged), this,
          &UnitImportDialog::readingChanged);
  connect(mDatum, qOverload<int>(&QComboBox::currentIndexChanged), this,
          &UnitImportDialog::refresh);
  connect(mSourceCrs, &QgsProjectionSelectionWidget::crsChanged, this, &UnitImportDialog::refresh);
  resize(1240, 680);
  splitter->setSizes({540, 700});
  mLayer->hide();
  mLayerLabel->hide();
  refresh();
}

QString UnitImportDialog::file() const
{
  return mFile->filePath();
}

void UnitImportDialog::setFile(const QString &path)
{
  mFile->setFilePath(path);
}

UnitImportOptions UnitImportDialog::options() const
{
  UnitImportOptions options;
  if (mLayer->isEnabled())
    options.layerName = mLayer->currentText();
  options.encoding = mEncoding->encoding();
  options.headerRow = mHeaderRow->value();
  options.datum = static_cast<WebMapDatum>(mDatum->currentData().toInt());
  const QgsCoordinateReferenceSystem crs = mSourceCrs->crs();
  options.sourceCrs = crs.isValid() ? crs.authid() : QString();
  // Every field as shown: a field left without a column stays without one.
  for (const UnitTarget &target : mPreview.targets)
    options.fieldMap.insert(target.key, target.column);
  return options;
}

void UnitImportDialog::accept()
{
  QSettings settings;
  settings.beginGroup(settingsGroup);
  settings.setValue(QStringLiteral("folder"), QFileInfo(file()).absolutePath());
  settings.setValue(QStringLiteral("encoding"), mEncoding->encoding());
  settings.setValue(QStringLiteral("datum"), mDatum->currentData());
  QDialog::accept();
}

void UnitImportDialog::fileChanged()
{
  mUpdating = true;
  showLayerChoice(file(), mLayer, mLayerLabel);
  mUpdating = false;
  readingChanged();
}

void UnitImportDialog::readingChanged()
{
  if (mUpdating)
    return;
  mChosen.clear(); // other columns: the recognition starts again
  refresh();
}

void UnitImportDialog::columnChosen(const QString &target, int index)
{
  if (mUpdating)
    return;
  auto *combo = findChild<QComboBox *>(QStringLiteral("column_") + target);
  mChosen.insert(target, index <= 0 ? QString() : combo->itemText(index));
  refresh();
}

void UnitImportDialog::refresh()
{
  if (mUpdating)
    return;
  const bool chosen = !file().isEmpty();
  mButtons->button(QDialogButtonBox::Ok)->setEnabled(chosen);
  UnitImportOptions reading = options();
  reading.fieldMap = mChosen;
  mPreview = chosen ? mReader.units(file(), reading, mTaxonomy) : UnitPreview();
  if (!chosen)
    mPreview.targets = ImportPreview::unitTargets();
  fillMapping();
  fillPreview();
  fillStatus();
}

void UnitImportDialog::fillMapping()
{
  mUpdating = true;
  for (int row = 0; row < mPreview.targets.size() && row < mMapping->rowCount(); ++row)
  {
    const UnitTarget &target = mPreview.targets.at(row);
    auto *combo = qobject_cast<QComboBox *>(mMapping->cellWidget(row, ColumnColumn));
    combo->clear();
    combo->addItem(tr("(none)"));
    combo->addItems(mPreview.columns);
    combo->setCurrentIndex(qMax(0, mPreview.columns.indexOf(target.column) + 1));
    combo->setEnabled(!mPreview.columns.isEmpty());
    QString how;
    QString tip;
    if (mChosen.contains(target.key))
      how = tr("you");
    else if (target.candidates.size() > 1)
    {
      how = tr("choose one");
      tip = tr("Several columns look like this field: %1")
                .arg(target.candidates.join(QStringLiteral(", ")));
    }
    else if (!target.column.isEmpty())
      how = tr("recognised");
    QTableWidgetItem *item = mMapping->item(row, HowColumn);
    item->setText(how);
    item->setToolTip(tip);
    const bool missing = target.required && target.column.isEmpty() && !mPreview.columns.isEmpty();
    item->setBackground(missing || target.candidates.size() > 1 ? problemColour() : QBrush());
    mMapping->item(row, FieldColumn)->setBackground(missing ? problemColour() : QBrush());
  }
  mUpdating = false;
}

int UnitImportDialog::previewColumnOfField(const QString &field) const
{
  QString key;
  for (auto it = mPreview.mapping.cbegin(); it != mPreview.mapping.cend(); ++it)
  {
    if (it.value() == field)
      key = it.key();
  }
  if (key.isEmpty())
    key = field;
  if (key == QLatin1String("longitude") || key == QLatin1String("latitude") ||
      key == QLatin1String("wkt") || key == QLatin1String("geometry"))
    key = positionKey;
  const int column = mPreviewKeys.indexOf(key);
  return column >= 0 ? column : mPreviewKeys.indexOf(problemsKey);
}

void UnitImportDialog::fillPreview()
{
  mPreviewKeys = QStringList{
      locationKey, QStringLiteral("id"),    QStringLiteral("name"), QStringLiteral("sector"),
      positionKey, QStringLiteral("region")};
  QStringList headers{tr("Row"),
                      targetLabel(QStringLiteral("id")),
                      targetLabel(QStringLiteral("name")),
                      targetLabel(QStringLiteral("sector")),
                      mPreview.lonLat ? tr("Longitude, latitude") : tr("X, Y"),
                      targetLabel(QStringLiteral("region"))};
  for (const UnitTarget &target : mPreview.targets)
  {
    if (!target.column.isEmpty() && !target.required && !target.position &&
        target.key != QLatin1String("name"))
    {
      mPreviewKeys << target.key;
      headers << targetLabel(target.key);
    }
  }
  mPreviewKeys << problemsKey;
  headers << tr("Problems");
  mPreviewTable->clear();
  mPreviewTable->setColumnCount(mPreviewKeys.size());
  mPreviewTable->setHorizontalHeaderLabels(headers);
  mPreviewTable->setRowCount(mPreview.rows.size());
  // Sector names in the language of the workbench.
  const QString language = tr("en", "language of the sector names: en or zh");
  const int decimals = mPreview.lonLat ? 6 : 2;
  for (int row = 0; row < mPreview.rows.size(); ++row)
  {
    const UnitPreviewRow &unit = mPreview.rows.at(row);
    QString position;
    if (!unit.geometry.isNull())
    {
      const QgsGeometry point =
          QgsWkbTypes::geometryType(unit.geometry.wkbType()) == QgsWkbTypes::PointGeometry &&
                  !unit.geometry.isMultipart()
              ? unit.geometry
              : unit.geometry.pointOnSurface();
      const QgsPointXY xy = point.asPoint();
      position =
          QStringLiteral("%1, %2").arg(coordinate(xy.x(), decimals), coordinate(xy.y(), decimals));
    }
    else if (unit.text.contains(QStringLiteral("longitude")) ||
             unit.text.contains(QStringLiteral("latitude")))
      position = QStringLiteral("%1, %2").arg(unit.text.value(QStringLiteral("longitude")),
                                              unit.text.value(QStringLiteral("latitude")));
    else
      position = unit.text.value(QStringLiteral("wkt"));
    QStringList cells{
        unit.location,
        unit.id,
        unit.name,
        unit.sector.code.isEmpty()
            ? unit.sectorText
            : QStringLiteral("%1 %2").arg(unit.sector.code, unit.sector.name(language)),
        position,
        unit.regionHint};
    for (int column = cells.size(); column < mPreviewKeys.size() - 1; ++column)
      cells << unit.inputs.value(mPreviewKeys.at(column));
    QStringList reasons;
    for (const Problem &problem : unit.problems)
      reasons << ProblemHint::reason(problem);
    cells << reasons.join(QStringLiteral("; "));
    for (int column = 0; column < cells.size(); ++column)
      mPreviewTable->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    for (const Problem &problem : unit.problems)
    {
      for (int column : {previewColumnOfField(problem.field), 0})
      {
        QTableWidgetItem *item = mPreviewTable->item(row, column);
        item->setBackground(problemColour());
        const QString tip = tr("%1: %2").arg(problem.field, ProblemHint::reason(problem));
        item->setToolTip(item->toolTip().isEmpty() ? tip
                                                   : item->toolTip() + QLatin1Char('\n') + tip);
      }
    }
  }
  mPreviewTable->resizeColumnsToContents();
}

void UnitImportDialog::fillStatus()
{
  if (file().isEmpty())
  {
    mStatus->setText(tr("Choose a file of risk units."));
    return;
  }
  QStringList lines;
  for (const Problem &problem : mPreview.problems)
    lines << QStringLiteral("<span style=\"color:#b00000\">%1</span>")
                 .arg(ProblemHint::message(problem).toHtmlEscaped());
  if (!mPreview.rows.isEmpty())
  {
    const int problems = mPreview.rowProblemCount();
    QString line =
        tr("The first %n row(s) of %1:", nullptr, mPreview.rows.size()).arg(mPreview.featureCount) +
        QLatin1Char(' ');
    line += problems == 0
                ? tr("no problems.")
                : tr("%n problem(s), marked in red (hover for the reason).", nullptr, problems);
    lines << (problems == 0 ? line.toHtmlEscaped()
                            : QStringLiteral("<span style=\"color:#b00000\">%1</span>")
                                  .arg(line.toHtmlEscaped()));
    QStringList reading;
    if (!mPreview.sourceCrs.isEmpty())
      reading << tr("Positions are read in %1.").arg(mPreview.sourceCrs);
    if (!mPreview.encoding.isEmpty())
      reading << tr("Text encoding: %1.").arg(QString::fromLatin1(mPreview.encoding));
    if (!reading.isEmpty())
      lines << reading.join(QLatin1Char(' ')).toHtmlEscaped();
  }
  mStatus->setText(lines.join(QStringLiteral("<br>")));
}

} // namespace riskatlas
