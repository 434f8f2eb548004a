// The method-set editor: every shipped template round-trips unchanged; a matrix cell changed
// with the mouse shows its what-if count; a wrong band bound is named at the field and blocks
// applying; applying, undoing and redoing (MethodSetCommand) rewrite the stored levels.

#include "ahpweights.h"
#include "bandtableeditor.h"
#include "compositeindexeditor.h"
#include "influencezoneseditor.h"
#include "jsonfile.h"
#include "methodassignmenttable.h"
#include "methodsetcommand.h"
#include "methodsetdraft.h"
#include "methodseteditor.h"
#include "projectdocument.h"
#include "riskmatrixgrid.h"
#include "sampleproject.h"
#include "store/projectstore.h"
#include "uitestmain.h"
#include "whatifpanel.h"
#include "workflow/projectsession.h"
#include "workflow/unitquery.h"

#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace riskatlas;

namespace
{
QByteArray canonical(const MethodSet &set)
{
  return QJsonDocument(set.toJson()).toJson(QJsonDocument::Compact);
}

//! Every unit's stored level by unit id.
QHash<QString, RiskLevel> unitLevels(const QString &path)
{
  QHash<QString, RiskLevel> levels;
  QString error;
  auto query = UnitQuery::open(path, &error);
  if (!query)
    return levels;
  std::vector<qint64> fids;
  query->orderedFids({}, UnitField::Fid, Qt::AscendingOrder, fids);
  for (const UnitTableRecord &unit : query->records(fids.data(), static_cast<int>(fids.size())))
    levels.insert(unit.unitId, unit.level);
  return levels;
}

int methodSetAudits(const QString &path)
{
  auto store = ProjectStore::open(path, OpenMode::ReadOnly, nullptr);
  int count = 0;
  for (const AuditEntry &entry : store->auditLog())
    count += entry.action == QStringLiteral("set-method-set");
  return count;
}

//! Clicks the grid cell of likelihood \a l and severity \a s as a user would.
void clickCell(RiskMatrixGrid *grid, int l, int s)
{
  QTableWidget *table = grid->table();
  const int row = table->rowCount() - 1 - l;
  const QRect rect = table->visualItemRect(table->item(row, s));
  QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}
} // namespace

class TestMethodSetEditor : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;
  QString mBase;
  int mCopies = 0;

  QString copy()
  {
    const QString path = mDir.filePath(QStringLiteral("copy%1.gpkg").arg(++mCopies));
    return QFile::copy(mBase, path) ? path : QString();
  }

