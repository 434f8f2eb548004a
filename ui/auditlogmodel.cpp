#include "auditlogmodel.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

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

bool AuditLogModel::isUnitRecordAction(const QString &action)
{
  return action == QLatin1String("add-unit") || action == QLatin1String("delete-unit") ||
         action == QLatin1String("undo-add-unit") || action == QLatin1String("restore-unit");
}

QString AuditLogModel::recordSummary(const QString &recordJson)
{
  const QJsonObject record = QJsonDocument::fromJson(recordJson.toUtf8()).object();
  if (record.isEmpty())
    return QStringLiteral("—");
  QStringList parts;
  for (const char *field : {"unit_id", "name", "sector", "level"})
  {
    const QString value = record.value(QLatin1String(field)).toString();
    if (!value.isEmpty())
      parts << value;
  }
  return parts.join(QStringLiteral(" · "));
}

QString AuditLogModel::actionText(const QString &action)
{
  static const QHash<QString, const char *> texts{
      {QStringLiteral("new"), QT_TR_NOOP("Project created")},
      {QStringLiteral("migrate"), QT_TR_NOOP("Project format updated")},
      {QStringLiteral("set-crs"), QT_TR_NOOP("CRS set")},
      {QStringLiteral("import-units"), QT_TR_NOOP("Units imported")},
      {QStringLiteral("import-regions"), QT_TR_NOOP("Regions imported")},
      {QStringLiteral("make-grid"), QT_TR_NOOP("Grid made")},
      {QStringLiteral("assess"), QT_TR_NOOP("Assessed")},
      {QStringLiteral("level"), QT_TR_NOOP("Level changed")},
      {QStringLiteral("set-method-set"), QT_TR_NOOP("Method set replaced")},
      {QStringLiteral("set-taxonomy"), QT_TR_NOOP("Taxonomy replaced")},
      {QStringLiteral("edit-unit"), QT_TR_NOOP("Unit edited")},
      {QStringLiteral("override-level"), QT_TR_NOOP("Level overridden")},
      {QStringLiteral("clear-override"), QT_TR_NOOP("Override cleared")},
      {QStringLiteral("move-unit"), QT_TR_NOOP("Unit moved")},
      {QStringLiteral("add-unit"), QT_TR_NOOP("Unit added")},
      {QStringLiteral("delete-unit"), QT_TR_NOOP("Unit deleted")},
      {QStringLiteral("undo-add-unit"), QT_TR_NOOP("Addition undone")},
      {QStringLiteral("restore-unit"), QT_TR_NOOP("Unit restored")},
      {QStringLiteral("undo"), QT_TR_NOOP("Undone")},
      {QStringLiteral("redo"), QT_TR_NOOP("Redone")}};
  const char *text = texts.value(action);
  return text ? tr(text) : action;
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
    if (isUnitRecordAction(shown.action))
      // A unit added, deleted or restored: its record in brief (the tooltip has all of it).
      return tr("%1 → %2").arg(recordSummary(shown.oldValue), recordSummary(shown.newValue));
    if (shown.oldValue.isEmpty())
      return shown.newValue;
    return tr("%1 → %2").arg(shown.oldValue, shown.newValue);
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
