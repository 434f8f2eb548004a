#include "auditlogmodel.h"

#include "auditdescription.h"
#include "language.h"
#include "uilanguage.h"

#include <QDateTime>

namespace riskatlas
{

bool AuditFilter::accepts(const AuditEntry &entry) const
{
  if (!action.isEmpty() && entry.action != action)
    return false;
  if (!user.isEmpty() && entry.user != user)
    return false;
  if (from.isValid() || to.isValid())
  {
    const QDate day = QDateTime::fromString(entry.timestamp, Qt::ISODate).toLocalTime().date();
    if ((from.isValid() && day < from) || (to.isValid() && day > to))
      return false;
  }
  if (!text.isEmpty())
  {
    for (const QString *field :
         {&entry.target, &entry.oldValue, &entry.newValue, &entry.reason, &entry.action})
    {
      if (field->contains(text, Qt::CaseInsensitive))
        return true;
    }
    return false;
  }
  return true;
}

AuditLogModel::AuditLogModel(QObject *parent) : QAbstractTableModel(parent) {}

void AuditLogModel::setEntries(const QList<AuditEntry> &entries)
{
  beginResetModel();
  mEntries = entries;
  apply();
  endResetModel();
}

void AuditLogModel::setFilter(const AuditFilter &filter)
{
  beginResetModel();
  mFilter = filter;
  apply();
  endResetModel();
}

void AuditLogModel::apply()
{
  mShown.clear();
  for (int i = mEntries.size() - 1; i >= 0; --i)
  {
    if (mFilter.accepts(mEntries.at(i)))
      mShown.append(i);
  }
}

QString AuditLogModel::actionText(const QString &action)
{
  return auditActionText(action, Language::get(UiLanguage::current()));
}

int AuditLogModel::rowCount(const QModelIndex &parent) const
{
  return parent.isValid() ? 0 : mShown.size();
}

int AuditLogModel::columnCount(const QModelIndex &parent) const
{
  return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditLogModel::data(const QModelIndex &index, int role) const
{
  if (!index.isValid() || index.row() >= mShown.size())
    return QVariant();
  const AuditEntry &shown = entry(index.row());
  if (role == ActionRole)
    return shown.action;
  if (role == SequenceRole)
    return shown.sequence;
  if (role == Qt::ToolTipRole && index.column() == ChangeColumn)
    return tr("%1\n→ %2").arg(shown.oldValue, shown.newValue);
  if (role == Qt::ToolTipRole && index.column() == ActionColumn)
    return shown.action;
  if (role != Qt::DisplayRole)
    return QVariant();
  switch (index.column())
  {
  case SequenceColumn:
    return shown.sequence;
  case TimeColumn:
    return QDateTime::fromString(shown.timestamp, Qt::ISODate)
        .toLocalTime()
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
  case UserColumn:
    return shown.user;
  case ActionColumn:
    return actionText(shown.action);
  case TargetColumn:
    return shown.target;
  case ChangeColumn:
    return auditChangeText(shown, Language::get(UiLanguage::current()));
  case ReasonColumn:
    return shown.reason;
  default:
    return QVariant();
  }
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
  if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
    return QAbstractTableModel::headerData(section, orientation, role);
  switch (section)
  {
  case SequenceColumn:
    return tr("#");
  case TimeColumn:
    return tr("Time");
  case UserColumn:
    return tr("Who");
  case ActionColumn:
    return tr("What");
  case TargetColumn:
    return tr("Target");
  case ChangeColumn:
    return tr("Old → new");
  case ReasonColumn:
    return tr("Reason");
  default:
    return QVariant();
  }
}

} // namespace riskatlas
