#include "mapexportdialog.h"

#include "regionkind.h"
#include "sessiontask.h"
#include "workflow/projectregionkinds.h"
#include "workflow/projectsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>
#include <qgsapplication.h>
#include <qgsfilewidget.h>

namespace riskatlas
{

namespace
{
const QString settingsGroup = QStringLiteral("MapExportDialog");
//! Low enough to render in a second or two, high enough to read the legend.
constexpr int previewDpi = 50;
constexpr int debounceMs = 400;
const QString errorStyle = QStringLiteral("color: #b00020;");
const QString noteStyle = QStringLiteral("color: #b35c00;");

void selectData(QComboBox *combo, const QVariant &data)
{
  const int index = combo->findData(data);
  if (index >= 0)
    combo->setCurrentIndex(index);
}

//! The region kinds the project has, coarsest first; every kind when it has none or cannot tell.
QStringList regionKindsToOffer(const QString &projectPath)
{
  const QStringList kinds = projectRegionKinds(projectPath);
  return kinds.isEmpty() ? regionKindKeys() : kinds;
}
} // namespace

MapExportDialog::MapExportDialog(const QString &projectPath,
                                 const QList<QPair<QString, QString>> &categories, QWidget *parent)
    : QDialog(parent), mProjectPath(projectPath)
{
  setWindowTitle(tr("Export Risk Map"));

  mOutput = new QgsFileWidget(this);
  mOutput->setObjectName(QStringLiteral("output"));
  mOutput->setStorageMode(QgsFileWidget::SaveFile);
  mOutput->setFilter(tr("PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)"));
  mOutput->setDialogTitle(tr("Export Map To"));
  mOutput->lineEdit()->setPlaceholderText(tr("map.pdf, map.png or map.svg"));

  mTemplate = new QgsFileWidget(this);
  mTemplate->setObjectName(QStringLiteral("template"));
  mTemplate->setStorageMode(QgsFileWidget::GetFile);
  mTemplate->setFilter(tr("QGIS layout template (*.qpt)"));
  mTemplate->setDialogTitle(tr("Layout Template"));
  mTemplate->lineEdit()->setPlaceholderText(tr("Built-in (or your templates folder's)"));

  mPaper = new QComboBox(this);
  mPaper->setObjectName(QStringLiteral("paper"));
  for (const char *paper : {"A4", "A3", "A2", "A1", "A0"})
    mPaper->addItem(QLatin1String(paper), QLatin1String(paper));

  mOrientation = new QComboBox(this);
  mOrientation->setObjectName(QStringLiteral("orientation"));
  mOrientation->addItem(tr("Landscape"), true);
  mOrientation->addItem(tr("Portrait"), false);

  mKind = new QComboBox(this);
  mKind->setObjectName(QStringLiteral("kind"));
  const QStringList kinds = regionKindsToOffer(projectPath);
  for (const QString &kind : kinds)
  {
    if (kind == QLatin1String("district"))
      mKind->addItem(tr("Districts (区县)"), kind);
    else if (kind == QLatin1String("street"))
      mKind->addItem(tr("Streets and towns (街道/乡镇)"), kind);
    else
      mKind->addItem(tr("Grid cells (网格)"), kind);
  }

  mCategory = new QComboBox(this);
  mCategory->setObjectName(QStringLiteral("category"));
  mCategory->addItem(tr("All categories"), QString());
  for (const auto &category : categories)
    mCategory->addItem(category.second, category.first);

  mAtlas = new QCheckBox(tr("One page per district (atlas)"), this);
  mAtlas->setObjectName(QStringLiteral("atlas"));
  mAtlas->setToolTip(tr("PDF: one page per district in one file. PNG and SVG: one file per "
                        "district, named after the output with the district's code."));

  mBasemap = new QLineEdit(this);
  mBasemap->setObjectName(QStringLiteral("basemap"));
  mBasemap->setPlaceholderText(tr("Optional: XYZ tile URL, WMTS capabilities or WMS source"));
  mBasemap->setClearButtonEnabled(true);

  mDpi = new QSpinBox(this);
  mDpi->setObjectName(QStringLiteral("dpi"));
  mDpi->setRange(30, 1200);
  mDpi->setSingleStep(50);
  mDpi->setValue(300);
  mDpi->setSuffix(tr(" dpi"));
  mDpi->setToolTip(tr("Resolution of PNG images; PDF and SVG stay vector."));

  mLanguage = new QComboBox(this);
  mLanguage->setObjectName(QStringLiteral("language"));
  mLanguage->addItem(QStringLiteral("中文"), QStringLiteral("zh"));
  mLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));

  auto *form = new QFormLayout;
  form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
  // A field and its problem in one cell: a hidden problem then takes no room (a hidden row of
  // QFormLayout keeps its spacing in Qt 5).
  auto addRow = [&](const QString &label, QWidget *field, const QString &setting)
  {
    if (setting.isEmpty())
    {
      form->addRow(label, field);
      return;
    }
    auto *cell = new QWidget(this);
    auto *cellLayout = new QVBoxLayout(cell);
    cellLayout->setContentsMargins(0, 0, 0, 0);
    cellLayout->setSpacing(2);
    cellLayout->addWidget(field);
    cellLayout->addWidget(addProblemLabel(setting));
    form->addRow(label, cell);
  };
  addRow(tr("Output file"), mOutput, QStringLiteral("output"));
  addRow(tr("Template"), mTemplate, QStringLiteral("template"));
  addRow(tr("Paper"), mPaper, QStringLiteral("paper"));
  addRow(tr("Orientation"), mOrientation, QString());
  addRow(tr("Regions"), mKind, QStringLiteral("kind"));
  addRow(tr("Category"), mCategory, QStringLiteral("category"));
  addRow(QString(), mAtlas, QString());
  addRow(tr("Basemap"), mBasemap, QStringLiteral("basemap"));
  addRow(tr("Resolution"), mDpi, QStringLiteral("dpi"));
  addRow(tr("Language"), mLanguage, QStringLiteral("language"));

  mPreview = new QLabel(this);
  mPreview->setObjectName(QStringLiteral("preview"));
  mPreview->setAlignment(Qt::AlignCenter);
  mPreview->setMinimumSize(fontMetrics().averageCharWidth() * 50, fontMetrics().height() * 18);
  mPreview->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
  mPreview->setStyleSheet(QStringLiteral("QLabel#preview { background: #e8e8e8; }"));
  mPreviewStatus = new QLabel(this);
  mPreviewStatus->setObjectName(QStringLiteral("previewStatus"));
  mPreviewStatus->setWordWrap(true);
  auto *previewBox = new QGroupBox(tr("Preview of the first page"), this);
  auto *previewLayout = new QVBoxLayout(previewBox);
  previewLayout->addWidget(mPreview, 1);
  previewLayout->addWidget(mPreviewStatus);

  auto *columns = new QHBoxLayout;
  auto *formColumn = new QVBoxLayout;
  formColumn->addLayout(form);
  formColumn->addStretch();
  columns->addLayout(formColumn, 4);
  columns->addWidget(previewBox, 5);

  mButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  mButtons->button(QDialogButtonBox::Ok)->setText(tr("Export"));
  connect(mButtons, &QDialogButtonBox::accepted, this, &MapExportDialog::accept);
  connect(mButtons, &QDialogButtonBox::rejected, this, &MapExportDialog::reject);
  auto *layout = new QVBoxLayout(this);
  layout->addLayout(columns, 1);
  layout->addWidget(mButtons);

  restoreChoices();
  if (mOutput->filePath().isEmpty())
  {
    const QFileInfo project(projectPath);
    mOutput->setFilePath(
        project.dir().filePath(project.completeBaseName() + tr("-map") + QStringLiteral(".pdf")));
  }

  mDebounce = new QTimer(this);
  mDebounce->setSingleShot(true);
  mDebounce->setInterval(debounceMs);
  connect(mDebounce, &QTimer::timeout, this, &MapExportDialog::startPreview);
  auto changed = [this] { choicesChanged(); };
  connect(mOutput, &QgsFileWidget::fileChanged, this, changed);
  connect(mTemplate, &QgsFileWidget::fileChanged, this, changed);
  for (QComboBox *combo : {mPaper, mOrientation, mKind, mCategory, mLanguage})
    connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, changed);
  connect(mAtlas, &QCheckBox::toggled, this, changed);
  connect(mBasemap, &QLineEdit::textChanged, this, changed);
  connect(mDpi, qOverload<int>(&QSpinBox::valueChanged), this, changed);
  choicesChanged();
}

