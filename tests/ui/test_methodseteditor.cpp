// The method-set editor: every shipped template round-trips unchanged; a matrix cell changed
// with the mouse shows its what-if count; a wrong band bound is named at the field and blocks
// applying; applying, undoing and redoing (MethodSetCommand) rewrite the stored levels; a new
// palette restyles the map (undo restores it); factor tables are edited and checked at the field.

#include "ahpweights.h"
#include "bandtableeditor.h"
#include "compositeindexeditor.h"
#include "factorproductmethod.h"
#include "factortableeditor.h"
#include "influencezoneseditor.h"
#include "jsonfile.h"
#include "language.h"
#include "methodassignmenttable.h"
#include "methodsetcommand.h"
#include "methodsetdraft.h"
#include "methodseteditor.h"
#include "paletteeditor.h"
#include "projectdocument.h"
#include "regiontabledock.h"
#include "regiontablemodel.h"
#include "riskmatrixgrid.h"
#include "sampleproject.h"
#include "store/projectstore.h"
#include "uitestmain.h"
#include "unittabledock.h"
#include "unittablemodel.h"
#include "whatifpanel.h"
#include "workflow/projectsession.h"
#include "workflow/projectview.h"
#include "workflow/unitquery.h"

#include <QCheckBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QTreeWidget>
#include <qgscategorizedsymbolrenderer.h>
#include <qgscolorbutton.h>
#include <qgssymbol.h>
#include <qgssymbollayer.h>
#include <qgsvectorlayer.h>

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

