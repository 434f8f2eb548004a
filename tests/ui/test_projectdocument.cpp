// The workbench's document: a project held open for the map while workflow steps run as
// QgsTasks on their own connections; writes queue, cancel leaves the project unchanged.

#include "projectdocument.h"
#include "sampleproject.h"
#include "uitestmain.h"
#include "workflow/projectsession.h"
#include "workflow/projectview.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <qgsfeedback.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

using namespace riskatlas;

namespace
{
int unitCount(const QString &path)
{
  auto session = ProjectSession::open(path, OpenMode::ReadOnly, nullptr);
  return session ? session->summary().units : -1;
}

SessionTask *assessTask(const QString &path, AssessScope scope)
{
  return new SessionTask(QStringLiteral("assess"), path, true,
                         [scope](ProjectSession &session, QgsFeedback *feedback)
                         {
                           AssessRequest request;
                           request.scope = scope;
                           const AssessOutcome outcome = session.assess(request, feedback);
                           TaskResult result;
                           result.ok = outcome.ok;
                           if (!outcome.ok)
                             result.problems << Problem::fileProblem(outcome.errorKind,
                                                                     session.path(), outcome.error);
                           return result;
                         });
}
} // namespace

class TestProjectDocument : public QObject
{
  Q_OBJECT

private slots:
  void opensTheSampleWithItsStyledLayers()
  {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    QVERIFY(test::makeSampleProject(path));
    Problem problem;
    auto document = ProjectDocument::open(path, &problem);
    QVERIFY2(document, qPrintable(problem.message()));
    QCOMPARE(document->displayName(), QStringLiteral("sample"));
    QgsVectorLayer *units = document->view()->unitsLayer();
    QVERIFY(units && units->isValid());
    QCOMPARE(units->featureCount(), 360);
    QVERIFY(document->view()->regionLayer(RegionKind::District));
    QVERIFY(!document->view()->regionLayer(RegionKind::Grid));

    document->view()->showCategory(QStringLiteral("industrial"));
    QVERIFY(units->featureCount() > 0 && units->featureCount() < 360);
    document->view()->showCategory(QString());
    QCOMPARE(units->featureCount(), 360);
  }

  void writesQueueAndRefreshTheView()
  {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    QVERIFY(test::makeSampleProject(path, false));
    auto document = ProjectDocument::open(path, nullptr);
    QVERIFY(document);
    QSignalSpy completed(document.get(), &ProjectDocument::taskCompleted);
    QSignalSpy changed(document.get(), &ProjectDocument::changed);
    QList<int> order;
    SessionTask *first = assessTask(path, AssessScope::Everything);
    SessionTask *second = assessTask(path, AssessScope::Changes);
    connect(first, &SessionTask::completed, this, [&order] { order << 1; });
    connect(second, &SessionTask::completed, this, [&order] { order << 2; });
    document->run(first);
    document->run(second);
    // The second write waits for the first.
    QCOMPARE(document->activeTasks().size(), 2);
    QVERIFY(completed.wait(60000) || completed.size() >= 1);
    QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 2, 60000);
    QCOMPARE(order, (QList<int>{1, 2}));
    QCOMPARE(changed.size(), 2);
    QVERIFY(!document->isBusy());
    QCOMPARE(unitCount(path), 360);
    // The reloaded view shows the scores.
    QgsVectorLayer *units = document->view()->unitsLayer();
    QVERIFY(units);
    QgsFeature feature;
    QVERIFY(units
                ->getFeatures(QgsFeatureRequest().setFilterExpression(
                    QStringLiteral("\"unit_id\" = 'RU0001'")))
                .nextFeature(feature));
    QCOMPARE(feature.attribute(QStringLiteral("level")).toString(), QStringLiteral("major"));
  }

  void aCancelledAssessmentChangesNothing()
  {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    QVERIFY(test::makeSampleProject(path, false));
    auto document = ProjectDocument::open(path, nullptr);
    QVERIFY(document);
    QSignalSpy completed(document.get(), &ProjectDocument::taskCompleted);
    SessionTask *task = assessTask(path, AssessScope::Everything);
    document->run(task);
    task->cancel();
    QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, 60000);
    const auto result = completed.first().at(1).value<TaskResult>();
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    auto session = ProjectSession::open(path, OpenMode::ReadOnly, nullptr);
    QVERIFY(session);
    QCOMPARE(session->summary().scored, 0);
  }
};

RISKATLAS_UI_TEST_MAIN(TestProjectDocument)
#include "test_projectdocument.moc"
