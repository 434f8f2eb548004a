#include "hazarddeadlinerule.h"
#include "hazardlifecycle.h"
#include "methodset.h"

#include <QJsonObject>
#include <QTest>

using namespace riskatlas;

namespace
{
const QDate Found(2026, 3, 1);
const QDate Rectified(2026, 4, 1);
const QDate Closed(2026, 4, 10);

//! A hidden danger complete for \a status.
HiddenDanger inStatus(HazardStatus status)
{
  HiddenDanger hazard;
  hazard.id = QStringLiteral("YH-001");
  hazard.unitId = QStringLiteral("RU0001");
  hazard.foundDate = Found;
  hazard.deadline = Found.addDays(60);
  hazard.status = status;
  if (status >= HazardStatus::Rectified)
    hazard.rectifiedDate = Rectified;
  if (status == HazardStatus::Closed)
  {
    hazard.verifier = QStringLiteral("王工");
    hazard.closedDate = Closed;
  }
  return hazard;
}

//! A change bringing everything any transition may need.
HazardChange completeChange(HazardStatus to)
{
  HazardChange change;
  change.to = to;
  change.rectifiedDate = QDate(2026, 4, 5);
  change.verifier = QStringLiteral("李工");
  change.closedDate = QDate(2026, 4, 20);
  change.reason = QStringLiteral("复核不合格");
  return change;
}
} // namespace

class TestHazardLifecycle : public QObject
{
  Q_OBJECT

private slots:
  void everyTransition_data()
  {
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<int>("refusal");
    using R = HazardRefusal;
    const R N = R::None;
    // Rows: from; columns: to found, assigned, rectifying, rectified, closed.
    const R expected[5][5] = {
        {R::NoChange, N, N, N, N},
        {R::BackToFound, R::NoChange, N, N, N},
        {R::BackToFound, R::MovesBack, R::NoChange, N, N},
        {R::BackToFound, N, N, R::NoChange, N},
        {R::BackToFound, N, N, R::ClosedToRectified, R::NoChange},
    };
    for (HazardStatus from : hazardStatuses())
    {
      for (HazardStatus to : hazardStatuses())
      {
        const QString name = hazardStatusKey(from) + QStringLiteral("→") + hazardStatusKey(to);
        QTest::newRow(qPrintable(name))
            << int(from) << int(to) << int(expected[int(from)][int(to)]);
      }
    }
  }

  void everyTransition()
  {
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(int, refusal);
    const HazardVerdict verdict =
        HazardLifecycle::check(inStatus(HazardStatus(from)), completeChange(HazardStatus(to)));
    QCOMPARE(int(verdict.refusal), refusal);
    QCOMPARE(verdict.reason.isEmpty(), verdict.allowed());
  }

  void closureNeedsVerifierAndDate()
  {
    const HiddenDanger rectified = inStatus(HazardStatus::Rectified);
    HazardChange change;
    change.to = HazardStatus::Closed;
    change.closedDate = QDate(2026, 4, 20);
    QCOMPARE(HazardLifecycle::check(rectified, change).refusal, HazardRefusal::MissingVerifier);
    change.verifier = QStringLiteral("  ");
    QCOMPARE(HazardLifecycle::check(rectified, change).refusal, HazardRefusal::MissingVerifier);
    change.verifier = QStringLiteral("李工");
    change.closedDate = QDate();
    QCOMPARE(HazardLifecycle::check(rectified, change).refusal, HazardRefusal::MissingClosedDate);
    change.closedDate = QDate(2026, 3, 31); // before the rectification on 1 April
    QCOMPARE(HazardLifecycle::check(rectified, change).refusal, HazardRefusal::DateOrder);
    change.closedDate = Rectified; // the same day is fine
    QVERIFY(HazardLifecycle::check(rectified, change).allowed());
    const HiddenDanger closed = HazardLifecycle::apply(rectified, change);
    QCOMPARE(closed.status, HazardStatus::Closed);
    QCOMPARE(closed.verifier, QStringLiteral("李工"));
    QCOMPARE(closed.closedDate, Rectified);
    QCOMPARE(closed.rectifiedDate, Rectified);
  }

