#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QgsFileWidget;

namespace riskatlas
{

/**
 * The choices of the assessment report (ProjectSession::writeReport): where to write the A4 PDF
 * and its language; remembered for the next report.
 */
class ReportExportDialog : public QDialog
{
  Q_OBJECT

public:
  explicit ReportExportDialog(const QString &projectPath, QWidget *parent = nullptr);

  //! The PDF to write (".pdf" added when the name has no suffix).
  QString outputFile() const;
  //! "zh" or "en".
  QString language() const;

  void accept() override;

private:
  bool validate();

  QgsFileWidget *mOutput = nullptr;
  QLabel *mOutputProblem = nullptr;
  QComboBox *mLanguage = nullptr;
  QDialogButtonBox *mButtons = nullptr;
};

} // namespace riskatlas
