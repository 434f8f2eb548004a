#pragma once

#include "api/hazardrequest.h"
#include "hiddendanger.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace riskatlas
{

/**
 * The form to move one hidden danger along its life cycle (HazardLifecycle): the new status,
 * the date of the step, the verifier of a closure and the reason to reopen. It says at once why
 * a change is refused and only then lets the user confirm; the choice comes back as a
 * HazardUpdate for ProjectSession::updateHazard(), which checks it again in its transaction.
 */
class HazardStatusDialog : public QDialog
{
  Q_OBJECT

public:
  HazardStatusDialog(const HiddenDanger &hazard, QWidget *parent = nullptr);

  HazardUpdate update() const;
  //! Why the current choice is refused; empty when it is allowed.
  QString refusal() const { return mRefusal; }

  QComboBox *statusBox() const { return mStatus; }
  QDateEdit *dateEdit() const { return mDate; }
  QLineEdit *verifierEdit() const { return mVerifier; }
  QLineEdit *reasonEdit() const { return mReason; }
  QDialogButtonBox *buttons() const { return mButtons; }

private:
  void check();

  HiddenDanger mHazard;
  QComboBox *mStatus = nullptr;
  QDateEdit *mDate = nullptr;
  QLineEdit *mVerifier = nullptr;
  QLineEdit *mReason = nullptr;
  QLabel *mVerdict = nullptr;
  QDialogButtonBox *mButtons = nullptr;
  QString mRefusal;
};

} // namespace riskatlas
