#include "taxonomycommand.h"

#include "projectdocument.h"
#include "workflow/projectsession.h"

namespace riskatlas
{

TaxonomyCommand::TaxonomyCommand(ProjectDocument *document, const Taxonomy &before,
                                 const Taxonomy &after, QUndoCommand *parent)
    : QUndoCommand(tr("Edit Taxonomy"), parent), mDocument(document),
      mSelf(std::make_shared<TaxonomyCommand *>(this)), mName(text()), mBefore(before),
      mAfter(after)
{
}

TaxonomyCommand::~TaxonomyCommand()
{
  *mSelf = nullptr;
}

void TaxonomyCommand::markRefused(bool refused)
{
  setText(refused ? tr("%1 (last step refused)").arg(mName) : mName);
}

void TaxonomyCommand::redo()
{
  replace(mBefore, mAfter, false);
}

void TaxonomyCommand::undo()
{
  replace(mAfter, mBefore, true);
}

void TaxonomyCommand::replace(const Taxonomy &from, const Taxonomy &to, bool undoing)
{
  if (!mDocument)
    return;
  const QString name = mName;
  const QString step = undoing ? tr("Undo %1").arg(name) : name;
  // Full sentences, for the status bar or a message box.
  auto refusal = [undoing, name](const QString &reason)
  {
    return undoing ? tr("Cannot undo “%1”: %2. The project keeps its current taxonomy.")
                         .arg(name, reason)
                   : tr("Cannot apply “%1”: %2. The project keeps its current taxonomy.")
                         .arg(name, reason);
  };
  auto *task =
      new SessionTask(step, mDocument->path(), true,
                      [from, to, step, refusal](ProjectSession &session, QgsFeedback *)
                      {
                        TaskResult result;
                        Problem problem;
                        const Taxonomy current = session.taxonomy(&problem);
                        if (!problem.reason.isEmpty())
                        {
                          result.problems << problem;
                          return result;
                        }
                        if (current == to)
                        {
                          // An earlier step was refused: the file is already where this one leads.
                          result.ok = true;
                          return result;
                        }
                        if (current != from)
                        {
                          result.problems << Problem::fileProblem(
                              ProblemKind::Failed, session.path(),
                              refusal(tr("the taxonomy was changed outside the workbench since")));
                          return result;
                        }
                        if (!session.replaceTaxonomy(to, &problem))
                        {
                          result.problems << Problem::fileProblem(problem.kind, session.path(),
                                                                  refusal(problem.message()));
                          return result;
                        }
                        result.ok = true;
                        result.messages
                            << tr("%1: %n sector(s) in %2 categories", nullptr, to.sectorCount())
                                   .arg(step)
                                   .arg(to.categories().size());
                        return result;
                      });
  const RefusalHandler refused = mRefused;
  const std::shared_ptr<TaxonomyCommand *> self = mSelf;
  QObject::connect(task, &SessionTask::completed, mDocument.data(),
                   [refused, self](const TaskResult &result)
                   {
                     if (result.cancelled)
                       return;
                     if (*self)
                       (*self)->markRefused(!result.ok);
                     if (!result.ok && refused)
                       refused(result.problems.isEmpty() ? QString()
                                                         : result.problems.first().message());
                   });
  mDocument->run(task);
}

} // namespace riskatlas
