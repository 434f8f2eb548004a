#include "methodseteditor.h"

#include "bandtableeditor.h"
#include "compositeindexeditor.h"
#include "factortableeditor.h"
#include "influencezoneseditor.h"
#include "jsonfile.h"
#include "methodassignmenttable.h"
#include "methodsetdraft.h"
#include "paletteeditor.h"
#include "riskmatrixgrid.h"
#include "whatifpanel.h"

#include <QAction>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>
#include <qgsapplication.h>

namespace riskatlas
{

namespace
{
const char *const CorrectionKeys[3] = {"good", "fair", "poor"};

enum Page
{
  MatrixPage,
  BandsPage,
};

QLabel *problemLabel(QWidget *parent)
{
  auto *label = new QLabel(parent);
  label->setWordWrap(true);
  label->setStyleSheet(QStringLiteral("color: #c0392b"));
  label->hide();
  return label;
}
} // namespace

MethodSetEditor::MethodSetEditor(const QString &projectPath, const Taxonomy &taxonomy,
                                 const MethodSet &current, QWidget *parent)
    : QWidget(parent), mDraft(new MethodSetDraft(taxonomy, current, this)),
      mCurrentHash(current.hash()), mAssignments(new MethodAssignmentTable(mDraft, this)),
      mMethodPages(new QStackedWidget(this)), mMethodTitle(new QLabel(this)),
      mMatrix(new RiskMatrixGrid(mDraft, this)), mMatrixBands(new BandTableEditor(mDraft, this)),
      mBands(new BandTableEditor(mDraft, this)), mFactors(new FactorTableEditor(mDraft, this)),
      mProductTabs(new QTabWidget(this)), mPalette(new PaletteEditor(mDraft, this)),
      mCorrectionType(new QComboBox(this)), mCorrectionProblems(problemLabel(this)),
      mRule(new QComboBox(this)), mProblems(problemLabel(this)),
      mWhatIf(new WhatIfPanel(projectPath, this)),
      mApply(new QPushButton(tr("Apply to the project"), this))
{
  setObjectName(QStringLiteral("MethodSetEditor"));
  // Start from / import / export / undo.
  auto *templates = new QComboBox(this);
  templates->setObjectName(QStringLiteral("templates"));
  templates->addItem(tr("Start from a template…"));
  for (const QString &name : MethodSet::templateNames())
    templates->addItem(name, name);
  connect(templates, qOverload<int>(&QComboBox::activated), this,
          [this, templates](int index)
          {
            if (index > 0)
              useTemplate(templates->itemData(index).toString());
            templates->setCurrentIndex(0);
          });
  auto *importButton = new QPushButton(tr("Import…"), this);
  auto *exportButton = new QPushButton(tr("Export…"), this);
  connect(importButton, &QPushButton::clicked, this,
          [this]()
          {
            QSettings settings;
            settings.beginGroup(QStringLiteral("MethodSetEditor"));
            const QString file = QFileDialog::getOpenFileName(
                this, tr("Import a method set"),
                settings.value(QStringLiteral("folder")).toString(), tr("Method sets (*.json)"));
            if (file.isEmpty())
              return;
            settings.setValue(QStringLiteral("folder"), QFileInfo(file).absolutePath());
            QString error;
            if (!importFile(file, &error))
              QMessageBox::warning(this, tr("Import a method set"), error);
          });
  connect(exportButton, &QPushButton::clicked, this,
          [this]()
          {
            QSettings settings;
            settings.beginGroup(QStringLiteral("MethodSetEditor"));
            const QString file = QFileDialog::getSaveFileName(
                this, tr("Export the method set"),
                settings.value(QStringLiteral("folder")).toString(), tr("Method sets (*.json)"));
            if (file.isEmpty())
              return;
            settings.setValue(QStringLiteral("folder"), QFileInfo(file).absolutePath());
            QString error;
            if (!exportFile(file, &error))
              QMessageBox::warning(this, tr("Export the method set"), error);
          });
  // Icons only: the actions' text names the edit, which would widen the bar at every edit.
  QAction *undoAction = mDraft->undoStack()->createUndoAction(this, tr("Undo"));
  undoAction->setIcon(QgsApplication::getThemeIcon(QStringLiteral("mActionUndo.svg")));
  undoAction->setShortcut(QKeySequence::Undo);
  undoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
  QAction *redoAction = mDraft->undoStack()->createRedoAction(this, tr("Redo"));
  redoAction->setIcon(QgsApplication::getThemeIcon(QStringLiteral("mActionRedo.svg")));
  redoAction->setShortcut(QKeySequence::Redo);
  redoAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
  addAction(undoAction);
  addAction(redoAction);
  auto *undo = new QToolButton(this);
  undo->setDefaultAction(undoAction);
  undo->setToolButtonStyle(Qt::ToolButtonIconOnly);
  auto *redo = new QToolButton(this);
  redo->setDefaultAction(redoAction);
  redo->setToolButtonStyle(Qt::ToolButtonIconOnly);
  auto *tools = new QHBoxLayout;
  tools->addWidget(templates, 1);
  tools->addWidget(importButton);
  tools->addWidget(exportButton);
  tools->addWidget(undo);
  tools->addWidget(redo);

  // Left: who is scored how, the correction and the rule.
  auto *correction =
      new QGroupBox(tr("Control-level correction (inherent → realistic risk)"), this);
  auto *correctionForm = new QFormLayout(correction);
  mCorrectionType->setObjectName(QStringLiteral("correctionType"));
  mCorrectionType->addItem(tr("Shift the level by steps"), QStringLiteral("level-shift"));
  mCorrectionType->addItem(tr("Multiply the score"), QStringLiteral("coefficient"));
  correctionForm->addRow(tr("Correction"), mCorrectionType);
  const QString controlNames[3] = {tr("Good control (好)"), tr("Fair control (中)"),
                                   tr("Poor control (差)")};
  for (int i = 0; i < 3; ++i)
  {
    mCorrection[i] = new QDoubleSpinBox(this);
    mCorrection[i]->setRange(-3, 10);
    mCorrection[i]->setDecimals(2);
    mCorrection[i]->setSingleStep(0.1);
    correctionForm->addRow(controlNames[i], mCorrection[i]);
    connect(mCorrection[i], qOverload<double>(&QDoubleSpinBox::valueChanged), this,
            &MethodSetEditor::correctionEdited);
  }
  correctionForm->addRow(mCorrectionProblems);
  connect(mCorrectionType, qOverload<int>(&QComboBox::currentIndexChanged), this,
          &MethodSetEditor::correctionEdited);
  mRule->setObjectName(QStringLiteral("aggregationRule"));
  mRule->addItem(tr("Highest unit level (从严从高)"), static_cast<int>(AggregationRule::Max));
  mRule->addItem(tr("Weighted composite index"), static_cast<int>(AggregationRule::Weighted));
  mRule->addItem(tr("Density of major and significant units"),
                 static_cast<int>(AggregationRule::Density));
  connect(mRule, qOverload<int>(&QComboBox::currentIndexChanged), this,
          &MethodSetEditor::draftChanged);
  mComposite = new QGroupBox(tr("Composite index (weighted rule)"), this);
  auto *compositeLayout = new QVBoxLayout(mComposite);
  compositeLayout->addWidget(new CompositeIndexEditor(mDraft, this));
  auto *regions = new QWidget(this);
  auto *regionsLayout = new QVBoxLayout(regions);
  regionsLayout->addWidget(correction);
  auto *ruleForm = new QFormLayout;
  ruleForm->addRow(tr("Region level"), mRule);
  regionsLayout->addLayout(ruleForm);
  regionsLayout->addWidget(mComposite, 1);
  auto *zones = new QGroupBox(tr("Hazard influence zones"), this);
  auto *zonesLayout = new QVBoxLayout(zones);
  zonesLayout->addWidget(new InfluenceZonesEditor(mDraft, this));
  regionsLayout->addWidget(zones, 1);
  regionsLayout->addStretch();
  auto *methods = new QWidget(this);
  auto *methodsLayout = new QVBoxLayout(methods);
  methodsLayout->addWidget(
      new QLabel(tr("Method per scope (a sector's wins over its category's)"), this));
  methodsLayout->addWidget(mAssignments, 1);
  auto *left = new QTabWidget(this);
  left->setObjectName(QStringLiteral("sections"));
  left->addTab(methods, tr("Methods"));
  left->addTab(regions, tr("Correction and regions"));
  left->addTab(mPalette, tr("Colours"));
  mLeftTabs = left;

  // Right: the selected method's parameters, then the what-if preview.
  auto *matrixPage = new QWidget(this);
  auto *matrixLayout = new QVBoxLayout(matrixPage);
  matrixLayout->setContentsMargins(0, 0, 0, 0);
  matrixLayout->addWidget(mMatrix, 1);
  matrixLayout->addWidget(mMatrixBands, 1);
  mMethodPages->addWidget(matrixPage);
  // LEC and MES: the factor tables and the score bands, a tab each (both fit at 768 pixels).
  mProductTabs->setObjectName(QStringLiteral("productTabs"));
  mProductTabs->addTab(mBands, tr("Score bands"));
  mProductTabs->addTab(mFactors, tr("Factors"));
  mMethodPages->addWidget(mProductTabs);
  auto *right = new QSplitter(Qt::Vertical, this);
  auto *method = new QWidget(this);
  auto *methodLayout = new QVBoxLayout(method);
  methodLayout->setContentsMargins(0, 0, 0, 0);
  QFont bold = mMethodTitle->font();
  bold.setBold(true);
  mMethodTitle->setFont(bold);
  methodLayout->addWidget(mMethodTitle);
  methodLayout->addWidget(mMethodPages, 1);
  right->addWidget(method);
  auto *preview = new QGroupBox(tr("What would change"), this);
  auto *previewLayout = new QVBoxLayout(preview);
  previewLayout->addWidget(mWhatIf);
  right->addWidget(preview);
  right->setStretchFactor(0, 3);
  right->setStretchFactor(1, 1);

  auto *splitter = new QSplitter(Qt::Horizontal, this);
  splitter->addWidget(left);
  splitter->addWidget(right);
  splitter->setStretchFactor(1, 2);

  mApply->setObjectName(QStringLiteral("apply"));
  auto *buttons = new QHBoxLayout;
  buttons->addWidget(mProblems, 1);
  buttons->addStretch();
  buttons->addWidget(mApply);
  auto *layout = new QVBoxLayout(this);
  layout->addLayout(tools);
  layout->addWidget(splitter, 1);
  layout->addLayout(buttons);

  connect(mAssignments, &MethodAssignmentTable::methodSelected, this,
          [this](const QStringList &path) { showMethod(path); });
  connect(mDraft, &MethodSetDraft::changed, this, &MethodSetEditor::draftChanged);
  connect(mApply, &QPushButton::clicked, this, &MethodSetEditor::applyRequested);
  connect(mWhatIf, &WhatIfPanel::unitActivated, this, &MethodSetEditor::unitActivated);
  connect(mWhatIf, &WhatIfPanel::regionActivated, this, &MethodSetEditor::regionActivated);
  showMethod({QStringLiteral("default")});
  draftChanged();
}

MethodSetEditor::~MethodSetEditor() = default;

MethodSet MethodSetEditor::methodSet() const
{
  return mDraft->methodSet();
}

AggregationRule MethodSetEditor::aggregationRule() const
{
  return static_cast<AggregationRule>(mRule->currentData().toInt());
}

void MethodSetEditor::setAggregationRule(AggregationRule rule)
{
  mRule->setCurrentIndex(std::max(0, mRule->findData(static_cast<int>(rule))));
}

bool MethodSetEditor::canApply() const
{
  return mCanApply;
}

QStringList MethodSetEditor::problems() const
{
  return mDraft->problems();
}

void MethodSetEditor::showMethod(const QStringList &path)
{
  const QJsonObject method = mDraft->value(path).toObject();
  const QString id = method.value(QStringLiteral("method")).toString();
  if (id.isEmpty())
    return;
  mMethodPath = path;
  const QString scope = path.size() < 2 ? tr("project-wide") : path.at(1);
  if (id == QStringLiteral("matrix"))
  {
    mMethodTitle->setText(tr("Risk matrix (%1)").arg(scope));
    mMatrix->setPath(path);
    mMatrixBands->setPath(path + QStringList{QStringLiteral("bands")}, QStringLiteral("R"));
    mMatrixBands->setVisible(method.contains(QStringLiteral("bands")));
    mMethodPages->setCurrentIndex(MatrixPage);
  }
  else
  {
    mMethodTitle->setText(tr("%1 (%2)").arg(id.toUpper(), scope));
    mFactors->setPath(path);
    mBands->setPath(path + QStringList{QStringLiteral("bands")},
                    id == QStringLiteral("lec") ? QStringLiteral("D") : QStringLiteral("R"));
    mMethodPages->setCurrentIndex(BandsPage);
  }
}

void MethodSetEditor::showPalette()
{
  mLeftTabs->setCurrentWidget(mPalette);
}

bool MethodSetEditor::useTemplate(const QString &name)
{
  MethodSet set;
  if (!MethodSet::fromTemplate(name, set, nullptr))
    return false;
  mDraft->setValue({}, set.toJson(), tr("Template %1").arg(name));
  return true;
}

bool MethodSetEditor::importFile(const QString &file, QString *error)
{
  QJsonObject json;
  if (!readJsonObject(file, json, error))
    return false;
  mDraft->setValue({}, json, tr("Import %1").arg(QFileInfo(file).fileName()));
  return true;
}

bool MethodSetEditor::exportFile(const QString &file, QString *error) const
{
  if (!mDraft->isValid())
  {
    if (error)
      *error =
          tr("the method set is not valid: %1").arg(mDraft->problems().join(QLatin1String("; ")));
    return false;
  }
  return writeJsonObject(file, mDraft->methodSet().toJson(), error);
}

void MethodSetEditor::draftChanged()
{
  mComposite->setVisible(aggregationRule() == AggregationRule::Weighted);
  // The shown method may have gone (inherited again, or a template replaced everything).
  if (mDraft->value(mMethodPath).toObject().value(QStringLiteral("method")).toString().isEmpty())
    showMethod({QStringLiteral("default")});
  else
    showMethod(mMethodPath);
  refreshCorrection();
  const QStringList problems = mDraft->problems();
  mProblems->setText(problems.isEmpty()
                         ? QString()
                         : tr("Cannot apply: %1").arg(problems.join(QLatin1String("; "))));
  mProblems->setVisible(!problems.isEmpty());
  const bool canApply = problems.isEmpty();
  mApply->setEnabled(canApply);
  if (canApply != mCanApply)
  {
    mCanApply = canApply;
    emit canApplyChanged(canApply);
  }
  refreshPreview();
}

void MethodSetEditor::refreshPreview()
{
  if (mDraft->isValid())
    mWhatIf->request(mDraft->methodSet(), aggregationRule());
}

void MethodSetEditor::refreshCorrection()
{
  mRefreshing = true;
  const QJsonObject json = mDraft->value({QStringLiteral("control_correction")}).toObject();
  const bool coefficient =
      json.value(QStringLiteral("type")).toString() == QStringLiteral("coefficient");
  mCorrectionType->setCurrentIndex(coefficient ? 1 : 0);
  for (int i = 0; i < 3; ++i)
  {
    mCorrection[i]->setDecimals(coefficient ? 2 : 0);
    mCorrection[i]->setSingleStep(coefficient ? 0.1 : 1);
    mCorrection[i]->setValue(json.value(QString::fromLatin1(CorrectionKeys[i])).toDouble());
  }
  const QStringList problems = mDraft->problemsAt({QStringLiteral("control_correction")});
  mCorrectionProblems->setText(problems.join(QLatin1Char('\n')));
  mCorrectionProblems->setVisible(!problems.isEmpty());
  mRefreshing = false;
}

void MethodSetEditor::correctionEdited()
{
  if (mRefreshing)
    return;
  const QString type = mCorrectionType->currentData().toString();
  QJsonObject json = mDraft->value({QStringLiteral("control_correction")}).toObject();
  const bool typeChanged = json.value(QStringLiteral("type")).toString() != type;
  json.insert(QStringLiteral("type"), type);
  for (int i = 0; i < 3; ++i)
  {
    // Switching the type starts from its neutral defaults.
    const double neutral[2][3] = {{-1, 0, 1}, {0.8, 1.0, 1.2}};
    const double value =
        typeChanged ? neutral[type == QStringLiteral("coefficient")][i] : mCorrection[i]->value();
    if (type == QStringLiteral("level-shift"))
      json.insert(QString::fromLatin1(CorrectionKeys[i]), static_cast<int>(value));
    else
      json.insert(QString::fromLatin1(CorrectionKeys[i]), value);
  }
  mDraft->setValue({QStringLiteral("control_correction")}, json, tr("Control-level correction"));
}

} // namespace riskatlas
