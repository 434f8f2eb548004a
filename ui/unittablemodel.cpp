#include "unittablemodel.h"

#include <QBrush>
#include <QColor>
#include <QSet>
#include <algorithm>

namespace riskatlas
{

namespace
{
UnitField fieldOf(int column)
{
  switch (column)
  {
  case UnitTableModel::UnitIdColumn:
    return UnitField::UnitId;
  case UnitTableModel::NameColumn:
    return UnitField::Name;
  case UnitTableModel::CategoryColumn:
    return UnitField::Category;
  case UnitTableModel::SectorColumn:
    return UnitField::Sector;
  case UnitTableModel::RegionColumn:
    return UnitField::Region;
  case UnitTableModel::MethodColumn:
    return UnitField::Method;
  case UnitTableModel::ScoreColumn:
    return UnitField::Score;
  case UnitTableModel::LevelColumn:
    return UnitField::Level;
  case UnitTableModel::ControlColumn:
    return UnitField::Control;
  default:
    return UnitField::Fid;
  }
}
} // namespace

UnitTableModel::UnitTableModel(QObject *parent) : QAbstractTableModel(parent) {}

UnitTableModel::~UnitTableModel() = default;

bool UnitTableModel::setProject(const QString &gpkgPath, const Taxonomy &taxonomy,
                                const QString &language)
{
  mTaxonomy = taxonomy;
  mLanguage = language;
  mError.clear();
  mQuery.reset();
  if (!gpkgPath.isEmpty())
    mQuery = UnitQuery::open(gpkgPath, &mError);
  reload();
  return mError.isEmpty();
}

QString UnitTableModel::path() const
{
  return mQuery ? mQuery->path() : QString();
}

void UnitTableModel::refresh()
{
  reload();
}

void UnitTableModel::setFilter(const UnitFilter &filter)
{
  if (filter == mFilter)
    return;
  mFilter = filter;
  reload();
}

void UnitTableModel::sort(int column, Qt::SortOrder order)
{
  if (column == mSortColumn && order == mSortOrder)
    return;
  mSortColumn = column;
  mSortOrder = order;
  reload();
}

void UnitTableModel::reload()
{
  beginResetModel();
  mPages.clear();
  mFids.clear();
  mTotal = 0;
  if (mQuery)
  {
    mError.clear();
    mQuery->orderedFids(mFilter, fieldOf(mSortColumn), mSortOrder, mFids);
    mTotal =
        mFilter == UnitFilter() ? static_cast<qint64>(mFids.size()) : mQuery->count(UnitFilter());
    mError = mQuery->error();
  }
  endResetModel();
}

QVector<UnitRegionChoice> UnitTableModel::regionChoices() const
{
  return mQuery ? mQuery->regionChoices() : QVector<UnitRegionChoice>();
}

qint64 UnitTableModel::fidAt(int row) const
{
  return row >= 0 && static_cast<size_t>(row) < mFids.size() ? mFids[static_cast<size_t>(row)] : 0;
}

QList<int> UnitTableModel::rowsOf(const QList<qint64> &fids) const
{
  // One pass over the shown fids, whatever the number asked for.
  QHash<qint64, int> wanted;
  wanted.reserve(fids.size());
  for (qint64 fid : fids)
    wanted.insert(fid, -1);
  for (size_t row = 0; row < mFids.size(); ++row)
  {
    auto it = wanted.find(mFids[row]);
    if (it != wanted.end())
      it.value() = static_cast<int>(row);
  }
  QList<int> rows;
  for (qint64 fid : fids)
  {
    const int row = wanted.value(fid, -1);
    if (row >= 0)
      rows << row;
  }
  return rows;
}

int UnitTableModel::rowCount(const QModelIndex &parent) const
{
  return parent.isValid() ? 0 : static_cast<int>(mFids.size());
}

int UnitTableModel::columnCount(const QModelIndex &parent) const
{
  return parent.isValid() ? 0 : ColumnCount;
}

const UnitTableRecord *UnitTableModel::record(int row) const
{
  if (!mQuery || row < 0 || static_cast<size_t>(row) >= mFids.size())
    return nullptr;
  const int page = row / PageSize;
  auto it = mPages.find(page);
  if (it == mPages.end())
  {
    if (mPages.size() >= CachedPages)
    {
      auto oldest =
          std::min_element(mPages.begin(), mPages.end(),
                           [](const Page &a, const Page &b) { return a.lastUse < b.lastUse; });
      mPages.erase(oldest);
    }
    const size_t first = static_cast<size_t>(page) * PageSize;
    const int count = static_cast<int>(std::min<size_t>(PageSize, mFids.size() - first));
    Page loaded;
    loaded.rows = mQuery->records(mFids.data() + first, count);
    it = mPages.insert(page, loaded);
  }
  it->lastUse = ++mUseClock;
  return &it->rows[row % PageSize];
}

QString UnitTableModel::levelText(RiskLevel level, bool assessed, const QString &language)
{
  if (level == RiskLevel::None)
    return assessed ? tr("Not scored") : tr("Not assessed");
  return levelName(level, language);
}

QVariant UnitTableModel::levelBackground(RiskLevel level, const LevelPalette &palette)
{
  if (level == RiskLevel::None)
    return QVariant();
  return QBrush(QColor(palette.color(level)));
}

QVariant UnitTableModel::levelForeground(RiskLevel level, const LevelPalette &palette)
{
  if (level == RiskLevel::None)
    return QVariant();
  // Dark text on light colours (yellow, orange), light text on dark ones (red, blue).
  return QBrush(QColor(palette.textColor(level)));
}

void UnitTableModel::setPalette(const LevelPalette &palette)
{
  if (palette == mPalette)
    return;
  mPalette = palette;
  if (rowCount() > 0)
    emit dataChanged(index(0, LevelColumn), index(rowCount() - 1, LevelColumn),
                     {Qt::BackgroundRole, Qt::ForegroundRole});
}

QString UnitTableModel::controlText(const QString &control) const
{
  ControlLevel level = ControlLevel::Unknown;
  if (!ControlCorrection::parseControlLevel(control.trimmed(), level))
    return control;
  switch (level)
  {
  case ControlLevel::Good:
    return tr("Good");
  case ControlLevel::Fair:
    return tr("Fair");
  case ControlLevel::Poor:
    return tr("Poor");
  case ControlLevel::Unknown:
    break;
  }
  return QString();
}

QString UnitTableModel::methodText(const QString &method)
{
  if (method == QLatin1String("matrix"))
    return tr("Risk matrix");
  if (method == QLatin1String("lec"))
    return tr("LEC");
  if (method == QLatin1String("mes"))
    return tr("MES");
  return method;
}

QVariant UnitTableModel::data(const QModelIndex &index, int role) const
{
  if (!index.isValid())
    return QVariant();
  const UnitTableRecord *row = record(index.row());
  if (!row)
    return QVariant();
  if (role == FidRole)
    return fidAt(index.row());
  if (row->fid == 0)
    return role == Qt::DisplayRole && index.column() == NameColumn
               ? QVariant(tr("(no longer in the project)"))
               : QVariant();
  switch (role)
  {
  case LevelRole:
    return levelKey(row->level);
  case NoteRole:
    return row->note;
  case Qt::DisplayRole:
    switch (index.column())
    {
    case UnitIdColumn:
      return row->unitId;
    case NameColumn:
      return row->name;
    case CategoryColumn:
    {
      const Category *category = mTaxonomy.category(row->category);
      return category ? category->name(mLanguage) : row->category;
    }
    case SectorColumn:
    {
      const Sector *sector = mTaxonomy.findSector(row->sector);
      return sector ? sector->name(mLanguage)
                    : (row->sectorName.isEmpty() ? row->sector : row->sectorName);
    }
    case RegionColumn:
      if (row->regionId.isEmpty() && row->assessed)
        return tr("Outside every region");
      return row->region.isEmpty() ? row->regionId : row->region;
    case MethodColumn:
      return methodText(row->method);
    case ScoreColumn:
      return row->score ? QVariant(*row->score) : QVariant();
    case LevelColumn:
      // An analyst's override is marked wherever the level is shown.
      return row->overridden
                 ? tr("%1 (override)").arg(levelText(row->level, row->assessed, mLanguage))
                 : levelText(row->level, row->assessed, mLanguage);
    case ControlColumn:
      return controlText(row->control);
    default:
      return QVariant();
    }
  case Qt::ToolTipRole:
    if (index.column() == LevelColumn && !row->note.isEmpty())
      return row->note;
    if (index.column() == RegionColumn)
      return row->regionId;
    if (index.column() == SectorColumn)
      return row->sector;
    if (index.column() == MethodColumn)
      return row->method;
    return QVariant();
  case Qt::BackgroundRole:
    return index.column() == LevelColumn ? levelBackground(row->level, mPalette) : QVariant();
  case Qt::ForegroundRole:
    return index.column() == LevelColumn ? levelForeground(row->level, mPalette) : QVariant();
  case Qt::TextAlignmentRole:
    return index.column() == ScoreColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
  default:
    return QVariant();
  }
}

QVariant UnitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
    return QAbstractTableModel::headerData(section, orientation, role);
  switch (section)
  {
  case UnitIdColumn:
    return tr("Unit ID");
  case NameColumn:
    return tr("Name");
  case CategoryColumn:
    return tr("Category");
  case SectorColumn:
    return tr("Sector");
  case RegionColumn:
    return tr("Region");
  case MethodColumn:
    return tr("Method");
  case ScoreColumn:
    return tr("Score");
  case LevelColumn:
    return tr("Level");
  case ControlColumn:
    return tr("Control level");
  default:
    return QVariant();
  }
}

} // namespace riskatlas
