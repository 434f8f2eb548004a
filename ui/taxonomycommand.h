#pragma once

#include "taxonomy.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>
#include <functional>
#include <memory>

namespace riskatlas
{

class ProjectDocument;

/**
 * Replacing the project's taxonomy, undoably: redo() makes it \a after, undo() \a before, each
 * as a writing task on the document (ProjectSession::replaceTaxonomy, one committed transaction
 * and one audit entry each).
 *
 * Each step first checks the file: it applies only when the project's taxonomy is still what
 * the step starts from, and does nothing when it is already the target (an earlier step was
 * refused). A step is refused — the project keeps its taxonomy and the refusal handler gets
 * the reason — when the taxonomy was changed outside since, or when the target lacks a sector
 * that units now use (e.g. undoing an added sector after units were imported into it). The
 * command's text (the undo history's line) then says that its last step was refused.
 */
class TaxonomyCommand : public QUndoCommand
{
  Q_DECLARE_TR_FUNCTIONS(TaxonomyCommand)

public:
  //! Receives the message of a refused step (for the status bar or a message box).
  using RefusalHandler = std::function<void(const QString &message)>;

  TaxonomyCommand(ProjectDocument *document, const Taxonomy &before, const Taxonomy &after,
                  QUndoCommand *parent = nullptr);
  ~TaxonomyCommand() override;

  void setRefusalHandler(RefusalHandler handler) { mRefused = std::move(handler); }
  Taxonomy before() const { return mBefore; }
  Taxonomy after() const { return mAfter; }

  void redo() override;
  void undo() override;

private:
  //! Queues the step from \a from to \a to on the document.
  void replace(const Taxonomy &from, const Taxonomy &to, bool undoing);

  //! Says in the undo history that the last step was refused (or clears that when applied).
  void markRefused(bool refused);

  QPointer<ProjectDocument> mDocument;
  //! This command while it lives: a step's task completes after an undo stack may delete it.
  std::shared_ptr<TaxonomyCommand *> mSelf;
  QString mName;
  Taxonomy mBefore;
  Taxonomy mAfter;
  RefusalHandler mRefused;
};

} // namespace riskatlas