//! The colour the layer's renderer gives major (the last symbol layer: units draw a halo first).
QString majorColour(QgsVectorLayer *layer)
{
  auto *renderer =
      layer ? dynamic_cast<QgsCategorizedSymbolRenderer *>(layer->renderer()) : nullptr;
  if (!renderer)
    return QStringLiteral("no categorized renderer");
  const QgsCategoryList categories = renderer->categories();
  const int major = renderer->categoryIndexForValue(QStringLiteral("major"));
  if (major < 0)
    return QStringLiteral("no major category");
  // The symbol's colour: its first layer that is not locked (the units' halo and the ring of
  // an override are), i.e. the level's marker or fill.
  return categories.at(major).symbol()->color().name().toUpper();
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
  void paletteChangeRestylesTheMapAndUndoRestoresIt()
  {
    const QString path = copy();
    Problem problem;
    auto document = ProjectDocument::open(path, &problem);
    QVERIFY2(document, qPrintable(problem.message()));
    const MethodSet previous = document->methodSet();
    QVERIFY(!previous.hasPalette());
    QgsVectorLayer *districts = document->view()->regionLayer(RegionKind::District);
    QCOMPARE(majorColour(districts), QStringLiteral("#FF0000"));
    QCOMPARE(majorColour(document->view()->unitsLayer()), QStringLiteral("#FF0000"));

    MethodSetEditor editor(path, document->taxonomy(), previous, nullptr);
    editor.resize(1366, 740);
    editor.show();
    editor.showPalette();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    PaletteEditor *palette = editor.paletteEditor();
    QVERIFY(palette->isVisible());
    QVERIFY(!palette->resetButton()->isEnabled());
    QgsColorButton *major = palette->colorButton(RiskLevel::Major);
    QCOMPARE(major->color(), QColor(QStringLiteral("#FF0000")));

    // Nearly the orange of significant: warned at both, still applicable.
    major->setColor(QColor(QStringLiteral("#FFA010")));
    QVERIFY2(palette->warningText(RiskLevel::Major).contains(QStringLiteral("Significant risk")),
             qPrintable(palette->warningText(RiskLevel::Major)));
    QVERIFY(!palette->warningText(RiskLevel::Significant).isEmpty());
    QVERIFY(palette->warningText(RiskLevel::Low).isEmpty());
    QVERIFY(editor.canApply());
    // Exactly the same colour: a problem of the set, which cannot be applied.
    major->setColor(QColor(QStringLiteral("#FFA500")));
    QVERIFY2(palette->problemText().contains(QStringLiteral("same colour")),
             qPrintable(palette->problemText()));
    QVERIFY(!editor.applyButton()->isEnabled());
    // Reset: no palette of its own, the set is the project's again.
    palette->resetButton()->click();
    QVERIFY(!editor.draft()->json().contains(QStringLiteral("palette")));
    QCOMPARE(editor.methodSet().hash(), previous.hash());
    QVERIFY(palette->problemText().isEmpty());
    QCOMPARE(major->color(), QColor(QStringLiteral("#FF0000")));
    // The draft's own undo brings the edits back, one at a time.
    editor.draft()->undoStack()->undo();
    QCOMPARE(major->color(), QColor(QStringLiteral("#FFA500")));
    editor.draft()->undoStack()->redo();

    const QColor purple(QStringLiteral("#8B008B"));
    major->setColor(purple);
    QVERIFY(editor.canApply());
    QVERIFY(palette->warningText(RiskLevel::Major).isEmpty());
    QCOMPARE(editor.methodSet().palette().color(RiskLevel::Major), QStringLiteral("#8B008B"));
    // The editor's own fields follow the draft's colours.
    editor.showMethod({QStringLiteral("default")});
    editor.grab().save(mDir.filePath(QStringLiteral("palette-editor.png")));

    QSignalSpy completed(document.get(), &ProjectDocument::taskCompleted);
    auto waitForTask = [&]()
    {
      const int count = completed.count();
      QTRY_VERIFY_WITH_TIMEOUT(completed.count() > count, 30000);
      const TaskResult result = completed.last().at(1).value<TaskResult>();
      QVERIFY2(result.ok, qPrintable(problemMessages(result.problems).join('\n')));
    };
    const QHash<QString, RiskLevel> levels = unitLevels(path);
    const AggregationRule rule = AggregationRule::Max;
    document->undoStack()->push(
        new MethodSetCommand(document.get(), previous, editor.methodSet(), rule, rule));
    waitForTask();
    QCOMPARE(document->palette().color(RiskLevel::Major), QStringLiteral("#8B008B"));
    districts = document->view()->regionLayer(RegionKind::District);
    QCOMPARE(majorColour(districts), QStringLiteral("#8B008B"));
    QCOMPARE(majorColour(document->view()->unitsLayer()), QStringLiteral("#8B008B"));
    QCOMPARE(unitLevels(path), levels); // colours change no level
    // The tables colour levels as the map does.
    UnitTableDock units;
    units.setProject(path, document->taxonomy(), QStringLiteral("en"));
    const QList<int> majorRows = [&]()
    {
      for (int row = 0; row < units.model()->rowCount(); ++row)
        if (units.model()
                ->index(row, UnitTableModel::LevelColumn)
                .data(UnitTableModel::LevelRole)
                .toString() == QStringLiteral("major"))
          return QList<int>{row};
      return QList<int>();
    }();
    QVERIFY(!majorRows.isEmpty());
    const QModelIndex majorUnit =
        units.model()->index(majorRows.first(), UnitTableModel::LevelColumn);
    QCOMPARE(majorUnit.data(Qt::BackgroundRole).value<QBrush>().color(), purple);
    RegionTableDock regions;
    regions.setProject(path, QStringLiteral("en"));
    int majorRegions = 0;
    for (int row = 0; row < regions.model()->rowCount(); ++row)
    {
      const QModelIndex level = regions.model()->index(row, RegionTableModel::LevelColumn);
      if (level.data(RegionTableModel::LevelRole).toString() != QStringLiteral("major"))
        continue;
      ++majorRegions;
      QCOMPARE(level.data(Qt::BackgroundRole).value<QBrush>().color(), purple);
    }
    QVERIFY(majorRegions > 0);
    // The window's other view (a category) keeps the project's colours.
    document->view()->showCategory(QStringLiteral("industrial"));
    QCOMPARE(majorColour(document->view()->regionLayer(RegionKind::District)),
             QStringLiteral("#8B008B"));
    document->view()->showCategory(QString());

    document->undoStack()->undo();
    waitForTask();
    QCOMPARE(majorColour(document->view()->regionLayer(RegionKind::District)),
             QStringLiteral("#FF0000"));
    QCOMPARE(majorColour(document->view()->unitsLayer()), QStringLiteral("#FF0000"));
    units.refresh();
    QCOMPARE(units.model()
                 ->index(majorRows.first(), UnitTableModel::LevelColumn)
                 .data(Qt::BackgroundRole)
                 .value<QBrush>()
                 .color(),
             QColor(QStringLiteral("#FF0000")));
    {
      auto session = ProjectSession::open(path, OpenMode::ReadOnly, nullptr);
      QCOMPARE(session->methodSet().hash(), previous.hash());
      QVERIFY(!session->methodSet().hasPalette());
    }
  }

  void factorTableEditsAreCheckedAtTheField()
  {
    MethodSet lec;
    QVERIFY(MethodSet::forMethod(QStringLiteral("lec"), lec, nullptr));
    MethodSetEditor editor(copy(), Taxonomy::defaultTaxonomy(), lec, nullptr);
    editor.resize(1366, 740);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    // Let the first preview finish, so a new request is visible.
    editor.whatIf()->runNow();
    QTRY_VERIFY_WITH_TIMEOUT(!editor.whatIf()->isBusy(), 10000);
    FactorTableEditor *factors = editor.factorTable();
    auto *tabs = editor.findChild<QTabWidget *>(QStringLiteral("productTabs"));
    QVERIFY(tabs);
    tabs->setCurrentWidget(factors);
    QVERIFY(factors->isVisible());
    factors->showFactor(0); // L
    QTableWidget *table = factors->table();
    QCOMPARE(table->rowCount(), 7);
    QCOMPARE(table->item(1, FactorTableEditor::ValueColumn)->text(), QStringLiteral("6"));
    QCOMPARE(table->item(1, FactorTableEditor::ChineseColumn)->text(), QStringLiteral("相当可能"));
    auto lValues = [&editor]()
    {
      const auto *method =
          dynamic_cast<const FactorProductMethod *>(&editor.methodSet().defaultMethod());
      return method ? method->factors().at(0).values() : QList<ScaleValue>();
    };

    // A descriptor and a value, each one edit, each previewed.
    table->item(1, FactorTableEditor::ChineseColumn)->setText(QStringLiteral("相当可能发生"));
    QCOMPARE(lValues().at(1).descriptorZh, QStringLiteral("相当可能发生"));
    table->item(1, FactorTableEditor::ValueColumn)->setText(QStringLiteral("5"));
    QCOMPARE(lValues().at(1).value, 5.0);
    QVERIFY(editor.canApply());
    QVERIFY(editor.whatIf()->isBusy());
    QCOMPARE(editor.draft()->undoStack()->count(), 2);

    // Invalid input: the reason at the field, the row marked, nothing to apply.
    table->item(1, FactorTableEditor::ValueColumn)->setText(QStringLiteral("abc"));
    QVERIFY2(factors->problemText().contains(QStringLiteral("abc")),
             qPrintable(factors->problemText()));
    QVERIFY(factors->isRowMarked(1));
    QVERIFY(!factors->isRowMarked(2));
    QVERIFY(!editor.applyButton()->isEnabled());
    table->item(1, FactorTableEditor::ValueColumn)->setText(QStringLiteral("10"));
    QVERIFY2(factors->problemText().contains(QStringLiteral("appears twice")),
             qPrintable(factors->problemText()));
    QVERIFY(factors->isRowMarked(0) && factors->isRowMarked(1));
    QVERIFY(!editor.canApply());
    table->item(1, FactorTableEditor::ValueColumn)->setText(QStringLiteral("-2"));
    QVERIFY2(factors->problemText().contains(QStringLiteral("positive")),
             qPrintable(factors->problemText()));
    QVERIFY(!editor.canApply());
    table->item(1, FactorTableEditor::ValueColumn)->setText(QStringLiteral("6"));
    QVERIFY(factors->problemText().isEmpty());
    QVERIFY(editor.canApply());
    table->item(2, FactorTableEditor::EnglishColumn)->setText(QString());
    QVERIFY2(factors->problemText().contains(QStringLiteral("English meaning")),
             qPrintable(factors->problemText()));
    QVERIFY(factors->isRowMarked(2));
    QVERIFY(!editor.applyButton()->isEnabled());
    editor.draft()->undoStack()->undo();
    QVERIFY(editor.canApply());

    // Rows added (then described) and removed.
    factors->showFactor(2); // C
    QCOMPARE(table->rowCount(), 6);
    factors->addButton()->click();
    QCOMPARE(table->rowCount(), 7);
    QCOMPARE(table->item(6, FactorTableEditor::ValueColumn)->text(), QStringLiteral("2"));
    QVERIFY(!editor.canApply()); // no meaning yet
    table->item(6, FactorTableEditor::ChineseColumn)->setText(QStringLiteral("轻微，急救"));
    table->item(6, FactorTableEditor::EnglishColumn)->setText(QStringLiteral("first aid"));
    QVERIFY2(editor.canApply(), qPrintable(editor.problems().join('\n')));
    const auto *method =
        dynamic_cast<const FactorProductMethod *>(&editor.methodSet().defaultMethod());
    QVERIFY(method);
    QCOMPARE(method->factors().at(2).values().size(), 7);
    QCOMPARE(method->factors().at(2).values().last().descriptorEn, QStringLiteral("first aid"));
    editor.grab().save(mDir.filePath(QStringLiteral("factor-editor.png")));
    table->setCurrentCell(0, FactorTableEditor::ValueColumn);
    QVERIFY(factors->removeButton()->isEnabled());
    factors->removeButton()->click();
    QCOMPARE(table->rowCount(), 6);
    QCOMPARE(table->item(0, FactorTableEditor::ValueColumn)->text(), QStringLiteral("40"));
    QVERIFY(editor.canApply());
    // Undone to the start, the set is the template again.
    while (editor.draft()->undoStack()->canUndo())
      editor.draft()->undoStack()->undo();
    QCOMPARE(editor.methodSet().hash(), lec.hash());
  }
  //! Screenshots for looking at the editor (RISKATLAS_SCREENSHOTS=folder), in both languages.
  void screenshots()
  {
    QTemporaryDir scratch;
    const QString folder = qEnvironmentVariable("RISKATLAS_SCREENSHOTS", scratch.path());
    MethodSet city;
    QVERIFY(MethodSet::fromTemplate(QStringLiteral("city-default"), city, nullptr));
    LevelPalette palette;
    QVERIFY(palette.setColor(RiskLevel::Major, QStringLiteral("#C00000")));
    QVERIFY(palette.setColor(RiskLevel::Significant, QStringLiteral("#C00505")));
    city.setPalette(palette);
    for (const QString &language : {QStringLiteral("en"), QStringLiteral("zh")})
    {
      QTranslator translator;
      if (language == QLatin1String("zh"))
      {
        QVERIFY(translator.load(translationResource(language)));
        QCoreApplication::installTranslator(&translator);
        QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
      }
      {
        MethodSetEditor editor(copy(), Taxonomy::defaultTaxonomy(), city, nullptr);
        editor.resize(1366, 740);
        editor.show();
        editor.showPalette();
        editor.showMethod({QStringLiteral("categories"), QStringLiteral("industrial")});
        editor.findChild<QTabWidget *>(QStringLiteral("productTabs"))
            ->setCurrentWidget(editor.factorTable());
        editor.factorTable()->table()->item(1, FactorTableEditor::ValueColumn)->setText("x");
        QVERIFY(
            editor.grab().save(folder + QStringLiteral("/methodset-palette-%1.png").arg(language)));
      }
      QCoreApplication::removeTranslator(&translator);
      QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
  }
};

RISKATLAS_UI_TEST_MAIN(TestMethodSetEditor)
#include "test_methodseteditor.moc"