  void skippingStepsNeedsWhatTheTargetNeeds()
  {
    const HiddenDanger found = inStatus(HazardStatus::Found);
    HazardChange change;
    change.to = HazardStatus::Rectified;
    QCOMPARE(HazardLifecycle::check(found, change).refusal, HazardRefusal::MissingRectifiedDate);
    change.rectifiedDate = QDate(2026, 2, 28); // the day before it was found
    QCOMPARE(HazardLifecycle::check(found, change).refusal, HazardRefusal::DateOrder);
    change.rectifiedDate = Found; // rectified on the spot
    QVERIFY(HazardLifecycle::check(found, change).allowed());

    change.to = HazardStatus::Closed; // straight to closed: rectified date, verifier and date
    change.closedDate = Found;
    QCOMPARE(HazardLifecycle::check(found, change).refusal, HazardRefusal::MissingVerifier);
    change.verifier = QStringLiteral("李工");
    QVERIFY(HazardLifecycle::check(found, change).allowed());
    change.rectifiedDate = QDate();
    QCOMPARE(HazardLifecycle::check(found, change).refusal, HazardRefusal::MissingRectifiedDate);
  }

  void reopeningNeedsAReasonAndClearsTheClosure()
  {
    for (HazardStatus from : {HazardStatus::Rectified, HazardStatus::Closed})
    {
      for (HazardStatus to : {HazardStatus::Assigned, HazardStatus::Rectifying})
      {
        HazardChange change;
        change.to = to;
        change.reason = QStringLiteral(" ");
        QCOMPARE(HazardLifecycle::check(inStatus(from), change).refusal,
                 HazardRefusal::ReasonRequired);
        change.reason = QStringLiteral("复核发现仍未整改到位");
        QVERIFY(HazardLifecycle::check(inStatus(from), change).allowed());
        const HiddenDanger reopened = HazardLifecycle::apply(inStatus(from), change);
        QCOMPARE(reopened.status, to);
        QVERIFY(reopened.isOpen());
        QVERIFY(!reopened.rectifiedDate.isValid());
        QVERIFY(!reopened.closedDate.isValid());
        QVERIFY(reopened.verifier.isEmpty());
        QCOMPARE(reopened.foundDate, Found);
      }
    }
  }

  void recordsMustBeCompleteForTheirStatus()
  {
    for (HazardStatus status : hazardStatuses())
      QVERIFY(HazardLifecycle::checkRecord(inStatus(status)).allowed());
    HiddenDanger record = inStatus(HazardStatus::Closed);
    record.verifier.clear();
    QCOMPARE(HazardLifecycle::checkRecord(record).refusal, HazardRefusal::MissingVerifier);
    record = inStatus(HazardStatus::Closed);
    record.closedDate = QDate();
    QCOMPARE(HazardLifecycle::checkRecord(record).refusal, HazardRefusal::MissingClosedDate);
    record = inStatus(HazardStatus::Rectified);
    record.rectifiedDate = QDate();
    QCOMPARE(HazardLifecycle::checkRecord(record).refusal, HazardRefusal::MissingRectifiedDate);
    record = inStatus(HazardStatus::Assigned);
    record.deadline = Found.addDays(-1);
    QCOMPARE(HazardLifecycle::checkRecord(record).refusal, HazardRefusal::DateOrder);
  }

  void overdueOnlyAfterTheDeadlineDay()
  {
    HiddenDanger hazard = inStatus(HazardStatus::Rectifying);
    const QDate deadline(2026, 4, 30);
    QCOMPARE(hazard.deadline, deadline);
    QVERIFY(!hazard.isOverdue(deadline.addDays(-1)));
    QVERIFY(!hazard.isOverdue(deadline));
    QCOMPARE(hazard.daysOverdue(deadline), 0);
    QVERIFY(hazard.isOverdue(deadline.addDays(1)));
    QCOMPARE(hazard.daysOverdue(deadline.addDays(12)), 12);
    hazard.status = HazardStatus::Rectified;
    hazard.rectifiedDate = deadline.addDays(5); // late, but no longer open
    QVERIFY(!hazard.isOverdue(deadline.addDays(12)));
    hazard.status = HazardStatus::Found;
    hazard.deadline = QDate();
    QVERIFY(!hazard.isOverdue(deadline.addDays(12)));
  }

