#include "problemsdock.h"

#include "workflow/unitquery.h"

#include <QHeaderView>
#include <QTreeWidget>
#include <functional>
#include <qgsguiutils.h>

namespace riskatlas
{

namespace
{
enum Column
{
  UnitColumn,
  NameColumn,
  ProblemColumn,
  ColumnCount
};

//! Lists the units \a filter lets through under \a group; returns how many there are.
qint64 listUnits(UnitQuery &query, const UnitFilter &filter, QTreeWidgetItem *group,
                 const std::function<QString(const UnitTableRecord &)> &problem, QString *error)
{
  std::vector<qint64> fids;
  query.orderedFids(filter, UnitField::UnitId, Qt::AscendingOrder, fids);
  const int listed = static_cast<int>(std::min<size_t>(fids.size(), ProblemsDock::MaxUnitsListed));
  for (const UnitTableRecord &unit : query.records(fids.data(), listed))
  {
    if (unit.fid == 0)
      continue;
    auto *item = new QTreeWidgetItem(group, {unit.unitId, unit.name, problem(unit)});
    item->setData(UnitColumn, ProblemsDock::FidRole, unit.fid);
    item->setToolTip(ProblemColumn, problem(unit));
  }
  if (!query.error().isEmpty())
    *error = query.error();
  return static_cast<qint64>(fids.size());
}
} // namespace

ProblemsDock::ProblemsDock(QWidget *parent) : QDockWidget(tr("Problems"), parent)
{
  setObjectName(QStringLiteral("ProblemsDock"));
  mTree = new QTreeWidget(this);
  mTree->setColumnCount(ColumnCount);
  mTree->setHeaderLabels({tr("Unit ID"), tr("Name"), tr("Problem")});
  mTree->setUniformRowHeights(true);
  mTree->setAlternatingRowColors(true);
  mTree->header()->setStretchLastSection(true);
  mUnscored = new QTreeWidgetItem(mTree);
  mOutside = new QTreeWidgetItem(mTree);
  mWarnings = new QTreeWidgetItem(mTree);
  for (QTreeWidgetItem *group : {mUnscored, mOutside, mWarnings})
  {
    group->setFirstColumnSpanned(true);
    group->setFlags(Qt::ItemIsEnabled);
  }
  setWidget(mTree);
  connect(mTree, &QTreeWidget::itemDoubleClicked, this,
          [this](QTreeWidgetItem *item)
          {
            const qint64 fid = item->data(UnitColumn, FidRole).toLongLong();
            if (fid > 0)
              emit unitActivated(fid);
          });
  refresh();
  updateWarningsTitle();
}

void ProblemsDock::setProject(const QString &gpkgPath)
{
  mPath = gpkgPath;
  clearWarnings();
  refresh();
}

void ProblemsDock::refresh()
{
  const QgsTemporaryCursorOverride wait(Qt::WaitCursor);
  qDeleteAll(mUnscored->takeChildren());
  qDeleteAll(mOutside->takeChildren());
  qint64 unscored = 0;
  qint64 outside = 0;
  QString error;
  if (!mPath.isEmpty())
  {
    if (auto query = UnitQuery::open(mPath, &error))
    {
      // Only what an assessment found: before the first one every unit is unscored and unplaced.
      UnitFilter notScored;
      notScored.level = RiskLevel::None;
      notScored.assessedOnly = true;
      unscored = listUnits(
          *query, notScored, mUnscored,
          [](const UnitTableRecord &unit)
          {
            // The note names the unit, which its row already shows.
            const QString prefix = QStringLiteral("unit %1: ").arg(unit.unitId);
            if (unit.note.isEmpty())
              return tr("Not scored");
            return unit.note.startsWith(prefix) ? unit.note.mid(prefix.size()) : unit.note;
          },
          &error);
      UnitFilter outsideRegions;
      outsideRegions.regionId = QString(QLatin1String(""));
      outsideRegions.assessedOnly = true;
      outside = listUnits(
          *query, outsideRegions, mOutside,
          [](const UnitTableRecord &) {
            return tr(
                "Outside every region: its position lies in no district, street or grid cell");
          },
          &error);
    }
  }
  mUnscored->setText(UnitColumn, tr("Units not scored (%1)").arg(QLocale().toString(unscored)));
  mOutside->setText(UnitColumn,
                    tr("Units outside every region (%1)").arg(QLocale().toString(outside)));
  for (QTreeWidgetItem *group : {mUnscored, mOutside})
  {
    const qint64 count = group == mUnscored ? unscored : outside;
    if (count > MaxUnitsListed)
      new QTreeWidgetItem(group,
                          {tr("… and %1 more").arg(QLocale().toString(count - MaxUnitsListed))});
    group->setExpanded(count > 0 && count <= MaxUnitsListed);
  }
  if (!error.isEmpty())
    setToolTip(tr("Cannot read the units: %1").arg(error));
  else
    setToolTip(QString());
  mTree->resizeColumnToContents(UnitColumn);
  mTree->resizeColumnToContents(NameColumn);
}

void ProblemsDock::addWarnings(const QString &source, const QStringList &warnings)
{
  if (warnings.isEmpty())
    return;
  auto *file = new QTreeWidgetItem(mWarnings, {source});
  file->setFirstColumnSpanned(true);
  for (const QString &warning : warnings)
  {
    auto *item = new QTreeWidgetItem(file);
    item->setText(ProblemColumn, warning);
    item->setToolTip(ProblemColumn, warning);
  }
  file->setExpanded(true);
  mWarnings->setExpanded(true);
  updateWarningsTitle();
}

void ProblemsDock::clearWarnings()
{
  qDeleteAll(mWarnings->takeChildren());
  updateWarningsTitle();
}

void ProblemsDock::updateWarningsTitle()
{
  int count = 0;
  for (int i = 0; i < mWarnings->childCount(); ++i)
    count += mWarnings->child(i)->childCount();
  mWarnings->setText(UnitColumn, tr("Import warnings (%1)").arg(QLocale().toString(count)));
}

} // namespace riskatlas
