#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QgsFileWidget;

namespace riskatlas
{

/**
 * The choices of the assessment report (ProjectSession::writeReport): the format (A4 PDF, or
 * DOCX, ODT or HTML through pandoc), where to write it, its language and an optional template
 * folder with the consultancy's wording; remembered for the next report. The format follows the
 * file's suffix and choosing a format changes the suffix.
 */
class ReportExportDialog : public QDialog
{
  Q_OBJECT

public:
  explicit ReportExportDialog(const QString &projectPath, QWidget *parent = nullptr);

  //! The report to write (the chosen format's suffix added when the name has none).
  QString outputFile() const;
  //! "pdf", "docx", "odt" or "html".
  QString format() const;
  //! "zh" or "en".
  QString language() const;
  //! The template folder (ProjectSession::writeReport's templateFolder), empty for none.
  QString templateFolder() const;
  //! The earlier project to compare with (ProjectSession::writeReport's older), empty for none.
  QString compareWith() const;

  void accept() override;

private:
  bool validate();
  void formatChosen();
  void fileChanged();

  QgsFileWidget *mOutput = nullptr;
  QLabel *mOutputProblem = nullptr;
  QComboBox *mFormat = nullptr;
  QComboBox *mLanguage = nullptr;
  QgsFileWidget *mTemplate = nullptr;
  QgsFileWidget *mCompare = nullptr;
  QDialogButtonBox *mButtons = nullptr;
};

} // namespace riskatlas
