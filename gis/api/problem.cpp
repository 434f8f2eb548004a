#include "api/problem.h"

#include "api/assessoutcome.h"
#include "api/importoutcome.h"

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

QString Problem::message() const
{
  if (location.isEmpty())
    return reason;
  const QString where = unitId.isEmpty() ? location : Tr::tr("%1 (id %2)").arg(location, unitId);
  return Tr::tr("%1: %2: field %3: value \"%4\": %5").arg(file, where, field, value, reason);
}

Problem Problem::fileProblem(ProblemKind kind, const QString &file, const QString &reason)
{
  Problem problem;
  problem.kind = kind;
  problem.file = file;
  problem.reason = reason;
  return problem;
}

QStringList problemMessages(const Problems &problems)
{
  QStringList messages;
  for (const Problem &problem : problems)
    messages << problem.message();
  return messages;
}

ImportOutcome &ImportOutcome::fail(ProblemKind kind, const QString &file, const QString &reason)
{
  return fail(Problem::fileProblem(kind, file, reason));
}

ImportOutcome &ImportOutcome::fail(const Problem &problem)
{
  ok = false;
  problems << problem;
  return *this;
}

Problem assessProblem(const AssessOutcome &outcome, const QString &projectPath)
{
  return Problem::fileProblem(outcome.errorKind, projectPath, outcome.error);
}

} // namespace riskatlas