MapExportDialog::~MapExportDialog()
{
  // The task finishes on its own (a map export does not stop midway); its result is dropped.
  if (mPreviewTask)
    mPreviewTask->cancel();
}

QLabel *MapExportDialog::addProblemLabel(const QString &setting)
{
  auto *label = new QLabel(this);
  label->setObjectName(setting + QStringLiteral("Problem"));
  label->setWordWrap(true);
  label->setStyleSheet(errorStyle);
  label->hide();
  mProblemLabels.insert(setting, label);
  return label;
}

MapRequest MapExportDialog::request() const
{
  MapRequest request;
  request.paper = mPaper->currentData().toString();
  request.landscape = mOrientation->currentData().toBool();
  request.kind = mKind->currentData().toString();
  request.category = mCategory->currentData().toString();
  request.language = mLanguage->currentData().toString();
  request.dpi = mDpi->value();
  request.atlas = mAtlas->isChecked();
  request.templatePath = mTemplate->filePath().trimmed();
  request.basemapUrl = mBasemap->text().trimmed();
  return request;
}

QString MapExportDialog::outputFile() const
{
  return mOutput->filePath().trimmed();
}

void MapExportDialog::accept()
{
  if (!validate())
    return;
  saveChoices();
  QDialog::accept();
}

void MapExportDialog::restoreChoices()
{
  QSettings settings;
  settings.beginGroup(settingsGroup);
  mOutput->setFilePath(settings.value(QStringLiteral("output")).toString());
  mTemplate->setFilePath(settings.value(QStringLiteral("template")).toString());
  selectData(mPaper, settings.value(QStringLiteral("paper"), QStringLiteral("A3")));
  selectData(mOrientation, settings.value(QStringLiteral("landscape"), true));
  selectData(mKind, settings.value(QStringLiteral("kind"), QStringLiteral("district")));
  selectData(mCategory, settings.value(QStringLiteral("category"), QString()));
  mAtlas->setChecked(settings.value(QStringLiteral("atlas"), false).toBool());
  mBasemap->setText(
      settings.value(QStringLiteral("basemap"), qEnvironmentVariable("RISKATLAS_BASEMAP"))
          .toString());
  mDpi->setValue(settings.value(QStringLiteral("dpi"), 300).toInt());
  // A Chinese map by default, as the command line makes it.
  selectData(mLanguage, settings.value(QStringLiteral("language"), QStringLiteral("zh")));
}

