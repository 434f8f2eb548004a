// Compare With…: two hand-made projects with known differences (one unit re-rated up, one only
// in the older project, one only in the newer), compared in the dialog as the analyst sees it.
#include "clirunner.h"
#include "comparedialog.h"
#include "sessiontask.h"
#include "uitestmain.h"

#include <QComboBox>
#include <QFileInfo>
#include <QLabel>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <qgsapplication.h>
#include <qgstaskmanager.h>

using namespace riskatlas;
using namespace riskatlas::test;

class TestCompareDialog : public QObject
{
  Q_OBJECT

  QTemporaryDir mDir;
  QString mOld;
  QString mNew;

  QString units(const QString &name, const QByteArray &rows) const
  {
    return writeFile(mDir.filePath(name),
                     "\xEF\xBB\xBF编号,单位名称,行业领域,经度,纬度,可能性,严重性,管控水平\n" +
                         rows);
  }

  //! The changes table's rows as "ID old → new (change)".
  static QStringList rows(const QTableWidget &table)
  {
    QStringList lines;
    for (int row = 0; row < table.rowCount(); ++row)
      lines << QStringLiteral("%1 %2 → %3 (%4)")
                   .arg(table.item(row, 1)->text(), table.item(row, 3)->text(),
                        table.item(row, 4)->text(), table.item(row, 5)->text());
    return lines;
  }

  //! The rows of units only (the regions' rows depend on the aggregation).
  static QStringList unitRows(const QTableWidget &table)
  {
    QStringList lines;
    const QStringList all = rows(table);
    for (int row = 0; row < table.rowCount(); ++row)
      if (table.item(row, 0)->text() == QLatin1String("Unit"))
        lines << all[row];
    return lines;
  }

private slots:
  void initTestCase()
  {
    QVERIFY(mDir.isValid());
    qRegisterMetaType<SessionTask *>();
    QSettings().remove(QStringLiteral("CompareDialog"));
    mOld = mDir.filePath(QStringLiteral("last-year.gpkg"));
    mNew = mDir.filePath(QStringLiteral("this-year.gpkg"));
    expectSuccess(buildSampleProject(mOld));
    expectSuccess(buildSampleProject(mNew));
    expectSuccess(runCli(
        {QStringLiteral("import-units"), mOld,
         units(QStringLiteral("old.csv"), "OLD1,已关闭化工厂,I01,120.246265,30.350567,5,5,中\n")}));
    expectSuccess(runCli({QStringLiteral("import-units"), mNew,
                          units(QStringLiteral("new.csv"),
                                "RU0002,龙井区瑞丰化工有限公司,I01,120.288699,30.294567,5,5,差\n"
                                "NEW1,新建加油站,I01,120.2,30.3,1,1,好\n")}));
    expectSuccess(runCli({QStringLiteral("assess"), mOld}));
    expectSuccess(runCli({QStringLiteral("assess"), mNew}));
  }

  void showsTheCountsAndTheChangedUnits()
  {
    CompareDialog dialog(mNew);
    QCOMPARE(dialog.changesTable()->rowCount(), 0);
    dialog.setOlderProject(mOld);
    const AssessmentComparison &comparison = dialog.comparison();
    QCOMPARE(comparison.unitCounts.raised, 1);
    auto *counts = dialog.findChild<QLabel *>(QStringLiteral("counts"));
    QVERIFY2(counts->text().contains(
                 QStringLiteral("Units: 1 raised, 0 lowered, 1 new, 1 removed, 359 unchanged.")),
             qPrintable(counts->text()));
    // Units by level: before, after and the change, as the CLI's compare counts them.
    QTableWidget *levels = dialog.levelsTable();
    QCOMPARE(levels->rowCount(), 5);
    QCOMPARE(levels->verticalHeaderItem(0)->text(), QStringLiteral("Major risk"));
    int before = 0, after = 0;
    for (int row = 0; row < levels->rowCount(); ++row)
    {
      before += levels->item(row, 0)->text().toInt();
      after += levels->item(row, 1)->text().toInt();
      QCOMPARE(levels->item(row, 2)->text().toInt(),
               levels->item(row, 1)->text().toInt() - levels->item(row, 0)->text().toInt());
    }
    QCOMPARE(before, 361); // the sample and OLD1
    QCOMPARE(after, 361);  // the sample and NEW1
    QCOMPARE(unitRows(*dialog.changesTable()),
             QStringList({QStringLiteral("NEW1 — → Low risk (New)"),
                          QStringLiteral("OLD1 Major risk → — (Removed)"),
                          QStringLiteral("RU0002 %1 → Major risk (Raised)")
                              .arg(dialog.changesTable()
                                       ->item(dialog.changesTable()->rowCount() - 1, 3)
                                       ->text())}));
    QCOMPARE(dialog.changesTable()->rowCount(), 3 + int(comparison.regionChanges.size()));

    dialog.grab().save(mDir.filePath(QStringLiteral("comparedialog.png")));
    if (qEnvironmentVariableIsSet("RISKATLAS_SCREENSHOT_DIR"))
      dialog.grab().save(qEnvironmentVariable("RISKATLAS_SCREENSHOT_DIR") +
                         QStringLiteral("/comparedialog.png"));
  }

