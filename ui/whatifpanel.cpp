#include "whatifpanel.h"

#include "methodsetdraft.h"

#include <QHeaderView>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <qgsfeedback.h>

namespace riskatlas
{

namespace
{
constexpr int DelayMs = 300;

enum Column
{
  KindColumn,
  IdColumn,
  NameColumn,
  OldColumn,
  NewColumn,
};

enum Role
{
  FidRole = Qt::UserRole,
  IsUnitRole,
};
} // namespace

QString WhatIfPanel::regionKindName(const QString &key)
{
  if (key == QStringLiteral("district"))
    return tr("District");
  if (key == QStringLiteral("street"))
    return tr("Street");
  if (key == QStringLiteral("grid"))
    return tr("Grid cell");
  return key;
}

WhatIfPanel::WhatIfPanel(const QString &projectPath, QWidget *parent)
    : QWidget(parent), mProjectPath(projectPath),
      mPreview(std::make_shared<std::unique_ptr<WhatIfPreview>>()), mDelay(new QTimer(this)),
      mSummary(new QLabel(this)), mList(new QTreeWidget(this))
{
  mDelay->setSingleShot(true);
  mDelay->setInterval(DelayMs);
  mSummary->setObjectName(QStringLiteral("whatIfSummary"));
  mSummary->setWordWrap(true);
  mList->setObjectName(QStringLiteral("whatIfList"));
  mList->setRootIsDecorated(false);
  mList->setUniformRowHeights(true);
  mList->setHeaderLabels({tr("Kind"), tr("ID"), tr("Name"), tr("Now"), tr("After")});
  mList->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
  auto *layout = new QVBoxLayout(this);
  layout->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(mSummary);
  layout->addWidget(mList, 1);
  connect(mDelay, &QTimer::timeout, this, &WhatIfPanel::start);
  connect(&mWatcher, &QFutureWatcher<WhatIfResult>::finished, this,
          [this]()
          {
            mRunning = false;
            const WhatIfResult result = mWatcher.result();
            // A cancelled run was replaced by a newer request: only show finished ones.
            if (result.ok || result.problem.kind != ProblemKind::Cancelled)
            {
              mResult = result;
              show();
            }
            if (mPending && !mDelay->isActive())
              start();
            else if (!mPending)
              emit finished();
          });
  connect(mList, &QTreeWidget::itemActivated, this,
          [this](QTreeWidgetItem *item)
          {
            const qint64 fid = item->data(KindColumn, FidRole).toLongLong();
            if (item->data(KindColumn, IsUnitRole).toBool())
              emit unitActivated(fid);
            else
              emit regionActivated(fid);
          });
  mSummary->setText(tr("Edit the method set to see which units and regions would change level."));
}

WhatIfPanel::~WhatIfPanel()
{
  if (mFeedback)
    mFeedback->cancel();
  mWatcher.waitForFinished();
}

void WhatIfPanel::request(const MethodSet &set, std::optional<AggregationRule> rule)
{
  mPalette = set.palette();
  mPending = Request{set, rule};
  mDelay->start();
  if (mRunning && mFeedback)
    mFeedback->cancel();
}

void WhatIfPanel::runNow()
{
  if (mDelay->isActive())
  {
    mDelay->stop();
    start();
  }
}

bool WhatIfPanel::isBusy() const
{
  return mPending.has_value() || mRunning;
}

void WhatIfPanel::start()
{
  if (!mPending || mRunning)
    return;
  mRunning = true;
  const Request request = *mPending;
  mPending.reset();
  mFeedback = std::make_unique<QgsFeedback>();
  QgsFeedback *feedback = mFeedback.get();
  mSummary->setText(tr("Working out what would change…"));
  const QString path = mProjectPath;
  std::shared_ptr<std::unique_ptr<WhatIfPreview>> preview = mPreview;
  mWatcher.setFuture(QtConcurrent::run(
      [path, preview, request, feedback]()
      {
        if (!*preview)
        {
          Problem problem;
          *preview = WhatIfPreview::open(path, &problem);
          if (!*preview)
          {
            WhatIfResult failed;
            failed.problem = problem;
            return failed;
          }
        }
        return (*preview)->run(request.set, request.rule, feedback);
      }));
}

QString WhatIfPanel::summary() const
{
  return mSummary->text();
}

void WhatIfPanel::show()
{
  mList->clear();
  if (!mResult.ok)
  {
    mSummary->setText(mResult.problem.reason);
    return;
  }
  QStringList moves;
  for (RiskLevel from : assessedLevels() + QList<RiskLevel>{RiskLevel::None})
  {
    for (RiskLevel to : assessedLevels() + QList<RiskLevel>{RiskLevel::None})
    {
      if (const qint64 count = mResult.unitCount(from, to))
        moves << tr("%1 → %2: %3")
                     .arg(MethodSetDraft::levelText(from), MethodSetDraft::levelText(to))
                     .arg(count);
    }
  }
  QString text = tr("%1 and %2 would change level.")
                     .arg(tr("%n unit(s)", nullptr, static_cast<int>(mResult.unitsChanged)),
                          tr("%n region(s)", nullptr, static_cast<int>(mResult.regionsChanged)));
  if (!moves.isEmpty())
    text += QLatin1Char(' ') + moves.join(QStringLiteral("; "));
  if (mResult.unitShiftsTruncated)
    text += QLatin1Char(' ') + tr("(the list shows the first %n unit(s))", nullptr,
                                  static_cast<int>(mResult.unitShifts.size()));
  mSummary->setText(text);
  QList<QTreeWidgetItem *> items;
  auto add = [&](const LevelShift &shift, bool unit)
  {
    auto *item = new QTreeWidgetItem;
    item->setText(KindColumn, unit ? tr("Unit") : regionKindName(shift.kind));
    item->setText(IdColumn, shift.id);
    item->setText(NameColumn, shift.name);
    item->setText(OldColumn, MethodSetDraft::levelText(shift.oldLevel));
    item->setText(NewColumn, MethodSetDraft::levelText(shift.newLevel));
    if (shift.newLevel != RiskLevel::None)
      item->setBackground(NewColumn, QColor(mPalette.color(shift.newLevel)));
    item->setData(KindColumn, FidRole, shift.fid);
    item->setData(KindColumn, IsUnitRole, unit);
    items << item;
  };
  for (const LevelShift &shift : mResult.regionShifts)
    add(shift, false);
  for (const LevelShift &shift : mResult.unitShifts)
    add(shift, true);
  mList->addTopLevelItems(items);
}

} // namespace riskatlas
