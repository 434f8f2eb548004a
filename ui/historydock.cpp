#include "historydock.h"

#include "workflow/projectsession.h"
#include "workflow/tablecsv.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QTableView>

namespace riskatlas
{

HistoryDock::HistoryDock(QWidget *parent) : QDockWidget(parent)
{
  setObjectName(QStringLiteral("HistoryDock"));
  setWindowTitle(tr("History"));
  auto *content = new QWidget(this);
  auto *layout = new QGridLayout(content);
  mAction = new QComboBox(content);
  mUser = new QComboBox(content);
  mText = new QLineEdit(content);
  mText->setPlaceholderText(tr("Unit, value or reason"));
  mText->setClearButtonEnabled(true);
  // The date range starts open: the earliest date shown as "any".
  mFrom = new QDateEdit(content);
  mTo = new QDateEdit(content);
  for (QDateEdit *edit : {mFrom, mTo})
  {
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(QDate(2000, 1, 1));
    edit->setSpecialValueText(tr("any"));
    edit->setDate(edit->minimumDate());
  }
  layout->addWidget(new QLabel(tr("What"), content), 0, 0);
  layout->addWidget(mAction, 0, 1);
  layout->addWidget(new QLabel(tr("Who"), content), 0, 2);
  layout->addWidget(mUser, 0, 3);
  layout->addWidget(new QLabel(tr("Contains"), content), 0, 4);
  layout->addWidget(mText, 0, 5);
  layout->addWidget(new QLabel(tr("From"), content), 1, 0);
  layout->addWidget(mFrom, 1, 1);
  layout->addWidget(new QLabel(tr("To"), content), 1, 2);
  layout->addWidget(mTo, 1, 3);
  mStatus = new QLabel(content);
  layout->addWidget(mStatus, 1, 4);
  mExport = new QPushButton(tr("Export…"), content);
  mExport->setToolTip(tr("Save the entries shown as a CSV table (Excel), to print or hand over"));
  layout->addWidget(mExport, 1, 5, Qt::AlignRight);
  layout->setColumnStretch(5, 1);

  mModel = new AuditLogModel(this);
  mTable = new QTableView(content);
  mTable->setModel(mModel);
  mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
  mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mTable->verticalHeader()->hide();
  mTable->horizontalHeader()->setStretchLastSection(true);
  mTable->setWordWrap(false);
  layout->addWidget(mTable, 2, 0, 1, 6);
  setWidget(content);
  fillChoices(mAction, {}, true);
  fillChoices(mUser, {}, false);

  connect(mAction, qOverload<int>(&QComboBox::currentIndexChanged), this,
          &HistoryDock::applyFilter);
  connect(mUser, qOverload<int>(&QComboBox::currentIndexChanged), this, &HistoryDock::applyFilter);
  connect(mText, &QLineEdit::textChanged, this, &HistoryDock::applyFilter);
  connect(mFrom, &QDateEdit::dateChanged, this, &HistoryDock::applyFilter);
  connect(mTo, &QDateEdit::dateChanged, this, &HistoryDock::applyFilter);
  connect(mExport, &QPushButton::clicked, this, &HistoryDock::exportWithDialog);
}

bool HistoryDock::exportTo(const QString &path, QString *error) const
{
  QStringList header;
  for (int column = 0; column < AuditLogModel::ColumnCount; ++column)
    header << mModel->headerData(column, Qt::Horizontal).toString();
  QList<QStringList> rows;
  for (int row = 0; row < mModel->rowCount(); ++row)
  {
    QStringList cells;
    for (int column = 0; column < AuditLogModel::ColumnCount; ++column)
      cells << mModel->index(row, column).data().toString();
    rows << cells;
  }
  return writeTableCsv(path, header, rows, error);
}

void HistoryDock::exportWithDialog()
{
  const QString suggested =
      mPath.isEmpty() ? QString()
                      : QFileInfo(mPath).dir().filePath(QFileInfo(mPath).completeBaseName() +
                                                        tr("-history") + QStringLiteral(".csv"));
  const QString path = QFileDialog::getSaveFileName(this, tr("Export the History"), suggested,
                                                    tr("CSV tables (*.csv)"));
  if (path.isEmpty())
    return;
  QString error;
  if (!exportTo(path, &error))
    QMessageBox::warning(this, tr("Cannot export the history"), error);
  else
    mStatus->setText(tr("%n record(s) exported to %1", nullptr, mModel->rowCount())
                         .arg(QDir::toNativeSeparators(path)));
}

void HistoryDock::setProject(const QString &gpkgPath)
{
  mPath = gpkgPath;
  refresh();
}

void HistoryDock::refresh()
{
  QList<AuditEntry> entries;
  QString error;
  if (!mPath.isEmpty())
  {
    Problem problem;
    auto session = ProjectSession::open(mPath, OpenMode::ReadOnly, &problem);
    if (session)
      entries = session->auditLog(&problem);
    if (!session || !problem.reason.isEmpty())
      error = problem.message();
  }
  QSet<QString> actions;
  QSet<QString> users;
  for (const AuditEntry &entry : entries)
  {
    actions.insert(entry.action);
    users.insert(entry.user);
  }
  const QSignalBlocker actionBlocker(mAction);
  const QSignalBlocker userBlocker(mUser);
  fillChoices(mAction, actions.values(), true);
  fillChoices(mUser, users.values(), false);
  mModel->setEntries(entries);
  applyFilter();
  mTable->resizeColumnsToContents();
  // Long JSON values stay readable in their tooltip rather than pushing the reason out of view.
  const int widest = mTable->fontMetrics().averageCharWidth() * 40;
  for (int column = 0; column < AuditLogModel::ColumnCount; ++column)
    mTable->setColumnWidth(column, qMin(mTable->columnWidth(column), widest));
  if (!error.isEmpty())
    mStatus->setText(error);
}

void HistoryDock::fillChoices(QComboBox *box, const QStringList &values, bool actions)
{
  const QString chosen = box->currentData().toString();
  box->clear();
  box->addItem(actions ? tr("All changes") : tr("Everyone"), QString());
  QStringList sorted = values;
  sorted.sort();
  for (const QString &value : sorted)
    box->addItem(actions ? AuditLogModel::actionText(value) : value, value);
  const int index = box->findData(chosen);
  box->setCurrentIndex(index < 0 ? 0 : index);
}

void HistoryDock::applyFilter()
{
  AuditFilter filter;
  filter.action = mAction->currentData().toString();
  filter.user = mUser->currentData().toString();
  filter.text = mText->text().trimmed();
  if (mFrom->date() != mFrom->minimumDate())
    filter.from = mFrom->date();
  if (mTo->date() != mTo->minimumDate())
    filter.to = mTo->date();
  mModel->setFilter(filter);
  mStatus->setText(tr("%1 of %2 entries").arg(mModel->rowCount()).arg(mModel->entries().size()));
}

} // namespace riskatlas
