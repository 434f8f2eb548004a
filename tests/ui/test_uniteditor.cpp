// The unit editor, its undo commands and the history: a unit's inputs changed through the
// panel's choices and applied as a command on an undo stack, checked in the file and the audit
// log at each undo and redo; an override refused without a reason and marked in the unit table
// with one; the history listing and filtering the log.

#include "historydock.h"
#include "preferences.h"
#include "sampleproject.h"
#include "sessiontask.h"
#include "uitestmain.h"
#include "uniteditcommands.h"
#include "uniteditordock.h"
#include "unitmovetool.h"
#include "unittablemodel.h"
#include "workflow/projectsession.h"
#include "workflow/projectview.h"

#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <qgsapplication.h>
#include <qgsmapcanvas.h>
#include <qgsmapmouseevent.h>
#include <qgstaskmanager.h>
#include <qgsvectorlayer.h>
#include <sqlite3.h>

using namespace riskatlas;

namespace
{
//! One text value from \a sql on a fresh read-only connection.
QString sqlText(const QString &path, const QString &sql)
{
  sqlite3 *db = nullptr;
  if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
    return QStringLiteral("(cannot open)");
  sqlite3_stmt *statement = nullptr;
  QString value = QStringLiteral("(no row)");
  if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr) == SQLITE_OK &&
      sqlite3_step(statement) == SQLITE_ROW)
  {
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, 0));
    value = text ? QString::fromUtf8(text) : QString();
  }
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return value;
}

QList<AuditEntry> auditLog(const QString &path)
{
  auto session = ProjectSession::open(path, OpenMode::ReadOnly, nullptr);
  return session ? session->auditLog() : QList<AuditEntry>();
}
} // namespace

class TestUnitEditor : public QObject
{
  Q_OBJECT

  QTemporaryDir mDir;
  QString mPath;
  Taxonomy mTaxonomy;
  qint64 mFid = 0;

  QString likelihood() const
  {
    return sqlText(mPath, QStringLiteral("SELECT likelihood FROM units WHERE fid = %1").arg(mFid));
  }

private slots:
  void initTestCase()
  {
    QVERIFY(mDir.isValid());
    mPath = mDir.filePath(QStringLiteral("sample.gpkg"));
    QVERIFY(test::makeSampleProject(mPath));
    auto session = ProjectSession::open(mPath, OpenMode::ReadOnly, nullptr);
    QVERIFY(session);
    mTaxonomy = session->taxonomy();
    mFid = sqlText(mPath, QStringLiteral("SELECT fid FROM units WHERE unit_id = 'RU0001'"))
               .toLongLong();
    QVERIFY(mFid > 0);
  }

  void showsTheUnitWithTheMethodsDescriptors()
  {
    UnitEditorDock dock;
    dock.setProject(mPath, mTaxonomy, QStringLiteral("zh"));
    dock.showUnit(mFid);
    dock.resize(420, 760);
    QComboBox *box = dock.inputBox(QStringLiteral("likelihood"));
    QVERIFY(box);
    QCOMPARE(box->currentData().toString(), QStringLiteral("4"));
    QCOMPARE(box->itemText(box->findData(QStringLiteral("5"))), QStringLiteral("5 — 每年可能发生"));
    QVERIFY(dock.inputBox(QStringLiteral("severity")));
    QVERIFY(!dock.inputBox(QStringLiteral("lec_l"))); // not this unit's method
    QCOMPARE(dock.inputBox(QStringLiteral("control"))->currentData().toString(),
             QStringLiteral("中"));
    QCOMPARE(dock.keptColumns()->item(0, 1)->text(), QStringLiteral("青山区西园路6号"));
    QCOMPARE(dock.levelLabel()->text(), levelNameZh(RiskLevel::Major));
    QVERIFY(!dock.applyButton()->isEnabled()); // nothing changed yet
    dock.grab().save(QDir::temp().filePath(QStringLiteral("uniteditor.png")));
  }

