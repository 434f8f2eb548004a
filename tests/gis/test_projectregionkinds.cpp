// The region kinds a project holds, which the map dialog offers: read without scanning units.
#include "qgistestmain.h"
#include "sampleproject.h"
#include "workflow/projectregionkinds.h"

#include <QTemporaryDir>

using namespace riskatlas;

class TestProjectRegionKinds : public QObject
{
  Q_OBJECT

private slots:
  void kindsFollowTheImports()
  {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    Problem problem;
    auto empty = ProjectSession::create(path, QStringLiteral("示例市"), QString(), true, &problem);
    QVERIFY(empty);
    empty.reset();
    QVERIFY(projectRegionKinds(path, &problem).isEmpty());
    QVERIFY2(problem.reason.isEmpty(), qPrintable(problem.message()));

    QVERIFY(test::makeSampleProject(path, false));
    QCOMPARE(projectRegionKinds(path), QStringList{QStringLiteral("district")});
    auto session = ProjectSession::open(path, &problem);
    QVERIFY(session);
    GridOptions grid;
    grid.cellSize = 2000;
    QVERIFY(session->makeGrid(grid, nullptr).ok);
    session.reset();
    QCOMPARE(projectRegionKinds(path),
             (QStringList{QStringLiteral("district"), QStringLiteral("grid")}));
  }

  void unreadableProjectIsAProblem()
  {
    QTemporaryDir dir;
    const QString path = test::writeFile(dir.filePath(QStringLiteral("not.gpkg")), "not sqlite");
    Problem problem;
    QVERIFY(projectRegionKinds(path, &problem).isEmpty());
    QVERIFY(!problem.reason.isEmpty());
    QCOMPARE(problem.file, path);
  }
};

RISKATLAS_QGIS_TEST_MAIN(TestProjectRegionKinds)
#include "test_projectregionkinds.moc"
