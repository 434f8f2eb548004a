#pragma once

#include "api/unitedit.h"
#include "methodset.h"
#include "taxonomy.h"

#include <QDockWidget>
#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace riskatlas
{

/**
 * The side panel for one unit: its inputs as choices labelled with its method's descriptors
 * (可能性 "5 — 每年可能发生"), the control level, the columns kept from import (read-only), its
 * result (score, inherent and final level) and what the inputs shown would give, and a manual
 * level override that cannot be applied without a reason. Apply emits editRequested() with only
 * what changed; the window turns it into a UnitEditCommand on the project's undo stack.
 */
class UnitEditorDock : public QDockWidget
{
  Q_OBJECT

public:
  explicit UnitEditorDock(QWidget *parent = nullptr);

  //! The project the units come from (empty: none), named with \a taxonomy in \a language.
  void setProject(const QString &gpkgPath, const Taxonomy &taxonomy, const QString &language);
  //! Shows unit \a fid (0: none), read from the project now.
  void showUnit(qint64 fid);
  //! Reads the shown unit again (after a commit, an undo or redo), dropping unapplied choices.
  void refresh();
  qint64 fid() const { return mDetails.fid; }
  //! The unit as last read.
  const UnitDetails &details() const { return mDetails; }

  //! What Apply would request: the inputs and override that differ from the stored ones.
  UnitEdit pendingEdit() const;
  //! Something changed and, for an override, a reason is given.
  bool canApply() const;

  //! The choice box of an input field ("likelihood", "lec_l", "control" …); null if not shown.
  QComboBox *inputBox(const QString &field) const { return mInputs.value(field); }
  QComboBox *overrideBox() const { return mOverride; }
  QLineEdit *reasonEdit() const { return mReason; }
  //! During a review session every change needs its reason, not only an override.
  void setReasonRequired(bool required);
  bool isReasonRequired() const { return mReasonRequired; }
  QPushButton *applyButton() const { return mApply; }
  QTableWidget *keptColumns() const { return mKept; }
  //! The final level line ("Major risk", "Low risk (override: …)").
  QLabel *levelLabel() const { return mLevel; }
  //! What the inputs shown give at the next assessment.
  QLabel *previewLabel() const { return mPreview; }

signals:
  //! The analyst applied \a edit (never empty; an override carries its reason).
  void editRequested(const riskatlas::UnitEdit &edit);

private:
  void rebuild();
  void addInputBox(const QString &field, const QString &label,
                   const QList<QPair<QString, QString>> &choices);
  void updateState();
  QString levelText(const QString &key) const;
  QString fieldLabel(const QString &field) const;

  QString mPath;
  Taxonomy mTaxonomy;
  QString mLanguage = QStringLiteral("zh");
  UnitDetails mDetails;
  MethodSet mMethodSet;
  QLabel *mTitle = nullptr;
  QLabel *mError = nullptr;
  QWidget *mBody = nullptr;
  QFormLayout *mInputsForm = nullptr;
  QHash<QString, QComboBox *> mInputs;
  QLabel *mMethod = nullptr;
  QLabel *mScore = nullptr;
  QLabel *mInherent = nullptr;
  QLabel *mLevel = nullptr;
  QLabel *mPreview = nullptr;
  QComboBox *mOverride = nullptr;
  QLineEdit *mReason = nullptr;
  bool mReasonRequired = false;
  QLabel *mHint = nullptr;
  QPushButton *mApply = nullptr;
  QPushButton *mRevert = nullptr;
  QTableWidget *mKept = nullptr;
};

} // namespace riskatlas
