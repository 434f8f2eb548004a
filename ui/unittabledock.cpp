#include "unittabledock.h"

#include "recordtableview.h"
#include "unittablemodel.h"
#include "workflow/projectsession.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <qgsfilterlineedit.h>
#include <qgsguiutils.h>

namespace riskatlas
{

namespace
{
//! The project's level colours (its method set's palette); the default ones without a project.
LevelPalette projectPalette(const QString &path)
{
  if (path.isEmpty())
    return LevelPalette();
  auto session = ProjectSession::open(path, OpenMode::ReadOnly, nullptr);
  return session ? session->methodSet().palette() : LevelPalette();
}

//! Region combo entries before the regions themselves.
//! Rows measured for the first column widths.
constexpr int PageSizeForWidths = 100;

enum RegionChoice
{
  AnyRegion,
  OutsideRegions,
  FirstRegion
};

QComboBox *filterCombo(QWidget *parent, const QString &toolTip)
{
  auto *combo = new QComboBox(parent);
  combo->setToolTip(toolTip);
  // About 10 characters: long sector names would leave the text filter no room on a 1366-pixel
  // screen; the list that opens shows them whole.
  combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
  combo->setMinimumContentsLength(10);
  combo->setMinimumWidth(combo->fontMetrics().averageCharWidth() * 6); // a dock at the side
  combo->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
  return combo;
}

//! The open list as wide as its longest name, however narrow the combo box.
void fitPopupToNames(QComboBox *combo)
{
  QAbstractItemView *list = combo->view();
  list->setMinimumWidth(list->sizeHintForColumn(0) +
                        list->style()->pixelMetric(QStyle::PM_ScrollBarExtent) * 2);
}
} // namespace

UnitTableDock::UnitTableDock(QWidget *parent) : QDockWidget(tr("Risk Units"), parent)
{
  setObjectName(QStringLiteral("UnitTableDock"));
  auto *content = new QWidget(this);
  auto *layout = new QVBoxLayout(content);
  layout->setContentsMargins(0, 0, 0, 0);

  auto *filters = new QHBoxLayout;
  mCategory = filterCombo(content, tr("Category"));
  mSector = filterCombo(content, tr("Sector"));
  mLevel = filterCombo(content, tr("Level"));
  mRegion = filterCombo(content, tr("Region"));
  mControl = filterCombo(content, tr("Control level"));
  mCategory->setObjectName(QStringLiteral("categoryFilter"));
  mSector->setObjectName(QStringLiteral("sectorFilter"));
  mLevel->setObjectName(QStringLiteral("levelFilter"));
  mRegion->setObjectName(QStringLiteral("regionFilter"));
  mControl->setObjectName(QStringLiteral("controlFilter"));
  mText = new QgsFilterLineEdit(content);
  mText->setObjectName(QStringLiteral("textFilter"));
  mText->setShowSearchIcon(true);
  mText->setPlaceholderText(tr("ID, name or address contains…"));
  mCount = new QLabel(content);
  filters->addWidget(mCategory);
  filters->addWidget(mSector);
  filters->addWidget(mLevel);
  filters->addWidget(mRegion);
  filters->addWidget(mControl);
  filters->addWidget(mText, 1);
  filters->addWidget(mCount);
  layout->addLayout(filters);

  mModel = new UnitTableModel(this);
  mView = createRecordTableView(mModel, content);
  layout->addWidget(mView, 1);
  setWidget(content);

  mLevel->addItem(tr("All levels"), -1);
  for (RiskLevel level : assessedLevels())
    mLevel->addItem(levelName(level, QStringLiteral("en")), static_cast<int>(level));
  mLevel->addItem(tr("Not scored"), static_cast<int>(RiskLevel::None));
  mControl->addItem(tr("All control levels"), -1);
  mControl->addItem(tr("Good"), static_cast<int>(ControlLevel::Good));
  mControl->addItem(tr("Fair"), static_cast<int>(ControlLevel::Fair));
  mControl->addItem(tr("Poor"), static_cast<int>(ControlLevel::Poor));
  mControl->addItem(tr("Not given"), static_cast<int>(ControlLevel::Unknown));

  mTextDelay = new QTimer(this);
  mTextDelay->setSingleShot(true);
  mTextDelay->setInterval(300);
  connect(mTextDelay, &QTimer::timeout, this, &UnitTableDock::applyFilter);
  connect(mText, &QLineEdit::textChanged, mTextDelay, qOverload<>(&QTimer::start));
  connect(mText, &QLineEdit::returnPressed, this, &UnitTableDock::applyFilter);
  connect(mCategory, qOverload<int>(&QComboBox::currentIndexChanged), this,
          [this]
          {
            fillSectors();
            applyFilter();
          });
  for (QComboBox *combo : {mSector, mLevel, mRegion, mControl})
    connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &UnitTableDock::applyFilter);
  connect(mView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
          &UnitTableDock::onSelectionChanged);
  connect(mView, &QAbstractItemView::doubleClicked, this,
          [this](const QModelIndex &index)
          {
            const qint64 fid = mModel->fidAt(index.row());
            if (fid > 0)
              emit unitActivated(fid);
          });
  connect(mModel, &QAbstractItemModel::modelReset, this, &UnitTableDock::updateCount);
  // A filter, a sort or a refresh reads the rows again: the selection follows the units.
  connect(mModel, &QAbstractItemModel::modelAboutToBeReset, this, &UnitTableDock::keepSelection);
  connect(mModel, &QAbstractItemModel::modelReset, this, &UnitTableDock::restoreSelection);

