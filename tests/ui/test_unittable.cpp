// The units table: lazy rows over the project file, filters and sorting that agree with the
// file itself (checked by SQL on a connection of the test's own), and a selection kept in step
// with the map's without echoing back.

#include "projectdocument.h"
#include "sampleproject.h"
#include "uitestmain.h"
#include "unittabledock.h"
#include "unittablemodel.h"
#include "workflow/projectsession.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <qgsfilterlineedit.h>
#include <sqlite3.h>

using namespace riskatlas;

namespace
{
//! One integer from \a sql on a fresh read-only connection.
qint64 sqlValue(const QString &path, const QString &sql)
{
  sqlite3 *db = nullptr;
  if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
    return -1;
  sqlite3_stmt *statement = nullptr;
  qint64 value = -1;
  if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr) == SQLITE_OK &&
      sqlite3_step(statement) == SQLITE_ROW)
    value = sqlite3_column_int64(statement, 0);
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return value;
}

//! fid → level key of every unit, read independently of the model.
QHash<qint64, QString> sqlLevels(const QString &path)
{
  QHash<qint64, QString> levels;
  sqlite3 *db = nullptr;
  sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
  sqlite3_stmt *statement = nullptr;
  sqlite3_prepare_v2(db, "SELECT fid, level FROM units", -1, &statement, nullptr);
  while (sqlite3_step(statement) == SQLITE_ROW)
  {
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 1));
    levels.insert(sqlite3_column_int64(statement, 0), text ? QString::fromUtf8(text) : QString());
  }
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return levels;
}

int comboIndex(QComboBox *combo, const QVariant &data)
{
  return combo->findData(data);
}
} // namespace

