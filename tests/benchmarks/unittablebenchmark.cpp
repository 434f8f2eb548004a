// Times the workbench's data docks on a big project (not a test: nothing fails when slow).
//   unit_table_benchmark PROJECT.gpkg
// Prints one line per step: wall milliseconds, and the fids' memory. See README.md.

#include "problemsdock.h"
#include "regiontabledock.h"
#include "regiontablemodel.h"
#include "summarydock.h"
#include "support/gisruntime.h"
#include "unittabledock.h"
#include "unittablemodel.h"
#include "workflow/projectsession.h"
#include "workflow/unitquery.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QScrollBar>
#include <QTableView>
#include <QTextStream>
#include <QTreeWidgetItem>
#include <cstdio>
#include <qgsapplication.h>
#include <qgsfilterlineedit.h>

using namespace riskatlas;

namespace
{
QElapsedTimer timer;

void report(const char *step, qint64 rows = -1)
{
  const double ms = static_cast<double>(timer.nsecsElapsed()) / 1e6;
  if (rows >= 0)
    std::printf("%-44s %9.1f ms  %8lld rows\n", step, ms, static_cast<long long>(rows));
  else
    std::printf("%-44s %9.1f ms\n", step, ms);
  std::fflush(stdout);
  timer.restart();
}

//! Peak resident memory in MB (VmHWM).
long peakRssMb()
{
  QFile status(QStringLiteral("/proc/self/status"));
  if (!status.open(QIODevice::ReadOnly))
    return -1;
  for (const QByteArray &line : status.readAll().split('\n'))
  {
    if (line.startsWith("VmHWM:"))
      return line.mid(6).trimmed().split(' ').first().toLong() / 1024;
  }
  return -1;
}

//! Paints the visible rows (what scrolling costs the user).
void paint(QTableView &view)
{
  view.viewport()->grab();
}
} // namespace

