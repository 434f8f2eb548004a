#pragma once

#include "api/mapexport.h"

#include <QDialog>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QTemporaryDir>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTimer;
class QgsFileWidget;

namespace riskatlas
{

class SessionTask;
struct TaskResult;

/**
 * The choices of a four-colour map export (MapRequest and the output file), with a preview of
 * its first page rendered in the background by the same export at a low resolution. Choices
 * are checked as they change (ProjectSession::checkMapRequest), each problem shown under its
 * field, and remembered for the next export.
 */
class MapExportDialog : public QDialog
{
  Q_OBJECT

public:
  //! \a categories: the project's categories as (code, name), for "one category" maps.
  MapExportDialog(const QString &projectPath, const QList<QPair<QString, QString>> &categories,
                  QWidget *parent = nullptr);
  ~MapExportDialog() override;

  MapRequest request() const;
  QString outputFile() const;
  //! The last preview rendered (null before the first one is done).
  QImage previewImage() const { return mPreviewImage; }

  void accept() override;

signals:
  //! A preview finished (successfully or not).
  void previewUpdated();

protected:
  void resizeEvent(QResizeEvent *event) override;

private:
  QLabel *addProblemLabel(const QString &setting);
  void restoreChoices();
  void saveChoices() const;
  void choicesChanged();
  //! Shows the problems of the current choices; true when there are none.
  bool validate();
  void startPreview();
  void previewDone(int generation, const QString &image, const TaskResult &result);
  void showPreview();

  QString mProjectPath;
  QgsFileWidget *mOutput = nullptr;
  QgsFileWidget *mTemplate = nullptr;
  QComboBox *mPaper = nullptr;
  QComboBox *mOrientation = nullptr;
  QComboBox *mKind = nullptr;
  QComboBox *mCategory = nullptr;
  QCheckBox *mAtlas = nullptr;
  QLineEdit *mBasemap = nullptr;
  QSpinBox *mDpi = nullptr;
  QComboBox *mLanguage = nullptr;
  QLabel *mPreview = nullptr;
  QLabel *mPreviewStatus = nullptr;
  QDialogButtonBox *mButtons = nullptr;
  QHash<QString, QLabel *> mProblemLabels; //!< by MapRequest setting ("paper", "template" …)
  QTimer *mDebounce = nullptr;
  QTemporaryDir mPreviewDir;
  QPointer<SessionTask> mPreviewTask;
  int mGeneration = 0;          //!< bumped by each change of choices
  bool mPreviewPending = false; //!< choices changed while a preview was rendering
  QImage mPreviewImage;
  Problem mTemplateProblem; //!< the preview's TemplateInvalid for the current choices
};

} // namespace riskatlas