void MapExportDialog::saveChoices() const
{
  const MapRequest chosen = request();
  QSettings settings;
  settings.beginGroup(settingsGroup);
  settings.setValue(QStringLiteral("output"), outputFile());
  settings.setValue(QStringLiteral("template"), chosen.templatePath);
  settings.setValue(QStringLiteral("paper"), chosen.paper);
  settings.setValue(QStringLiteral("landscape"), chosen.landscape);
  settings.setValue(QStringLiteral("kind"), chosen.kind);
  settings.setValue(QStringLiteral("category"), chosen.category);
  settings.setValue(QStringLiteral("atlas"), chosen.atlas);
  settings.setValue(QStringLiteral("basemap"), chosen.basemapUrl);
  settings.setValue(QStringLiteral("dpi"), chosen.dpi);
  settings.setValue(QStringLiteral("language"), chosen.language);
}

void MapExportDialog::choicesChanged()
{
  ++mGeneration;
  mTemplateProblem = Problem();
  mDpi->setEnabled(
      QFileInfo(outputFile()).suffix().compare(QLatin1String("png"), Qt::CaseInsensitive) == 0);
  validate();
  mDebounce->start();
}

bool MapExportDialog::validate()
{
  for (QLabel *label : qAsConst(mProblemLabels))
  {
    label->clear();
    label->hide();
  }
  Problems problems = ProjectSession::checkMapRequest(request(), outputFile());
  // A template QGIS could not use, found by the preview of these very choices.
  if (!mTemplateProblem.reason.isEmpty())
    problems << mTemplateProblem;
  for (Problem &problem : problems)
    if (outputFile().isEmpty() && problem.setting == QLatin1String("output"))
      problem.reason = tr("Choose where to save the map.");
  QLabel *outputLabel = mProblemLabels.value(QStringLiteral("output"));
  outputLabel->setStyleSheet(errorStyle);
  for (const Problem &problem : problems)
  {
    QLabel *label = mProblemLabels.value(problem.setting, outputLabel);
    if (!label->text().isEmpty())
      continue;
    label->setText(problem.reason);
    label->show();
  }
  // Not a problem, but the analyst should know before the old map is gone.
  const QFileInfo output(outputFile());
  if (outputLabel->isHidden() && output.isFile() && !mAtlas->isChecked())
  {
    outputLabel->setStyleSheet(noteStyle);
    outputLabel->setText(tr("%1 exists and will be replaced.").arg(output.fileName()));
    outputLabel->show();
  }
  mButtons->button(QDialogButtonBox::Ok)->setEnabled(problems.isEmpty());
  return problems.isEmpty();
}

