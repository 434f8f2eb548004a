// The region table, the summary and the problems dock, checked against the project file (SQL
// on a connection of the test's own) and against ProjectSession::summary().

#include "problemsdock.h"
#include "regiontabledock.h"
#include "regiontablemodel.h"
#include "sampleproject.h"
#include "summarydock.h"
#include "uitestmain.h"
#include "workflow/projectsession.h"

#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <sqlite3.h>

using namespace riskatlas;

namespace
{
//! Rows of \a sql as text, one QStringList per row.
QList<QStringList> sqlRows(const QString &path, const QString &sql)
{
  QList<QStringList> rows;
  sqlite3 *db = nullptr;
  sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt *statement = nullptr;
  if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr) == SQLITE_OK)
  {
    while (sqlite3_step(statement) == SQLITE_ROW)
    {
      QStringList row;
      for (int i = 0; i < sqlite3_column_count(statement); ++i)
        row << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, i)));
      rows << row;
    }
  }
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return rows;
}

QStringList childTexts(QTreeWidgetItem *group, int column)
{
  QStringList texts;
  for (int i = 0; i < group->childCount(); ++i)
    texts << group->child(i)->text(column);
  return texts;
}
} // namespace

class TestDocks : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase()
  {
    QVERIFY(mDir.isValid());
    mPath = mDir.filePath(QStringLiteral("sample.gpkg"));
    QVERIFY(test::makeSampleProject(mPath));
  }

  void regionTableMatchesTheRegions()
  {
    RegionTableDock dock;
    dock.setProject(mPath, QStringLiteral("zh"));
    RegionTableModel *model = dock.model();
    // Rows in code order (330101, 330102 …; the sample's codes have one length).
    const QList<QStringList> expected = sqlRows(
        mPath, "SELECT fid, region_id, name, level, unit_count, count_major, count_significant, "
               "count_general, count_low FROM regions WHERE kind = 'district' ORDER BY region_id");
    QVERIFY(expected.size() >= 4);
    QCOMPARE(model->rowCount(), expected.size());
    for (int row = 0; row < model->rowCount(); ++row)
    {
      const QStringList &region = expected.at(row);
      QCOMPARE(model->index(row, 0).data(RegionTableModel::FidRole).toString(), region.at(0));
      QCOMPARE(model->index(row, RegionTableModel::IdColumn).data().toString(), region.at(1));
      QCOMPARE(model->index(row, RegionTableModel::NameColumn).data().toString(), region.at(2));
      QCOMPARE(model->index(row, 0).data(RegionTableModel::LevelRole).toString(), region.at(3));
      for (int column = RegionTableModel::UnitsColumn; column <= RegionTableModel::LowColumn;
           ++column)
        QCOMPARE(model->index(row, column).data().toString(),
                 region.at(4 + column - RegionTableModel::UnitsColumn));
    }
    QCOMPARE(model->headerData(RegionTableModel::MajorColumn, Qt::Horizontal).toString(),
             QStringLiteral("重大风险"));
    QVERIFY(model->index(0, RegionTableModel::LevelColumn).data(Qt::BackgroundRole).isValid());

    // Sorting by unit count gives non-increasing counts.
    dock.view()->sortByColumn(RegionTableModel::UnitsColumn, Qt::DescendingOrder);
    for (int row = 1; row < model->rowCount(); ++row)
      QVERIFY(model->index(row, RegionTableModel::UnitsColumn).data().toInt() <=
              model->index(row - 1, RegionTableModel::UnitsColumn).data().toInt());

    // Selection and activation.
    QSignalSpy selected(&dock, &RegionTableDock::regionsSelected);
    QSignalSpy activated(&dock, &RegionTableDock::regionActivated);
    dock.selectRegions({2, 3});
    QCOMPARE(selected.count(), 0);
    QList<qint64> fids = dock.selectedFids();
    std::sort(fids.begin(), fids.end());
    QCOMPARE(fids, QList<qint64>({2, 3}));
    dock.view()->selectRow(0);
    QCOMPARE(selected.count(), 1);
    const qint64 first = model->index(0, 0).data(RegionTableModel::FidRole).toLongLong();
    QCOMPARE(selected.last().at(0).value<QList<qint64>>(), QList<qint64>({first}));
    emit dock.view()->doubleClicked(model->index(0, 1));
    QCOMPARE(activated.last().at(0).toLongLong(), first);

    // No grid in the sample; a refresh keeps the selection.
    dock.setRegionKind(RegionKind::Grid);
    QCOMPARE(model->rowCount(), 0);
    dock.setRegionKind(RegionKind::District);
    dock.selectRegions({5});
    dock.refresh();
    QCOMPARE(dock.selectedFids(), QList<qint64>({5}));
  }

  void regionTableShowsAGrid()
  {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("grid.gpkg"));
    QVERIFY(test::makeSampleProject(path, false));
    {
      auto session = ProjectSession::open(path, nullptr);
      QVERIFY(session);
      GridOptions grid;
      grid.cellSize = 2000;
      QVERIFY(session->makeGrid(grid, nullptr).ok);
      QVERIFY(session->assess({}, nullptr).ok);
    }
    RegionTableDock dock;
    dock.setProject(path, QStringLiteral("en"));
    dock.setRegionKind(RegionKind::Grid);
    const QList<QStringList> cells =
        sqlRows(path, "SELECT COUNT(*), SUM(unit_count) FROM regions WHERE kind = 'grid'");
    QVERIFY(cells.first().first().toInt() > 10);
    QCOMPARE(dock.model()->rowCount(), cells.first().first().toInt());
    int units = 0;
    for (int row = 0; row < dock.model()->rowCount(); ++row)
      units += dock.model()->index(row, RegionTableModel::UnitsColumn).data().toInt();
    QCOMPARE(units, cells.first().at(1).toInt());
  }

  void summaryMatchesTheSession()
  {
    auto session = ProjectSession::open(mPath, OpenMode::ReadOnly, nullptr);
    QVERIFY(session);
    const Taxonomy taxonomy = session->taxonomy();
    const AssessmentSummary expected = session->summary();
    session.reset();

    SummaryDock dock;
    QSignalSpy refreshed(&dock, &SummaryDock::refreshed);
    dock.setProject(mPath, taxonomy, QStringLiteral("zh"));
    // Counted in a worker thread.
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 30000);
    QVERIFY(!dock.isRefreshing());
    QTableWidget *table = dock.table();
    QCOMPARE(table->rowCount(), taxonomy.categories().size() + 1);
    QCOMPARE(table->columnCount(), int(SummaryDock::ColumnCount));
    const auto cell = [table](int row, int column)
    { return table->item(row, column)->data(Qt::UserRole).toLongLong(); };
    qint64 unscored = 0;
    for (int row = 0; row < taxonomy.categories().size(); ++row)
    {
      const Category &category = taxonomy.categories().at(row);
      QCOMPARE(table->verticalHeaderItem(row)->text(), category.nameZh);
      const LevelCounts counts = expected.byCategory.value(category.code);
      for (int column = 0; column < 4; ++column)
        QCOMPARE(cell(row, column), counts.count(assessedLevels().at(column)));
      const qint64 categoryUnscored =
          sqlRows(mPath, QStringLiteral("SELECT COUNT(*) FROM units WHERE category = '%1' AND "
                                        "level = 'none'")
                             .arg(category.code))
              .first()
              .first()
              .toLongLong();
      QCOMPARE(cell(row, SummaryDock::UnscoredColumn), categoryUnscored);
      QCOMPARE(cell(row, SummaryDock::TotalColumn), counts.total() + categoryUnscored);
      unscored += categoryUnscored;
    }
    const int total = taxonomy.categories().size();
    for (int column = 0; column < 4; ++column)
      QCOMPARE(cell(total, column), expected.levels.count(assessedLevels().at(column)));
    QCOMPARE(cell(total, SummaryDock::UnscoredColumn), expected.unscored);
    QCOMPARE(unscored, expected.unscored);
    QCOMPARE(cell(total, SummaryDock::TotalColumn), 360);
    QCOMPARE(dock.summary().outsideRegions, expected.outsideRegions);
    QCOMPARE(expected.outsideRegions, 2);
    QCOMPARE(expected.unscored, 4);
  }

  void problemsListUnscoredAndOutsideUnits()
  {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("problems.gpkg"));
    const QString csv = test::writeFile(
        dir.filePath(QStringLiteral("units.csv")),
        QByteArrayLiteral("编号,单位名称,行业领域,经度,纬度,可能性,严重性,管控水平,地址\n"
                          "P001,青山区甲化工厂,I01,120.246265,30.350567,4,5,中,青山区西园路6号\n"
                          "P002,龙井区乙加油站,I12,120.288699,30.294567,2,,好,龙井区江南大道40号\n"
                          "P003,远郊丙仓库,I02,121.500000,31.200000,3,3,差,远郊某路1号\n"
                          "P004,望湖区丁商场,C01,120.200000,30.300000,1,1,,望湖区湖滨路2号\n"));
    {
      Problem problem;
      auto session =
          ProjectSession::create(path, QStringLiteral("问题"), QString(), false, &problem);
      QVERIFY2(session, qPrintable(problem.message()));
      QVERIFY(
          session->importRegions(test::sampleFile(QStringLiteral("districts.geojson")), {}, nullptr)
              .ok);
      const ImportOutcome units = session->importUnits(csv, {}, nullptr);
      QVERIFY2(units.ok, qPrintable(units.messages().join(QLatin1Char('\n'))));
    }

    ProblemsDock dock;
    dock.setProject(path);
    // Not assessed yet: nothing is listed as a problem.
    QCOMPARE(dock.unscoredGroup()->childCount(), 0);
    QCOMPARE(dock.outsideGroup()->childCount(), 0);

    {
      auto session = ProjectSession::open(path, nullptr);
      QVERIFY(session);
      QVERIFY(session->assess({}, nullptr).ok);
    }
    dock.addWarnings(QStringLiteral("units.csv"), {QStringLiteral("row 3: a warning")});
    dock.refresh();
    const QList<QStringList> unscored = sqlRows(
        path, "SELECT unit_id, assessment_note FROM units WHERE level = 'none' ORDER BY unit_id");
    const QList<QStringList> outside = sqlRows(
        path,
        "SELECT unit_id FROM units WHERE region_id IS NULL OR region_id = '' ORDER BY unit_id");
    QCOMPARE(unscored.size(), 1);
    QCOMPARE(unscored.first().first(), QStringLiteral("P002"));
    QCOMPARE(outside.size(), 1);
    QCOMPARE(outside.first().first(), QStringLiteral("P003"));
    QCOMPARE(childTexts(dock.unscoredGroup(), 0), QStringList({QStringLiteral("P002")}));
    // The reason, without the unit's id the row already shows.
    QCOMPARE(childTexts(dock.unscoredGroup(), 2),
             QStringList({unscored.first().at(1).mid(QStringLiteral("unit P002: ").size())}));
    QVERIFY(unscored.first().at(1).startsWith(QStringLiteral("unit P002: ")));
    QVERIFY(unscored.first().at(1).contains(QStringLiteral("severity")));
    QCOMPARE(childTexts(dock.outsideGroup(), 0), QStringList({QStringLiteral("P003")}));
    QVERIFY(dock.unscoredGroup()->text(0).contains(QStringLiteral("(1)")));
    // The import warnings survive a refresh.
    QCOMPARE(dock.warningsGroup()->childCount(), 1);
    QCOMPARE(dock.warningsGroup()->child(0)->text(0), QStringLiteral("units.csv"));
    QCOMPARE(childTexts(dock.warningsGroup()->child(0), 2),
             QStringList({QStringLiteral("row 3: a warning")}));

    QSignalSpy activated(&dock, &ProblemsDock::unitActivated);
    emit dock.tree()->itemDoubleClicked(dock.outsideGroup()->child(0), 0);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(
        activated.last().at(0).toLongLong(),
        sqlRows(path, "SELECT fid FROM units WHERE unit_id = 'P003'").first().first().toLongLong());
    emit dock.tree()->itemDoubleClicked(dock.warningsGroup(), 0);
    QCOMPARE(activated.count(), 1);

    dock.setProject(QString());
    QCOMPARE(dock.unscoredGroup()->childCount(), 0);
    QCOMPARE(dock.warningsGroup()->childCount(), 0);
  }

  void looksRight()
  {
    auto session = ProjectSession::open(mPath, OpenMode::ReadOnly, nullptr);
    QVERIFY(session);
    const Taxonomy taxonomy = session->taxonomy();
    session.reset();
    SummaryDock summary;
    QSignalSpy refreshed(&summary, &SummaryDock::refreshed);
    summary.setProject(mPath, taxonomy, QStringLiteral("zh"));
    QTRY_COMPARE_WITH_TIMEOUT(refreshed.count(), 1, 30000);
    summary.resize(700, 300);
    RegionTableDock regions;
    regions.setProject(mPath, QStringLiteral("zh"));
    regions.resize(1000, 400);
    ProblemsDock problems;
    problems.setProject(mPath);
    problems.addWarnings(QStringLiteral("units.csv"), {QStringLiteral("row 7: a warning")});
    problems.resize(800, 300);
    for (QWidget *dock : std::initializer_list<QWidget *>{&summary, &regions, &problems})
    {
      dock->show();
      QVERIFY(QTest::qWaitForWindowExposed(dock));
      dock->grab().save(
          QDir::temp().filePath(QStringLiteral("riskatlas-%1.png").arg(dock->objectName())));
    }
  }

private:
  QTemporaryDir mDir;
  QString mPath;
};

RISKATLAS_UI_TEST_MAIN(TestDocks)
#include "test_docks.moc"
