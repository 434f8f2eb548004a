#include "explanationdialog.h"

#include "explanationview.h"
#include "workflow/projectsession.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace riskatlas
{

ExplanationDialog::ExplanationDialog(const Explanation &explanation, const LevelPalette &palette,
                                     QWidget *parent)
    : QDialog(parent), mView(new ExplanationView(this))
{
  const QString id = explanation.isRegion ? explanation.region.regionId : explanation.unit.unitId;
  setWindowTitle(tr("Why this level? — %1").arg(id));
  mView->setExplanation(explanation, palette);
  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  QPushButton *copy = buttons->addButton(tr("Copy as text"), QDialogButtonBox::ActionRole);
  copy->setObjectName(QStringLiteral("copy"));
  connect(copy, &QPushButton::clicked, this,
          [explanation]() { QApplication::clipboard()->setText(explanation.toText()); });
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  auto *layout = new QVBoxLayout(this);
  layout->addWidget(mView, 1);
  layout->addWidget(buttons);
  // Fits 1366×768 with the taskbar; the size the analyst chose is kept.
  QSettings settings;
  settings.beginGroup(QStringLiteral("ExplanationDialog"));
  const QSize size = settings.value(QStringLiteral("size")).toSize();
  resize(size.isValid()
             ? size
             : QSize(fontMetrics().averageCharWidth() * 90, fontMetrics().height() * 40));
  connect(this, &QDialog::finished, this,
          [this]()
          {
            QSettings settings;
            settings.setValue(QStringLiteral("ExplanationDialog/size"), this->size());
          });
}

ExplanationDialog *ExplanationDialog::showFor(const QString &projectPath,
                                              const QString &unitOrRegionId,
                                              const QString &language, QWidget *parent)
{
  Problem problem;
  Explanation explanation;
  LevelPalette palette;
  auto session = ProjectSession::open(projectPath, OpenMode::ReadOnly, &problem);
  if (session && session->explain(unitOrRegionId, language, explanation, &problem))
    palette = session->methodSet(&problem).palette();
  else
  {
    QMessageBox::warning(parent, tr("Why this level?"), problem.message());
    return nullptr;
  }
  auto *dialog = new ExplanationDialog(explanation, palette, parent);
  dialog->setAttribute(Qt::WA_DeleteOnClose);
  dialog->show();
  return dialog;
}

} // namespace riskatlas
