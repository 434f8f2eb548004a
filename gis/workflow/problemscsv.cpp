#include "workflow/problemscsv.h"

#include "support/csvwriter.h"

namespace riskatlas
{

bool writeProblemsCsv(const QString &path, const Problems &problems, const ProblemWording &wording,
                      QString *error)
{
  CsvWriter csv(path);
  csv.writeRow({QStringLiteral("file"), QStringLiteral("row"), QStringLiteral("id"),
                QStringLiteral("field"), QStringLiteral("value"), QStringLiteral("reason")});
  for (const Problem &problem : problems)
  {
    if (problem.isRowProblem())
      csv.writeRow({problem.file, problem.location, problem.unitId, problem.field, problem.value,
                    wording.reason(problem)});
  }
  // File-level problems (missing columns, unknown CRS) have no row.
  for (const Problem &problem : problems)
  {
    if (!problem.isRowProblem())
      csv.writeRow(
          {QString(), QString(), QString(), QString(), QString(), wording.message(problem)});
  }
  return csv.commit(error);
}

} // namespace riskatlas