private slots:
  void initTestCase()
  {
    QVERIFY(mDir.isValid());
    mBase = mDir.filePath(QStringLiteral("base.gpkg"));
    QVERIFY(test::makeSampleProject(mBase));
  }

  void roundTripsEveryShippedTemplate()
  {
    const QString path = copy();
    const QDir methods(QString::fromLocal8Bit(qgetenv("RISKATLAS_SOURCE_DIR")) +
                       QStringLiteral("/resources/methods"));
    const QStringList files = methods.entryList({QStringLiteral("*.json")}, QDir::Files);
    QCOMPARE(files.size(), MethodSet::templateNames().size());
    for (const QString &file : files)
    {
      QJsonObject json;
      QString error;
      QVERIFY2(readJsonObject(methods.filePath(file), json, &error), qPrintable(error));
      MethodSet set;
      QVERIFY2(MethodSet::fromJson(json, set, &error), qPrintable(error));
      MethodSetEditor editor(path, Taxonomy::defaultTaxonomy(), set, nullptr);
      editor.resize(1200, 720);
      editor.show();
      // Open every method the set assigns, as a user going down the list would.
      MethodAssignmentTable *table = editor.assignments();
      for (int row = 0; row < table->rowCount(); ++row)
        table->setCurrentCell(row, 0);
      QVERIFY2(editor.problems().isEmpty(), qPrintable(editor.problems().join('\n')));
      QCOMPARE(editor.draft()->undoStack()->count(), 0);
      QCOMPARE(canonical(editor.methodSet()), canonical(set));
      QCOMPARE(editor.methodSet().hash(), set.hash());
      QVERIFY(editor.canApply());
      if (file == QStringLiteral("city-default.json"))
        editor.grab().save(mDir.filePath(QStringLiteral("editor.png")));
    }
  }

  void cellClickedShowsTheWhatIfCount()
  {
    const QString path = copy();
    auto session = ProjectSession::open(path, nullptr);
    QVERIFY(session);
    const MethodSet current = session->methodSet();
    MethodSetEditor editor(path, session->taxonomy(), current, nullptr);
    session.reset();
    editor.resize(1200, 720);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTRY_VERIFY_WITH_TIMEOUT(!editor.whatIf()->isBusy(), 10000);
    QVERIFY2(editor.whatIf()->result().ok, qPrintable(editor.whatIf()->result().problem.message()));
    QCOMPARE(editor.whatIf()->result().unitsChanged, 0);

    // L = 2, S = 4 (R = 8, general) raised to significant by one click.
    RiskMatrixGrid *grid = editor.matrixGrid();
    QCOMPARE(grid->levelAt(2, 4), RiskLevel::General);
    clickCell(grid, 2, 4);
    QCOMPARE(grid->levelAt(2, 4), RiskLevel::Significant);
    QVERIFY2(editor.canApply(), qPrintable(editor.problems().join('\n')));
    QCOMPARE(editor.draft()->undoStack()->count(), 1);
    QVERIFY(editor.whatIf()->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!editor.whatIf()->isBusy(), 10000);
    const WhatIfResult result = editor.whatIf()->result();
    QVERIFY2(result.ok, qPrintable(result.problem.message()));
    QVERIFY(result.unitsChanged > 0);
    QVERIFY(result.unitCount(RiskLevel::General, RiskLevel::Significant) > 0);
    QVERIFY2(editor.whatIf()->summary().contains(QString::number(result.unitsChanged)),
             qPrintable(editor.whatIf()->summary()));
    QCOMPARE(editor.whatIf()->list()->topLevelItemCount(),
             static_cast<int>(result.unitsChanged + result.regionsChanged));

    // A row of the list leads to its unit.
    QSignalSpy activated(&editor, &MethodSetEditor::unitActivated);
    QTreeWidgetItem *last =
        editor.whatIf()->list()->topLevelItem(editor.whatIf()->list()->topLevelItemCount() - 1);
    emit editor.whatIf()->list()->itemActivated(last, 0);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toLongLong(), result.unitShifts.last().fid);

    // Typing a level sets the selected cell; undo inside the editor takes both edits back.
    grid->table()->setFocus();
    grid->table()->setCurrentCell(grid->table()->rowCount() - 1 - 3, 3);
    QTest::keyClick(grid->table(), Qt::Key_2);
    QCOMPARE(grid->levelAt(3, 3), RiskLevel::General);
    editor.draft()->undoStack()->undo();
    editor.draft()->undoStack()->undo();
    QCOMPARE(grid->levelAt(2, 4), RiskLevel::General);
    QCOMPARE(grid->levelAt(3, 3), RiskLevel::Significant);
    QCOMPARE(canonical(editor.methodSet()), canonical(current));
  }

  void wrongBandBoundIsNamedAtTheField()
  {
    MethodSet lec;
    QVERIFY(MethodSet::forMethod(QStringLiteral("lec"), lec, nullptr));
    MethodSetEditor editor(copy(), Taxonomy::defaultTaxonomy(), lec, nullptr);
    editor.show();
    BandTableEditor *bands = editor.bandTable();
    QVERIFY(bands->isVisible());
    QVERIFY(editor.applyButton()->isEnabled());
    QVERIFY(bands->problemText().isEmpty());
    QTableWidget *table = bands->table();
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("160"));
    // Significant from 400, above major's 320: the order is broken.
    table->item(1, 1)->setText(QStringLiteral("400"));
    QVERIFY(!bands->problemText().isEmpty());
    QVERIFY(!editor.applyButton()->isEnabled());
    QVERIFY(!editor.canApply());
    // Not a number at all.
    table->item(1, 1)->setText(QStringLiteral("abc"));
    QVERIFY2(bands->problemText().contains(QStringLiteral("abc")) ||
                 bands->problemText().contains(QStringLiteral("number")),
             qPrintable(bands->problemText()));
    QVERIFY(!editor.applyButton()->isEnabled());
    table->item(1, 1)->setText(QStringLiteral("150"));
    QVERIFY(bands->problemText().isEmpty());
    QVERIFY(editor.applyButton()->isEnabled());
    QCOMPARE(editor.methodSet().defaultMethod().scoreBands()->bands().at(1).lowerBound, 150.0);
  }

  void ahpComparisonsShowTheirConsistency()
  {
    QJsonObject json = MethodSet::defaultSet().toJson();
    QJsonArray matrix;
    for (int row = 0; row < 4; ++row)
      matrix.append(QJsonArray{1, 1, 1, 1});
    QJsonObject composite = json.value(QStringLiteral("composite")).toObject();
    composite.remove(QStringLiteral("weights"));
    composite.insert(
        QStringLiteral("ahp"),
        QJsonObject{{QStringLiteral("items"),
                     QJsonArray{QStringLiteral("industrial"), QStringLiteral("crowded"),
                                QStringLiteral("facilities"), QStringLiteral("natural")}},
                    {QStringLiteral("matrix"), matrix}});
    json.insert(QStringLiteral("composite"), composite);
    MethodSet set;
    QString error;
    QVERIFY2(MethodSet::fromJson(json, set, &error), qPrintable(error));
    MethodSetEditor editor(copy(), Taxonomy::defaultTaxonomy(), set, nullptr);
    auto *ahp = editor.findChild<CompositeIndexEditor *>();
    QVERIFY(ahp);
    QVERIFY2(ahp->consistencyText().contains(QStringLiteral("CR = 0.000")),
             qPrintable(ahp->consistencyText()));
    // Industrial judged 9 times as important as crowded places, the rest left equal.
    ahp->table()->item(0, 1)->setText(QStringLiteral("9"));
    const QJsonArray edited =
        editor.draft()
            ->value({QStringLiteral("composite"), QStringLiteral("ahp"), QStringLiteral("matrix")})
            .toArray();
    QCOMPARE(edited.at(0).toArray().at(1).toDouble(), 9.0);
    QCOMPARE(edited.at(1).toArray().at(0).toDouble(), 1.0 / 9.0);
    QVERIFY(editor.canApply());
    const MethodSet applied = editor.methodSet();
    const AhpWeights *weights = applied.compositeIndex().ahp();
    QVERIFY(weights);
    QVERIFY(weights->weight(QStringLiteral("industrial")) >
            weights->weight(QStringLiteral("crowded")));
    QVERIFY2(
        ahp->consistencyText().contains(QLocale().toString(weights->consistencyRatio(), 'f', 3)),
        qPrintable(ahp->consistencyText()));
    QVERIFY(weights->consistencyRatio() > 0);
  }

  void influenceZonesAskForAFullAssessment()
  {
    const QString path = copy();
    auto session = ProjectSession::open(path, OpenMode::ReadOnly, nullptr);
    MethodSetEditor editor(path, session->taxonomy(), session->methodSet(), nullptr);
    session.reset();
    auto *zones = editor.findChild<InfluenceZonesEditor *>();
    QVERIFY(zones);
    const int row = [&]()
    {
      for (int i = 0; i < zones->table()->rowCount(); ++i)
      {
        if (zones->table()->verticalHeaderItem(i)->text().startsWith(QStringLiteral("I01 ")))
          return i;
      }
      return -1;
    }();
    QVERIFY(row >= 0);
    zones->table()->item(row, 0)->setText(QStringLiteral("-5"));
    QVERIFY(!editor.canApply());
    zones->table()->item(row, 0)->setText(QStringLiteral("600"));
    zones->enabledBox()->setChecked(true);
    QVERIFY2(editor.canApply(), qPrintable(editor.problems().join('\n')));
    QCOMPARE(editor.methodSet().influenceDistance(QStringLiteral("I01")), 600.0);
    QVERIFY(editor.methodSet().influenceZonesEnabled());
    editor.whatIf()->runNow();
    QTRY_VERIFY_WITH_TIMEOUT(!editor.whatIf()->isBusy(), 10000);
    QCOMPARE(editor.whatIf()->result().problem.kind, ProblemKind::StaleAssessState);
    QCOMPARE(editor.whatIf()->summary(), editor.whatIf()->result().problem.reason);
    QCOMPARE(editor.draft()->undoStack()->count(), 3);
  }

  void applyUndoRedoRewriteTheStoredLevels()
  {
    const QString path = copy();
    Problem problem;
    auto document = ProjectDocument::open(path, &problem);
    QVERIFY2(document, qPrintable(problem.message()));
    MethodSet previous;
    AggregationRule rule = AggregationRule::Max;
    {
      auto session = ProjectSession::open(path, OpenMode::ReadOnly, nullptr);
      previous = session->methodSet();
      rule = session->aggregationRule();
    }
    const QHash<QString, RiskLevel> before = unitLevels(path);
    const int auditsBefore = methodSetAudits(path);
    MethodSetEditor editor(path, document->taxonomy(), previous, nullptr);
    editor.resize(1200, 720);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    clickCell(editor.matrixGrid(), 2, 4);
    QCOMPARE(editor.matrixGrid()->levelAt(2, 4), RiskLevel::Significant);
    editor.whatIf()->runNow();
    QTRY_VERIFY_WITH_TIMEOUT(!editor.whatIf()->isBusy(), 10000);
    const WhatIfResult predicted = editor.whatIf()->result();
    QVERIFY2(predicted.ok, qPrintable(predicted.problem.message()));
    QVERIFY(predicted.unitsChanged > 0);

    QSignalSpy completed(document.get(), &ProjectDocument::taskCompleted);
    auto waitForTask = [&]()
    {
      const int count = completed.count();
      QTRY_VERIFY_WITH_TIMEOUT(completed.count() > count, 30000);
      const TaskResult result = completed.last().at(1).value<TaskResult>();
      QVERIFY2(result.ok, qPrintable(problemMessages(result.problems).join('\n')));
    };
    document->undoStack()->push(
        new MethodSetCommand(document.get(), previous, editor.methodSet(), rule, rule));
    waitForTask();
    const QHash<QString, RiskLevel> applied = unitLevels(path);
    QCOMPARE(applied.size(), before.size());
    QHash<QString, RiskLevel> expected = before;
    for (const LevelShift &shift : predicted.unitShifts)
    {
      QCOMPARE(before.value(shift.id), shift.oldLevel);
      expected.insert(shift.id, shift.newLevel);
    }
    QCOMPARE(applied, expected);
    QCOMPARE(methodSetAudits(path), auditsBefore + 1);
    // The preview follows the project: applied, the draft changes nothing more.
    editor.refreshPreview();
    editor.whatIf()->runNow();
    QTRY_VERIFY_WITH_TIMEOUT(!editor.whatIf()->isBusy(), 10000);
    QVERIFY(editor.whatIf()->result().ok);
    QCOMPARE(editor.whatIf()->result().unitsChanged, 0);
    {
      auto session = ProjectSession::open(path, OpenMode::ReadOnly, nullptr);
      QCOMPARE(session->methodSet().hash(), editor.methodSet().hash());
    }

    document->undoStack()->undo();
    waitForTask();
    QCOMPARE(unitLevels(path), before);
    QCOMPARE(methodSetAudits(path), auditsBefore + 2); // the reversal, history kept
    {
      auto session = ProjectSession::open(path, OpenMode::ReadOnly, nullptr);
      QCOMPARE(session->methodSet().hash(), previous.hash());
    }

    document->undoStack()->redo();
    waitForTask();
    QCOMPARE(unitLevels(path), applied);
    QCOMPARE(methodSetAudits(path), auditsBefore + 3);
  }
};

RISKATLAS_UI_TEST_MAIN(TestMethodSetEditor)
#include "test_methodseteditor.moc"
