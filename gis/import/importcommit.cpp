#include "import/importcommit.h"

#include "store/projectstore.h"

#include <qgsfeedback.h>

namespace riskatlas
{

bool commitImport(ProjectStore &store, QgsFeedback *feedback, ImportOutcome &outcome,
                  const QString &cancelMessage)
{
  QString error;
  if (feedback && feedback->isCanceled())
  {
    store.rollback();
    outcome.fail(ProblemKind::Cancelled, store.path(), cancelMessage);
    return false;
  }
  if (!store.commit(&error))
  {
    store.rollback();
    outcome.fail(ProblemKind::Failed, store.path(), error);
    return false;
  }
  if (feedback)
    feedback->setProgress(100.0);
  return true;
}

} // namespace riskatlas
