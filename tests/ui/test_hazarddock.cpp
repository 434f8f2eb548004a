// The hidden-danger register in the workbench: the dock lists the sample city's register with
// its filters and overdue count, and the life-cycle form refuses what the rules refuse.

#include "hazarddock.h"
#include "hazardstatusdialog.h"
#include "sampleproject.h"
#include "uitestmain.h"
#include "workflow/projectsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace riskatlas;

class TestHazardDock : public QObject
{
  Q_OBJECT

  QTemporaryDir mDir;
  QString mProject;
  HazardStatistics mStats; //!< as of 2026-06-30, through the session

private slots:
  void initTestCase()
  {
    mProject = mDir.filePath(QStringLiteral("city.gpkg"));
    QVERIFY(test::makeSampleProject(mProject, false));
    auto session = ProjectSession::open(mProject, nullptr);
    const ImportOutcome outcome =
        session->importHazards(test::sampleFile(QStringLiteral("hazards.csv")), {}, nullptr);
    QVERIFY(outcome.ok);
    HazardFilter all;
    all.asOf = QDate(2026, 6, 30);
    mStats = session->hazardStatistics(all, nullptr);
  }

  void listsFiltersAndCountsTheOverdue()
  {
    HazardDock dock;
    dock.setAsOf(QDate(2026, 6, 30));
    QSignalSpy overdue(&dock, &HazardDock::overdueCountChanged);
    dock.setProject(mProject);
    QCOMPARE(dock.tree()->topLevelItemCount(), 300);
    QCOMPARE(dock.overdueCount(), mStats.all().overdue);
    QVERIFY(!overdue.isEmpty());
    QCOMPARE(overdue.last().at(0).toInt(), mStats.all().overdue);

    dock.overdueBox()->setChecked(true);
    QCOMPARE(dock.tree()->topLevelItemCount(), mStats.all().overdue);
    dock.overdueBox()->setChecked(false);
    dock.gradeBox()->setCurrentIndex(2); // major
    QCOMPARE(dock.tree()->topLevelItemCount(), mStats.byGrade(HazardGrade::Major).total);
    dock.gradeBox()->setCurrentIndex(0);
    QCOMPARE(dock.roundBox()->count(), 3); // all, 1, 2
    dock.roundBox()->setCurrentIndex(2);
    QCOMPARE(dock.tree()->topLevelItemCount(), mStats.byRound().at(1).counts.total);
    dock.roundBox()->setCurrentIndex(0);

    // Selection shared with the unit table: one unit's hidden dangers.
    const QString unitId = dock.hazards().first().unitId;
    dock.showUnit(unitId);
    for (int i = 0; i < dock.tree()->topLevelItemCount(); ++i)
      QVERIFY(dock.tree()->topLevelItem(i)->text(1).startsWith(unitId));
    QSignalSpy activated(&dock, &HazardDock::unitActivated);
    emit dock.tree()->itemDoubleClicked(dock.tree()->topLevelItem(0), 0);
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.first().at(0).toString(), unitId);
    dock.showUnit(QString());

    // A later date makes more of them overdue.
    dock.setAsOf(QDate(2026, 12, 31));
    QVERIFY(dock.overdueCount() > mStats.all().overdue);

    dock.resize(1200, 500);
    dock.grab().save(mDir.filePath(QStringLiteral("hazard-dock.png")));
  }

  void theFormRefusesWhatTheLifeCycleRefuses()
  {
    auto session = ProjectSession::open(mProject, OpenMode::ReadOnly, nullptr);
    HazardFilter rectified;
    rectified.asOf = QDate(2026, 6, 30);
    rectified.status = HazardStatus::Rectified;
    const HiddenDanger hazard = session->hazards(rectified, nullptr).first();
    HazardStatusDialog dialog(hazard);
    QPushButton *ok = dialog.buttons()->button(QDialogButtonBox::Ok);
    QCOMPARE(dialog.statusBox()->currentData().toInt(), int(HazardStatus::Closed));
    QVERIFY(!ok->isEnabled()); // a closure needs a verifier
    QVERIFY(dialog.refusal().contains(QStringLiteral("verifier")));
    dialog.verifierEdit()->setText(QStringLiteral("王工"));
    dialog.dateEdit()->setDate(hazard.rectifiedDate.addDays(3));
    QVERIFY2(ok->isEnabled(), qPrintable(dialog.refusal()));
    HazardUpdate update = dialog.update();
    QCOMPARE(update.hazardId, hazard.id);
    QCOMPARE(*update.status, HazardStatus::Closed);
    QCOMPARE(update.verifier, QStringLiteral("王工"));
    QCOMPARE(update.closedDate, hazard.rectifiedDate.addDays(3));

    dialog.statusBox()->setCurrentIndex(int(HazardStatus::Rectifying)); // reopening
    QVERIFY(!ok->isEnabled());
    dialog.reasonEdit()->setText(QStringLiteral("复核不合格"));
    QVERIFY(ok->isEnabled());
    dialog.statusBox()->setCurrentIndex(int(HazardStatus::Found));
    QVERIFY(!ok->isEnabled());
    dialog.grab().save(mDir.filePath(QStringLiteral("hazard-status.png")));
  }
};

RISKATLAS_UI_TEST_MAIN(TestHazardDock)
#include "test_hazarddock.moc"