  // Column widths from the first rows only, however many units there are.
  mView->horizontalHeader()->setResizeContentsPrecision(PageSizeForWidths);
  mView->verticalHeader()->setResizeContentsPrecision(PageSizeForWidths);
  fillChoices();
  updateCount();
}

UnitTableDock::~UnitTableDock() = default;

void UnitTableDock::setProject(const QString &gpkgPath, const Taxonomy &taxonomy,
                               const QString &language)
{
  const QgsTemporaryCursorOverride wait(Qt::WaitCursor);
  mForgetSelection = true;
  mModel->setFilter(UnitFilter());
  mModel->setProject(gpkgPath, taxonomy, language);
  mModel->setPalette(projectPalette(gpkgPath));
  fillChoices();
  mForgetSelection = false;
  if (!mColumnsSized && mModel->rowCount() > 0)
  {
    mView->resizeColumnsToContents();
    // Long names and addresses are cut rather than pushing the level off screen.
    const int widest = mView->fontMetrics().averageCharWidth() * 36;
    for (int column = 0; column < mModel->columnCount(); ++column)
      mView->setColumnWidth(column, std::min(mView->columnWidth(column), widest));
    mColumnsSized = true;
  }
}

void UnitTableDock::fillChoices()
{
  mFilling = true;
  const QString language = mModel->language();
  for (int i = 0; i < mLevel->count(); ++i)
  {
    const int level = mLevel->itemData(i).toInt();
    if (level > 0)
      mLevel->setItemText(i, levelName(static_cast<RiskLevel>(level), language));
  }
  mCategory->clear();
  mCategory->addItem(tr("All categories"));
  for (const Category &category : mModel->taxonomy().categories())
    mCategory->addItem(category.name(language), category.code);
  mRegion->clear();
  fillRegions();
  mLevel->setCurrentIndex(0);
  mControl->setCurrentIndex(0);
  mText->clear();
  mTextDelay->stop();
  fillSectors();
  mFilling = false;
  for (QComboBox *combo : {mCategory, mLevel, mControl})
    fitPopupToNames(combo);
}

void UnitTableDock::fillRegions()
{
  // An import may have added regions; the chosen one stays chosen.
  const bool filling = mFilling;
  mFilling = true;
  const int chosenIndex = mRegion->currentIndex();
  const QString chosen = mRegion->currentData().toString();
  mRegion->clear();
  mRegion->addItem(tr("All regions"));
  mRegion->addItem(tr("Outside every region"));
  for (const UnitRegionChoice &region : mModel->regionChoices())
    mRegion->addItem(region.name.isEmpty() ? region.id : region.name, region.id);
  if (chosenIndex >= FirstRegion)
    mRegion->setCurrentIndex(std::max(0, mRegion->findData(chosen)));
  else
    mRegion->setCurrentIndex(std::max(0, chosenIndex));
  mFilling = filling;
  if (!mFilling)
    applyFilter();
  fitPopupToNames(mRegion);
}

