#include "comparedialog.h"

#include "sessiontask.h"
#include "uilanguage.h"
#include "workflow/projectsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>
#include <qgsfilewidget.h>

namespace riskatlas
{

namespace
{
const QString SettingsGroup = QStringLiteral("CompareDialog");

enum Column
{
  ItemColumn,
  IdColumn,
  NameColumn,
  OldLevelColumn,
  NewLevelColumn,
  ChangeColumn,
  ColumnCount
};

//! Role of the id column's item: the region kind (empty for a unit).
constexpr int KindRole = Qt::UserRole + 1;

QString signedNumber(int value)
{
  return value > 0 ? QStringLiteral("+%1").arg(value) : QString::number(value);
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment alignment = Qt::AlignLeft)
{
  auto *item = new QTableWidgetItem(text);
  item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
  item->setTextAlignment(alignment | Qt::AlignVCenter);
  return item;
}
} // namespace

CompareDialog::CompareDialog(const QString &projectPath, QWidget *parent)
    : QDialog(parent), mProjectPath(projectPath)
{
  setWindowTitle(tr("Compare with an Earlier Assessment"));
  mOlder = new QgsFileWidget(this);
  mOlder->setObjectName(QStringLiteral("older"));
  mOlder->setStorageMode(QgsFileWidget::GetFile);
  mOlder->setFilter(tr("RiskAtlas project (*.gpkg)"));
  mOlder->setDialogTitle(tr("Older project"));
  auto *compareButton = new QPushButton(tr("Compare"), this);
  compareButton->setObjectName(QStringLiteral("compare"));
  auto *olderRow = new QHBoxLayout;
  olderRow->addWidget(mOlder, 1);
  olderRow->addWidget(compareButton);

  mStatus = new QLabel(this);
  mStatus->setWordWrap(true);
  mCounts = new QLabel(this);
  mCounts->setObjectName(QStringLiteral("counts"));
  mCounts->setWordWrap(true);

  mLevels = new QTableWidget(0, 3, this);
  mLevels->setObjectName(QStringLiteral("levels"));
  mLevels->setHorizontalHeaderLabels({tr("Before"), tr("After"), tr("Change")});
  mLevels->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
  mLevels->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  mLevels->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mLevels->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);

  mFilter = new QComboBox(this);
  mFilter->setObjectName(QStringLiteral("filter"));
  mFilter->addItem(tr("All changes"));
  mFilter->addItem(tr("Raised"), int(LevelChangeKind::Raised));
  mFilter->addItem(tr("Lowered"), int(LevelChangeKind::Lowered));
  mFilter->addItem(tr("New"), int(LevelChangeKind::New));
  mFilter->addItem(tr("Removed"), int(LevelChangeKind::Removed));

  mChanges = new QTableWidget(0, ColumnCount, this);
  mChanges->setObjectName(QStringLiteral("changes"));
  mChanges->setHorizontalHeaderLabels(
      {tr("Item"), tr("ID"), tr("Name"), tr("Old level"), tr("New level"), tr("Change")});
  mChanges->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  mChanges->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
  mChanges->verticalHeader()->hide();
  mChanges->setSelectionBehavior(QAbstractItemView::SelectRows);
  mChanges->setSelectionMode(QAbstractItemView::SingleSelection);
  mChanges->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mChanges->setSortingEnabled(false);
  mChanges->setToolTip(tr("Double-click a unit or region to show it on the map."));

  mLanguage = new QComboBox(this);
  mLanguage->setObjectName(QStringLiteral("language"));
  mLanguage->addItem(QStringLiteral("中文"), QStringLiteral("zh"));
  mLanguage->addItem(QStringLiteral("English"), QStringLiteral("en"));
  mExport = new QPushButton(tr("Export Change Map…"), this);
  mExport->setObjectName(QStringLiteral("export-map"));
  mExport->setEnabled(false);
  auto *filterRow = new QHBoxLayout;
  filterRow->addWidget(new QLabel(tr("Show"), this));
  filterRow->addWidget(mFilter);
  filterRow->addStretch(1);
  filterRow->addWidget(new QLabel(tr("Map language"), this));
  filterRow->addWidget(mLanguage);
  filterRow->addWidget(mExport);

  auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
  auto *layout = new QVBoxLayout(this);
  auto *form = new QFormLayout;
  form->addRow(tr("Older project"), olderRow);
  layout->addLayout(form);
  layout->addWidget(mStatus);
  layout->addWidget(mCounts);
  layout->addWidget(new QLabel(tr("Units by level"), this));
  layout->addWidget(mLevels);
  layout->addWidget(new QLabel(tr("Units and regions whose level changed"), this));
  layout->addLayout(filterRow);
  layout->addWidget(mChanges, 1);
  layout->addWidget(buttons);

  connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
  connect(compareButton, &QPushButton::clicked, this, [this] { compare(); });
  connect(mOlder, &QgsFileWidget::fileChanged, this,
          [this](const QString &path)
          {
            if (QFileInfo(path).isFile())
              compare();
          });
  connect(mFilter, qOverload<int>(&QComboBox::currentIndexChanged), this,
          [this] { fillChanges(); });
  connect(mChanges, &QTableWidget::cellDoubleClicked, this,
          [this](int row, int) { activateRow(row); });
  connect(mExport, &QPushButton::clicked, this, &CompareDialog::chooseMapFile);

  QSettings settings;
  settings.beginGroup(SettingsGroup);
  const int language = mLanguage->findData(
      settings.value(QStringLiteral("language"), UiLanguage::current()).toString());
  mLanguage->setCurrentIndex(qMax(0, language));
  const QString older = settings.value(QStringLiteral("older")).toString();
  if (older != mProjectPath && QFileInfo(older).isFile())
  {
    const QSignalBlocker blocker(mOlder); // compared when the analyst asks
    mOlder->setFilePath(older);
  }
  mOlder->setDefaultRoot(QFileInfo(older.isEmpty() ? mProjectPath : older).absolutePath());
  resize(860, 640);
}

QString CompareDialog::olderProject() const
{
  return mOlder->filePath();
}

void CompareDialog::setOlderProject(const QString &path)
{
  const QSignalBlocker blocker(mOlder);
  mOlder->setFilePath(path);
  compare();
}

bool CompareDialog::compare()
{
  mCompared = false;
  mExport->setEnabled(false);
  const QString older = olderProject();
  Problem problem;
  if (older.isEmpty())
    problem.reason = tr("Choose the older project to compare with.");
  else if (auto session = ProjectSession::open(mProjectPath, OpenMode::ReadOnly, &problem))
    mCompared = session->compareWith(older, mComparison, &problem);
  if (!mCompared)
  {
    mComparison = AssessmentComparison();
    mStatus->setText(problem.message());
    showComparison();
    return false;
  }
  QSettings settings;
  settings.beginGroup(SettingsGroup);
  settings.setValue(QStringLiteral("older"), older);
  mStatus->setText(tr("%1 (older) → %2 (this project)")
                       .arg(QFileInfo(older).fileName(), QFileInfo(mProjectPath).fileName()));
  mExport->setEnabled(true);
  showComparison();
  return true;
}

void CompareDialog::showComparison()
{
  const auto countsText = [](const ChangeCounts &counts)
  {
    return tr("%1 raised, %2 lowered, %3 new, %4 removed, %5 unchanged")
        .arg(counts.raised)
        .arg(counts.lowered)
        .arg(counts.added)
        .arg(counts.removed)
        .arg(counts.unchanged);
  };
  mCounts->setText(
      mCompared ? tr("Units: %1.\nRegions: %2.")
                      .arg(countsText(mComparison.unitCounts), countsText(mComparison.regionCounts))
                : QString());
  const QString language = UiLanguage::current();
  const QList<RiskLevel> levels = assessedLevels() + QList<RiskLevel>{RiskLevel::None};
  mLevels->setRowCount(mCompared ? levels.size() : 0);
  for (int row = 0; mCompared && row < levels.size(); ++row)
  {
    const int before = mComparison.oldUnitLevels.count(levels[row]);
    const int after = mComparison.newUnitLevels.count(levels[row]);
    mLevels->setVerticalHeaderItem(row, new QTableWidgetItem(levelName(levels[row], language)));
    mLevels->setItem(row, 0, cell(QString::number(before), Qt::AlignRight));
    mLevels->setItem(row, 1, cell(QString::number(after), Qt::AlignRight));
    mLevels->setItem(row, 2, cell(signedNumber(after - before), Qt::AlignRight));
  }
  fillChanges();
}

