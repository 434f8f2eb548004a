#include "taxonomyeditor.h"

#include "methodset.h"
#include "workflow/projectsession.h"
#include "workflow/sectorusage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace riskatlas
{

namespace
{
//! Column 0's data: the sector's code as the project knows it (empty for a new sector).
constexpr int OriginalCodeRole = Qt::UserRole + 1;

QString methodLabel(const QString &id)
{
  if (id == QLatin1String("matrix"))
    return TaxonomyEditor::tr("Risk matrix");
  return id.toUpper();
}

int columnOf(TaxonomyIssue::Field field)
{
  switch (field)
  {
  case TaxonomyIssue::Field::Code:
    return TaxonomyEditor::CodeColumn;
  case TaxonomyIssue::Field::NameZh:
    return TaxonomyEditor::NameZhColumn;
  case TaxonomyIssue::Field::NameEn:
    return TaxonomyEditor::NameEnColumn;
  }
  return TaxonomyEditor::CodeColumn;
}
} // namespace

TaxonomyEditor::TaxonomyEditor(const QString &projectPath, const Taxonomy &current, QWidget *parent)
    : QDialog(parent), mProjectPath(projectPath), mOriginal(current)
{
  setWindowTitle(tr("Taxonomy"));
  QString error;
  if (!SectorUsage::read(projectPath, mUnitsBySector, &error))
    qWarning("%s", qPrintable(error));
  if (auto session = ProjectSession::open(projectPath, OpenMode::ReadOnly, nullptr))
  {
    const MethodSet methods = session->methodSet();
    for (const Category &category : current.categories())
      for (const Sector &sector : category.sectors)
        mMethodBySector.insert(sector.code,
                               methodLabel(methods.methodFor(category.code, sector.code).id()));
  }

  auto *layout = new QVBoxLayout(this);
  auto *explanation = new QLabel(
      tr("Categories and the sectors (行业领域) risk units are classified by. Double-click a cell "
         "to edit it. A sector that units use keeps its code and cannot be retired."),
      this);
  explanation->setWordWrap(true);
  layout->addWidget(explanation);

  mTree = new QTreeWidget(this);
  mTree->setColumnCount(5);
  mTree->setHeaderLabels(
      {tr("Code"), tr("Chinese name"), tr("English name"), tr("Units"), tr("Method")});
  mTree->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                         QAbstractItemView::AnyKeyPressed);
  mTree->setSelectionMode(QAbstractItemView::SingleSelection);
  mTree->setUniformRowHeights(true);
  mTree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
  mTree->header()->setStretchLastSection(false);
  mTree->header()->setSectionResizeMode(NameEnColumn, QHeaderView::Stretch);
  layout->addWidget(mTree, 1);

  auto *actions = new QHBoxLayout;
  mAddCategory = new QPushButton(tr("Add Category"), this);
  mAddSector = new QPushButton(tr("Add Sector"), this);
  mRetire = new QPushButton(tr("Retire"), this);
  mRetire->setToolTip(tr("Removes the selected sector (or empty category) from the taxonomy"));
  mMoveTarget = new QComboBox(this);
  mMoveTarget->setSizeAdjustPolicy(QComboBox::AdjustToContents);
  mMove = new QPushButton(tr("Move to Category"), this);
  actions->addWidget(mAddCategory);
  actions->addWidget(mAddSector);
  actions->addWidget(mRetire);
  actions->addStretch(1);
  actions->addWidget(mMove);
  actions->addWidget(mMoveTarget);
  layout->addLayout(actions);

  mMessage = new QLabel(this);
  mMessage->setWordWrap(true);
  mMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(mMessage);

  mButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  mButtons->button(QDialogButtonBox::Ok)->setText(tr("Apply"));
  layout->addWidget(mButtons);

  connect(mButtons, &QDialogButtonBox::accepted, this, &TaxonomyEditor::accept);
  connect(mButtons, &QDialogButtonBox::rejected, this, &TaxonomyEditor::reject);
  connect(mAddCategory, &QPushButton::clicked, this, &TaxonomyEditor::addCategory);
  connect(mAddSector, &QPushButton::clicked, this, &TaxonomyEditor::addSector);
  connect(mMove, &QPushButton::clicked, this, &TaxonomyEditor::moveSelectedSector);
  connect(mRetire, &QPushButton::clicked, this, &TaxonomyEditor::retireSelected);
  connect(mTree, &QTreeWidget::itemChanged, this,
          [this]
          {
            if (mFilling)
              return;
            updateMoveTargets();
            validate();
          });
  connect(mTree, &QTreeWidget::itemSelectionChanged, this, &TaxonomyEditor::updateButtons);

  fill(current);

  QSettings settings;
  settings.beginGroup(QStringLiteral("TaxonomyEditor"));
  if (!restoreGeometry(settings.value(QStringLiteral("geometry")).toByteArray()))
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 36);
}