  void inputEditIsAnUndoableCommand()
  {
    UnitEditorDock dock;
    dock.setProject(mPath, mTaxonomy, QStringLiteral("en"));
    dock.showUnit(mFid);
    dock.show();
    QUndoStack stack;
    QList<Problem> refusals;
    connect(&dock, &UnitEditorDock::editRequested, &dock,
            [&](const UnitEdit &edit)
            {
              stack.push(new UnitEditCommand(mPath, edit, QStringLiteral("王分析师"),
                                             [&](const Problem &problem)
                                             { refusals.append(problem); }));
              dock.refresh();
            });
    const int entries = auditLog(mPath).size();

    QComboBox *box = dock.inputBox(QStringLiteral("likelihood"));
    box->setCurrentIndex(box->findData(QStringLiteral("1")));
    QVERIFY(dock.previewLabel()->text().contains(levelNameEn(RiskLevel::General)));
    dock.reasonEdit()->setText(QStringLiteral("site visit"));
    QVERIFY(dock.applyButton()->isEnabled());
    QElapsedTimer timer;
    timer.start();
    QTest::mouseClick(dock.applyButton(), Qt::LeftButton);
    qInfo("apply (edit + audit, one transaction): %lld ms", timer.elapsed());
    QVERIFY(refusals.isEmpty());
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.text(0), QStringLiteral("Edit unit RU0001"));
    QCOMPARE(likelihood(), QStringLiteral("1"));
    QCOMPARE(dock.inputBox(QStringLiteral("likelihood"))->currentData().toString(),
             QStringLiteral("1"));
    QList<AuditEntry> log = auditLog(mPath);
    QCOMPARE(log.size(), entries + 1);
    QCOMPARE(log.last().action, QStringLiteral("edit-unit"));
    QCOMPARE(log.last().user, QStringLiteral("王分析师"));
    QCOMPARE(log.last().reason, QStringLiteral("site visit"));
    QCOMPARE(log.last().newValue, QStringLiteral("{\"likelihood\":\"1\"}"));
    const qint64 edit = log.last().sequence;

    timer.restart();
    stack.undo();
    qInfo("undo: %lld ms", timer.elapsed());
    QCOMPARE(likelihood(), QStringLiteral("4"));
    log = auditLog(mPath);
    QCOMPARE(log.size(), entries + 2);
    QCOMPARE(log.last().action, QStringLiteral("undo"));
    QCOMPARE(log.last().reason, QStringLiteral("undo of #%1").arg(edit));

    stack.redo();
    QCOMPARE(likelihood(), QStringLiteral("1"));
    log = auditLog(mPath);
    QCOMPARE(log.size(), entries + 3);
    QCOMPARE(log.last().action, QStringLiteral("redo"));
    QCOMPARE(firstBrokenAuditEntry(log), -1);

