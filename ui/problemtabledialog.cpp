#include "problemtabledialog.h"

#include "problemhint.h"
#include "workflow/problemscsv.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace riskatlas
{

namespace
{
//! Sorts "row 9" before "row 10": by the number in the text, then by the text.
class LocationItem : public QTableWidgetItem
{
public:
  explicit LocationItem(const QString &text) : QTableWidgetItem(text)
  {
    const QRegularExpressionMatch match = QRegularExpression(QStringLiteral("\\d+")).match(text);
    mNumber = match.hasMatch() ? match.captured().toLongLong() : -1;
  }
  bool operator<(const QTableWidgetItem &other) const override
  {
    const auto *location = dynamic_cast<const LocationItem *>(&other);
    if (location && location->mNumber != mNumber)
      return mNumber < location->mNumber;
    return text() < other.text();
  }

private:
  qint64 mNumber = -1;
};

enum Column
{
  FileColumn,
  LocationColumn,
  UnitColumn,
  FieldColumn,
  ValueColumn,
  ReasonColumn,
  ColumnCount
};
} // namespace

ProblemTableDialog::ProblemTableDialog(const QString &title, const Problems &problems,
                                       QWidget *parent)
    : QDialog(parent), mProblems(problems)
{
  setWindowTitle(title);
  setObjectName(QStringLiteral("ProblemTableDialog"));
  auto *layout = new QVBoxLayout(this);
  mSummary = new QLabel(this);
  mSummary->setObjectName(QStringLiteral("summary"));
  mSummary->setWordWrap(true);
  mSummary->setText(tr("%n problem(s); nothing was imported", nullptr, problems.size()));
  layout->addWidget(mSummary);

  mTable = new QTableWidget(problems.size(), ColumnCount, this);
  mTable->setObjectName(QStringLiteral("problemTable"));
  mTable->setHorizontalHeaderLabels(
      {tr("File"), tr("Row"), tr("Unit id"), tr("Field"), tr("Value"), tr("Reason")});
  mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
  mTable->setWordWrap(false);
  mTable->verticalHeader()->setVisible(false);
  for (int row = 0; row < problems.size(); ++row)
  {
    const Problem &problem = problems.at(row);
    const QString reason =
        problem.isRowProblem() ? ProblemHint::reason(problem) : ProblemHint::message(problem);
    const QStringList cells{problem.file,  problem.location, problem.unitId,
                            problem.field, problem.value,    reason};
    for (int column = 0; column < ColumnCount; ++column)
    {
      QTableWidgetItem *item = column == LocationColumn ? new LocationItem(cells.at(column))
                                                        : new QTableWidgetItem(cells.at(column));
      item->setToolTip(cells.at(column));
      mTable->setItem(row, column, item);
    }
  }
  mTable->setSortingEnabled(true);
  mTable->sortByColumn(LocationColumn, Qt::AscendingOrder);
  mTable->resizeColumnsToContents();
  mTable->horizontalHeader()->setStretchLastSection(true);
  layout->addWidget(mTable, 1);

  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  QPushButton *save = buttons->addButton(tr("Save as CSV…"), QDialogButtonBox::ActionRole);
  save->setObjectName(QStringLiteral("saveCsv"));
  connect(save, &QPushButton::clicked, this, &ProblemTableDialog::chooseCsvFile);
  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  layout->addWidget(buttons);
  resize(960, 480);
}

void ProblemTableDialog::setSummary(const QString &summary)
{
  mSummary->setText(summary);
}

bool ProblemTableDialog::saveCsv(const QString &path, QString *error) const
{
  return writeProblemsCsv(path, mProblems, ProblemHint::wording(), error);
}

void ProblemTableDialog::chooseCsvFile()
{
  QSettings settings;
  settings.beginGroup(QStringLiteral("ProblemTableDialog"));
  const QString folder = settings.value(QStringLiteral("lastFolder"), QDir::homePath()).toString();
  const QString path =
      QFileDialog::getSaveFileName(this, tr("Save problems as CSV"),
                                   QDir(folder).filePath(tr("problems.csv")), tr("CSV (*.csv)"));
  if (path.isEmpty())
    return;
  settings.setValue(QStringLiteral("lastFolder"), QFileInfo(path).absolutePath());
  QString error;
  if (!saveCsv(path, &error))
    QMessageBox::warning(this, windowTitle(), tr("Cannot write %1: %2").arg(path, error));
}

} // namespace riskatlas
