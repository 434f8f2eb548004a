#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace riskatlas
{

/**
 * The columns of hidden-danger registers (domain.md §8): each field's key (hazard_id, unit_id,
 * unit_name, description, grade, source, round, found_date, deadline, responsible_party,
 * responsible_person, measures, funds, status, rectified_date, verifier, closed_date, listing,
 * longitude, latitude, sector, district) and the headers bureaus write for it, Chinese or
 * English. A unit's sector and district come from the project, so those columns are read past.
 */
class HazardColumns
{
public:
  //! Recognises the fields of \a headers: field key → column index (the first match wins).
  explicit HazardColumns(const QStringList &headers);

  int column(const QString &field) const { return mColumns.value(field, -1); }
  bool has(const QString &field) const { return mColumns.contains(field); }
  //! The header of \a field's column, else the field's usual Chinese header.
  QString header(const QString &field) const;
  //! The fields a register needs and lacks: hazard_id, unit_id or unit_name, grade, found_date.
  QStringList missingRequired() const;
  //! The usual Chinese header of \a field (隐患编号 …).
  static QString chineseHeader(const QString &field);
  //! Every field key in export order.
  static const QStringList &exportFields();

private:
  QStringList mHeaders;
  QHash<QString, int> mColumns;
};

} // namespace riskatlas