void CompareDialog::setChangeFilter(std::optional<LevelChangeKind> kind)
{
  mFilter->setCurrentIndex(kind ? mFilter->findData(int(*kind)) : 0);
  fillChanges();
}

void CompareDialog::fillChanges()
{
  const QVariant wanted = mFilter->currentData();
  const QString language = UiLanguage::current();
  const auto changeName = [](LevelChangeKind kind)
  {
    switch (kind)
    {
    case LevelChangeKind::Raised:
      return tr("Raised");
    case LevelChangeKind::Lowered:
      return tr("Lowered");
    case LevelChangeKind::New:
      return tr("New");
    case LevelChangeKind::Removed:
      break;
    }
    return tr("Removed");
  };
  const auto kindName = [](const QString &kind)
  {
    if (kind.isEmpty())
      return tr("Unit");
    if (kind == QLatin1String("district"))
      return tr("District");
    if (kind == QLatin1String("street"))
      return tr("Street");
    return tr("Grid cell");
  };
  mChanges->setRowCount(0);
  // Regions first (fewer and broader), then units, each in code order as compared.
  for (const QList<ComparedChange> *changes :
       {&mComparison.regionChanges, &mComparison.unitChanges})
    for (const ComparedChange &change : *changes)
    {
      if (wanted.isValid() && wanted.toInt() != int(change.kind))
        continue;
      const int row = mChanges->rowCount();
      mChanges->insertRow(row);
      mChanges->setItem(row, ItemColumn, cell(kindName(change.item.kind)));
      QTableWidgetItem *id = cell(change.item.id);
      id->setData(KindRole, change.item.kind);
      mChanges->setItem(row, IdColumn, id);
      mChanges->setItem(row, NameColumn, cell(change.item.name));
      mChanges->setItem(row, OldLevelColumn,
                        cell(change.kind == LevelChangeKind::New
                                 ? QStringLiteral("—")
                                 : levelName(change.oldLevel, language)));
      mChanges->setItem(row, NewLevelColumn,
                        cell(change.kind == LevelChangeKind::Removed
                                 ? QStringLiteral("—")
                                 : levelName(change.newLevel, language)));
      mChanges->setItem(row, ChangeColumn, cell(changeName(change.kind)));
    }
}

void CompareDialog::activateRow(int row)
{
  const QTableWidgetItem *id = mChanges->item(row, IdColumn);
  if (!id)
    return;
  const QString kind = id->data(KindRole).toString();
  if (kind.isEmpty())
    emit unitActivated(id->text());
  else
    emit regionActivated(kind, id->text());
}

MapRequest CompareDialog::changeMapRequest() const
{
  MapRequest request;
  request.language = mLanguage->currentData().toString();
  return request;
}

void CompareDialog::chooseMapFile()
{
  QSettings settings;
  settings.beginGroup(SettingsGroup);
  const QString folder =
      settings.value(QStringLiteral("mapFolder"), QFileInfo(mProjectPath).absolutePath())
          .toString();
  const QString file = QFileDialog::getSaveFileName(
      this, tr("Export Change Map"),
      QDir(folder).filePath(QFileInfo(mProjectPath).completeBaseName() + tr("-changes.pdf")),
      tr("PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)"));
  if (file.isEmpty())
    return;
  settings.setValue(QStringLiteral("mapFolder"), QFileInfo(file).absolutePath());
  exportChangeMap(file);
}

bool CompareDialog::exportChangeMap(const QString &file)
{
  const MapRequest request = changeMapRequest();
  const Problems problems = ProjectSession::checkMapRequest(request, file);
  if (!mCompared || !problems.isEmpty())
  {
    if (!problems.isEmpty())
      mStatus->setText(problems.first().message());
    return false;
  }
  QSettings settings;
  settings.beginGroup(SettingsGroup);
  settings.setValue(QStringLiteral("language"), request.language);
  const QString older = olderProject();
  auto *task = new SessionTask(tr("Export change map"), mProjectPath, false,
                               [older, request, file](ProjectSession &session, QgsFeedback *)
                               {
                                 const MapExport exported =
                                     session.exportChangeMap(older, request, file);
                                 TaskResult result;
                                 result.ok = exported.ok;
                                 result.warnings = exported.warnings;
                                 result.written = exported.written;
                                 if (!exported.ok)
                                   result.problems << exported.problem;
                                 return result;
                               });
  emit changeMapTaskReady(task);
  return true;
}

} // namespace riskatlas