void MapExportDialog::startPreview()
{
  if (mPreviewTask)
  {
    mPreviewPending = true; // renders again once the running preview is done
    return;
  }
  MapRequest preview = request();
  preview.dpi = previewDpi;
  const QString image =
      QDir(mPreviewDir.path()).filePath(QStringLiteral("preview-%1.png").arg(mGeneration));
  if (!ProjectSession::checkMapRequest(preview, image).isEmpty())
  {
    mPreviewStatus->setText(tr("No preview: correct the choices marked in red."));
    return;
  }
  mPreviewPending = false;
  const int generation = mGeneration;
  mPreviewStatus->setText(tr("Rendering the preview…"));
  auto *task = new SessionTask(tr("Map preview"), mProjectPath, false,
                               [preview, image](ProjectSession &session, QgsFeedback *)
                               {
                                 const MapExport result = session.exportMap(preview, image);
                                 TaskResult outcome;
                                 outcome.ok = result.ok;
                                 outcome.written = result.written;
                                 outcome.warnings = result.warnings;
                                 if (!result.ok)
                                   outcome.problems << result.problem;
                                 return outcome;
                               });
  connect(task, &SessionTask::completed, this,
          [this, generation, image](const TaskResult &result)
          { previewDone(generation, image, result); });
  mPreviewTask = task;
  QgsApplication::taskManager()->addTask(task);
}

void MapExportDialog::previewDone(int generation, const QString &image, const TaskResult &result)
{
  mPreviewTask.clear();
  if (result.ok && !result.written.isEmpty())
  {
    // An atlas writes one image per district: the first is the first page.
    mPreviewImage = QImage(result.written.first());
    for (const QString &file : result.written)
      QFile::remove(file);
    QFile::remove(image);
    mPreviewStatus->setText(
        result.warnings.isEmpty()
            ? tr("The first page at %1 dpi; the export is drawn the same way.").arg(previewDpi)
            : result.warnings.join(QLatin1Char('\n')));
    showPreview();
  }
  else if (!result.cancelled && generation == mGeneration && !result.problems.isEmpty() &&
           result.problems.first().kind == ProblemKind::TemplateInvalid)
  {
    mTemplateProblem = result.problems.first();
    mTemplateProblem.setting = QStringLiteral("template");
    mPreviewStatus->setText(tr("No preview: the template cannot be used."));
    validate();
  }
  else if (!result.cancelled)
    mPreviewStatus->setText(tr("No preview: %1")
                                .arg(result.problems.isEmpty()
                                         ? tr("the map could not be drawn")
                                         : result.problems.first().message()));
  if (mPreviewPending || generation != mGeneration)
    mDebounce->start();
  emit previewUpdated();
}

void MapExportDialog::showPreview()
{
  if (mPreviewImage.isNull())
    return;
  const QSize room = mPreview->contentsRect().size();
  mPreview->setPixmap(QPixmap::fromImage(
      mPreviewImage.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

void MapExportDialog::resizeEvent(QResizeEvent *event)
{
  QDialog::resizeEvent(event);
  showPreview();
}

} // namespace riskatlas