    // Another program changes the unit: the undo no longer applies, is refused, and the stack
    // drops the command instead of overwriting that change.
    {
      auto other = ProjectSession::open(mPath, nullptr);
      QVERIFY(other);
      UnitEdit outside;
      outside.fid = mFid;
      outside.values.insert(QStringLiteral("likelihood"), QStringLiteral("3"));
      QVERIFY(other->editUnit(outside, nullptr, nullptr));
    }
    stack.undo();
    QCOMPARE(refusals.size(), 1);
    QCOMPARE(refusals.first().kind, ProblemKind::EditConflict);
    QCOMPARE(likelihood(), QStringLiteral("3"));
    QCOMPARE(stack.count(), 0);
  }

  void overrideNeedsAReasonAndShowsInTheTable()
  {
    UnitEditorDock dock;
    dock.setProject(mPath, mTaxonomy, QStringLiteral("en"));
    dock.showUnit(mFid);
    dock.show();
    QSignalSpy requests(&dock, &UnitEditorDock::editRequested);
    dock.reasonEdit()->clear();
    dock.overrideBox()->setCurrentIndex(dock.overrideBox()->findData(QStringLiteral("low")));
    QVERIFY(!dock.applyButton()->isEnabled());
    QTest::mouseClick(dock.applyButton(), Qt::LeftButton);
    QCOMPARE(requests.count(), 0);

    // A command built without a reason is refused by the project and left off the stack.
    QUndoStack stack;
    Problem refused;
    stack.push(new UnitEditCommand(mPath, dock.pendingEdit(), QString(),
                                   [&](const Problem &problem) { refused = problem; }));
    QCOMPARE(refused.kind, ProblemKind::ReasonRequired);
    QCOMPARE(stack.count(), 0);

    dock.reasonEdit()->setText(QStringLiteral("expert review after remediation"));
    QVERIFY(dock.applyButton()->isEnabled());
    QTest::mouseClick(dock.applyButton(), Qt::LeftButton);
    QCOMPARE(requests.count(), 1);
    const UnitEdit edit = requests.first().first().value<UnitEdit>();
    stack.push(new UnitEditCommand(mPath, edit, QString()));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.text(0), QStringLiteral("Override the level of unit RU0001"));
    QCOMPARE(sqlText(mPath,
                     QStringLiteral("SELECT override_reason FROM units WHERE fid = %1").arg(mFid)),
             QStringLiteral("expert review after remediation"));

    // The assessment applies it; the unit table marks it.
    {
      auto session = ProjectSession::open(mPath, nullptr);
      QVERIFY(session);
      QVERIFY(session->assess({}, nullptr).ok);
    }
    dock.refresh();
    QVERIFY(dock.levelLabel()->text().startsWith(levelNameEn(RiskLevel::Low)));
    QVERIFY(dock.levelLabel()->text().contains(QStringLiteral("expert review")));
    UnitTableModel model;
    QVERIFY(model.setProject(mPath, mTaxonomy, QStringLiteral("en")));
    const QList<int> rows = model.rowsOf({mFid});
    QCOMPARE(rows.size(), 1);
    QCOMPARE(model.index(rows.first(), UnitTableModel::LevelColumn).data().toString(),
             QStringLiteral("%1 (override)").arg(levelNameEn(RiskLevel::Low)));

    stack.undo();
    QVERIFY(
        sqlText(mPath, QStringLiteral("SELECT level_override FROM units WHERE fid = %1").arg(mFid))
            .isEmpty());
  }

  void historyListsAndFilters()
  {
    HistoryDock dock;
    dock.setProject(mPath);
    dock.resize(900, 400);
    const QList<AuditEntry> log = auditLog(mPath);
    AuditLogModel *model = dock.model();
    QCOMPARE(model->rowCount(), log.size());
    QCOMPARE(model->index(0, AuditLogModel::SequenceColumn).data().toLongLong(),
             log.last().sequence); // newest first

    dock.actionBox()->setCurrentIndex(dock.actionBox()->findData(QStringLiteral("undo")));
    const int undos = static_cast<int>(std::count_if(
        log.begin(), log.end(), [](const AuditEntry &e) { return e.action == "undo"; }));
    QVERIFY(undos >= 2);
    QCOMPARE(model->rowCount(), undos);
    dock.actionBox()->setCurrentIndex(0);

    dock.userBox()->setCurrentIndex(dock.userBox()->findData(QStringLiteral("王分析师")));
    QCOMPARE(model->rowCount(), 3); // edit, undo, redo
    dock.userBox()->setCurrentIndex(0);

    dock.textEdit()->setText(QStringLiteral("EXPERT review"));
    QVERIFY(model->rowCount() >= 2); // the override and its undo
    for (int row = 0; row < model->rowCount(); ++row)
      QVERIFY(model->entry(row).target == QLatin1String("unit RU0001"));
    dock.textEdit()->clear();

    // Every entry was written today: a range ending yesterday shows none.
    dock.toEdit()->setDate(QDate::currentDate().addDays(-1));
    QCOMPARE(model->rowCount(), 0);
    dock.fromEdit()->setDate(QDate::currentDate());
    dock.toEdit()->setDate(QDate::currentDate());
    QCOMPARE(model->rowCount(), log.size());
    dock.grab().save(QDir::temp().filePath(QStringLiteral("history.png")));

    // Exported as shown: the override's entries with who and why, readable in Excel.
    dock.textEdit()->setText(QStringLiteral("EXPERT review"));
    const int shown = model->rowCount();
    QTemporaryDir out;
    const QString csvPath = out.filePath(QStringLiteral("history.csv"));
    QString error;
    QVERIFY2(dock.exportTo(csvPath, &error), qPrintable(error));
    QFile csv(csvPath);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // Excel reads UTF-8 with a BOM
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), shown + 1);
    QVERIFY2(lines.first().contains(QLatin1String("Reason")), qPrintable(lines.first()));
    for (const QString &line : lines.mid(1))
    {
      QVERIFY2(line.contains(QLatin1String("unit RU0001")), qPrintable(line));
      QVERIFY2(line.contains(QLatin1String("EXPERT review"), Qt::CaseInsensitive),
               qPrintable(line));
    }
    dock.textEdit()->clear();
  }

  void tasksRecordTheAnalystOfThePreferences()
  {
    Preferences::setAnalystName(QStringLiteral("赵分析师"));
    auto *task = new SessionTask(QStringLiteral("assess"), mPath, true,
                                 [](ProjectSession &session, QgsFeedback *feedback)
                                 {
                                   AssessRequest request;
                                   request.scope = AssessScope::Everything;
                                   TaskResult result;
                                   result.ok = session.assess(request, feedback).ok;
                                   return result;
                                 });
    QSignalSpy completed(task, &SessionTask::completed);
    QgsApplication::taskManager()->addTask(task);
    QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, 60000);
    QVERIFY(completed.first().first().value<TaskResult>().ok);
    const AuditEntry last = auditLog(mPath).last();
    QCOMPARE(last.action, QStringLiteral("assess"));
    QCOMPARE(last.user, QStringLiteral("赵分析师"));
  }
  void moveToolRequestsAnUndoableMove()
  {
    Problem problem;
    auto view = ProjectView::open(mPath, &problem);
    QVERIFY2(view, qPrintable(problem.message()));
    QgsVectorLayer *units = view->unitsLayer();
    QVERIFY(units);
    QgsMapCanvas canvas;
    canvas.resize(800, 600);
    canvas.setDestinationCrs(units->crs());
    canvas.setLayers({units});
    canvas.show();
    canvas.setExtent(units->extent());
    UnitMoveTool tool(&canvas, units);
    canvas.setMapTool(&tool);
    QSignalSpy requests(&tool, &UnitMoveTool::moveRequested);

    auto position = [this](qint64 fid)
    {
      QgsVectorLayer layer(mPath + QStringLiteral("|layername=units"), QStringLiteral("units"),
                           QStringLiteral("ogr"));
      return layer.getFeature(fid).geometry().asPoint();
    };
    const QgsPointXY from = position(mFid);
    const QPoint pressAt = canvas.getCoordinateTransform()->transform(from).toQPointF().toPoint();
    QCOMPARE(tool.unitAt(canvas.getCoordinateTransform()->toMapCoordinates(pressAt)), mFid);
    const QPoint releaseAt = pressAt + QPoint(40, 25);
    QgsMapMouseEvent press(&canvas, QEvent::MouseButtonPress, pressAt, Qt::LeftButton,
                           Qt::LeftButton);
    tool.canvasPressEvent(&press);
    QgsMapMouseEvent drag(&canvas, QEvent::MouseMove, releaseAt, Qt::NoButton, Qt::LeftButton);
    tool.canvasMoveEvent(&drag);
    QgsMapMouseEvent release(&canvas, QEvent::MouseButtonRelease, releaseAt, Qt::LeftButton);
    tool.canvasReleaseEvent(&release);
    QCOMPARE(requests.count(), 1);
    const UnitEdit edit = requests.first().first().value<UnitEdit>();
    QCOMPARE(edit.fid, mFid);

    QUndoStack stack;
    stack.push(new UnitEditCommand(mPath, edit, QStringLiteral("测绘员")));
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.text(0), QStringLiteral("Move unit RU0001"));
    const QgsPointXY expected = canvas.getCoordinateTransform()->toMapCoordinates(releaseAt);
    // Positions are stored as OGR writes WKT (15 significant digits: 0.01 µm in metres).
    QgsPointXY now = position(mFid);
    QVERIFY(qgsDoubleNear(now.x(), expected.x(), 1e-6) &&
            qgsDoubleNear(now.y(), expected.y(), 1e-6));
    QCOMPARE(auditLog(mPath).last().action, QStringLiteral("move-unit"));

    stack.undo();
    now = position(mFid);
    QVERIFY(qgsDoubleNear(now.x(), from.x(), 1e-6) && qgsDoubleNear(now.y(), from.y(), 1e-6));
    QCOMPARE(auditLog(mPath).last().action, QStringLiteral("undo"));
  }
};

RISKATLAS_UI_TEST_MAIN(TestUnitEditor)
#include "test_uniteditor.moc"
