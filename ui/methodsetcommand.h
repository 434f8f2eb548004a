#pragma once

#include "methodset.h"
#include "regionaggregation.h"
#include "sessiontask.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <optional>

namespace riskatlas
{

class ProjectDocument;

/**
 * Applying an edited method set, as one step of the project's undo stack: redo makes \a next the
 * project's set and assesses the changes (incrementally, from the stored state); undo makes the
 * previous set the project's again and assesses. Each runs as a writing SessionTask on the
 * document; each replacement is a committed transaction with its audit entry (set-method-set,
 * old hash → new hash), so an undo appends the reversal and never removes history.
 */
class MethodSetCommand : public QUndoCommand
{
  Q_DECLARE_TR_FUNCTIONS(MethodSetCommand)

public:
  //! \a rule: the aggregation rule to assess with (unset: the project's); undo restores
  //! \a previousRule.
  MethodSetCommand(ProjectDocument *document, const MethodSet &previous, const MethodSet &next,
                   AggregationRule previousRule, std::optional<AggregationRule> rule = {});

  void undo() override;
  void redo() override;

  /**
   * The step itself (what the task runs): makes \a set the project's, then assesses what changed
   * with \a rule. Stops at the first problem; a failed assessment leaves the new set in place
   * (the next assessment scores with it).
   */
  static TaskResult apply(ProjectSession &session, const MethodSet &set,
                          std::optional<AggregationRule> rule, QgsFeedback *feedback);

private:
  void run(const MethodSet &set, std::optional<AggregationRule> rule, const QString &what);

  ProjectDocument *mDocument;
  MethodSet mPrevious;
  MethodSet mNext;
  AggregationRule mPreviousRule;
  std::optional<AggregationRule> mRule;
};

} // namespace riskatlas
