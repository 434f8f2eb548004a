#pragma once

#include "hiddendanger.h"

#include <QDate>
#include <QList>
#include <QString>

namespace riskatlas
{

/**
 * Writes hidden dangers as the register bureaus keep (CSV with BOM, or XLSX by the file's
 * suffix): the Chinese headers of domain.md §8, which an import reads back, and the days each
 * is overdue as of a date (逾期天数; overdue rows filled in the XLSX).
 */
class HazardExporter
{
public:
  static bool write(const QList<HiddenDanger> &hazards, const QDate &asOf, const QString &path,
                    const QString &title, QString *error);
  //! The header row.
  static QStringList headers();
  //! One row's cells as text, in headers() order.
  static QStringList row(const HiddenDanger &hazard, const QDate &asOf);
};

} // namespace riskatlas
