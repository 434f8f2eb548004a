#include "regiontablemodel.h"

#include "unittablemodel.h"

#include <QHash>
#include <algorithm>

namespace riskatlas
{

namespace
{
//! The value a column sorts by.
QVariant sortKey(const AssessedRegion &region, int column)
{
  switch (column)
  {
  case RegionTableModel::IdColumn:
    return region.regionId;
  case RegionTableModel::NameColumn:
    return region.name;
  case RegionTableModel::LevelColumn:
    return static_cast<int>(region.level);
  case RegionTableModel::UnitsColumn:
    return region.unitCount;
  case RegionTableModel::MajorColumn:
    return region.counts.count(RiskLevel::Major);
  case RegionTableModel::SignificantColumn:
    return region.counts.count(RiskLevel::Significant);
  case RegionTableModel::GeneralColumn:
    return region.counts.count(RiskLevel::General);
  case RegionTableModel::LowColumn:
    return region.counts.count(RiskLevel::Low);
  case RegionTableModel::IndexColumn:
    return region.aggregateIndex;
  case RegionTableModel::RaisedByColumn:
    return region.raisedBy.join(QLatin1Char(','));
  default:
    return region.fid;
  }
}

bool lessThan(const QVariant &a, const QVariant &b)
{
  if (a.userType() == QMetaType::QString)
    return a.toString() < b.toString();
  if (a.userType() == QMetaType::Double)
    return a.toDouble() < b.toDouble();
  return a.toLongLong() < b.toLongLong();
}
} // namespace

RegionTableModel::RegionTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void RegionTableModel::setRegions(const QVector<AssessedRegion> &regions, const QString &language)
{
  beginResetModel();
  mRegions = regions;
  mLanguage = language;
  sortRows();
  endResetModel();
}

QList<int> RegionTableModel::rowsOf(const QList<qint64> &fids) const
{
  QHash<qint64, int> rows;
  for (int row = 0; row < mRegions.size(); ++row)
    rows.insert(mRegions.at(row).fid, row);
  QList<int> found;
  for (qint64 fid : fids)
  {
    const auto it = rows.constFind(fid);
    if (it != rows.constEnd())
      found << it.value();
  }
  return found;
}

int RegionTableModel::rowCount(const QModelIndex &parent) const
{
  return parent.isValid() ? 0 : mRegions.size();
}

int RegionTableModel::columnCount(const QModelIndex &parent) const
{
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegionTableModel::data(const QModelIndex &index, int role) const
{
  if (!index.isValid() || index.row() >= mRegions.size())
    return QVariant();
  const AssessedRegion &region = mRegions.at(index.row());
  switch (role)
  {
  case FidRole:
    return region.fid;
  case LevelRole:
    return levelKey(region.level);
  case Qt::DisplayRole:
    if (index.column() == LevelColumn)
      return region.level == RiskLevel::None ? tr("Not assessed")
                                             : levelName(region.level, mLanguage);
    if (index.column() == RaisedByColumn)
      return region.raisedBy.join(QStringLiteral(", "));
    return sortKey(region, index.column());
  case Qt::BackgroundRole:
    return index.column() == LevelColumn ? UnitTableModel::levelBackground(region.level, mPalette)
                                         : QVariant();
  case Qt::ForegroundRole:
    return index.column() == LevelColumn ? UnitTableModel::levelForeground(region.level, mPalette)
                                         : QVariant();
  case Qt::TextAlignmentRole:
    return index.column() >= UnitsColumn && index.column() <= IndexColumn
               ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
               : QVariant();
  default:
    return QVariant();
  }
}

QVariant RegionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
    return QAbstractTableModel::headerData(section, orientation, role);
  switch (section)
  {
  case IdColumn:
    return tr("Region ID");
  case NameColumn:
    return tr("Name");
  case LevelColumn:
    return tr("Level");
  case UnitsColumn:
    return tr("Units");
  case MajorColumn:
    return levelName(RiskLevel::Major, mLanguage);
  case SignificantColumn:
    return levelName(RiskLevel::Significant, mLanguage);
  case GeneralColumn:
    return levelName(RiskLevel::General, mLanguage);
  case LowColumn:
    return levelName(RiskLevel::Low, mLanguage);
  case IndexColumn:
    return tr("Aggregate index");
  case RaisedByColumn:
    return tr("Raised by");
  default:
    return QVariant();
  }
}

void RegionTableModel::sort(int column, Qt::SortOrder order)
{
  beginResetModel();
  mSortColumn = column;
  mSortOrder = order;
  sortRows();
  endResetModel();
}

void RegionTableModel::sortRows()
{
  const int column = mSortColumn;
  const bool descending = mSortOrder == Qt::DescendingOrder;
  std::stable_sort(mRegions.begin(), mRegions.end(),
                   [column, descending](const AssessedRegion &a, const AssessedRegion &b)
                   {
                     const QVariant ka = sortKey(a, column);
                     const QVariant kb = sortKey(b, column);
                     if (lessThan(ka, kb))
                       return !descending;
                     if (lessThan(kb, ka))
                       return descending;
                     return a.fid < b.fid;
                   });
}

void RegionTableModel::setPalette(const LevelPalette &palette)
{
  if (palette == mPalette)
    return;
  mPalette = palette;
  if (!mRegions.isEmpty())
    emit dataChanged(index(0, LevelColumn), index(mRegions.size() - 1, LevelColumn),
                     {Qt::BackgroundRole, Qt::ForegroundRole});
}

} // namespace riskatlas
