// Changes from outside: riskatlas-cli commits to a project the workbench has open; the document
// notices within seconds (changedOutside), while its own writing tasks never count as outside.

#include "externalchangemonitor.h"
#include "projectdocument.h"
#include "sampleproject.h"
#include "uitestmain.h"
#include "uniteditcommands.h"
#include "workflow/projectsession.h"
#include "workflow/projectview.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <cstdio>
#include <qgsfeature.h>
#include <qgsfeatureiterator.h>
#include <qgsvectorlayer.h>

using namespace riskatlas;

namespace
{
SessionTask *assessTask(const QString &path)
{
  return new SessionTask(QStringLiteral("assess"), path, true,
                         [](ProjectSession &session, QgsFeedback *feedback)
                         {
                           AssessRequest request;
                           request.scope = AssessScope::Everything;
                           TaskResult result;
                           result.ok = session.assess(request, feedback).ok;
                           return result;
                         });
}

bool runCli(const QStringList &arguments)
{
  QProcess cli;
  cli.start(QStringLiteral(RISKATLAS_CLI), arguments);
  if (!cli.waitForStarted() || !cli.waitForFinished(120000) || cli.exitCode() != 0)
  {
    qWarning("%s", cli.readAllStandardError().constData());
    return false;
  }
  return true;
}

QString methodOf(QgsVectorLayer *units, const QString &unitId)
{
  QgsFeature feature;
  units
      ->getFeatures(
          QgsFeatureRequest().setFilterExpression(QStringLiteral("\"unit_id\" = '%1'").arg(unitId)))
      .nextFeature(feature);
  return feature.attribute(QStringLiteral("method")).toString();
}
} // namespace

class TestExternalChanges : public QObject
{
  Q_OBJECT

private slots:
  void aCommitByTheCliIsNoticed()
  {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    QVERIFY(test::makeSampleProject(path));
    auto document = ProjectDocument::open(path, nullptr);
    QVERIFY(document);
    QVERIFY(document->changeMonitor() && document->changeMonitor()->isActive());
    QCOMPARE(methodOf(document->view()->unitsLayer(), QStringLiteral("RU0001")),
             QStringLiteral("matrix"));
    QSignalSpy outside(document.get(), &ProjectDocument::changedOutside);
    // Nothing happens by itself.
    QTest::qWait(2500);
    QCOMPARE(outside.size(), 0);
    QVERIFY(document->changeMonitor()->note().isEmpty());

    // The CLI re-scores every unit with LEC while the workbench holds the file.
    QProcess cli;
    cli.start(QStringLiteral(RISKATLAS_CLI),
              {QStringLiteral("assess"), path, QStringLiteral("--method"), QStringLiteral("lec")});
    QVERIFY(cli.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(cli.state() == QProcess::NotRunning, 120000);
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    QTRY_VERIFY_WITH_TIMEOUT(outside.size() >= 1, 5000);
    QVERIFY(document->changeMonitor()->note().contains(QLatin1String("another program")));

    // The window's answer: reload, which shows the CLI's results and is no change itself.
    QString error;
    QVERIFY2(document->view()->reload(&error), qPrintable(error));
    QCOMPARE(methodOf(document->view()->unitsLayer(), QStringLiteral("RU0001")),
             QStringLiteral("lec"));
    const int noticed = outside.size();
    QTest::qWait(2500);
    QCOMPARE(outside.size(), noticed);
  }

  void aFileReplacedWholeIsReopened()
  {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    QVERIFY(test::makeSampleProject(path));
    // The replacement: last week's copy of the project, re-scored with LEC meanwhile.
    const QString backup = dir.filePath(QStringLiteral("backup.gpkg"));
    QVERIFY(QFile::copy(path, backup));
    QVERIFY(runCli(
        {QStringLiteral("assess"), backup, QStringLiteral("--method"), QStringLiteral("lec")}));

    auto document = ProjectDocument::open(path, nullptr);
    QVERIFY(document);
    document->undoStack()->push(new QUndoCommand(QStringLiteral("an edit of the old file")));
    QSignalSpy outside(document.get(), &ProjectDocument::changedOutside);
    QSignalSpy lost(document.get(), &ProjectDocument::fileLost);

    // A file manager's "replace": the backup renamed over the open project.
    QCOMPARE(
        std::rename(QFile::encodeName(backup).constData(), QFile::encodeName(path).constData()), 0);
    QTRY_VERIFY_WITH_TIMEOUT(outside.size() == 1, 5000);
    QVERIFY(document->changeMonitor()->note().contains(QLatin1String("replaced")));
    QCOMPARE(document->undoStack()->count(), 0);
    // The view reads the new file, with no reload asked by anyone.
    QVERIFY(document->view()->unitsLayer());
    QCOMPARE(methodOf(document->view()->unitsLayer(), QStringLiteral("RU0001")),
             QStringLiteral("lec"));

    // The new file is watched: a later commit to it is noticed like any other.
    QVERIFY(runCli(
        {QStringLiteral("assess"), path, QStringLiteral("--method"), QStringLiteral("matrix")}));
    QTRY_VERIFY_WITH_TIMEOUT(outside.size() == 2, 5000);
    QVERIFY(document->changeMonitor()->note().contains(QLatin1String("changed by another")));
    QString error;
    QVERIFY2(document->view()->reload(&error), qPrintable(error));
    QCOMPARE(methodOf(document->view()->unitsLayer(), QStringLiteral("RU0001")),
             QStringLiteral("matrix"));

    // Renamed away: said once, and the map keeps what it shows.
    QVERIFY(QFile::rename(path, dir.filePath(QStringLiteral("moved.gpkg"))));
    QTRY_VERIFY_WITH_TIMEOUT(lost.size() == 1, 5000);
    QVERIFY(document->changeMonitor()->note().contains(QLatin1String("removed or renamed")));
    QVERIFY(document->view()->unitsLayer());
    QTest::qWait(2500);
    QCOMPARE(lost.size(), 1);
    QCOMPARE(outside.size(), 2);
  }

  void theDocumentsOwnWritesAreNotOutside()
  {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.gpkg"));
    QVERIFY(test::makeSampleProject(path, false));
    auto document = ProjectDocument::open(path, nullptr);
    QVERIFY(document);
    QSignalSpy outside(document.get(), &ProjectDocument::changedOutside);
    QSignalSpy changed(document.get(), &ProjectDocument::changed);
    document->run(assessTask(path));
    document->run(assessTask(path));
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 2, 120000);
    QTest::qWait(2500);
    QCOMPARE(outside.size(), 0);

    // A program that commits while the document is idle is outside again.
    {
      auto session = ProjectSession::open(path, nullptr);
      QVERIFY(session);
      AssessRequest request;
      request.scope = AssessScope::Everything;
      QVERIFY(session->assess(request, nullptr).ok);
    }
    QTRY_VERIFY_WITH_TIMEOUT(outside.size() == 1, 5000);

    // A unit edit commits at once, on the undo stack: the document's own change, not outside.
    UnitEdit edit;
    edit.fid = 1;
    edit.values.insert(QStringLiteral("likelihood"), QStringLiteral("2"));
    edit.reason = QStringLiteral("site visit");
    document->undoStack()->push(new UnitEditCommand(path, edit, QStringLiteral("张工")));
    QCOMPARE(document->undoStack()->count(), 1);
    document->undoStack()->undo();
    document->undoStack()->redo();
    QTest::qWait(2500);
    QCOMPARE(outside.size(), 1);
  }
};

RISKATLAS_UI_TEST_MAIN(TestExternalChanges)
#include "test_externalchanges.moc"
