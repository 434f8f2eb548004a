#pragma once

#include "auditentry.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QVector>

namespace riskatlas
{

//! Which audit entries a history shows; an empty member lets every entry through.
struct AuditFilter
{
  QString action;
  QString user;
  //! Entries whose target, old or new value or reason contain it, case-insensitively.
  QString text;
  QDate from; //!< first day shown (local time), invalid: no limit
  QDate to;   //!< last day shown (local time), invalid: no limit

  bool accepts(const AuditEntry &entry) const;
};

/**
 * A project's audit log for a table, newest first, through an AuditFilter: sequence, time
 * (local), who, what (worded), target, old → new, reason. Thousands of level changes of an
 * assessment filter in milliseconds.
 */
class AuditLogModel : public QAbstractTableModel
{
  Q_OBJECT

public:
  enum Column
  {
    SequenceColumn,
    TimeColumn,
    UserColumn,
    ActionColumn,
    TargetColumn,
    ChangeColumn,
    ReasonColumn,
    ColumnCount
  };
  //! The raw action key of a row (e.g. "edit-unit").
  static constexpr int ActionRole = Qt::UserRole + 1;
  //! The sequence number of a row's entry (what UnitEditCommand reverses).
  static constexpr int SequenceRole = Qt::UserRole + 2;

  explicit AuditLogModel(QObject *parent = nullptr);

  //! The entries of a log, oldest first as the project stores them.
  void setEntries(const QList<AuditEntry> &entries);
  void setFilter(const AuditFilter &filter);
  const AuditFilter &filter() const { return mFilter; }
  //! The entry shown in \a row.
  const AuditEntry &entry(int row) const { return mEntries.at(mShown.at(row)); }
  const QList<AuditEntry> &entries() const { return mEntries; }

  //! How an action reads ("edit-unit" → "Unit edited"); unknown actions as they are.
  static QString actionText(const QString &action);

  int rowCount(const QModelIndex &parent = QModelIndex()) const override;
  int columnCount(const QModelIndex &parent = QModelIndex()) const override;
  QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
  QVariant headerData(int section, Qt::Orientation orientation,
                      int role = Qt::DisplayRole) const override;

private:
  void apply();

  QList<AuditEntry> mEntries;
  AuditFilter mFilter;
  QVector<int> mShown; //!< indexes into mEntries, newest first
};

} // namespace riskatlas
