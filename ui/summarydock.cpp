#include "summarydock.h"

#include "workflow/projectsession.h"
#include "workflow/unitquery.h"

#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <qgsguiutils.h>

namespace riskatlas
{

namespace
{
QTableWidgetItem *countItem(qint64 count)
{
  auto *item = new QTableWidgetItem(QLocale().toString(count));
  item->setData(Qt::UserRole, count);
  item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
  item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
  return item;
}

//! A square of the level's colour, as big as the text beside it.
QIcon levelSwatch(const QString &colour, int size)
{
  QPixmap pixmap(size, size);
  pixmap.fill(QColor(colour));
  QPainter painter(&pixmap);
  painter.setPen(Qt::darkGray);
  painter.drawRect(0, 0, size - 1, size - 1);
  return QIcon(pixmap);
}
} // namespace

SummaryDock::SummaryDock(QWidget *parent) : QDockWidget(tr("Summary"), parent)
{
  setObjectName(QStringLiteral("SummaryDock"));
  auto *content = new QWidget(this);
  auto *layout = new QVBoxLayout(content);
  layout->setContentsMargins(0, 0, 0, 0);
  mTable = new QTableWidget(content);
  mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
  mTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  mTable->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
  mFigures = new QLabel(content);
  mFigures->setWordWrap(true);
  mFigures->setTextInteractionFlags(Qt::TextSelectableByMouse);
  layout->addWidget(mTable, 1);
  layout->addWidget(mFigures);
  setWidget(content);
  mWatcher = new QFutureWatcher<Figures>(this);
  connect(mWatcher, &QFutureWatcher<Figures>::finished, this,
          [this]
          {
            const Figures figures = mWatcher->result();
            if (mPending)
            {
              // The project changed while reading: read it again, show nothing stale.
              mPending = false;
              refresh();
              return;
            }
            show(figures);
            emit refreshed();
          });
  show(Figures());
}

SummaryDock::~SummaryDock()
{
  mWatcher->waitForFinished();
}

bool SummaryDock::isRefreshing() const
{
  return mWatcher->isRunning();
}

void SummaryDock::setProject(const QString &gpkgPath, const Taxonomy &taxonomy,
                             const QString &language)
{
  mPath = gpkgPath;
  mTaxonomy = taxonomy;
  mLanguage = language;
  refresh();
}

void SummaryDock::refresh()
{
  if (mWatcher->isRunning())
  {
    mPending = true;
    return;
  }
  mFigures->setText(tr("Counting…"));
  mWatcher->setFuture(QtConcurrent::run(&SummaryDock::read, mPath));
}

SummaryDock::Figures SummaryDock::read(const QString &path)
{
  // A session and a connection of this thread's own.
  Figures figures;
  if (path.isEmpty())
    return figures;
  Problem problem;
  auto session = ProjectSession::open(path, OpenMode::ReadOnly, &problem);
  if (!session)
  {
    figures.error = problem.message();
    return figures;
  }
  problem = Problem();
  figures.summary = session->summary(&problem);
  figures.palette = session->methodSet().palette();
  if (!problem.reason.isEmpty())
    figures.error = problem.message();
  session.reset();
  // The summary counts unscored units in total only; the table splits them by category.
  if (auto query = UnitQuery::open(path, &figures.error))
  {
    UnitFilter notScored;
    notScored.level = RiskLevel::None;
    figures.unscoredByCategory = query->countByCategory(notScored);
    if (!query->error().isEmpty())
      figures.error = query->error();
  }
  return figures;
}

void SummaryDock::show(const Figures &figures)
{
  mSummary = figures.summary;
  const QHash<QString, qint64> &unscored = figures.unscoredByCategory;
  const QString &error = figures.error;
  QStringList categories;
  QStringList names;
  for (const Category &category : mTaxonomy.categories())
  {
    categories << category.code;
    names << category.name(mLanguage);
  }
  // Categories the units use that the taxonomy lacks still count.
  QStringList others = mSummary.byCategory.keys();
  others += unscored.keys();
  std::sort(others.begin(), others.end());
  others.erase(std::unique(others.begin(), others.end()), others.end());
  for (const QString &code : qAsConst(others))
  {
    if (!categories.contains(code))
    {
      categories << code;
      names << (code.isEmpty() ? tr("(no category)") : code);
    }
  }

  mTable->clear();
  mTable->setColumnCount(ColumnCount);
  mTable->setRowCount(categories.size() + 1);
  const int swatch = fontMetrics().height() * 3 / 4;
  for (int column = 0; column < assessedLevels().size(); ++column)
  {
    const RiskLevel level = assessedLevels().at(column);
    mTable->setHorizontalHeaderItem(
        column, new QTableWidgetItem(levelSwatch(figures.palette.color(level), swatch),
                                     levelName(level, mLanguage)));
  }
  mTable->setHorizontalHeaderItem(UnscoredColumn, new QTableWidgetItem(tr("Not scored")));
  mTable->setHorizontalHeaderItem(TotalColumn, new QTableWidgetItem(tr("Total")));
  for (int row = 0; row < categories.size(); ++row)
  {
    mTable->setVerticalHeaderItem(row, new QTableWidgetItem(names.at(row)));
    const LevelCounts counts = mSummary.byCategory.value(categories.at(row));
    for (int column = 0; column < assessedLevels().size(); ++column)
      mTable->setItem(row, column, countItem(counts.count(assessedLevels().at(column))));
    const qint64 notScored = unscored.value(categories.at(row));
    mTable->setItem(row, UnscoredColumn, countItem(notScored));
    mTable->setItem(row, TotalColumn, countItem(counts.total() + notScored));
  }
  const int total = categories.size();
  mTable->setVerticalHeaderItem(total, new QTableWidgetItem(tr("Total")));
  for (int column = 0; column < assessedLevels().size(); ++column)
    mTable->setItem(total, column, countItem(mSummary.levels.count(assessedLevels().at(column))));
  mTable->setItem(total, UnscoredColumn, countItem(mSummary.unscored));
  mTable->setItem(total, TotalColumn, countItem(mSummary.units));
  QFont bold = mTable->font();
  bold.setBold(true);
  for (int column = 0; column < ColumnCount; ++column)
    mTable->item(total, column)->setFont(bold);

  if (!error.isEmpty())
    mFigures->setText(tr("Cannot read the project: %1").arg(error));
  else if (mPath.isEmpty())
    mFigures->clear();
  else
    mFigures->setText(tr("%1 units: %2 scored, %3 not scored, %4 outside every region.")
                          .arg(QLocale().toString(mSummary.units),
                               QLocale().toString(mSummary.scored),
                               QLocale().toString(mSummary.unscored),
                               QLocale().toString(mSummary.outsideRegions)));
}

} // namespace riskatlas