int main(int argc, char **argv)
{
  auto app = startQgis(argc, argv, true);
  if (argc < 2)
  {
    std::fprintf(stderr, "usage: unit_table_benchmark PROJECT.gpkg\n");
    return 2;
  }
  const QString path = QString::fromLocal8Bit(argv[1]);
  int code = 0;
  {
    Problem problem;
    auto session = ProjectSession::open(path, OpenMode::ReadOnly, &problem);
    if (!session)
    {
      std::fprintf(stderr, "%s\n", qPrintable(problem.message()));
      return 1;
    }
    const Taxonomy taxonomy = session->taxonomy();
    session.reset();

    std::printf("project %s, peak RSS before the docks %ld MB\n", qPrintable(path), peakRssMb());
    timer.start();
    UnitTableDock dock;
    dock.resize(1300, 600);
    dock.show();
    QCoreApplication::processEvents();
    report("unit dock created");
    dock.setProject(path, taxonomy, QStringLiteral("zh"));
    UnitTableModel *model = dock.model();
    report("setProject (all fids, regions)", model->rowCount());
    std::printf("%-44s %9.1f MB\n", "fids held",
                static_cast<double>(model->rowCount()) * sizeof(qint64) / 1e6);
    paint(*dock.view());
    report("first page painted");

    QTableView *view = dock.view();
    view->scrollToBottom();
    paint(*view);
    report("scrolled to the end, painted");
    // Scrolling page by page through the middle: each step reads at most one page.
    view->scrollToTop();
    QElapsedTimer scroll;
    scroll.start();
    const int steps = 200;
    for (int i = 0; i < steps; ++i)
    {
      view->verticalScrollBar()->setValue(model->rowCount() / 2 + i * 30);
      paint(*view);
    }
    std::printf("%-44s %9.2f ms per step\n", "scroll 200 steps of 30 rows, painted",
                static_cast<double>(scroll.nsecsElapsed()) / 1e6 / steps);
    timer.restart();
    // Jumps to random places (a drag of the scroll bar).
    for (int i = 0; i < 50; ++i)
    {
      view->verticalScrollBar()->setValue(static_cast<int>((i * 7919LL) % model->rowCount()));
      paint(*view);
    }
    std::printf("%-44s %9.2f ms per jump\n", "50 jumps across the table, painted",
                static_cast<double>(timer.nsecsElapsed()) / 1e6 / 50);
    timer.restart();

    const QList<QComboBox *> combos = dock.findChildren<QComboBox *>();
    QComboBox *category = combos.at(0);
    QComboBox *level = combos.at(2);
    QComboBox *region = combos.at(3);
    category->setCurrentIndex(category->findData(QStringLiteral("industrial")));
    report("filter: category industrial", model->rowCount());
    level->setCurrentIndex(level->findData(static_cast<int>(RiskLevel::Major)));
    report("filter: + level major", model->rowCount());
    category->setCurrentIndex(0);
    report("filter: level major only", model->rowCount());
    level->setCurrentIndex(level->findData(static_cast<int>(RiskLevel::None)));
    report("filter: not scored", model->rowCount());
    level->setCurrentIndex(0);
    report("filter: none (all units)", model->rowCount());
    region->setCurrentIndex(2);
    report("filter: first region", model->rowCount());
    region->setCurrentIndex(1);
    report("filter: outside every region", model->rowCount());
    region->setCurrentIndex(0);
    timer.restart();
    {
      auto query = UnitQuery::open(path, nullptr);
      std::vector<qint64> fids;
      UnitFilter filter;
      filter.text = QStringLiteral("12345");
      timer.restart();
      query->orderedFids(filter, UnitField::Fid, Qt::AscendingOrder, fids);
      report("UnitQuery alone: text \"12345\"", static_cast<qint64>(fids.size()));
    }
    auto *text = dock.findChild<QgsFilterLineEdit *>();
    text->setValue(QStringLiteral("12345"));
    emit text->returnPressed();
    report("filter: text \"12345\"", model->rowCount());
    text->setValue(QString());
    emit text->returnPressed();
    report("filter: text cleared", model->rowCount());

    view->sortByColumn(UnitTableModel::ScoreColumn, Qt::DescendingOrder);
    report("sort: score descending", model->rowCount());
    view->sortByColumn(UnitTableModel::LevelColumn, Qt::DescendingOrder);
    report("sort: level descending", model->rowCount());
    view->sortByColumn(UnitTableModel::NameColumn, Qt::AscendingOrder);
    report("sort: name", model->rowCount());
    view->sortByColumn(-1, Qt::AscendingOrder);
    report("sort: none (import order)", model->rowCount());

    QList<qint64> mapSelection;
    for (qint64 fid = 1; fid <= 100000; fid += 10)
      mapSelection << fid;
    dock.selectUnits(mapSelection);
    report("selectUnits: 10,000 units from the map", dock.selectedFids().size());
    dock.refresh();
    report("refresh (selection kept)", model->rowCount());

    RegionTableDock regions;
    regions.setProject(path, QStringLiteral("zh"));
    report("region dock: districts", regions.model()->rowCount());
    regions.setRegionKind(RegionKind::Grid);
    report("region dock: grid cells", regions.model()->rowCount());
    regions.view()->sortByColumn(RegionTableModel::UnitsColumn, Qt::DescendingOrder);
    report("region dock: grid sorted by units", regions.model()->rowCount());

    SummaryDock summary;
    QEventLoop loop;
    QObject::connect(&summary, &SummaryDock::refreshed, &loop, &QEventLoop::quit);
    summary.setProject(path, taxonomy, QStringLiteral("zh"));
    report("summary dock: GUI thread busy");
    loop.exec();
    report("summary dock: figures shown (worker thread)", summary.summary().units);

    ProblemsDock problems;
    problems.setProject(path);
    report("problems dock",
           problems.unscoredGroup()->childCount() + problems.outsideGroup()->childCount());
    std::printf("peak RSS %ld MB\n", peakRssMb());
  }
  QgsApplication::exitQgis();
  return code;
}
