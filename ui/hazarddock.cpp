#include "hazarddock.h"

#include "hazardstatusdialog.h"
#include "naturalorder.h"
#include "workflow/projectsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace riskatlas
{

namespace
{
enum Column
{
  IdColumn,
  UnitColumn,
  GradeColumn,
  StatusColumn,
  RoundColumn,
  DistrictColumn,
  DeadlineColumn,
  OverdueColumn,
  DescriptionColumn,
  ColumnCount
};

bool chinese()
{
  return QLocale().language() == QLocale::Chinese;
}

//! Sorts numbers as numbers and ids by their digit runs.
class HazardItem : public QTreeWidgetItem
{
public:
  using QTreeWidgetItem::QTreeWidgetItem;
  bool operator<(const QTreeWidgetItem &other) const override
  {
    const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
    if (column == OverdueColumn)
      return data(column, Qt::UserRole).toLongLong() <
             other.data(column, Qt::UserRole).toLongLong();
    return naturalLess(text(column), other.text(column));
  }
};
} // namespace

HazardDock::HazardDock(QWidget *parent) : QDockWidget(tr("Hidden dangers"), parent)
{
  setObjectName(QStringLiteral("HazardDock"));
  auto *body = new QWidget(this);
  mGrade = new QComboBox(body);
  mGrade->addItem(tr("All grades"));
  for (HazardGrade grade : hazardGrades())
    mGrade->addItem(chinese() ? hazardGradeNameZh(grade) : hazardGradeNameEn(grade),
                    static_cast<int>(grade));
  mStatus = new QComboBox(body);
  mStatus->addItem(tr("All statuses"));
  for (HazardStatus status : hazardStatuses())
    mStatus->addItem(chinese() ? hazardStatusNameZh(status) : hazardStatusNameEn(status),
                     static_cast<int>(status));
  mRound = new QComboBox(body);
  mRound->addItem(tr("All rounds"));
  mOverdueOnly = new QCheckBox(tr("Overdue only"), body);
  mAsOf = new QDateEdit(QDate::currentDate(), body);
  mAsOf->setCalendarPopup(true);
  mAsOf->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  mAsOf->setToolTip(tr("The date overdue is judged on"));
  mChange = new QPushButton(tr("Change status…"), body);
  mChange->setEnabled(false);
  mCount = new QLabel(body);

  auto *filters = new QHBoxLayout;
  filters->addWidget(mGrade);
  filters->addWidget(mStatus);
  filters->addWidget(mRound);
  filters->addWidget(mOverdueOnly);
  filters->addWidget(new QLabel(tr("As of:"), body));
  filters->addWidget(mAsOf);
  filters->addStretch();
  mTree = new QTreeWidget(body);
  mTree->setColumnCount(ColumnCount);
  mTree->setHeaderLabels({tr("ID"), tr("Unit"), tr("Grade"), tr("Status"), tr("Round"),
                          tr("District"), tr("Deadline"), tr("Days overdue"), tr("Description")});
  mTree->setRootIsDecorated(false);
  mTree->setUniformRowHeights(true);
  mTree->setAlternatingRowColors(true);
  mTree->setSortingEnabled(true);
  mTree->sortByColumn(IdColumn, Qt::AscendingOrder);
  mTree->header()->setStretchLastSection(true);
  auto *footer = new QHBoxLayout;
  footer->addWidget(mCount, 1);
  footer->addWidget(mChange);
  auto *layout = new QVBoxLayout(body);
  layout->addLayout(filters);
  layout->addWidget(mTree, 1);
  layout->addLayout(footer);
  setWidget(body);

  for (QComboBox *box : {mGrade, mStatus, mRound})
    connect(box, qOverload<int>(&QComboBox::currentIndexChanged), this, &HazardDock::fill);
  connect(mOverdueOnly, &QCheckBox::toggled, this, &HazardDock::fill);
  connect(mAsOf, &QDateEdit::dateChanged, this, &HazardDock::refresh);
  connect(mTree, &QTreeWidget::currentItemChanged, this,
          [this] { mChange->setEnabled(currentHazard() != nullptr); });
  connect(mChange, &QPushButton::clicked, this, &HazardDock::changeStatus);
  connect(mTree, &QTreeWidget::itemDoubleClicked, this,
          [this](QTreeWidgetItem *item)
          {
            const int index = item->data(IdColumn, IndexRole).toInt();
            if (index >= 0 && index < mHazards.size())
              emit unitActivated(mHazards.at(index).unitId);
          });
}

void HazardDock::setProject(const QString &gpkgPath)
{
  mPath = gpkgPath;
  mUnitId.clear();
  refresh();
}

void HazardDock::showUnit(const QString &unitId)
{
  mUnitId = unitId;
  fill();
}

void HazardDock::setAsOf(const QDate &date)
{
  mAsOf->setDate(date);
}

HazardFilter HazardDock::filter() const
{
  HazardFilter filter;
  filter.asOf = mAsOf->date();
  filter.overdueOnly = mOverdueOnly->isChecked();
  if (mGrade->currentIndex() > 0)
    filter.grade = static_cast<HazardGrade>(mGrade->currentData().toInt());
  if (mStatus->currentIndex() > 0)
    filter.status = static_cast<HazardStatus>(mStatus->currentData().toInt());
  if (mRound->currentIndex() > 0)
    filter.round = mRound->currentText();
  filter.unitId = mUnitId;
  return filter;
}

void HazardDock::refresh()
{
  mHazards.clear();
  if (!mPath.isEmpty())
  {
    auto session = ProjectSession::open(mPath, OpenMode::ReadOnly, nullptr);
    HazardFilter all;
    all.asOf = mAsOf->date();
    if (session)
      mHazards = session->hazards(all, nullptr);
  }
  // The round choices follow the register; the chosen one stays when it still exists.
  const QString round = mRound->currentIndex() > 0 ? mRound->currentText() : QString();
  QSet<QString> rounds;
  for (const HiddenDanger &hazard : mHazards)
    if (!hazard.round.isEmpty())
      rounds.insert(hazard.round);
  QStringList sorted(rounds.cbegin(), rounds.cend());
  std::sort(sorted.begin(), sorted.end(), naturalLess);
  {
    const QSignalBlocker blocker(mRound);
    while (mRound->count() > 1)
      mRound->removeItem(1);
    mRound->addItems(sorted);
    mRound->setCurrentIndex(std::max(0, mRound->findText(round)));
  }
  int overdue = 0;
  for (const HiddenDanger &hazard : mHazards)
    overdue += hazard.isOverdue(mAsOf->date()) ? 1 : 0;
  const bool changed = overdue != mOverdue;
  mOverdue = overdue;
  fill();
  if (changed)
    emit overdueCountChanged(overdue);
}

void HazardDock::fill()
{
  const HazardFilter chosen = filter();
  mTree->setSortingEnabled(false);
  mTree->clear();
  const bool zh = chinese();
  int listed = 0;
  for (int i = 0; i < mHazards.size(); ++i)
  {
    const HiddenDanger &hazard = mHazards.at(i);
    if ((chosen.overdueOnly && !hazard.isOverdue(chosen.asOf)) ||
        (chosen.grade && hazard.grade != *chosen.grade) ||
        (chosen.status && hazard.status != *chosen.status) ||
        (!chosen.round.isEmpty() && hazard.round != chosen.round) ||
        (!chosen.unitId.isEmpty() && hazard.unitId != chosen.unitId))
      continue;
    const qint64 days = hazard.daysOverdue(chosen.asOf);
    auto *item = new HazardItem(
        mTree, {hazard.id, QStringLiteral("%1 %2").arg(hazard.unitId, hazard.unitName),
                zh ? hazardGradeNameZh(hazard.grade) : hazardGradeNameEn(hazard.grade),
                zh ? hazardStatusNameZh(hazard.status) : hazardStatusNameEn(hazard.status),
                hazard.round, hazard.districtName, hazard.deadline.toString(Qt::ISODate),
                days > 0 ? QString::number(days) : QString(), hazard.description});
    item->setData(IdColumn, IndexRole, i);
    item->setData(OverdueColumn, Qt::UserRole, days);
    item->setToolTip(DescriptionColumn, hazard.description);
    if (days > 0)
      for (int column = 0; column < ColumnCount; ++column)
        item->setForeground(column, QColor(QStringLiteral("#B00020")));
    ++listed;
  }
  mTree->setSortingEnabled(true);
  for (int column = 0; column < DescriptionColumn; ++column)
    mTree->resizeColumnToContents(column);
  mCount->setText(tr("%1 of %2 hidden dangers, %3 overdue as of %4")
                      .arg(listed)
                      .arg(mHazards.size())
                      .arg(std::max(0, mOverdue))
                      .arg(chosen.asOf.toString(Qt::ISODate)));
  mChange->setEnabled(currentHazard() != nullptr);
}

const HiddenDanger *HazardDock::currentHazard() const
{
  const QTreeWidgetItem *item = mTree->currentItem();
  const int index = item ? item->data(IdColumn, IndexRole).toInt() : -1;
  return index >= 0 && index < mHazards.size() ? &mHazards.at(index) : nullptr;
}

void HazardDock::changeStatus()
{
  const HiddenDanger *hazard = currentHazard();
  if (!hazard)
    return;
  HazardStatusDialog dialog(*hazard, this);
  if (dialog.exec() == QDialog::Accepted)
    emit updateRequested(dialog.update());
}

} // namespace riskatlas
