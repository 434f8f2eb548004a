#include "unitdeletedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace riskatlas
{

UnitDeleteDialog::UnitDeleteDialog(const QStringList &units, QWidget *parent) : QDialog(parent)
{
  setObjectName(QStringLiteral("UnitDeleteDialog"));
  setWindowTitle(tr("Delete Units"));
  auto *layout = new QVBoxLayout(this);
  auto *question = new QLabel(
      units.size() == 1
          ? tr("Delete unit %1? The audit log keeps its whole record; Undo restores it.")
                .arg(units.first())
          : tr("Delete these %n units? The audit log keeps their records; Undo restores them.",
               nullptr, static_cast<int>(units.size())),
      this);
  question->setWordWrap(true);
  layout->addWidget(question);
  if (units.size() > 1)
  {
    auto *list = new QListWidget(this);
    list->setObjectName(QStringLiteral("units"));
    list->addItems(units);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    layout->addWidget(list);
  }
  auto *form = new QFormLayout();
  mReason = new QLineEdit(this);
  mReason->setObjectName(QStringLiteral("reason"));
  mReason->setPlaceholderText(tr("Required, e.g. the company closed"));
  form->addRow(tr("Reason"), mReason);
  layout->addLayout(form);
  mButtons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
  QPushButton *ok = mButtons->button(QDialogButtonBox::Ok);
  ok->setText(units.size() == 1 ? tr("Delete")
                                : tr("Delete %n Units", nullptr, static_cast<int>(units.size())));
  ok->setEnabled(false);
  layout->addWidget(mButtons);
  connect(mReason, &QLineEdit::textChanged, this,
          [ok](const QString &text) { ok->setEnabled(!text.trimmed().isEmpty()); });
  connect(mButtons, &QDialogButtonBox::accepted, this, &QDialog::accept);
  connect(mButtons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString UnitDeleteDialog::reason() const
{
  return mReason->text().trimmed();
}

} // namespace riskatlas