  void deadlineRuleDefaultsToSixtyDaysPerGrade()
  {
    HazardDeadlineRule rule;
    QCOMPARE(rule.deadline(Found, HazardGrade::General), QDate(2026, 4, 30));
    QCOMPARE(rule.deadline(Found, HazardGrade::Major), QDate(2026, 4, 30));
    QString error;
    QVERIFY(HazardDeadlineRule::fromJson({{QStringLiteral("major"), 90}}, rule, &error));
    QCOMPARE(rule.days(HazardGrade::General), 60);
    QCOMPARE(rule.deadline(Found, HazardGrade::Major), QDate(2026, 5, 30));
    HazardDeadlineRule back;
    QVERIFY(HazardDeadlineRule::fromJson(rule.toJson(), back, &error));
    QVERIFY(back == rule);
    QVERIFY(!HazardDeadlineRule::fromJson({{QStringLiteral("general"), 0}}, back, &error));
    QVERIFY(!HazardDeadlineRule::fromJson({{QStringLiteral("general"), 1.5}}, back, &error));
    QVERIFY(!HazardDeadlineRule::fromJson({{QStringLiteral("general"), QStringLiteral("60")}}, back,
                                          &error));
    QVERIFY(error.contains(QStringLiteral("general")));
    QVERIFY(back == rule); // a refused rule leaves the target alone
  }

  void methodSetCarriesTheControlRuleOnByDefault()
  {
    const MethodSet standard = MethodSet::defaultSet();
    QVERIFY(standard.hazardControl().isEnabled());
    QVERIFY(!standard.toJson().contains(QStringLiteral("hidden_dangers"))); // hash as before
    QJsonObject json = standard.toJson();
    json.insert(QStringLiteral("hidden_dangers"), QJsonObject{{QStringLiteral("enabled"), false}});
    MethodSet off;
    QStringList problems;
    QVERIFY2(MethodSet::readJson(json, off, problems), qPrintable(problems.join('\n')));
    QVERIFY(!off.hazardControl().isEnabled());
    QCOMPARE(off.toJson().value(QStringLiteral("hidden_dangers")).toObject(),
             (QJsonObject{{QStringLiteral("enabled"), false}}));
    QVERIFY(off.hash() != standard.hash());
    json.insert(QStringLiteral("hidden_dangers"),
                QJsonObject{{QStringLiteral("enabled"), true}, {QStringLiteral("overdue"), 1}});
    QVERIFY(!MethodSet::readJson(json, off, problems));
    QVERIFY2(problems.join('\n').contains(QStringLiteral("hidden_dangers")),
             qPrintable(problems.join('\n')));

    // The rule's reach: open and major, or open and overdue.
    HazardControlRule rule;
    HiddenDanger hazard = inStatus(HazardStatus::Rectifying);
    const QDate due = hazard.deadline;
    QVERIFY(!rule.worsens(hazard, due));
    QVERIFY(rule.worsens(hazard, due.addDays(1)));
    hazard.grade = HazardGrade::Major;
    QVERIFY(rule.worsens(hazard, due));
    hazard = inStatus(HazardStatus::Closed);
    hazard.grade = HazardGrade::Major;
    QVERIFY(!rule.worsens(hazard, due.addDays(100)));
    rule.setEnabled(false);
    QVERIFY(!rule.worsens(inStatus(HazardStatus::Found), due.addDays(1)));
  }

  void registerWordingIsRead()
  {
    HazardStatus status;
    QVERIFY(hazardStatusFromText(QStringLiteral("已销号"), status));
    QCOMPARE(status, HazardStatus::Closed);
    QVERIFY(hazardStatusFromText(QStringLiteral("Rectifying"), status));
    QCOMPARE(status, HazardStatus::Rectifying);
    QVERIFY(hazardStatusFromText(QStringLiteral("逾期"), status));
    QCOMPARE(status, HazardStatus::Rectifying);
    QVERIFY(!hazardStatusFromText(QStringLiteral("完成了"), status));
    HazardGrade grade;
    QVERIFY(hazardGradeFromText(QStringLiteral("重大事故隐患"), grade));
    QCOMPARE(grade, HazardGrade::Major);
    QVERIFY(hazardGradeFromText(QStringLiteral("一般"), grade));
    QCOMPARE(grade, HazardGrade::General);
    QVERIFY(!hazardGradeFromText(QStringLiteral("较大"), grade));
    HazardListing listing;
    QVERIFY(hazardListingFromText(QStringLiteral("省级挂牌督办"), listing));
    QCOMPARE(listing, HazardListing::Province);
    QVERIFY(hazardListingFromText(QStringLiteral("市级"), listing));
    QCOMPARE(listing, HazardListing::City);
    QVERIFY(hazardListingFromText(QStringLiteral("区县级挂牌"), listing));
    QCOMPARE(listing, HazardListing::District);
    QVERIFY(hazardListingFromText(QString(), listing));
    QCOMPARE(listing, HazardListing::None);
    QVERIFY(!hazardListingFromText(QStringLiteral("国家级"), listing));
  }
};

QTEST_GUILESS_MAIN(TestHazardLifecycle)
#include "test_hazardlifecycle.moc"
