#include "reportexportdialog.h"

#include "api/outputformat.h"

#include "workflow/projectsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <qgsfilewidget.h>

namespace riskatlas
{

namespace
{
const QString settingsGroup = QStringLiteral("ReportExportDialog");
}

ReportExportDialog::ReportExportDialog(const QString &projectPath, QWidget *parent)
    : QDialog(parent)
{
  setWindowTitle(tr("Write Assessment Report"));
  QSettings settings;
  settings.beginGroup(settingsGroup);

  mOutput = new QgsFileWidget(this);
  mOutput->setObjectName(QStringLiteral("output"));
  mOutput->setStorageMode(QgsFileWidget::SaveFile);
  mOutput->setFilter(tr("PDF (*.pdf);;Word document (*.docx);;OpenDocument text (*.odt);;"
                        "Web page (*.html)"));
  mOutput->setDialogTitle(tr("Write Report To"));
  mOutput->lineEdit()->setPlaceholderText(tr("report.pdf"));
  const QFileInfo project(projectPath);
  mOutput->setFilePath(settings
                           .value(QStringLiteral("output"),
                                  project.dir().filePath(project.completeBaseName() +
                                                         tr("-report") + QStringLiteral(".pdf")))
                           .toString());

  mOutputProblem = new QLabel(this);
  mOutputProblem->setObjectName(QStringLiteral("outputProblem"));
  mOutputProblem->setWordWrap(true);
  mOutputProblem->setStyleSheet(QStringLiteral("color: #b00020;"));
  mOutputProblem->hide();

  mFormat = new QComboBox(this);
  mFormat->setObjectName(QStringLiteral("format"));
  mFormat->addItem(tr("PDF, A4, ready to send"), QStringLiteral("pdf"));
  mFormat->addItem(tr("Word document (DOCX), to edit"), QStringLiteral("docx"));
  mFormat->addItem(tr("OpenDocument text (ODT), to edit"), QStringLiteral("odt"));
  mFormat->addItem(tr("Web page (HTML), one file"), QStringLiteral("html"));
  mFormat->addItem(tr("Spreadsheet (XLSX): risk list, regions, sectors"), QStringLiteral("xlsx"));
  fileChanged();

  mTemplate = new QgsFileWidget(this);
  mTemplate->setObjectName(QStringLiteral("template"));
  mTemplate->setStorageMode(QgsFileWidget::GetDirectory);
  mTemplate->setDialogTitle(tr("Report Template Folder"));
  mTemplate->lineEdit()->setPlaceholderText(tr("built-in wording"));
  mTemplate->setToolTip(
      tr("A folder with your own wording (zh/purpose.md, en/conclusion.md …), logo.png and "
         "report.json; what it lacks comes from your user folder and the built-in set."));
  mTemplate->setFilePath(settings.value(QStringLiteral("template")).toString());

  // Not remembered: a comparison belongs to one report, not to the next.
  mCompare = new QgsFileWidget(this);
  mCompare->setObjectName(QStringLiteral("compare"));
  mCompare->setStorageMode(QgsFileWidget::GetFile);
  mCompare->setFilter(tr("RiskAtlas project (*.gpkg)"));
  mCompare->setDialogTitle(tr("Compare with an Earlier Assessment"));
  mCompare->lineEdit()->setPlaceholderText(tr("no comparison"));
  mCompare->setToolTip(tr("An earlier project (last year's, or a copy from before a review): "
                          "the report gains the section \"Comparison with the previous "
                          "assessment\" with the change map."));

  mLanguage = new QComboBox(this);
  mLanguage->setObjectName(QStringLiteral("language"));
  mLanguage->addItem(QStringLiteral("中文"), QStringLiteral("zh"));
  mLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
  const int language =
      mLanguage->findData(settings.value(QStringLiteral("language"), QStringLiteral("zh")));
  mLanguage->setCurrentIndex(qMax(0, language));

  auto *form = new QFormLayout;
  form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
  // The file and its note in one cell, so that the note wraps at the cell's width.
  auto *outputCell = new QWidget(this);
  auto *outputLayout = new QVBoxLayout(outputCell);
  outputLayout->setContentsMargins(0, 0, 0, 0);
  outputLayout->setSpacing(2);
  outputLayout->addWidget(mOutput);
  outputLayout->addWidget(mOutputProblem);
  form->addRow(tr("Output file"), outputCell);
  form->addRow(tr("Format"), mFormat);
  form->addRow(tr("Language"), mLanguage);
  form->addRow(tr("Template folder"), mTemplate);
  form->addRow(tr("Compare with"), mCompare);

  mButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  mButtons->button(QDialogButtonBox::Ok)->setText(tr("Write Report"));
  connect(mButtons, &QDialogButtonBox::accepted, this, &ReportExportDialog::accept);
  connect(mButtons, &QDialogButtonBox::rejected, this, &ReportExportDialog::reject);
  auto *layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addStretch();
  layout->addWidget(mButtons);
  setMinimumWidth(fontMetrics().averageCharWidth() * 70);

  connect(mOutput, &QgsFileWidget::fileChanged, this,
          [this]
          {
            fileChanged();
            validate();
          });
  connect(mFormat, qOverload<int>(&QComboBox::currentIndexChanged), this,
          &ReportExportDialog::formatChosen);
  connect(mTemplate, &QgsFileWidget::fileChanged, this, [this] { validate(); });
  validate();
}

QString ReportExportDialog::outputFile() const
{
  QString file = mOutput->filePath().trimmed();
  if (!file.isEmpty() && QFileInfo(file).suffix().isEmpty())
    file += QLatin1Char('.') + format();
  return file;
}

QString ReportExportDialog::format() const
{
  return mFormat->currentData().toString();
}

QString ReportExportDialog::templateFolder() const
{
  return mTemplate->filePath().trimmed();
}

QString ReportExportDialog::compareWith() const
{
  return mCompare->filePath().trimmed();
}

void ReportExportDialog::fileChanged()
{
  // A known suffix picks its format; anything else leaves the choice as it was.
  const int index = mFormat->findData(QFileInfo(mOutput->filePath().trimmed()).suffix().toLower());
  if (index >= 0)
    mFormat->setCurrentIndex(index);
}

void ReportExportDialog::formatChosen()
{
  const QString file = mOutput->filePath().trimmed();
  if (file.isEmpty())
    return;
  const QFileInfo info(file);
  if (info.suffix().toLower() == format())
    return;
  const QString base =
      info.suffix().isEmpty() ? file : file.left(file.size() - info.suffix().size() - 1);
  mOutput->setFilePath(base + QLatin1Char('.') + format());
}

QString ReportExportDialog::language() const
{
  return mLanguage->currentData().toString();
}

void ReportExportDialog::accept()
{
  if (!validate())
    return;
  QSettings settings;
  settings.beginGroup(settingsGroup);
  settings.setValue(QStringLiteral("output"), outputFile());
  settings.setValue(QStringLiteral("language"), language());
  settings.setValue(QStringLiteral("template"), templateFolder());
  QDialog::accept();
}

bool ReportExportDialog::validate()
{
  const QString file = outputFile();
  QString problem;
  if (file.isEmpty())
    problem = tr("Choose where to save the report.");
  else if (reportFormat(file) == OutputFormat::Unknown)
    problem = tr("The report must end in .pdf, .docx, .odt or .html.");
  else if (QFileInfo(file).isDir())
    problem = tr("%1 is a folder.").arg(file);
  else if (!templateFolder().isEmpty() && !QFileInfo(templateFolder()).isDir())
    problem = tr("The template folder %1 does not exist.").arg(templateFolder());
  // A report already there is only a note: the analyst should know it will be replaced.
  const QString note = problem.isEmpty() && QFileInfo(file).isFile()
                           ? tr("%1 exists and will be replaced.").arg(QFileInfo(file).fileName())
                           : QString();
  mOutputProblem->setStyleSheet(problem.isEmpty() ? QStringLiteral("color: #b35c00;")
                                                  : QStringLiteral("color: #b00020;"));
  mOutputProblem->setText(problem.isEmpty() ? note : problem);
  mOutputProblem->setVisible(!problem.isEmpty() || !note.isEmpty());
  mButtons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
  return problem.isEmpty();
}

} // namespace riskatlas
