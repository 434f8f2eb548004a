#pragma once

#include "methodset.h"
#include "regionaggregation.h"
#include "taxonomy.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace riskatlas
{

class BandTableEditor;
class FactorTableEditor;
class PaletteEditor;
class MethodAssignmentTable;
class MethodSetDraft;
class RiskMatrixGrid;
class WhatIfPanel;

/**
 * Edits a copy of a project's method set: which method scores each sector, category and the
 * rest; each method's parameters (the risk matrix as a coloured grid, LEC and MES band tables);
 * the LEC and MES factor tables; the level colours (palette); the control-level correction and
 * the aggregation rule. Starts from the project's set, a
 * shipped template or a JSON file; exports JSON. Edits have their own undo stack (undoStack()),
 * every edit is checked by the assessment's own reader with the reason shown at the field, and
 * the what-if panel shows which units and regions would change level.
 *
 * Nothing is written: applyRequested() asks the window to apply methodSet() (MethodSetCommand)
 * and aggregationRule().
 */
class MethodSetEditor : public QWidget
{
  Q_OBJECT

public:
  MethodSetEditor(const QString &projectPath, const Taxonomy &taxonomy, const MethodSet &current,
                  QWidget *parent = nullptr);
  ~MethodSetEditor() override;

  //! The edited set (the last valid one while the draft has problems; see canApply()).
  MethodSet methodSet() const;
  //! The aggregation rule chosen (initially \a rule of setAggregationRule(), else max).
  AggregationRule aggregationRule() const;
  void setAggregationRule(AggregationRule rule);
  //! The draft is a valid method set for the taxonomy.
  bool canApply() const;
  //! Every problem of the draft ("path: reason").
  QStringList problems() const;

  MethodSetDraft *draft() const { return mDraft; }
  RiskMatrixGrid *matrixGrid() const { return mMatrix; }
  BandTableEditor *bandTable() const { return mBands; }
  //! The factor tables of the LEC or MES method shown.
  FactorTableEditor *factorTable() const { return mFactors; }
  PaletteEditor *paletteEditor() const { return mPalette; }
  //! Brings the palette (level colours) into view.
  void showPalette();
  MethodAssignmentTable *assignments() const { return mAssignments; }
  WhatIfPanel *whatIf() const { return mWhatIf; }
  QPushButton *applyButton() const { return mApply; }

  //! Shows the parameters of the method at \a path ({"default"}, {"sectors", "I09"}, …).
  void showMethod(const QStringList &path);
  //! Replaces the draft with a shipped template (undoable); false when unknown.
  bool useTemplate(const QString &name);
  //! Replaces the draft with a method-set file (undoable; its problems show at the fields).
  bool importFile(const QString &file, QString *error);
  //! Writes the edited set as JSON; false with \a error when invalid or not written.
  bool exportFile(const QString &file, QString *error) const;

  //! Previews the draft again (call after the project changed: the preview reads the new state).
  void refreshPreview();

signals:
  //! The analyst asked to apply the edited set (only offered while canApply()).
  void applyRequested();
  void canApplyChanged(bool canApply);
  void unitActivated(qint64 fid);
  void regionActivated(qint64 fid);

private:
  void draftChanged();
  void refreshCorrection();
  void correctionEdited();

  MethodSetDraft *mDraft;
  QString mCurrentHash;
  QStringList mMethodPath;
  MethodAssignmentTable *mAssignments;
  QStackedWidget *mMethodPages;
  QLabel *mMethodTitle;
  RiskMatrixGrid *mMatrix;
  BandTableEditor *mMatrixBands;
  BandTableEditor *mBands;
  FactorTableEditor *mFactors;
  QTabWidget *mProductTabs;
  PaletteEditor *mPalette;
  QTabWidget *mLeftTabs = nullptr;
  QComboBox *mCorrectionType;
  QDoubleSpinBox *mCorrection[3];
  QLabel *mCorrectionProblems;
  QComboBox *mRule;
  QGroupBox *mComposite = nullptr;
  QLabel *mProblems;
  WhatIfPanel *mWhatIf;
  QPushButton *mApply;
  bool mCanApply = false;
  bool mRefreshing = false;
};

} // namespace riskatlas
