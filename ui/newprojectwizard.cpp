#include "newprojectwizard.h"

#include "workflow/crssuggestion.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <qgscoordinatereferencesystem.h>
#include <qgsfilewidget.h>
#include <qgsprojectionselectionwidget.h>

namespace riskatlas
{

namespace
{
const QString settingsGroup = QStringLiteral("NewProjectWizard");
}

NewProjectWizard::NewProjectWizard(QWidget *parent) : QDialog(parent)
{
  setWindowTitle(tr("New Project"));
  QSettings settings;
  settings.beginGroup(settingsGroup);

  mName = new QLineEdit(this);
  mName->setObjectName(QStringLiteral("name"));
  mName->setPlaceholderText(tr("City or county, e.g. 示例市"));

  mFile = new QgsFileWidget(this);
  mFile->setObjectName(QStringLiteral("file"));
  mFile->setStorageMode(QgsFileWidget::SaveFile);
  mFile->setFilter(tr("RiskAtlas project (*.gpkg)"));
  mFile->setDialogTitle(tr("Project File"));
  // The dialog's own question is the "Replace" tick below, asked once.
  mFile->setConfirmOverwrite(false);
  mFile->setDefaultRoot(settings.value(QStringLiteral("folder"), QDir::homePath()).toString());
  mFile->lineEdit()->setPlaceholderText(tr("Where to save the project (.gpkg)"));

  mExists = new QLabel(this);
  mExists->setObjectName(QStringLiteral("fileExists"));
  mExists->setWordWrap(true);
  mExists->setStyleSheet(QStringLiteral("color: #b35c00;"));
  mReplace = new QCheckBox(tr("Replace the existing file"), this);
  mReplace->setObjectName(QStringLiteral("replace"));

  mDataFile = new QgsFileWidget(this);
  mDataFile->setObjectName(QStringLiteral("dataFile"));
  mDataFile->setStorageMode(QgsFileWidget::GetFile);
  mDataFile->setFilter(tr("Boundaries or units (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx "
                          "*.ods);;All files (*)"));
  mDataFile->setDefaultRoot(
      settings.value(QStringLiteral("dataFolder"), QDir::homePath()).toString());
  mDataFile->lineEdit()->setPlaceholderText(tr("Optional: a boundary or units file"));
  mSuggestion = new QLabel(this);
  mSuggestion->setObjectName(QStringLiteral("suggestion"));
  mSuggestion->setWordWrap(true);
  mSuggestion->hide();

  mCrs = new QgsProjectionSelectionWidget(this);
  mCrs->setObjectName(QStringLiteral("crs"));
  mCrs->setOptionVisible(QgsProjectionSelectionWidget::CrsNotSet, true);
  mCrs->setNotSetText(tr("Decided by the first import"));
  mCrs->setOptionVisible(QgsProjectionSelectionWidget::ProjectCrs, false);
  mCrs->setCrs(QgsCoordinateReferenceSystem());

  // A field with its notes in one cell: hidden notes then take no room (a hidden row of
  // QFormLayout keeps its spacing in Qt 5).
  auto cell = [this](const QList<QWidget *> &widgets)
  {
    auto *widget = new QWidget(this);
    auto *layout = new QVBoxLayout(widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (QWidget *part : widgets)
      layout->addWidget(part);
    return widget;
  };
  auto *form = new QFormLayout;
  form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
  form->addRow(tr("Project name"), mName);
  form->addRow(tr("Project file"), cell({mFile, mExists, mReplace}));
  form->addRow(tr("CRS from data file"), cell({mDataFile, mSuggestion}));
  auto *note = new QLabel(tr("Maps and areas are measured in it; a CGCS2000 3-degree "
                             "Gauss-Kruger zone suits a city in China."),
                          this);
  note->setWordWrap(true);
  form->addRow(tr("Project CRS"), cell({mCrs, note}));

  mButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  mButtons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
  connect(mButtons, &QDialogButtonBox::accepted, this, &NewProjectWizard::accept);
  connect(mButtons, &QDialogButtonBox::rejected, this, &NewProjectWizard::reject);

  auto *layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addStretch();
  layout->addWidget(mButtons);

  connect(mFile, &QgsFileWidget::fileChanged, this, [this] { updateState(); });
  connect(mName, &QLineEdit::textChanged, this, [this] { updateState(); });
  connect(mReplace, &QCheckBox::toggled, this, [this] { updateState(); });
  connect(mDataFile, &QgsFileWidget::fileChanged, this, &NewProjectWizard::suggestCrs);
  setMinimumWidth(fontMetrics().averageCharWidth() * 100);
  updateState();
}

QString NewProjectWizard::path() const
{
  QString file = mFile->filePath().trimmed();
  if (!file.isEmpty() &&
      QFileInfo(file).suffix().compare(QLatin1String("gpkg"), Qt::CaseInsensitive) != 0)
    file += QStringLiteral(".gpkg");
  return file;
}

QString NewProjectWizard::projectName() const
{
  const QString name = mName->text().trimmed();
  return name.isEmpty() ? QFileInfo(path()).completeBaseName() : name;
}

QString NewProjectWizard::crsAuthId() const
{
  const QgsCoordinateReferenceSystem crs = mCrs->crs();
  return crs.isValid() ? crs.authid() : QString();
}

bool NewProjectWizard::overwrite() const
{
  return QFileInfo::exists(path()) && mReplace->isChecked();
}

void NewProjectWizard::accept()
{
  updateState();
  if (!mButtons->button(QDialogButtonBox::Ok)->isEnabled())
    return;
  QSettings settings;
  settings.beginGroup(settingsGroup);
  settings.setValue(QStringLiteral("folder"), QFileInfo(path()).absolutePath());
  if (!mDataFile->filePath().isEmpty())
    settings.setValue(QStringLiteral("dataFolder"),
                      QFileInfo(mDataFile->filePath()).absolutePath());
  QDialog::accept();
}

void NewProjectWizard::suggestCrs(const QString &dataFile)
{
  if (dataFile.trimmed().isEmpty())
  {
    mSuggestion->clear();
    mSuggestion->hide();
    return;
  }
  mSuggestion->show();
  // Reading a file's positions takes a moment for large files; the dialog waits for it.
  QApplication::setOverrideCursor(Qt::WaitCursor);
  Problem problem;
  const QString authId = suggestedProjectCrs(dataFile.trimmed(), &problem);
  QApplication::restoreOverrideCursor();
  if (authId.isEmpty())
  {
    mSuggestion->setStyleSheet(QStringLiteral("color: #b00020;"));
    mSuggestion->setText(tr("No CRS could be suggested: %1").arg(problem.message()));
    growToFit();
    return;
  }
  const QgsCoordinateReferenceSystem crs(authId);
  mCrs->setCrs(crs);
  mSuggestion->setStyleSheet(QString());
  mSuggestion->setText(tr("Suggested from %1: %2 – %3")
                           .arg(QFileInfo(dataFile).fileName(), authId, crs.description()));
  growToFit();
}

void NewProjectWizard::growToFit()
{
  // Notes appear and wrap as the analyst types; a window does not grow for wrapped text by
  // itself.
  layout()->activate();
  const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                   : layout()->totalMinimumSize().height();
  if (height() < needed)
    resize(width(), needed);
}

void NewProjectWizard::updateState()
{
  const QString file = path();
  const bool exists = !file.isEmpty() && QFileInfo::exists(file);
  mExists->setVisible(exists);
  mReplace->setVisible(exists);
  if (exists)
    mExists->setText(tr("%1 exists; creating the project replaces it and everything in it.")
                         .arg(QFileInfo(file).fileName()));
  const bool isDirectory = exists && QFileInfo(file).isDir();
  mButtons->button(QDialogButtonBox::Ok)
      ->setEnabled(!file.isEmpty() && !isDirectory && (!exists || mReplace->isChecked()));
  growToFit();
}

} // namespace riskatlas
