#include "unitadddialog.h"

#include "factorproductmethod.h"
#include "inputfields.h"
#include "language.h"
#include "riskmatrixmethod.h"
#include "uilanguage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFont>
#include <QFormLayout>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace riskatlas
{

namespace
{
QString withDescriptor(const QString &value, const QString &descriptor)
{
  return descriptor.isEmpty() ? value : QStringLiteral("%1 — %2").arg(value, descriptor);
}

const QString SettingsGroup = QStringLiteral("UnitAddDialog");
} // namespace

UnitAddDialog::UnitAddDialog(const QString &position, const Taxonomy &taxonomy,
                             const MethodSet &methodSet, const QStringList &usedIds,
                             const QString &language, QWidget *parent)
    : QDialog(parent), mPosition(position), mTaxonomy(taxonomy), mMethodSet(methodSet),
      mUsed(usedIds.begin(), usedIds.end()), mLanguage(language)
{
  setObjectName(QStringLiteral("UnitAddDialog"));
  setWindowTitle(tr("Add Unit"));
  auto *layout = new QVBoxLayout(this);
  auto *form = new QFormLayout();
  mId = new QLineEdit(nextFreeId(usedIds), this);
  mId->setObjectName(QStringLiteral("unitId"));
  mIdHint = new QLabel(this);
  mIdHint->setObjectName(QStringLiteral("idHint"));
  mName = new QLineEdit(this);
  mName->setObjectName(QStringLiteral("name"));
  mName->setPlaceholderText(tr("e.g. the company or site"));
  mSector = new QComboBox(this);
  mSector->setObjectName(QStringLiteral("sector"));
  // Sectors under their category; the categories are headings, not choices.
  auto *model = new QStandardItemModel(mSector);
  for (const Category &category : taxonomy.categories())
  {
    auto *heading = new QStandardItem(category.name(language));
    heading->setFlags(Qt::NoItemFlags);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);
    model->appendRow(heading);
    for (const Sector &sector : category.sectors)
    {
      auto *item =
          new QStandardItem(QStringLiteral("  %1  %2").arg(sector.code, sector.name(language)));
      item->setData(sector.code, Qt::UserRole);
      model->appendRow(item);
    }
  }
  mSector->setModel(model);
  const QString lastSector =
      QSettings().value(SettingsGroup + QStringLiteral("/sector")).toString();
  // The sector chosen last time, else the first one.
  int sectorRow = lastSector.isEmpty() ? -1 : mSector->findData(lastSector, Qt::UserRole);
  for (int row = 0; sectorRow < 0 && row < mSector->count(); ++row)
  {
    if (!mSector->itemData(row, Qt::UserRole).toString().isEmpty())
      sectorRow = row;
  }
  mSector->setCurrentIndex(sectorRow);
  form->addRow(tr("Unit ID"), mId);
  form->addRow(QString(), mIdHint);
  form->addRow(tr("Name"), mName);
  form->addRow(tr("Sector"), mSector);
  layout->addLayout(form);
  auto *inputs = new QGroupBox(tr("Inputs (optional)"), this);
  mInputsForm = new QFormLayout(inputs);
  layout->addWidget(inputs);
  auto *where = new QLabel(tr("Position: %1").arg(position), this);
  where->setObjectName(QStringLiteral("position"));
  where->setWordWrap(true);
  where->setEnabled(false);
  layout->addWidget(where);
  mButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  mButtons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
  layout->addWidget(mButtons);
  connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(mId, &QLineEdit::textChanged, this, &UnitAddDialog::updateState);
  connect(mSector, qOverload<int>(&QComboBox::currentIndexChanged), this,
          &UnitAddDialog::rebuildInputs);
  rebuildInputs();
  updateState();
}