  void filtersByChangeKindAndActivatesRows()
  {
    CompareDialog dialog(mNew);
    dialog.setOlderProject(mOld);
    dialog.setChangeFilter(LevelChangeKind::Removed);
    QCOMPARE(rows(*dialog.changesTable()),
             QStringList({QStringLiteral("OLD1 Major risk → — (Removed)")}));
    QSignalSpy units(&dialog, &CompareDialog::unitActivated);
    emit dialog.changesTable()->cellDoubleClicked(0, 2);
    QCOMPARE(units.size(), 1);
    QCOMPARE(units.first().first().toString(), QStringLiteral("OLD1"));

    dialog.setChangeFilter(LevelChangeKind::Raised);
    QStringList raised = unitRows(*dialog.changesTable());
    QCOMPARE(raised.size(), 1);
    QVERIFY(raised.first().startsWith(QStringLiteral("RU0002 ")));
    // A raised region (if the re-rating raised one) reports its kind and code.
    QSignalSpy regions(&dialog, &CompareDialog::regionActivated);
    for (int row = 0; row < dialog.changesTable()->rowCount(); ++row)
      if (dialog.changesTable()->item(row, 0)->text() != QLatin1String("Unit"))
      {
        emit dialog.changesTable()->cellDoubleClicked(row, 0);
        QCOMPARE(regions.last().at(1).toString(), dialog.changesTable()->item(row, 1)->text());
      }
    dialog.setChangeFilter(std::nullopt);
    QCOMPARE(dialog.changesTable()->rowCount(), 3 + int(dialog.comparison().regionChanges.size()));
  }

  void aMissingOlderProjectIsSaid()
  {
    CompareDialog dialog(mNew);
    dialog.setOlderProject(mDir.filePath(QStringLiteral("no-such.gpkg")));
    QCOMPARE(dialog.changesTable()->rowCount(), 0);
    QVERIFY(!dialog.exportChangeMap(mDir.filePath(QStringLiteral("x.pdf"))));
  }

  void exportsTheChangeMapAsATask()
  {
    CompareDialog dialog(mNew);
    dialog.setOlderProject(mOld);
    QSignalSpy ready(&dialog, &CompareDialog::changeMapTaskReady);
    const QString pdf = mDir.filePath(QStringLiteral("changes.pdf"));
    QVERIFY(!dialog.exportChangeMap(mDir.filePath(QStringLiteral("changes.txt"))));
    QVERIFY(dialog.exportChangeMap(pdf));
    QCOMPARE(ready.size(), 1);
    auto *task = ready.first().first().value<SessionTask *>();
    QVERIFY(task);
    QSignalSpy completed(task, &SessionTask::completed);
    QgsApplication::taskManager()->addTask(task);
    QVERIFY(completed.wait(120000));
    const TaskResult result = completed.first().first().value<TaskResult>();
    QVERIFY2(result.ok,
             result.problems.isEmpty() ? "failed" : qPrintable(result.problems.first().message()));
    QCOMPARE(result.written, QStringList{pdf});
    QVERIFY(QFileInfo(pdf).size() > 1000);
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    // The map in the dialog's map language (the workbench's, English here).
    QVERIFY2(text.contains(QStringLiteral("Risk level changes")) &&
                 text.contains(QStringLiteral("Units raised (1)")) &&
                 text.contains(QStringLiteral("Removed units (1)")),
             qPrintable(text));
  }
};

RISKATLAS_UI_TEST_MAIN(TestCompareDialog)
#include "test_comparedialog.moc"