TaxonomyEditor::~TaxonomyEditor()
{
  QSettings settings;
  settings.beginGroup(QStringLiteral("TaxonomyEditor"));
  settings.setValue(QStringLiteral("geometry"), saveGeometry());
}

void TaxonomyEditor::fill(const Taxonomy &taxonomy)
{
  mFilling = true;
  mTree->clear();
  for (const Category &category : taxonomy.categories())
  {
    QTreeWidgetItem *item = addCategoryItem(category);
    for (const Sector &sector : category.sectors)
      addSectorItem(item, sector);
    updateUnits(item);
  }
  mTree->expandAll();
  mFilling = false;
  updateMoveTargets();
  validate();
  updateButtons();
}

QTreeWidgetItem *TaxonomyEditor::addCategoryItem(const Category &category)
{
  auto *item = new QTreeWidgetItem(mTree, {category.code, category.nameZh, category.nameEn});
  item->setFlags(item->flags() | Qt::ItemIsEditable);
  QFont font = item->font(CodeColumn);
  font.setBold(true);
  item->setFont(CodeColumn, font);
  return item;
}

QTreeWidgetItem *TaxonomyEditor::addSectorItem(QTreeWidgetItem *categoryItem, const Sector &sector)
{
  const bool known = mOriginal.findSector(sector.code) != nullptr;
  const qint64 units = known ? mUnitsBySector.value(sector.code) : 0;
  auto *item = new QTreeWidgetItem(categoryItem,
                                   {sector.code, sector.nameZh, sector.nameEn,
                                    QString::number(units), mMethodBySector.value(sector.code)});
  item->setData(CodeColumn, OriginalCodeRole, known ? sector.code : QString());
  item->setTextAlignment(UnitsColumn, Qt::AlignRight | Qt::AlignVCenter);
  item->setFlags(item->flags() | Qt::ItemIsEditable);
  if (units > 0)
    item->setToolTip(UnitsColumn, tr("%n unit(s) use this sector", nullptr, int(units)));
  return item;
}

void TaxonomyEditor::updateUnits(QTreeWidgetItem *categoryItem)
{
  qint64 total = 0;
  for (int s = 0; s < categoryItem->childCount(); ++s)
    total +=
        mUnitsBySector.value(categoryItem->child(s)->data(CodeColumn, OriginalCodeRole).toString());
  const bool filling = mFilling;
  mFilling = true;
  categoryItem->setText(UnitsColumn, QString::number(total));
  categoryItem->setTextAlignment(UnitsColumn, Qt::AlignRight | Qt::AlignVCenter);
  mFilling = filling;
}

Taxonomy TaxonomyEditor::taxonomy() const
{
  QList<Category> categories;
  for (int c = 0; c < mTree->topLevelItemCount(); ++c)
  {
    const QTreeWidgetItem *categoryItem = mTree->topLevelItem(c);
    Category category;
    category.code = categoryItem->text(CodeColumn).trimmed();
    category.nameZh = categoryItem->text(NameZhColumn).trimmed();
    category.nameEn = categoryItem->text(NameEnColumn).trimmed();
    for (int s = 0; s < categoryItem->childCount(); ++s)
    {
      const QTreeWidgetItem *sectorItem = categoryItem->child(s);
      Sector sector;
      sector.code = sectorItem->text(CodeColumn).trimmed();
      sector.nameZh = sectorItem->text(NameZhColumn).trimmed();
      sector.nameEn = sectorItem->text(NameEnColumn).trimmed();
      category.sectors << sector;
    }
    categories << category;
  }
  return Taxonomy::fromCategories(categories);
}

