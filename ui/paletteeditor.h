#pragma once

#include "risklevel.h"

#include <QMap>
#include <QWidget>

class QLabel;
class QPushButton;
class QgsColorButton;

namespace riskatlas
{

class MethodSetDraft;

/**
 * The colours of the levels of a method-set draft (its "palette": maps, tables, report): one
 * colour button per level and for "not assessed", and "reset to default", which removes the
 * draft's own palette (a set without one keeps its hash). Two levels of the same colour are a
 * problem of the draft (it cannot be applied); two nearly alike are warned about at both
 * buttons. Each change is one edit on the draft's undo stack.
 */
class PaletteEditor : public QWidget
{
  Q_OBJECT

public:
  explicit PaletteEditor(MethodSetDraft *draft, QWidget *parent = nullptr);

  QgsColorButton *colorButton(RiskLevel level) const { return mButtons.value(level); }
  QPushButton *resetButton() const { return mReset; }
  //! The warning shown beside \a level's button (empty when none).
  QString warningText(RiskLevel level) const;
  //! The draft's problems with the palette, shown under the buttons (empty when none).
  QString problemText() const;

private:
  void refresh();
  void colorEdited(RiskLevel level, const QColor &color);

  MethodSetDraft *mDraft;
  QMap<RiskLevel, QgsColorButton *> mButtons;
  QMap<RiskLevel, QLabel *> mWarnings;
  QLabel *mProblems;
  QPushButton *mReset;
  bool mRefreshing = false;
};

} // namespace riskatlas
