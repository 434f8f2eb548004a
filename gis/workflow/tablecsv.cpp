#include "workflow/tablecsv.h"

#include "support/csvwriter.h"

namespace riskatlas
{

bool writeTableCsv(const QString &path, const QStringList &header, const QList<QStringList> &rows,
                   QString *error)
{
  CsvWriter csv(path);
  csv.writeRow(header);
  for (const QStringList &row : rows)
    csv.writeRow(row);
  return csv.commit(error);
}

} // namespace riskatlas