bool TaxonomyEditor::isModified() const
{
  return taxonomy() != mOriginal;
}

QString TaxonomyEditor::message() const
{
  return mMessage->text();
}

void TaxonomyEditor::showMessage(const QString &text, bool problem)
{
  mMessage->setText(text);
  QPalette palette = this->palette();
  if (problem)
    palette.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
  mMessage->setPalette(palette);
}

void TaxonomyEditor::validate()
{
  const bool filling = mFilling;
  mFilling = true;
  const QBrush problemBrush(QColor(0xff, 0xd6, 0xd6));
  // Clear every mark, then set those of the problems found now.
  for (int c = 0; c < mTree->topLevelItemCount(); ++c)
  {
    QTreeWidgetItem *categoryItem = mTree->topLevelItem(c);
    QList<QTreeWidgetItem *> items{categoryItem};
    for (int s = 0; s < categoryItem->childCount(); ++s)
      items << categoryItem->child(s);
    for (QTreeWidgetItem *item : std::as_const(items))
      for (int column : {CodeColumn, NameZhColumn, NameEnColumn})
      {
        item->setData(column, Qt::BackgroundRole, QVariant());
        item->setToolTip(column, QString());
      }
  }
  const Taxonomy edited = taxonomy();
  const QList<TaxonomyIssue> issues = edited.issues();
  for (const TaxonomyIssue &issue : issues)
  {
    QTreeWidgetItem *item = mTree->topLevelItem(issue.category);
    if (item && issue.sector >= 0)
      item = item->child(issue.sector);
    if (!item)
      continue;
    const int column = columnOf(issue.field);
    item->setBackground(column, problemBrush);
    const QString tip = item->toolTip(column);
    item->setToolTip(column, tip.isEmpty() ? issue.reason : tip + QLatin1Char('\n') + issue.reason);
  }
  // Units refer to their sector by code: a used sector's code cannot change.
  for (int c = 0; c < mTree->topLevelItemCount(); ++c)
    for (int s = 0; s < mTree->topLevelItem(c)->childCount(); ++s)
    {
      QTreeWidgetItem *item = mTree->topLevelItem(c)->child(s);
      const QString original = item->data(CodeColumn, OriginalCodeRole).toString();
      const qint64 units = mUnitsBySector.value(original);
      if (units > 0 && item->text(CodeColumn).trimmed() != original)
      {
        item->setBackground(CodeColumn, problemBrush);
        item->setToolTip(
            CodeColumn,
            tr("%n unit(s) use code %1; it cannot change", nullptr, int(units)).arg(original));
      }
    }
  // The rule the project applies (ProjectSession::replaceTaxonomy): no used sector may go.
  const QStringList lacking = edited.lackingSectors(mUnitsBySector);
  mFilling = filling;

  QString text;
  if (!issues.isEmpty())
    text = issues.size() == 1 ? issues.first().reason
                              : tr("%1 (and %n more problem(s))", nullptr, issues.size() - 1)
                                    .arg(issues.first().reason);
  else if (!lacking.isEmpty())
    text =
        tr("The taxonomy lacks sectors that units use: %1").arg(lacking.join(QLatin1String(", ")));
  showMessage(text, !text.isEmpty());
  mButtons->button(QDialogButtonBox::Ok)->setEnabled(issues.isEmpty() && lacking.isEmpty());
}

void TaxonomyEditor::updateMoveTargets()
{
  const QString chosen = mMoveTarget->currentData().toString();
  mMoveTarget->clear();
  for (int c = 0; c < mTree->topLevelItemCount(); ++c)
  {
    const QTreeWidgetItem *item = mTree->topLevelItem(c);
    mMoveTarget->addItem(
        QStringLiteral("%1 %2").arg(item->text(CodeColumn), item->text(NameZhColumn)).trimmed(), c);
  }
  const int index = mMoveTarget->findData(chosen);
  if (index >= 0)
    mMoveTarget->setCurrentIndex(index);
}

