#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLineEdit;

namespace riskatlas
{

/**
 * Asks why units are deleted (required, kept in the audit log like an override's reason) and,
 * when several are selected, confirms them by listing them. Delete stays disabled without a
 * reason.
 */
class UnitDeleteDialog : public QDialog
{
  Q_OBJECT

public:
  //! \a units: one line per unit ("RU0001 青山区昌盛化工有限公司").
  explicit UnitDeleteDialog(const QStringList &units, QWidget *parent = nullptr);

  QString reason() const;
  QLineEdit *reasonEdit() const { return mReason; }

private:
  QLineEdit *mReason = nullptr;
  QDialogButtonBox *mButtons = nullptr;
};

} // namespace riskatlas
