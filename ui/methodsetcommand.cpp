#include "methodsetcommand.h"

#include "projectdocument.h"
#include "workflow/projectsession.h"

namespace riskatlas
{

MethodSetCommand::MethodSetCommand(ProjectDocument *document, const MethodSet &previous,
                                   const MethodSet &next, AggregationRule previousRule,
                                   std::optional<AggregationRule> rule)
    : QUndoCommand(tr("Change the method set")), mDocument(document), mPrevious(previous),
      mNext(next), mPreviousRule(previousRule), mRule(rule)
{
}

void MethodSetCommand::redo()
{
  run(mNext, mRule, tr("Apply the method set"));
}

void MethodSetCommand::undo()
{
  run(mPrevious, mPreviousRule, tr("Restore the previous method set"));
}

void MethodSetCommand::run(const MethodSet &set, std::optional<AggregationRule> rule,
                           const QString &what)
{
  mDocument->run(new SessionTask(what, mDocument->path(), true,
                                 [set, rule](ProjectSession &session, QgsFeedback *feedback)
                                 { return apply(session, set, rule, feedback); }));
}

TaskResult MethodSetCommand::apply(ProjectSession &session, const MethodSet &set,
                                   std::optional<AggregationRule> rule, QgsFeedback *feedback)
{
  TaskResult result;
  Problem problem;
  if (!session.replaceMethodSet(set, &problem))
  {
    result.problems << problem;
    return result;
  }
  AssessRequest request;
  request.aggregation = rule;
  const AssessOutcome outcome = session.assess(request, feedback);
  if (!outcome.ok)
  {
    result.cancelled = outcome.errorKind == ProblemKind::Cancelled;
    result.problems << assessProblem(outcome, session.path());
    return result;
  }
  result.ok = true;
  result.messages << tr("%n unit(s) changed level, ", nullptr,
                        static_cast<int>(outcome.levelChanges.size())) +
                         tr("%n region(s) rewritten.", nullptr, outcome.regionsWritten);
  result.warnings << session.takeWarnings();
  return result;
}

} // namespace riskatlas
