// The units table's reader: ordered fids (ties and NULLs as SQL orders them), filters whose
// text is matched literally, rows read by fid, and no lock left behind between reads.

#include "qgistestmain.h"
#include "sampleproject.h"
#include "workflow/projectsession.h"
#include "workflow/regionquery.h"
#include "workflow/unitquery.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace riskatlas;

class TestUnitQuery : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase()
  {
    QVERIFY(mDir.isValid());
    mPath = mDir.filePath(QStringLiteral("sample.gpkg"));
    QVERIFY(test::makeSampleProject(mPath));
  }

  void ordersLikeSql()
  {
    QString error;
    auto query = UnitQuery::open(mPath, &error);
    QVERIFY2(query, qPrintable(error));
    std::vector<qint64> fids;
    QVERIFY(query->orderedFids({}, UnitField::Score, Qt::AscendingOrder, fids));
    QCOMPARE(fids.size(), size_t(360));
    const QVector<UnitTableRecord> rows = query->records(fids.data(), int(fids.size()));
    // Unscored units (no score) first, then scores rising; equal scores in fid order.
    for (int i = 0; i < 4; ++i)
      QVERIFY(!rows.at(i).score);
    for (int i = 5; i < rows.size(); ++i)
    {
      QVERIFY(*rows.at(i - 1).score <= *rows.at(i).score);
      if (*rows.at(i - 1).score == *rows.at(i).score)
        QVERIFY(rows.at(i - 1).fid < rows.at(i).fid);
    }
    QVERIFY(query->orderedFids({}, UnitField::Score, Qt::DescendingOrder, fids));
    const QVector<UnitTableRecord> down = query->records(fids.data(), int(fids.size()));
    QVERIFY(!down.last().score);
    for (int i = 1; i < 356; ++i)
    {
      QVERIFY(*down.at(i - 1).score >= *down.at(i).score);
      if (*down.at(i - 1).score == *down.at(i).score)
        QVERIFY(down.at(i - 1).fid < down.at(i).fid);
    }
    // Text by bytes (UTF-8), as SQLite's BINARY collation.
    QVERIFY(query->orderedFids({}, UnitField::Name, Qt::AscendingOrder, fids));
    const QVector<UnitTableRecord> named = query->records(fids.data(), int(fids.size()));
    for (int i = 1; i < named.size(); ++i)
      QVERIFY(named.at(i - 1).name.toUtf8() <= named.at(i).name.toUtf8());
    QVERIFY(query->orderedFids({}, UnitField::Fid, Qt::DescendingOrder, fids));
    QCOMPARE(fids.front(), qint64(360));
  }

  void filtersMatchTextLiterally()
  {
    auto query = UnitQuery::open(mPath, nullptr);
    QVERIFY(query);
    UnitFilter filter;
    filter.text = QStringLiteral("%");
    QCOMPARE(query->count(filter), 0);
    filter.text = QStringLiteral("RU000_");
    QCOMPARE(query->count(filter), 0);
    filter.text = QStringLiteral("ru0001");
    QCOMPARE(query->count(filter), 1);
    filter.text = QStringLiteral("西园路6号"); // the address, an original column
    QCOMPARE(query->count(filter), 1);

    UnitFilter unscored;
    unscored.level = RiskLevel::None;
    QCOMPARE(query->count(unscored), 4);
    const QHash<QString, qint64> byCategory = query->countByCategory(unscored);
    qint64 sum = 0;
    for (qint64 count : byCategory)
      sum += count;
    QCOMPARE(sum, 4);
    UnitFilter outside;
    outside.regionId = QString(QLatin1String(""));
    QCOMPARE(query->count(outside), 2);
    outside.assessedOnly = true;
    QCOMPARE(query->count(outside), 2);

    const QVector<UnitRegionChoice> regions = query->regionChoices();
    auto regionQuery = RegionQuery::open(mPath, nullptr);
    QVERIFY(regionQuery);
    const QVector<AssessedRegion> districts = regionQuery->regions(RegionKind::District);
    QCOMPARE(regions.size(), districts.size());
    // Both lists in code order (330101, 330102 …), whatever the names or the import order.
    QStringList choiceCodes;
    for (const UnitRegionChoice &choice : regions)
      choiceCodes << choice.id;
    QStringList districtCodes;
    for (const AssessedRegion &district : districts)
      districtCodes << district.regionId;
    QStringList sorted = choiceCodes;
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(choiceCodes, sorted);
    QCOMPARE(districtCodes, sorted);
    QCOMPARE(choiceCodes.first(), QStringLiteral("330101"));
  }

  void readsRowsByFid()
  {
    auto query = UnitQuery::open(mPath, nullptr);
    QVERIFY(query);
    const qint64 fids[] = {296, 999999, 1};
    const QVector<UnitTableRecord> rows = query->records(fids, 3);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0).unitId, QStringLiteral("RU0296"));
    QCOMPARE(rows.at(0).level, RiskLevel::None);
    QVERIFY(rows.at(0).assessed);
    QVERIFY(rows.at(0).note.contains(QStringLiteral("severity")));
    QCOMPARE(rows.at(1).fid, qint64(0)); // gone
    QCOMPARE(rows.at(2).unitId, QStringLiteral("RU0001"));
    QCOMPARE(rows.at(2).level, RiskLevel::Major);
    QVERIFY(query->error().isEmpty());
  }

  void leavesNoLockBehind()
  {
    // A rollback-journal file: a reader that kept a statement open would make the commit wait.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    QVERIFY(test::makeSampleProject(path));
    auto query = UnitQuery::open(path, nullptr);
    QVERIFY(query);
    std::vector<qint64> fids;
    QVERIFY(query->orderedFids({}, UnitField::Level, Qt::DescendingOrder, fids));
    query->records(fids.data(), 100);
    query->regionChoices();
    query->count({});
    auto session = ProjectSession::open(path, nullptr);
    QVERIFY(session);
    AssessRequest request;
    request.scope = AssessScope::Everything;
    MethodSet lec;
    QVERIFY(MethodSet::forMethod(QStringLiteral("lec"), lec, nullptr));
    request.methodSet = lec;
    QElapsedTimer timer;
    timer.start();
    const AssessOutcome outcome = session->assess(request, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(timer.elapsed() < 4000);
    UnitFilter unscored;
    unscored.level = RiskLevel::None;
    QCOMPARE(query->count(unscored), 360);
  }

private:
  QTemporaryDir mDir;
  QString mPath;
};

RISKATLAS_QGIS_TEST_MAIN(TestUnitQuery)
#include "test_unitquery.moc"
