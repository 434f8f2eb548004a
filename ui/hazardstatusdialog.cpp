#include "hazardstatusdialog.h"

#include "hazardlifecycle.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace riskatlas
{

namespace
{
QString statusName(HazardStatus status)
{
  const bool zh = QLocale().language() == QLocale::Chinese;
  return zh ? hazardStatusNameZh(status) : hazardStatusNameEn(status);
}
} // namespace

HazardStatusDialog::HazardStatusDialog(const HiddenDanger &hazard, QWidget *parent)
    : QDialog(parent), mHazard(hazard)
{
  setObjectName(QStringLiteral("HazardStatusDialog"));
  setWindowTitle(tr("Hidden danger %1").arg(hazard.id));
  auto *form = new QFormLayout;
  auto *about =
      new QLabel(tr("%1 at %2 %3, found %4, deadline %5")
                     .arg(hazard.description.isEmpty() ? hazard.id : hazard.description,
                          hazard.unitId, hazard.unitName, hazard.foundDate.toString(Qt::ISODate),
                          hazard.deadline.toString(Qt::ISODate)),
                 this);
  about->setWordWrap(true);
  form->addRow(about);
  form->addRow(tr("Current status:"), new QLabel(statusName(hazard.status), this));
  mStatus = new QComboBox(this);
  for (HazardStatus status : hazardStatuses())
    mStatus->addItem(statusName(status), static_cast<int>(status));
  mStatus->setCurrentIndex(
      std::min(static_cast<int>(hazard.status) + 1, static_cast<int>(HazardStatus::Closed)));
  form->addRow(tr("New status:"), mStatus);
  mDate = new QDateEdit(QDate::currentDate(), this);
  mDate->setCalendarPopup(true);
  mDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
  mDate->setToolTip(tr("The date the hidden danger was rectified, or struck off for a closure"));
  form->addRow(tr("Date:"), mDate);
  mVerifier = new QLineEdit(hazard.verifier, this);
  mVerifier->setPlaceholderText(tr("Who verified the rectification (closure)"));
  form->addRow(tr("Verifier:"), mVerifier);
  mReason = new QLineEdit(this);
  mReason->setPlaceholderText(tr("Required to reopen"));
  form->addRow(tr("Reason:"), mReason);
  mVerdict = new QLabel(this);
  mVerdict->setWordWrap(true);
  mButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  auto *layout = new QVBoxLayout(this);
  layout->addLayout(form);
  layout->addWidget(mVerdict);
  layout->addWidget(mButtons);
  connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(mStatus, qOverload<int>(&QComboBox::currentIndexChanged), this,
          &HazardStatusDialog::check);
  connect(mDate, &QDateEdit::dateChanged, this, &HazardStatusDialog::check);
  connect(mVerifier, &QLineEdit::textChanged, this, &HazardStatusDialog::check);
  connect(mReason, &QLineEdit::textChanged, this, &HazardStatusDialog::check);
  check();
}

HazardUpdate HazardStatusDialog::update() const
{
  HazardUpdate update;
  update.hazardId = mHazard.id;
  const auto status = static_cast<HazardStatus>(mStatus->currentData().toInt());
  update.status = status;
  if (status == HazardStatus::Rectified ||
      (status == HazardStatus::Closed && !mHazard.rectifiedDate.isValid()))
    update.rectifiedDate = mDate->date();
  if (status == HazardStatus::Closed)
  {
    update.closedDate = mDate->date();
    update.verifier = mVerifier->text().trimmed();
  }
  update.reason = mReason->text().trimmed();
  return update;
}

void HazardStatusDialog::check()
{
  const HazardUpdate chosen = update();
  HazardChange change;
  change.to = *chosen.status;
  change.rectifiedDate = chosen.rectifiedDate;
  change.verifier = chosen.verifier;
  change.closedDate = chosen.closedDate;
  change.reason = chosen.reason;
  const HazardVerdict verdict = HazardLifecycle::check(mHazard, change);
  mRefusal = verdict.reason;
  mVerdict->setText(verdict.allowed() ? QString() : verdict.reason);
  mVerdict->setStyleSheet(verdict.allowed() ? QString() : QStringLiteral("color: #B00020;"));
  mButtons->button(QDialogButtonBox::Ok)->setEnabled(verdict.allowed());
  const auto status = *chosen.status;
  mVerifier->setEnabled(status == HazardStatus::Closed);
  mDate->setEnabled(status >= HazardStatus::Rectified);
}

} // namespace riskatlas
