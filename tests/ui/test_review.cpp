// A review meeting run from the workbench: the session started from the Review menu with its
// details, the unit panel asking for the agreed reason, each change assessed at once (the level
// on the file follows without pressing Assess), undo still working, the session ended and its
// minutes written as a PDF that lists the change; the assessment compared with the file as it
// was before the meeting.
#include "comparedialog.h"
#include "mainwindow.h"
#include "projectdocument.h"
#include "reviewcontrols.h"
#include "reviewsessiondialog.h"
#include "sampleproject.h"
#include "uitestmain.h"
#include "uniteditordock.h"
#include "workflow/projectsession.h"
#include "workflow/projectview.h"
#include "workflowcommands.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>
#include <qgsvectorlayer.h>

using namespace riskatlas;

namespace
{
QString unitLevel(const QString &path, qint64 fid)
{
  auto session = ProjectSession::open(path, OpenMode::ReadOnly, nullptr);
  UnitDetails details;
  session->unitDetails(fid, details, nullptr);
  return details.level;
}
} // namespace

class TestReview : public QObject
{
  Q_OBJECT

private slots:
  void runsAReviewMeetingAndWritesItsMinutes()
  {
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("city.gpkg"));
    QVERIFY(test::makeSampleProject(path));
    const QString beforeReview = dir.filePath(QStringLiteral("before-review.gpkg"));
    QVERIFY(QFile::copy(path, beforeReview));
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    QSignalSpy presented(window.commands(), &WorkflowCommands::taskPresented);
    auto *start = window.findChild<QAction *>(QStringLiteral("actionStartReview"));
    auto *end = window.findChild<QAction *>(QStringLiteral("actionEndReview"));
    auto *minutes = window.findChild<QAction *>(QStringLiteral("actionReviewMinutes"));
    QVERIFY(start->isEnabled());
    QVERIFY(!end->isEnabled());
    QVERIFY(!minutes->isEnabled()); // no session held yet

    // The dialog: OK waits for the chair and the participants.
    start->trigger();
    ReviewSessionDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<ReviewSessionDialog *>()) != nullptr);
    QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    dialog->findChild<QLineEdit *>(QStringLiteral("chair"))->clear();
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("participants"))->clear();
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("hint"))->text().isEmpty());
    dialog->findChild<QLineEdit *>(QStringLiteral("place"))->setText(QStringLiteral("Room 3"));
    dialog->findChild<QLineEdit *>(QStringLiteral("chair"))
        ->setText(QStringLiteral("Director Wang"));
    dialog->findChild<QPlainTextEdit *>(QStringLiteral("participants"))
        ->setPlainText(QStringLiteral("Expert Li\nExpert Zhang\n"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(presented.size(), 1, 30000);
    QTRY_VERIFY(window.review()->isOpen());
    auto *status = window.findChild<QLabel *>(QStringLiteral("reviewStatus"));
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().contains(QStringLiteral("Review session 1")),
             qPrintable(status->text()));
    QVERIFY(!start->isEnabled());
    QVERIFY(end->isEnabled());
    QVERIFY(window.unitEditor()->isReasonRequired());

    // A change agreed in the meeting: the panel wants a reason, the level follows at once.
    QgsVectorLayer *units = window.document()->view()->unitsLayer();
    QgsFeature unit;
    QVERIFY(units
                ->getFeatures(QgsFeatureRequest().setFilterExpression(
                    QStringLiteral("\"unit_id\" = 'RU0001'")))
                .nextFeature(unit));
    window.selectUnits({unit.id()});
    QComboBox *likelihood = window.unitEditor()->inputBox(QStringLiteral("likelihood"));
    QVERIFY(likelihood);
    likelihood->setCurrentIndex(likelihood->findData(QStringLiteral("1")));
    QVERIFY(!window.unitEditor()->applyButton()->isEnabled()); // no reason yet
    window.unitEditor()->reasonEdit()->setText(QStringLiteral("relocated, confirmed on site"));
    QVERIFY(window.unitEditor()->applyButton()->isEnabled());
    QCOMPARE(unitLevel(path, unit.id()), QStringLiteral("major"));
    QTest::mouseClick(window.unitEditor()->applyButton(), Qt::LeftButton);
    QCOMPARE(window.document()->undoStack()->count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(unitLevel(path, unit.id()), QStringLiteral("general"), 30000);
    // Undo works in the session and is assessed too.
    window.document()->undoStack()->undo();
    QTRY_COMPARE_WITH_TIMEOUT(unitLevel(path, unit.id()), QStringLiteral("major"), 30000);
    window.document()->undoStack()->redo();
    QTRY_COMPARE_WITH_TIMEOUT(unitLevel(path, unit.id()), QStringLiteral("general"), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(!window.document()->isBusy(), 30000);

    const int before = static_cast<int>(presented.size());
    end->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(presented.size() > before, 30000);
    QTRY_VERIFY(!window.review()->isOpen());
    QVERIFY(!status->isVisible());
    QVERIFY(!window.unitEditor()->isReasonRequired());
    QVERIFY(minutes->isEnabled());

    // Assessment ▸ Compare With… the file as it was before the meeting: RU0001 lowered, and
    // its row leads to it on the map.
    window.findChild<QAction *>(QStringLiteral("actionCompare"))->trigger();
    CompareDialog *compare = nullptr;
    QTRY_VERIFY((compare = window.findChild<CompareDialog *>()) != nullptr);
    compare->setOlderProject(beforeReview);
    QVERIFY(compare->compare());
    QCOMPARE(compare->comparison().unitChanges.size(), 1);
    QCOMPARE(compare->comparison().unitChanges.first().item.id, QStringLiteral("RU0001"));
    QCOMPARE(compare->comparison().unitChanges.first().kind, LevelChangeKind::Lowered);
    int row = -1;
    for (int r = 0; r < compare->changesTable()->rowCount() && row < 0; ++r)
      for (int c = 0; c < compare->changesTable()->columnCount(); ++c)
        if (compare->changesTable()->item(r, c) &&
            compare->changesTable()->item(r, c)->text() == QLatin1String("RU0001"))
          row = r;
    QVERIFY(row >= 0);
    window.selectUnits({});
    emit compare->changesTable()->cellDoubleClicked(row, 0);
    QCOMPARE(window.document()->view()->unitsLayer()->selectedFeatureIds(),
             QgsFeatureIds({unit.id()}));
    compare->close();

    const QString pdf = dir.filePath(QStringLiteral("minutes.pdf"));
    const int written = static_cast<int>(presented.size());
    window.commands()->writeMinutes(0, pdf, QStringLiteral("en"));
    QTRY_VERIFY_WITH_TIMEOUT(presented.size() > written, 60000);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    // Table cells wrap: compared without white space (-raw keeps each cell's lines together).
    const auto solid = [](QString value)
    { return value.remove(QRegularExpression(QStringLiteral("\\s"))); };
    const QString minutesText = QString::fromUtf8(text.readAllStandardOutput());
    for (const QString &expected :
         {QStringLiteral("Director Wang"), QStringLiteral("Expert Li, Expert Zhang"),
          QStringLiteral("relocated, confirmed on site"), QStringLiteral("RU0001"),
          QStringLiteral("Room 3")})
      QVERIFY2(solid(minutesText).contains(solid(expected)),
               qPrintable(expected + QLatin1Char('\n') + minutesText));
  }
};

RISKATLAS_UI_TEST_MAIN(TestReview)
#include "test_review.moc"