QString UnitAddDialog::nextFreeId(const QStringList &usedIds)
{
  // The most common prefix before a number, and the highest number after it.
  static const QRegularExpression numbered(QStringLiteral("^(.*?)(\\d+)$"));
  QHash<QString, int> prefixes;
  for (const QString &id : usedIds)
  {
    const QRegularExpressionMatch match = numbered.match(id);
    if (match.hasMatch())
      ++prefixes[match.captured(1)];
  }
  QString prefix = QStringLiteral("RU");
  int best = 0;
  for (auto it = prefixes.cbegin(); it != prefixes.cend(); ++it)
  {
    if (it.value() > best || (it.value() == best && it.key() < prefix))
    {
      best = it.value();
      prefix = it.key();
    }
  }
  qint64 highest = 0;
  int width = 0;
  for (const QString &id : usedIds)
  {
    const QRegularExpressionMatch match = numbered.match(id);
    if (!match.hasMatch() || match.captured(1) != prefix)
      continue;
    highest = qMax(highest, match.captured(2).toLongLong());
    width = qMax(width, match.captured(2).size());
  }
  if (width == 0)
    width = 4; // RU0001 for the first unit
  const QSet<QString> used(usedIds.begin(), usedIds.end());
  QString candidate;
  do
    candidate = prefix + QStringLiteral("%1").arg(++highest, width, 10, QLatin1Char('0'));
  while (used.contains(candidate));
  return candidate;
}

QString UnitAddDialog::fieldLabel(const QString &field) const
{
  return InputFields::label(field, Language::get(UiLanguage::current()));
}

void UnitAddDialog::addInputBox(const QString &field, const QList<QPair<QString, QString>> &choices)
{
  auto *box = new QComboBox(this);
  box->setObjectName(field);
  box->addItem(tr("(not given)"), QString());
  for (const auto &choice : choices)
    box->addItem(choice.second, choice.first);
  mInputsForm->addRow(fieldLabel(field), box);
  mInputs.insert(field, box);
}

void UnitAddDialog::rebuildInputs()
{
  // Keep what was chosen in boxes the next sector's method has too.
  QMap<QString, QString> chosen;
  for (auto it = mInputs.cbegin(); it != mInputs.cend(); ++it)
    chosen.insert(it.key(), it.value()->currentData().toString());
  while (mInputsForm->rowCount() > 0)
    mInputsForm->removeRow(0);
  mInputs.clear();
  const Sector *sector = mTaxonomy.findSector(mSector->currentData(Qt::UserRole).toString());
  if (sector)
  {
    const ScoringMethod &method = mMethodSet.methodFor(sector->categoryCode, sector->code);
    const bool chinese = mLanguage == QLatin1String("zh");
    if (const auto *matrix = dynamic_cast<const RiskMatrixMethod *>(&method))
    {
      const auto steps = [](int count, const QStringList &labels)
      {
        QList<QPair<QString, QString>> choices;
        for (int step = count; step >= 1; --step)
          choices.append({QString::number(step),
                          withDescriptor(QString::number(step), labels.value(step - 1))});
        return choices;
      };
      addInputBox(InputFields::likelihood(),
                  steps(matrix->likelihoodSteps(), matrix->likelihoodLabels()));
      addInputBox(InputFields::severity(),
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
        addInputBox(factor.field(), choices);
      }
    }
    addInputBox(InputFields::control(), {{QStringLiteral("好"), tr("good")},
                                         {QStringLiteral("中"), tr("fair")},
                                         {QStringLiteral("差"), tr("poor")}});
  }
  for (auto it = mInputs.cbegin(); it != mInputs.cend(); ++it)
  {
    const int index = it.value()->findData(chosen.value(it.key()));
    if (index > 0)
      it.value()->setCurrentIndex(index);
  }
  updateState();
}

void UnitAddDialog::updateState()
{
  const QString id = mId->text().trimmed();
  QString hint;
  if (id.isEmpty())
    hint = tr("A unit needs an ID.");
  else if (mUsed.contains(id))
    hint = tr("Unit ID %1 is used by another unit.").arg(id);
  mIdHint->setText(hint);
  mIdHint->setVisible(!hint.isEmpty());
  mButtons->button(QDialogButtonBox::Ok)
      ->setEnabled(hint.isEmpty() && !mSector->currentData(Qt::UserRole).toString().isEmpty());
}

UnitCreation UnitAddDialog::creation() const
{
  UnitCreation unit;
  unit.unitId = mId->text().trimmed();
  unit.name = mName->text().trimmed();
  unit.sector = mSector->currentData(Qt::UserRole).toString();
  unit.position = mPosition;
  for (auto it = mInputs.cbegin(); it != mInputs.cend(); ++it)
  {
    const QString value = it.value()->currentData().toString();
    if (!value.isEmpty())
      unit.inputs.insert(it.key(), value);
  }
  return unit;
}

void UnitAddDialog::accept()
{
  QSettings().setValue(SettingsGroup + QStringLiteral("/sector"),
                       mSector->currentData(Qt::UserRole).toString());
  QDialog::accept();
}

} // namespace riskatlas
