#include "import/importoutcome.h"

#include "support/csvwriter.h"

#include <QCoreApplication>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(ImportOutcome)
};
} // namespace

QString ImportProblem::message() const
{
  const QString where = unitId.isEmpty() ? location : Tr::tr("%1 (id %2)").arg(location, unitId);
  return Tr::tr("%1: %2: field %3: value \"%4\": %5").arg(file, where, field, value, reason);
}

bool writeProblemsCsv(const QString &path, const ImportOutcome &outcome, QString *error)
{
  CsvWriter csv(path);
  csv.writeRow({QStringLiteral("file"), QStringLiteral("row"), QStringLiteral("id"),
                QStringLiteral("field"), QStringLiteral("value"), QStringLiteral("reason")});
  for (const ImportProblem &problem : outcome.problems)
    csv.writeRow({problem.file, problem.location, problem.unitId, problem.field, problem.value,
                  problem.reason});
  // File-level problems (missing columns, unknown CRS) have no row.
  for (const QString &message : outcome.errors)
  {
    const bool isRowProblem = std::any_of(outcome.problems.cbegin(), outcome.problems.cend(),
                                          [&message](const ImportProblem &problem)
                                          { return problem.message() == message; });
    if (!isRowProblem)
      csv.writeRow({QString(), QString(), QString(), QString(), QString(), message});
  }
  return csv.commit(error);
}

} // namespace riskatlas
