#pragma once

#include "explanation.h"
#include "levelpalette.h"

#include <QDialog>

namespace riskatlas
{

class ExplanationView;

/**
 * "Why this level?" in a window of its own: an ExplanationView with a Close button (and Copy,
 * which puts the plain-text explanation on the clipboard for minutes and e-mails). Non-modal:
 * the analyst can keep it open beside the map while discussing.
 */
class ExplanationDialog : public QDialog
{
  Q_OBJECT

public:
  ExplanationDialog(const Explanation &explanation, const LevelPalette &palette,
                    QWidget *parent = nullptr);

  /**
   * Explains \a unitOrRegionId of the project at \a projectPath (read-only, in this thread:
   * one unit or one region's surroundings) in \a language and shows the dialog; a message box
   * says why when the project cannot explain it. The dialog deletes itself when closed.
   */
  static ExplanationDialog *showFor(const QString &projectPath, const QString &unitOrRegionId,
                                    const QString &language, QWidget *parent);

  ExplanationView *view() const { return mView; }

private:
  ExplanationView *mView;
};

} // namespace riskatlas