class TestUnitTable : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase()
  {
    QVERIFY(mDir.isValid());
    mPath = mDir.filePath(QStringLiteral("sample.gpkg"));
    QVERIFY(test::makeSampleProject(mPath));
    auto session = ProjectSession::open(mPath, OpenMode::ReadOnly, nullptr);
    QVERIFY(session);
    mTaxonomy = session->taxonomy();
  }

  void showsEveryUnitLazily()
  {
    UnitTableDock dock;
    dock.setProject(mPath, mTaxonomy, QStringLiteral("zh"));
    UnitTableModel *model = dock.model();
    QCOMPARE(model->rowCount(), 360);
    QCOMPARE(model->totalCount(), 360);
    QCOMPARE(model->columnCount(), int(UnitTableModel::ColumnCount));
    // Unsorted rows come in import order; the first is RU0001, a major industrial unit.
    QCOMPARE(model->index(0, UnitTableModel::UnitIdColumn).data().toString(),
             QStringLiteral("RU0001"));
    QCOMPARE(model->index(0, UnitTableModel::CategoryColumn).data().toString(),
             QStringLiteral("城市工业"));
    QCOMPARE(model->index(0, UnitTableModel::SectorColumn).data().toString(),
             QStringLiteral("危险化学品生产"));
    QCOMPARE(model->index(0, UnitTableModel::LevelColumn).data().toString(),
             QStringLiteral("重大风险"));
    QCOMPARE(model->index(0, UnitTableModel::LevelColumn)
                 .data(Qt::BackgroundRole)
                 .value<QBrush>()
                 .color(),
             QColor(defaultLevelColor(RiskLevel::Major)));
    QCOMPARE(model->index(0, UnitTableModel::ControlColumn).data().toString(),
             QStringLiteral("Fair"));
    QCOMPARE(model->index(359, UnitTableModel::UnitIdColumn).data().toString(),
             QStringLiteral("RU0360"));
    // Every row's level agrees with the file.
    const QHash<qint64, QString> levels = sqlLevels(mPath);
    for (int row = 0; row < model->rowCount(); ++row)
    {
      const QModelIndex index = model->index(row, UnitTableModel::LevelColumn);
      QCOMPARE(index.data(UnitTableModel::LevelRole).toString(),
               levels.value(index.data(UnitTableModel::FidRole).toLongLong()));
    }
    // The unscored unit carries its reason.
    const QList<int> rows = model->rowsOf({296});
    QCOMPARE(rows.size(), 1);
    QVERIFY(model->index(rows.first(), 0)
                .data(UnitTableModel::NoteRole)
                .toString()
                .contains(QStringLiteral("severity")));
  }

  void filtersAgreeWithSql()
  {
    UnitTableDock dock;
    dock.setProject(mPath, mTaxonomy, QStringLiteral("en"));
    UnitTableModel *model = dock.model();
    auto *category = dock.findChildren<QComboBox *>().at(0);
    auto *level = dock.findChildren<QComboBox *>().at(2);
    auto *region = dock.findChildren<QComboBox *>().at(3);
    auto *control = dock.findChildren<QComboBox *>().at(4);
    auto *text = dock.findChild<QgsFilterLineEdit *>();
    QVERIFY(text);

    category->setCurrentIndex(comboIndex(category, QStringLiteral("crowded")));
    const qint64 crowded = sqlValue(mPath, "SELECT COUNT(*) FROM units WHERE category = 'crowded'");
    QVERIFY(crowded > 0 && crowded < 360);
    QCOMPARE(model->rowCount(), int(crowded));
    QCOMPARE(model->index(0, UnitTableModel::CategoryColumn).data().toString(),
             QStringLiteral("Crowded places"));

    level->setCurrentIndex(comboIndex(level, int(RiskLevel::Major)));
    QCOMPARE(model->rowCount(), int(sqlValue(mPath, "SELECT COUNT(*) FROM units WHERE category = "
                                                    "'crowded' AND level = 'major'")));
    category->setCurrentIndex(0);
    QCOMPARE(model->rowCount(),
             int(sqlValue(mPath, "SELECT COUNT(*) FROM units WHERE level = 'major'")));

    level->setCurrentIndex(comboIndex(level, int(RiskLevel::None)));
    QCOMPARE(model->rowCount(), 4);
    level->setCurrentIndex(0);

    region->setCurrentIndex(1); // outside every region
    QCOMPARE(model->rowCount(), int(sqlValue(mPath, "SELECT COUNT(*) FROM units WHERE region_id "
                                                    "IS NULL OR region_id = ''")));
    QCOMPARE(model->rowCount(), 2);
    const int district = region->findText(QStringLiteral("青山区"));
    QVERIFY(district >= 2);
    region->setCurrentIndex(district);
    QCOMPARE(model->rowCount(),
             int(sqlValue(mPath, "SELECT COUNT(*) FROM units WHERE region = '青山区'")));
    region->setCurrentIndex(0);

    control->setCurrentIndex(comboIndex(control, int(ControlLevel::Poor)));
    QCOMPARE(model->rowCount(),
             int(sqlValue(mPath, "SELECT COUNT(*) FROM units WHERE control = '差'")));
    control->setCurrentIndex(comboIndex(control, int(ControlLevel::Unknown)));
    QCOMPARE(model->rowCount(), int(sqlValue(mPath, "SELECT COUNT(*) FROM units WHERE control IS "
                                                    "NULL OR control = ''")));
    control->setCurrentIndex(0);

    // Free text: id, name or address (an original column kept in attributes).
    text->setValue(QStringLiteral("化工"));
    QTRY_COMPARE(model->rowCount(),
                 int(sqlValue(mPath, "SELECT COUNT(*) FROM units WHERE name "
                                     "LIKE '%化工%' OR attributes LIKE '%化工%'")));
    text->setValue(QStringLiteral("ru012"));
    // Case-insensitive on the id (RU0120…RU0129, the sample has no RU0126).
    QTRY_COMPARE(model->rowCount(),
                 int(sqlValue(mPath, "SELECT COUNT(*) FROM units WHERE unit_id LIKE 'RU012%'")));
    QCOMPARE(model->rowCount(), 9);
    text->setValue(QStringLiteral("西园路"));
    QTRY_COMPARE(
        model->rowCount(),
        int(sqlValue(mPath, "SELECT COUNT(*) FROM units WHERE attributes LIKE '%西园路%'")));
    QVERIFY(model->rowCount() > 0);
    text->setValue(QStringLiteral("100%_"));
    QTRY_COMPARE(model->rowCount(), 0);
    text->clear();
    QTRY_COMPARE(model->rowCount(), 360);
  }

  void sortsByHeader()
  {
    UnitTableDock dock;
    dock.setProject(mPath, mTaxonomy, QStringLiteral("zh"));
    UnitTableModel *model = dock.model();
    dock.view()->sortByColumn(UnitTableModel::ScoreColumn, Qt::DescendingOrder);
    QCOMPARE(model->rowCount(), 360);
    double previous = std::numeric_limits<double>::infinity();
    int withScore = 0;
    for (int row = 0; row < model->rowCount(); ++row)
    {
      const QVariant score = model->index(row, UnitTableModel::ScoreColumn).data();
      if (!score.isValid())
      {
        previous = -std::numeric_limits<double>::infinity(); // unscored last
        continue;
      }
      QVERIFY2(score.toDouble() <= previous, qPrintable(QString::number(row)));
      previous = score.toDouble();
      ++withScore;
    }
    QCOMPARE(withScore, 356);
    QCOMPARE(model->index(0, UnitTableModel::ScoreColumn).data().toDouble(),
             double(sqlValue(mPath, "SELECT MAX(score) FROM units")));

    dock.view()->sortByColumn(UnitTableModel::LevelColumn, Qt::DescendingOrder);
    QCOMPARE(
        model->index(0, UnitTableModel::LevelColumn).data(UnitTableModel::LevelRole).toString(),
        QStringLiteral("major"));
    QCOMPARE(
        model->index(359, UnitTableModel::LevelColumn).data(UnitTableModel::LevelRole).toString(),
        QStringLiteral("none"));
    dock.view()->sortByColumn(UnitTableModel::UnitIdColumn, Qt::DescendingOrder);
    QCOMPARE(model->index(0, UnitTableModel::UnitIdColumn).data().toString(),
             QStringLiteral("RU0360"));
  }

  void selectionFollowsTheMapWithoutEcho()
  {
    UnitTableDock dock;
    dock.setProject(mPath, mTaxonomy, QStringLiteral("zh"));
    QSignalSpy selected(&dock, &UnitTableDock::unitsSelected);
    dock.selectUnits({5, 7, 8, 300});
    QCOMPARE(selected.count(), 0);
    QCOMPARE(dock.selectedFids(), QList<qint64>({5, 7, 8, 300}));

    // The user's selection is reported.
    QTableView *view = dock.view();
    view->selectRow(9);
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.last().at(0).value<QList<qint64>>(), QList<qint64>({10}));

    QSignalSpy activated(&dock, &UnitTableDock::unitActivated);
    emit view->doubleClicked(dock.model()->index(41, 1));
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.last().at(0).toLongLong(), 42);

    // A sort keeps the selection, without telling the map again.
    dock.selectUnits({5, 7, 8, 300});
    const int before = selected.count();
    view->sortByColumn(UnitTableModel::ScoreColumn, Qt::DescendingOrder);
    QList<qint64> kept = dock.selectedFids();
    std::sort(kept.begin(), kept.end());
    QCOMPARE(kept, QList<qint64>({5, 7, 8, 300}));
    QCOMPARE(selected.count(), before);
    view->sortByColumn(-1, Qt::AscendingOrder);

    // Units filtered out are not shown selected; the rest stay selected.
    dock.selectUnits({1, 2, 150});
    auto *category = dock.findChildren<QComboBox *>().at(0);
    category->setCurrentIndex(category->findData(QStringLiteral("industrial")));
    const qint64 industrial150 =
        sqlValue(mPath, "SELECT COUNT(*) FROM units WHERE fid = 150 AND category = 'industrial'");
    QCOMPARE(dock.selectedFids().size(), 2 + int(industrial150));
  }

  void refreshShowsANewAssessment()
  {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    QVERIFY(test::makeSampleProject(path));
    UnitTableDock dock;
    dock.setProject(path, mTaxonomy, QStringLiteral("en"));
    dock.view()->sortByColumn(UnitTableModel::UnitIdColumn, Qt::AscendingOrder);
    dock.selectUnits({3, 4});
    QCOMPARE(dock.model()->index(0, UnitTableModel::MethodColumn).data().toString(),
             QStringLiteral("Risk matrix"));
    {
      auto session = ProjectSession::open(path, nullptr);
      QVERIFY(session);
      AssessRequest request;
      MethodSet lec;
      QVERIFY(MethodSet::forMethod(QStringLiteral("lec"), lec, nullptr));
      request.methodSet = lec;
      request.scope = AssessScope::Everything;
      QVERIFY(session->assess(request, nullptr).ok);
    }
    QSignalSpy selected(&dock, &UnitTableDock::unitsSelected);
    dock.refresh();
    QCOMPARE(selected.count(), 0);
    QCOMPARE(dock.selectedFids(), QList<qint64>({3, 4}));
    // The sample has no LEC inputs: every unit is now unscored, as the file says.
    const QHash<qint64, QString> levels = sqlLevels(path);
    QCOMPARE(dock.model()->rowCount(), 360);
    for (int row = 0; row < dock.model()->rowCount(); ++row)
    {
      const QModelIndex index = dock.model()->index(row, UnitTableModel::LevelColumn);
      QCOMPARE(index.data(UnitTableModel::LevelRole).toString(),
               levels.value(index.data(UnitTableModel::FidRole).toLongLong()));
    }
    QCOMPARE(sqlValue(path, "SELECT COUNT(*) FROM units WHERE level = 'none'"), 360);
  }

  void readsBesideTheWorkbench()
  {
    // The workbench holds the file in WAL mode; a step commits while the table has read pages.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("held.gpkg"));
    QVERIFY(test::makeSampleProject(path));
    Problem problem;
    auto document = ProjectDocument::open(path, &problem);
    QVERIFY2(document, qPrintable(problem.message()));
    UnitTableDock dock;
    dock.setProject(path, mTaxonomy, QStringLiteral("en"));
    QCOMPARE(dock.model()->rowCount(), 360);
    QCOMPARE(dock.model()
                 ->index(0, UnitTableModel::LevelColumn)
                 .data(UnitTableModel::LevelRole)
                 .toString(),
             QStringLiteral("major"));
    {
      auto session = ProjectSession::open(path, nullptr);
      QVERIFY(session);
      AssessRequest request;
      MethodSet lec;
      QVERIFY(MethodSet::forMethod(QStringLiteral("lec"), lec, nullptr));
      request.methodSet = lec;
      request.scope = AssessScope::Everything;
      QElapsedTimer timer;
      timer.start();
      const AssessOutcome outcome = session->assess(request, nullptr);
      QVERIFY2(outcome.ok, qPrintable(outcome.error));
      QVERIFY(timer.elapsed() < 4000); // never waited for the table
    }
    dock.refresh();
    QCOMPARE(dock.model()
                 ->index(0, UnitTableModel::LevelColumn)
                 .data(UnitTableModel::LevelRole)
                 .toString(),
             QStringLiteral("none"));
    QCOMPARE(sqlValue(path, "SELECT COUNT(*) FROM units WHERE level = 'none'"), 360);

    // Closing: the dock lets go of the file, which returns to one file.
    dock.setProject(QString(), mTaxonomy, QStringLiteral("en"));
    document.reset();
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
  }

  void noProjectShowsNothing()
  {
    UnitTableDock dock;
    dock.setProject(mPath, mTaxonomy, QStringLiteral("zh"));
    dock.setProject(QString(), mTaxonomy, QStringLiteral("zh"));
    QCOMPARE(dock.model()->rowCount(), 0);
    QVERIFY(dock.model()->error().isEmpty());
    // A project without units yet.
    QTemporaryDir dir;
    const QString empty = dir.filePath(QStringLiteral("empty.gpkg"));
    QVERIFY(ProjectSession::create(empty, QStringLiteral("空"), QString(), false, nullptr));
    dock.setProject(empty, mTaxonomy, QStringLiteral("zh"));
    QCOMPARE(dock.model()->rowCount(), 0);
    QVERIFY2(dock.model()->error().isEmpty(), qPrintable(dock.model()->error()));
  }

  void fitsASmallScreen()
  {
    // Docked at the side of a 1366 × 768 screen, next to the map.
    UnitTableDock dock;
    dock.setProject(mPath, mTaxonomy, QStringLiteral("zh"));
    QVERIFY2(dock.minimumSizeHint().width() <= 683,
             qPrintable(QString::number(dock.minimumSizeHint().width())));
    QVERIFY(dock.minimumSizeHint().height() <= 384);
  }

  void looksRight()
  {
    UnitTableDock dock;
    dock.resize(1300, 400);
    dock.setProject(mPath, mTaxonomy, QStringLiteral("zh"));
    dock.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dock));
    dock.grab().save(QDir::temp().filePath(QStringLiteral("riskatlas-unittable.png")));
    dock.resize(600, 300);
    dock.grab().save(QDir::temp().filePath(QStringLiteral("riskatlas-unittable-narrow.png")));
  }

private:
  QTemporaryDir mDir;
  QString mPath;
  Taxonomy mTaxonomy;
};

RISKATLAS_UI_TEST_MAIN(TestUnitTable)
#include "test_unittable.moc"
