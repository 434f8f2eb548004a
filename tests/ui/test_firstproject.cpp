// What "done" means for the workbench: a new analyst, in Chinese, builds a project from the
// sample city's CSV and boundary file to an exported map and report without a terminal —
// every step through the window's menus and dialogs, as a user would.

#include "clirunner.h"
#include "mainwindow.h"
#include "mapexportdialog.h"
#include "newprojectwizard.h"
#include "projectdocument.h"
#include "regionimportdialog.h"
#include "reportexportdialog.h"
#include "summarydock.h"
#include "uilanguage.h"
#include "uitestmain.h"
#include "unitimportdialog.h"
#include "workflow/projectsession.h"
#include "workflow/projectview.h"
#include "workflowcommands.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <qgsfilewidget.h>
#include <qgsprojectionselectionwidget.h>
#include <qgsvectorlayer.h>

using namespace riskatlas;

namespace
{
QPushButton *okButton(QWidget *dialog)
{
  return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

//! The dialog \a Type the window opened, once it is on screen.
template <typename Type> Type *openedDialog(MainWindow &window)
{
  Type *dialog = nullptr;
  for (int i = 0; i < 100 && !(dialog && dialog->isVisible()); ++i)
  {
    dialog = window.findChild<Type *>();
    QTest::qWait(20);
  }
  return dialog;
}

void typeInto(QLineEdit *edit, const QString &text)
{
  edit->selectAll();
  QTest::keyClick(edit, Qt::Key_Backspace);
  // Chinese arrives from an input method as committed text, not as key presses.
  QInputMethodEvent commit;
  commit.setCommitString(text);
  QApplication::sendEvent(edit, &commit);
}
} // namespace

class TestFirstProject : public QObject
{
  Q_OBJECT

private slots:
  void initTestCase() { UiLanguage::install(QStringLiteral("zh")); }

  void cleanupTestCase() { UiLanguage::install(QStringLiteral("en")); }

  void fromRawFilesToMapAndReportInChinese()
  {
    QTemporaryDir dir;
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QStringList menus;
    for (QAction *menu : window.menuBar()->actions())
      menus << menu->text();
    QVERIFY2(menus.join(' ').contains(QStringLiteral("数据")), qPrintable(menus.join(' ')));
    QSignalSpy presented(window.commands(), &WorkflowCommands::taskPresented);

    // New project: a name, a file, the boundary file to take the CRS from.
    window.findChild<QAction *>(QStringLiteral("actionNew"))->trigger();
    auto *wizard = openedDialog<NewProjectWizard>(window);
    QVERIFY(wizard);
    const QString path = dir.filePath(QStringLiteral("示例市.gpkg"));
    typeInto(wizard->findChild<QLineEdit *>(QStringLiteral("name")), QStringLiteral("示例市"));
    wizard->findChild<QgsFileWidget *>(QStringLiteral("file"))->setFilePath(path);
    wizard->findChild<QgsFileWidget *>(QStringLiteral("dataFile"))
        ->setFilePath(test::sampleFile(QStringLiteral("districts.geojson")));
    QTRY_COMPARE(wizard->crsAuthId(), QStringLiteral("EPSG:4549"));
    QTRY_VERIFY(okButton(wizard)->isEnabled());
    QTest::mouseClick(okButton(wizard), Qt::LeftButton);
    QTRY_VERIFY(window.document());
    QCOMPARE(window.document()->path(), path);

    // The boundaries, then the units, as the import dialogs read them.
    window.findChild<QAction *>(QStringLiteral("actionImportRegions"))->trigger();
    auto *regions = openedDialog<RegionImportDialog>(window);
    QVERIFY(regions);
    regions->findChild<QgsFileWidget *>(QStringLiteral("file"))
        ->setFilePath(test::sampleFile(QStringLiteral("districts.geojson")));
    QTRY_VERIFY(okButton(regions)->isEnabled());
    QTest::mouseClick(okButton(regions), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(presented.size(), 1, 60000);
    QVERIFY(presented.last().first().value<TaskResult>().ok);

    window.findChild<QAction *>(QStringLiteral("actionImportUnits"))->trigger();
    auto *units = openedDialog<UnitImportDialog>(window);
    QVERIFY(units);
    units->findChild<QgsFileWidget *>(QStringLiteral("file"))
        ->setFilePath(test::sampleFile(QStringLiteral("units.csv")));
    QTRY_VERIFY(okButton(units)->isEnabled());
    QTest::mouseClick(okButton(units), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(presented.size(), 2, 60000);
    QVERIFY(presented.last().first().value<TaskResult>().ok);
    QCOMPARE(window.document()->view()->unitsLayer()->featureCount(), 360);

    // Assess (F9, as a spreadsheet calculates; F5 presents), and the summary shows the scores.
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_F9);
    QTRY_COMPARE_WITH_TIMEOUT(presented.size(), 3, 60000);
    QVERIFY(presented.last().first().value<TaskResult>().ok);
    QTRY_COMPARE_WITH_TIMEOUT(window.summary()->summary().scored, 356, 30000);

    // The four-colour map and the report, both in Chinese.
    const QString map = dir.filePath(QStringLiteral("四色图.pdf"));
    window.findChild<QAction *>(QStringLiteral("actionExportMap"))->trigger();
    auto *mapDialog = openedDialog<MapExportDialog>(window);
    QVERIFY(mapDialog);
    mapDialog->findChild<QgsFileWidget *>(QStringLiteral("output"))->setFilePath(map);
    QTRY_VERIFY(okButton(mapDialog)->isEnabled());
    QTest::mouseClick(okButton(mapDialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(presented.size(), 4, 120000);
    QVERIFY(presented.last().first().value<TaskResult>().ok);
    const QString mapText = test::runTool(QStringLiteral("pdftotext"), {map, QStringLiteral("-")});
    QVERIFY2(mapText.contains(QStringLiteral("示例市")) &&
                 mapText.contains(QStringLiteral("重大风险")),
             qPrintable(mapText.left(400)));

    const QString report = dir.filePath(QStringLiteral("评估报告.pdf"));
    window.findChild<QAction *>(QStringLiteral("actionReport"))->trigger();
    auto *reportDialog = openedDialog<ReportExportDialog>(window);
    QVERIFY(reportDialog);
    reportDialog->findChild<QgsFileWidget *>(QStringLiteral("output"))->setFilePath(report);
    QTRY_VERIFY(okButton(reportDialog)->isEnabled());
    QTest::mouseClick(okButton(reportDialog), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(presented.size(), 5, 120000);
    QVERIFY(presented.last().first().value<TaskResult>().ok);
    const QString reportText =
        test::runTool(QStringLiteral("pdftotext"), {report, QStringLiteral("-")});
    QVERIFY2(reportText.contains(QStringLiteral("示例市")) &&
                 reportText.contains(QStringLiteral("城市安全风险评估")),
             qPrintable(reportText.left(400)));
    QVERIFY(!QApplication::activeModalWidget());
  }
};

RISKATLAS_UI_TEST_MAIN(TestFirstProject)
#include "test_firstproject.moc"