void UnitTableDock::fillSectors()
{
  const bool filling = mFilling;
  mFilling = true;
  const QString chosen = mSector->currentData().toString();
  const QString category = mCategory->currentData().toString();
  mSector->clear();
  mSector->addItem(tr("All sectors"));
  for (const Category &each : mModel->taxonomy().categories())
  {
    if (!category.isEmpty() && each.code != category)
      continue;
    for (const Sector &sector : each.sectors)
      mSector->addItem(QStringLiteral("%1 %2").arg(sector.code, sector.name(mModel->language())),
                       sector.code);
  }
  mSector->setCurrentIndex(std::max(0, mSector->findData(chosen)));
  mFilling = filling;
  fitPopupToNames(mSector);
}

void UnitTableDock::applyFilter()
{
  if (mFilling)
    return;
  mTextDelay->stop();
  UnitFilter filter;
  filter.category = mCategory->currentData().toString();
  filter.sector = mSector->currentData().toString();
  const int level = mLevel->currentData().toInt();
  if (level >= 0)
    filter.level = static_cast<RiskLevel>(level);
  if (mRegion->currentIndex() == OutsideRegions)
    filter.regionId = QString(QLatin1String(""));
  else if (mRegion->currentIndex() >= FirstRegion)
    filter.regionId = mRegion->currentData().toString();
  const int control = mControl->currentData().toInt();
  if (control >= 0)
    filter.control = static_cast<ControlLevel>(control);
  filter.text = mText->value();
  if (filter == mModel->filter())
    return;
  const QgsTemporaryCursorOverride wait(Qt::WaitCursor);
  mModel->setFilter(filter);
}

void UnitTableDock::refresh()
{
  const QgsTemporaryCursorOverride wait(Qt::WaitCursor);
  mModel->refresh();
  mModel->setPalette(projectPalette(mModel->path()));
  fillRegions();
}

void UnitTableDock::keepSelection()
{
  mKeptSelection.clear();
  mKeptCurrent = 0;
  if (mForgetSelection)
    return;
  mKeptSelection = selectedFids();
  mKeptCurrent = mModel->fidAt(mView->currentIndex().row());
}

void UnitTableDock::restoreSelection()
{
  // The units still shown stay selected, silently: the map keeps its selection either way.
  selectUnits(mKeptSelection);
  const QList<int> rows = mModel->rowsOf({mKeptCurrent});
  if (!rows.isEmpty())
  {
    const QModelIndex index = mModel->index(rows.first(), 0);
    mView->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    mView->scrollTo(index);
  }
  mKeptSelection.clear();
  mKeptCurrent = 0;
}

QList<qint64> UnitTableDock::selectedFids() const
{
  QList<int> rows;
  const QItemSelection selection = mView->selectionModel()->selection();
  for (const QItemSelectionRange &range : selection)
  {
    for (int row = range.top(); row <= range.bottom(); ++row)
      rows << row;
  }
  std::sort(rows.begin(), rows.end());
  rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
  QList<qint64> fids;
  fids.reserve(rows.size());
  for (int row : rows)
    fids << mModel->fidAt(row);
  return fids;
}

void UnitTableDock::selectUnits(const QList<qint64> &fids)
{
  const bool silent = mSilent;
  mSilent = true;
  QList<int> rows = mModel->rowsOf(fids);
  std::sort(rows.begin(), rows.end());
  // Consecutive rows as one range: a selection of 100,000 units stays small.
  QItemSelection selection;
  const int last = mModel->columnCount() - 1;
  for (int i = 0; i < rows.size();)
  {
    int j = i;
    while (j + 1 < rows.size() && rows.at(j + 1) <= rows.at(j) + 1)
      ++j;
    selection.append(
        QItemSelectionRange(mModel->index(rows.at(i), 0), mModel->index(rows.at(j), last)));
    i = j + 1;
  }
  mView->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
  if (!rows.isEmpty())
    mView->scrollTo(mModel->index(rows.first(), 0));
  mSilent = silent;
}

void UnitTableDock::onSelectionChanged()
{
  if (!mSilent)
    emit unitsSelected(selectedFids());
}

void UnitTableDock::updateCount()
{
  const int shown = mModel->rowCount();
  const qint64 total = mModel->totalCount();
  if (!mModel->error().isEmpty())
    mCount->setText(tr("Cannot read the units: %1").arg(mModel->error()));
  else if (shown == total)
    mCount->setText(tr("%n unit(s)", nullptr, shown));
  else
    mCount->setText(tr("%1 of %2 units").arg(QLocale().toString(shown), QLocale().toString(total)));
}

} // namespace riskatlas
