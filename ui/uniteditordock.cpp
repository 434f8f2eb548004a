#include "uniteditordock.h"

#include "controlcorrection.h"
#include "factorproductmethod.h"
#include "inputfields.h"
#include "language.h"
#include "riskmatrixmethod.h"
#include "uilanguage.h"
#include "unittablemodel.h"
#include "workflow/projectsession.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riskatlas
{

namespace
{
//! Whether a stored input is the value a choice stands for (6 and 6.0; 中 and fair).
bool sameInput(const QString &field, const QString &stored, const QString &choice)
{
  if (stored == choice)
    return true;
  if (field == InputFields::control())
  {
    ControlLevel a = ControlLevel::Unknown;
    ControlLevel b = ControlLevel::Unknown;
    return ControlCorrection::parseControlLevel(stored.trimmed(), a) &&
           ControlCorrection::parseControlLevel(choice, b) && a == b;
  }
  bool storedIsNumber = false;
  bool choiceIsNumber = false;
  const double storedValue = stored.trimmed().toDouble(&storedIsNumber);
  const double choiceValue = choice.toDouble(&choiceIsNumber);
  return storedIsNumber && choiceIsNumber && storedValue == choiceValue;
}

QString withDescriptor(const QString &value, const QString &descriptor)
{
  return descriptor.isEmpty() ? value : QStringLiteral("%1 — %2").arg(value, descriptor);
}
} // namespace

UnitEditorDock::UnitEditorDock(QWidget *parent) : QDockWidget(parent)
{
  qRegisterMetaType<UnitEdit>();
  setObjectName(QStringLiteral("UnitEditorDock"));
  setWindowTitle(tr("Unit"));
  auto *scroll = new QScrollArea(this);
  scroll->setWidgetResizable(true);
  auto *content = new QWidget(scroll);
  auto *layout = new QVBoxLayout(content);
  mTitle = new QLabel(tr("Select a unit on the map or in the unit table."), content);
  mTitle->setWordWrap(true);
  mTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(mTitle);
  mError = new QLabel(content);
  mError->setWordWrap(true);
  mError->setStyleSheet(QStringLiteral("color: #b00020"));
  mError->hide();
  layout->addWidget(mError);

  mBody = new QWidget(content);
  auto *body = new QVBoxLayout(mBody);
  body->setContentsMargins(0, 0, 0, 0);
  auto *inputs = new QGroupBox(tr("Inputs"), mBody);
  mInputsForm = new QFormLayout(inputs);
  body->addWidget(inputs);

  auto *result = new QGroupBox(tr("Result"), mBody);
  auto *resultForm = new QFormLayout(result);
  mMethod = new QLabel(result);
  mScore = new QLabel(result);
  mInherent = new QLabel(result);
  mLevel = new QLabel(result);
  mLevel->setWordWrap(true);
  mPreview = new QLabel(result);
  mPreview->setWordWrap(true);
  resultForm->addRow(tr("Method"), mMethod);
  resultForm->addRow(tr("Score"), mScore);
  resultForm->addRow(tr("Inherent level"), mInherent);
  resultForm->addRow(tr("Final level"), mLevel);
  resultForm->addRow(tr("With these inputs"), mPreview);
  body->addWidget(result);

  auto *override = new QGroupBox(tr("Manual level"), mBody);
  auto *overrideForm = new QFormLayout(override);
  mOverride = new QComboBox(override);
  mOverride->addItem(tr("No override (assessed level)"), QString());
  for (RiskLevel level : assessedLevels())
    mOverride->addItem(QString(), levelKey(level));
  overrideForm->addRow(tr("Level"), mOverride);
  mReason = new QLineEdit(override);
  mReason->setPlaceholderText(tr("Why (required for an override), e.g. expert review"));
  mReason->setClearButtonEnabled(true);
  overrideForm->addRow(tr("Reason"), mReason);
  body->addWidget(override);

  mHint = new QLabel(mBody);
  mHint->setWordWrap(true);
  mHint->setStyleSheet(QStringLiteral("color: #b00020"));
  body->addWidget(mHint);
  auto *buttons = new QHBoxLayout;
  mRevert = new QPushButton(tr("Revert"), mBody);
  mApply = new QPushButton(tr("Apply"), mBody);
  mApply->setDefault(true);
  buttons->addStretch();
  buttons->addWidget(mRevert);
  buttons->addWidget(mApply);
  body->addLayout(buttons);

  auto *kept = new QGroupBox(tr("Columns kept from import"), mBody);
  auto *keptLayout = new QVBoxLayout(kept);
  mKept = new QTableWidget(0, 2, kept);
  mKept->setHorizontalHeaderLabels({tr("Column"), tr("Value")});
  mKept->horizontalHeader()->setStretchLastSection(true);
  mKept->verticalHeader()->hide();
  mKept->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mKept->setSelectionBehavior(QAbstractItemView::SelectRows);
  keptLayout->addWidget(mKept);
  body->addWidget(kept, 1);
  layout->addWidget(mBody, 1);
  mBody->hide();
  scroll->setWidget(content);
  setWidget(scroll);

  connect(mOverride, qOverload<int>(&QComboBox::currentIndexChanged), this,
          &UnitEditorDock::updateState);
  connect(mReason, &QLineEdit::textChanged, this, &UnitEditorDock::updateState);
  connect(mRevert, &QPushButton::clicked, this, &UnitEditorDock::rebuild);
  connect(mApply, &QPushButton::clicked, this,
          [this]()
          {
            if (canApply())
              emit editRequested(pendingEdit());
          });
}

void UnitEditorDock::setProject(const QString &gpkgPath, const Taxonomy &taxonomy,
                                const QString &language)
{
  mPath = gpkgPath;
  mTaxonomy = taxonomy;
  mLanguage = language;
  for (int i = 1; i < mOverride->count(); ++i)
  {
    RiskLevel level = RiskLevel::None;
    levelFromKey(mOverride->itemData(i).toString(), level);
    mOverride->setItemText(i, levelName(level, mLanguage));
  }
  showUnit(0);
}

void UnitEditorDock::showUnit(qint64 fid)
{
  mDetails = UnitDetails();
  mError->hide();
  if (fid > 0 && !mPath.isEmpty())
  {
    Problem problem;
    auto session = ProjectSession::open(mPath, OpenMode::ReadOnly, &problem);
    if (session && session->unitDetails(fid, mDetails, &problem))
      mMethodSet = session->methodSet(&problem);
    else
    {
      mDetails = UnitDetails();
      mError->setText(problem.message());
      mError->show();
    }
  }
  rebuild();
}

void UnitEditorDock::refresh()
{
  showUnit(mDetails.fid);
}

QString UnitEditorDock::levelText(const QString &key) const
{
  RiskLevel level = RiskLevel::None;
  if (key.isEmpty() || !levelFromKey(key, level))
    return tr("not assessed");
  return levelName(level, mLanguage);
}

QString UnitEditorDock::fieldLabel(const QString &field) const
{
  return InputFields::label(field, Language::get(UiLanguage::current()));
}

void UnitEditorDock::addInputBox(const QString &field, const QString &label,
                                 const QList<QPair<QString, QString>> &choices)
{
  auto *box = new QComboBox(mBody);
  box->setObjectName(field);
  const QString stored = mDetails.inputs.value(field);
  int current = -1;
  for (const auto &choice : choices)
  {
    // The stored text stands for its choice, so an untouched box requests no change.
    const bool isStored = current < 0 && sameInput(field, stored, choice.first);
    box->addItem(choice.second, isStored ? stored : choice.first);
    if (isStored)
      current = box->count() - 1;
  }
  if (current < 0)
  {
    box->insertItem(
        0, stored.isEmpty() ? tr("(not given)") : tr("%1 (not an allowed value)").arg(stored),
        stored);
    current = 0;
  }
  box->setCurrentIndex(current);
  connect(box, qOverload<int>(&QComboBox::currentIndexChanged), this, &UnitEditorDock::updateState);
  mInputsForm->addRow(label, box);
  mInputs.insert(field, box);
}

void UnitEditorDock::rebuild()
{
  while (mInputsForm->rowCount() > 0)
    mInputsForm->removeRow(0);
  mInputs.clear();
  if (mDetails.fid == 0)
  {
    mBody->hide();
    mTitle->setText(tr("Select a unit on the map or in the unit table."));
    return;
  }
  const Sector *sector = mTaxonomy.findSector(mDetails.sector);
  mTitle->setText(
      QStringLiteral("<b>%1</b> %2<br>%3")
          .arg(mDetails.unitId.toHtmlEscaped(), mDetails.name.toHtmlEscaped(),
               (sector ? sector->name(mLanguage) : mDetails.sectorName).toHtmlEscaped()));

  // The inputs of the method that scores this unit, labelled as the method describes them.
  const ScoringMethod &method = mMethodSet.methodFor(mDetails.category, mDetails.sector);
  const bool chinese = mLanguage == QLatin1String("zh");
  if (const auto *matrix = dynamic_cast<const RiskMatrixMethod *>(&method))
  {
    const auto steps = [](int count, const QStringList &labels)
    {
      QList<QPair<QString, QString>> choices;
      for (int step = count; step >= 1; --step)
        choices.append(
            {QString::number(step), withDescriptor(QString::number(step), labels.value(step - 1))});
      return choices;
    };
    addInputBox(InputFields::likelihood(), fieldLabel(InputFields::likelihood()),
                steps(matrix->likelihoodSteps(), matrix->likelihoodLabels()));
    addInputBox(InputFields::severity(), fieldLabel(InputFields::severity()),
                steps(matrix->severitySteps(), matrix->severityLabels()));
  }
  else if (const auto *product = dynamic_cast<const FactorProductMethod *>(&method))
  {
    for (const FactorScale &factor : product->factors())
    {
      QList<QPair<QString, QString>> choices;
      for (const ScaleValue &value : factor.values())
      {
        const QString number = QString::number(value.value, 'g', 6);
        choices.append({number, withDescriptor(number, chinese || value.descriptorEn.isEmpty()
                                                           ? value.descriptorZh
                                                           : value.descriptorEn)});
      }
      addInputBox(factor.field(), fieldLabel(factor.field()), choices);
    }
  }
  else
  {
    for (const QString &field : method.inputFields())
      addInputBox(field, fieldLabel(field), {});
  }
  addInputBox(InputFields::control(), fieldLabel(InputFields::control()),
              {{QString(), tr("not given")},
               {QStringLiteral("好"), tr("good")},
               {QStringLiteral("中"), tr("fair")},
               {QStringLiteral("差"), tr("poor")}});

  mMethod->setText(
      UnitTableModel::methodText(mDetails.method.isEmpty() ? method.id() : mDetails.method));
  mScore->setText(mDetails.score ? QString::number(*mDetails.score, 'g', 6)
                                 : (mDetails.note.isEmpty() ? QStringLiteral("—") : mDetails.note));
  mScore->setWordWrap(true);
  mInherent->setText(levelText(mDetails.inherentLevel));
  mLevel->setText(
      mDetails.levelOverride.isEmpty()
          ? levelText(mDetails.level)
          : tr("%1 (override: %2)").arg(levelText(mDetails.level), mDetails.overrideReason));
  const int overrideIndex = mOverride->findData(mDetails.levelOverride);
  mOverride->setCurrentIndex(overrideIndex < 0 ? 0 : overrideIndex);
  mReason->setText(mDetails.levelOverride.isEmpty() ? QString() : mDetails.overrideReason);

  mKept->setRowCount(mDetails.attributes.size());
  for (int row = 0; row < mDetails.attributes.size(); ++row)
  {
    mKept->setItem(row, 0, new QTableWidgetItem(mDetails.attributes.at(row).first));
    mKept->setItem(row, 1, new QTableWidgetItem(mDetails.attributes.at(row).second));
  }
  mKept->resizeColumnToContents(0);
  mBody->show();
  updateState();
}

UnitEdit UnitEditorDock::pendingEdit() const
{
  UnitEdit edit;
  edit.fid = mDetails.fid;
  for (auto it = mInputs.cbegin(); it != mInputs.cend(); ++it)
  {
    const QString value = it.value()->currentData().toString();
    if (value != mDetails.inputs.value(it.key()))
      edit.values.insert(it.key(), value);
  }
  const QString override = mOverride->currentData().toString();
  if (override != mDetails.levelOverride ||
      (!override.isEmpty() && mReason->text().trimmed() != mDetails.overrideReason))
    edit.values.insert(UnitEditFields::levelOverride(), override);
  edit.reason = mReason->text().trimmed();
  return edit;
}

bool UnitEditorDock::canApply() const
{
  if (mDetails.fid == 0)
    return false;
  const UnitEdit edit = pendingEdit();
  if (edit.values.isEmpty())
    return false;
  const bool needsReason =
      mReasonRequired || !edit.values.value(UnitEditFields::levelOverride()).isEmpty();
  return !needsReason || !edit.reason.isEmpty();
}

void UnitEditorDock::setReasonRequired(bool required)
{
  mReasonRequired = required;
  mReason->setPlaceholderText(
      required ? tr("Why (required during the review session): the reason agreed")
               : tr("Why (required for an override), e.g. expert review"));
  updateState();
}

void UnitEditorDock::updateState()
{
  if (mDetails.fid == 0)
    return;
  const UnitEdit edit = pendingEdit();
  const bool overrideWithoutReason =
      !edit.values.value(UnitEditFields::levelOverride()).isEmpty() && edit.reason.isEmpty();
  const bool reviewWithoutReason =
      mReasonRequired && !edit.values.isEmpty() && edit.reason.isEmpty();
  mHint->setText(reviewWithoutReason     ? tr("During the review session every change needs the "
                                                  "reason agreed.")
                 : overrideWithoutReason ? tr("A manual level needs a reason.")
                                         : QString());
  mHint->setVisible(overrideWithoutReason || reviewWithoutReason);
  mApply->setEnabled(canApply());
  mRevert->setEnabled(!edit.values.isEmpty());

  // What the choices shown give, before anything is applied.
  QVariantMap inputs;
  for (auto it = mDetails.inputs.cbegin(); it != mDetails.inputs.cend(); ++it)
    inputs.insert(it.key(), it.value());
  for (auto it = mInputs.cbegin(); it != mInputs.cend(); ++it)
    inputs.insert(it.key(), it.value()->currentData().toString());
  const UnitAssessment result = mMethodSet.assess(mDetails.category, mDetails.sector, inputs);
  const QString override = mOverride->currentData().toString();
  if (!override.isEmpty())
    mPreview->setText(tr("%1 (override; scored %2)")
                          .arg(levelText(override), levelName(result.finalLevel, mLanguage)));
  else if (result.scored)
    mPreview->setText(
        tr("%1 (score %2)")
            .arg(levelName(result.finalLevel, mLanguage), QString::number(result.score, 'g', 6)));
  else
    mPreview->setText(
        tr("not scored: %1 = \"%2\"").arg(result.problem.field, result.problem.value));
}

} // namespace riskatlas