QTreeWidgetItem *TaxonomyEditor::selectedItem() const
{
  const QList<QTreeWidgetItem *> selected = mTree->selectedItems();
  return selected.isEmpty() ? nullptr : selected.first();
}

void TaxonomyEditor::updateButtons()
{
  QTreeWidgetItem *item = selectedItem();
  mAddSector->setEnabled(item != nullptr);
  mRetire->setEnabled(item != nullptr);
  const bool sector = item && item->parent();
  mMove->setEnabled(sector);
  mMoveTarget->setEnabled(sector);
}

void TaxonomyEditor::addCategory()
{
  mFilling = true;
  QTreeWidgetItem *item = addCategoryItem(Category());
  updateUnits(item);
  mFilling = false;
  mTree->setCurrentItem(item);
  updateMoveTargets();
  validate();
  mTree->editItem(item, CodeColumn);
}

void TaxonomyEditor::addSector()
{
  QTreeWidgetItem *categoryItem = selectedItem();
  if (categoryItem && categoryItem->parent())
    categoryItem = categoryItem->parent();
  if (!categoryItem)
    return;
  mFilling = true;
  QTreeWidgetItem *item = addSectorItem(categoryItem, Sector());
  mFilling = false;
  categoryItem->setExpanded(true);
  mTree->setCurrentItem(item);
  validate();
  mTree->editItem(item, CodeColumn);
}

void TaxonomyEditor::moveSelectedSector()
{
  QTreeWidgetItem *item = selectedItem();
  if (!item || !item->parent())
    return;
  QTreeWidgetItem *target = mTree->topLevelItem(mMoveTarget->currentData().toInt());
  QTreeWidgetItem *source = item->parent();
  if (!target || target == source)
    return;
  mFilling = true;
  source->removeChild(item);
  target->addChild(item);
  target->setExpanded(true);
  updateUnits(source);
  updateUnits(target);
  mFilling = false;
  mTree->setCurrentItem(item);
  validate();
}

bool TaxonomyEditor::retireSelected()
{
  QTreeWidgetItem *item = selectedItem();
  if (!item)
    return false;
  // The project's own rule: the taxonomy without this entry must keep every sector units use.
  QHash<QString, qint64> used;
  QList<QTreeWidgetItem *> sectors;
  if (item->parent())
    sectors << item;
  else
    for (int s = 0; s < item->childCount(); ++s)
      sectors << item->child(s);
  for (const QTreeWidgetItem *sector : std::as_const(sectors))
  {
    const QString code = sector->data(CodeColumn, OriginalCodeRole).toString();
    if (mUnitsBySector.value(code) > 0)
      used.insert(code, mUnitsBySector.value(code));
  }
  const QStringList lacking = Taxonomy().lackingSectors(used);
  const QString name = item->text(CodeColumn);
  if (!lacking.isEmpty())
  {
    const QString reason =
        tr("%1 cannot be retired: units still use it: %2. Move these units to another sector "
           "first.")
            .arg(name, lacking.join(QLatin1String(", ")));
    item->setToolTip(UnitsColumn, reason);
    mTree->scrollToItem(item);
    showMessage(reason, true);
    return false;
  }
  if (!item->parent() && item->childCount() > 0)
  {
    const QString reason =
        tr("%1 cannot be retired: it still has sectors. Retire them or move them to another "
           "category first.")
            .arg(name);
    showMessage(reason, true);
    return false;
  }
  QTreeWidgetItem *parent = item->parent();
  delete item;
  if (parent)
  {
    updateUnits(parent);
  }
  updateMoveTargets();
  validate();
  if (message().isEmpty())
    showMessage(tr("%1 retired; Apply makes it so in the project.").arg(name), false);
  updateButtons();
  return true;
}

void TaxonomyEditor::accept()
{
  validate();
  if (!mButtons->button(QDialogButtonBox::Ok)->isEnabled())
    return;
  QDialog::accept();
}

} // namespace riskatlas
