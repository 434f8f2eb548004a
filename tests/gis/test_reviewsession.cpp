// Review sessions: started with their details, changes during them need a reason and are
// recorded with the session, ended with the audit chain's head; the minutes (PDF, DOCX) list
// every change with the unit's level before → after and why, the counts before and after and
// the maps side by side, and stay what the meeting saw whatever happens to the project later.
#include "qgistestmain.h"
#include "sampleproject.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"
#include "workflow/levelsnapshot.h"
#include "workflow/projectcopy.h"
#include "workflow/projectsession.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace riskatlas;
using namespace riskatlas::test;

namespace
{
//! What \a program (pdftotext, unzip…) prints on stdout, as UTF-8.
QString toolOutput(const QString &program, const QStringList &arguments)
{
  QProcess process;
  process.start(program, arguments);
  process.waitForFinished(60000);
  return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

class TestReviewSession : public QObject
{
  Q_OBJECT

  QTemporaryDir mDir;
  QString mSample;
  int mCounter = 0;

  std::unique_ptr<ProjectSession> sample()
  {
    const QString path = mDir.filePath(QStringLiteral("city%1.gpkg").arg(++mCounter));
    if (!QFile::copy(mSample, path))
      qFatal("cannot copy the sample");
    Problem problem;
    auto session = ProjectSession::open(path, &problem);
    if (!session)
      qFatal("%s", qPrintable(problem.message()));
    session->setAnalyst(QStringLiteral("张工"));
    return session;
  }

  static ReviewSession meeting()
  {
    ReviewSession session;
    session.title = QStringLiteral("2026年度城市安全风险评估成果专家评审会");
    session.date = QStringLiteral("2026-11-30");
    session.place = QStringLiteral("市应急管理局三楼会议室");
    session.chair = QStringLiteral("王主任");
    session.participants =
        QStringList{QStringLiteral("李专家"), QStringLiteral("张专家"), QStringLiteral("赵科长")};
    return session;
  }

  static qint64 fidOf(ProjectSession &session, const QString &unitId)
  {
    QString error;
    auto store = ProjectStore::open(session.path(), &error);
    return store ? querySingleValue(store->dataset(),
                                    QStringLiteral("SELECT fid FROM units WHERE unit_id = %1")
                                        .arg(sqlLiteral(unitId)))
                       .toLongLong()
                 : 0;
  }

  static QString levelOf(ProjectSession &session, const QString &unitId)
  {
    UnitDetails details;
    session.unitDetails(fidOf(session, unitId), details, nullptr);
    return details.level;
  }

  //! The agreed changes of the meeting: RU0001's likelihood 4 → 1 (major → general) and RU0002
  //! set to major by hand, each with its reason, then the incremental assessment.
  static void makeAgreedChanges(ProjectSession &session)
  {
    UnitEdit lower;
    lower.fid = fidOf(session, QStringLiteral("RU0001"));
    lower.values.insert(QStringLiteral("likelihood"), QStringLiteral("1"));
    lower.reason = QStringLiteral("专家组现场核查：已完成搬迁改造");
    Problem problem;
    QVERIFY2(session.editUnit(lower, nullptr, &problem), qPrintable(problem.message()));
    UnitEdit raise;
    raise.fid = fidOf(session, QStringLiteral("RU0002"));
    raise.values.insert(UnitEditFields::levelOverride(), QStringLiteral("major"));
    raise.reason = QStringLiteral("评审组意见：周边人员密集");
    QVERIFY2(session.editUnit(raise, nullptr, &problem), qPrintable(problem.message()));
    const AssessOutcome outcome = session.assess({}, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
  }

private slots:
  void initTestCase()
  {
    mSample = mDir.filePath(QStringLiteral("sample.gpkg"));
    QVERIFY(makeSampleProject(mSample));
  }

  void sessionNeedsItsDetails()
  {
    auto session = sample();
    const int entries = session->auditLog().size();
    using Break = std::function<void(ReviewSession &)>;
    const QList<QPair<QString, Break>> broken{
        {QStringLiteral("title"), [](ReviewSession &s) { s.title.clear(); }},
        {QStringLiteral("date"), [](ReviewSession &s) { s.date = QStringLiteral("30.11.2026"); }},
        {QStringLiteral("chair"), [](ReviewSession &s) { s.chair = QStringLiteral(" "); }},
        {QStringLiteral("participants"), [](ReviewSession &s) { s.participants.clear(); }}};
    for (const auto &[field, breakIt] : broken)
    {
      ReviewSession details = meeting();
      breakIt(details);
      Problem problem;
      QVERIFY2(!session->startReview(details, &problem), qPrintable(field));
      QVERIFY2(problem.message().contains(field), qPrintable(problem.message()));
    }
    QCOMPARE(session->auditLog().size(), entries); // nothing written
    QVERIFY(session->reviewSessions().isEmpty());
  }

  void changesDuringSessionNeedReasonsAndAreRecordedWithIt()
  {
    auto session = sample();
    ReviewSession held = meeting();
    Problem problem;
    QVERIFY2(session->startReview(held, &problem), qPrintable(problem.message()));
    QCOMPARE(held.number, 1);
    QCOMPARE(held.recorder, QStringLiteral("张工"));
    QVERIFY(held.startSequence > 0);
    QVERIFY(session->openReviewSession().has_value());

    // A second session cannot start while one is open.
    ReviewSession second = meeting();
    QVERIFY(!session->startReview(second, &problem));
    QVERIFY2(problem.message().contains(QStringLiteral("still open")),
             qPrintable(problem.message()));

    // During the session an input change without a reason is refused and changes nothing.
    UnitEdit bare;
    bare.fid = fidOf(*session, QStringLiteral("RU0001"));
    bare.values.insert(QStringLiteral("likelihood"), QStringLiteral("1"));
    QVERIFY(!session->editUnit(bare, nullptr, &problem));
    QCOMPARE(problem.kind, ProblemKind::ReasonRequired);
    QCOMPARE(problem.field, QStringLiteral("reason"));
    QVERIFY2(problem.message().contains(QStringLiteral("review session 1")),
             qPrintable(problem.message()));
    UnitDetails unit;
    QVERIFY(session->unitDetails(bare.fid, unit, nullptr));
    QCOMPARE(unit.inputs.value(QStringLiteral("likelihood")), QStringLiteral("4"));
    UnitCreation added;
    added.unitId = QStringLiteral("RU9001");
    added.name = QStringLiteral("评审新增单元");
    added.sector = QStringLiteral("I01");
    added.position = QStringLiteral("POINT (500000 3350000)");
    QVERIFY(!session->addUnit(added, nullptr, &problem));
    QCOMPARE(problem.kind, ProblemKind::ReasonRequired);

    QCOMPARE(levelOf(*session, QStringLiteral("RU0001")), QStringLiteral("major"));
    makeAgreedChanges(*session);
    QCOMPARE(levelOf(*session, QStringLiteral("RU0001")), QStringLiteral("general"));
    QCOMPARE(levelOf(*session, QStringLiteral("RU0002")), QStringLiteral("major"));

    ReviewSession ended;
    QVERIFY2(session->endReview(ended, &problem), qPrintable(problem.message()));
    const QList<AuditEntry> log = session->auditLog();
    QCOMPARE(firstBrokenAuditEntry(log), -1);
    QCOMPARE(log.last().action, QStringLiteral("review-end"));
    QCOMPARE(ended.endSequence, log.last().sequence);
    QCOMPARE(ended.headHash, log.last().hash);
    QVERIFY(!ended.isOpen());
    // The two edits and the assessment lie inside the session, the start and end bracket them.
    QStringList inside;
    for (const AuditEntry &entry : log)
      if (ended.covers(entry.sequence))
        inside << entry.action + QLatin1Char(' ') + entry.target;
    // (the assessment's "level" entries record the levels the changes brought)
    QCOMPARE(inside,
             (QStringList{QStringLiteral("edit-unit unit RU0001"),
                          QStringLiteral("override-level unit RU0002"),
                          QStringLiteral("level unit RU0001"), QStringLiteral("level unit RU0002"),
                          QStringLiteral("assess project")}));
    QCOMPARE(session->reviewSessions().size(), 1);
    QVERIFY(!session->openReviewSession().has_value());
    QVERIFY(!session->endReview(ended, &problem)); // nothing open any more

    // After the session, input edits no longer need a reason.
    UnitEdit later;
    later.fid = fidOf(*session, QStringLiteral("RU0003"));
    later.values.insert(QStringLiteral("likelihood"), QStringLiteral("1"));
    QVERIFY2(session->editUnit(later, nullptr, &problem), qPrintable(problem.message()));
  }

  void minutesListEveryChangeAndStayWhatTheMeetingSaw()
  {
    auto session = sample();
    const AssessmentSummary before = session->summary();
    ReviewSession held = meeting();
    Problem problem;
    QVERIFY(session->startReview(held, &problem));
    makeAgreedChanges(*session);
    ReviewSession ended;
    QVERIFY(session->endReview(ended, &problem));
    const AssessmentSummary after = session->summary();
    QCOMPARE(after.levels.total(), before.levels.total());
    QVERIFY(after.levels.count(RiskLevel::General) != before.levels.count(RiskLevel::General) ||
            after.levels.count(RiskLevel::Major) != before.levels.count(RiskLevel::Major));

    // A change after the session must not reach its minutes.
    UnitEdit later;
    later.fid = fidOf(*session, QStringLiteral("RU0005"));
    later.values.insert(QStringLiteral("likelihood"), QStringLiteral("5"));
    QVERIFY(session->editUnit(later, nullptr, &problem));
    QVERIFY(session->assess({}, nullptr).ok);

    const QString pdf = mDir.filePath(QStringLiteral("minutes.pdf"));
    QVERIFY2(session->writeReviewMinutes(0, pdf, QStringLiteral("zh"), &problem),
             qPrintable(problem.message()));
    const QString text =
        toolOutput(QStringLiteral("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    // Table cells wrap: compared without white space (pdftotext -raw keeps each cell's lines
    // together).
    const auto solid = [](QString value)
    { return value.remove(QRegularExpression(QStringLiteral("\\s"))); };
    for (const QString &expected :
         {QStringLiteral("评审会议纪要"), held.title, QStringLiteral("市应急管理局三楼会议室"),
          QStringLiteral("王主任"), QStringLiteral("李专家、张专家、赵科长"),
          QStringLiteral("张工"), QStringLiteral("RU0001"),
          QStringLiteral("专家组现场核查：已完成搬迁改造"), QStringLiteral("RU0002"),
          QStringLiteral("评审组意见：周边人员密集"), ended.headHash, QStringLiteral("评审前"),
          QStringLiteral("评审后")})
      QVERIFY2(solid(text).contains(solid(expected)),
               qPrintable(expected + QStringLiteral("\n") + text));
    QVERIFY2(!text.contains(QStringLiteral("RU0005")), qPrintable(text));
    QVERIFY2(solid(text).contains(QStringLiteral("可能性：4→1")), qPrintable(text));
    QVERIFY2(solid(text).contains(QStringLiteral("手动等级：—→重大风险")), qPrintable(text));
    // The counts table: each level's count before and after, in the order of the levels.
    const QString flat = text.simplified();
    for (RiskLevel level : assessedLevels())
    {
      const int old = before.levels.count(level);
      const int now = after.levels.count(level);
      const QString row = QStringLiteral("%1 %2 %3 %4")
                              .arg(levelNameZh(level))
                              .arg(old)
                              .arg(now)
                              .arg(now - old > 0 ? QStringLiteral("+%1").arg(now - old)
                                                 : QString::number(now - old));
      QVERIFY2(flat.contains(row), qPrintable(row + QStringLiteral("\n") + flat));
    }
    // The maps are drawn as vectors: no pictures in the PDF.
    const QString images = toolOutput(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf});
    QCOMPARE(images.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 2); // header lines

    const QString english = mDir.filePath(QStringLiteral("minutes-en.pdf"));
    QVERIFY(session->writeReviewMinutes(1, english, QStringLiteral("en"), &problem));
    const QString englishText =
        toolOutput(QStringLiteral("pdftotext"), {english, QStringLiteral("-")});
    QVERIFY2(
        englishText.contains(QStringLiteral("Minutes of the Risk Assessment Review Session")) &&
            englishText.contains(QStringLiteral("Changes Agreed")),
        qPrintable(englishText));

    QVERIFY(!session->writeReviewMinutes(7, pdf, QStringLiteral("zh"), &problem));
    QCOMPARE(problem.kind, ProblemKind::NotInProject);
    QVERIFY(!session->writeReviewMinutes(1, mDir.filePath("minutes.xlsx"), QStringLiteral("zh"),
                                         &problem));
    QCOMPARE(problem.kind, ProblemKind::SettingInvalid);
  }

  void minutesAsDocx()
  {
    auto session = sample();
    ReviewSession held = meeting();
    Problem problem;
    QVERIFY(session->startReview(held, &problem));
    makeAgreedChanges(*session);
    const QString docx = mDir.filePath(QStringLiteral("minutes.docx"));
    // A session still open gets minutes as of now.
    QVERIFY2(session->writeReviewMinutes(0, docx, QStringLiteral("zh"), &problem),
             qPrintable(problem.message()));
    const QString xml = toolOutput(
        QStringLiteral("unzip"), {QStringLiteral("-p"), docx, QStringLiteral("word/document.xml")});
    for (const QString &expected :
         {QStringLiteral("专家组现场核查：已完成搬迁改造"), held.chair, QStringLiteral("RU0002")})
      QVERIFY2(xml.contains(expected), qPrintable(expected));
    const QString media = toolOutput(QStringLiteral("unzip"), {QStringLiteral("-l"), docx});
    QVERIFY2(media.contains(QStringLiteral("word/media/")), qPrintable(media)); // the maps
  }

  void snapshotMakesACopyShowTheLevelsBefore()
  {
    auto session = sample();
    QString error;
    ReviewSnapshot before;
    {
      auto store = ProjectStore::open(session->path(), &error);
      before = readLevelSnapshot(*store);
    }
    ReviewSession held = meeting();
    Problem problem;
    QVERIFY(session->startReview(held, &problem));
    makeAgreedChanges(*session);
    UnitCreation added;
    added.unitId = QStringLiteral("RU9001");
    added.name = QStringLiteral("评审新增单元");
    added.sector = QStringLiteral("I01");
    added.position = QStringLiteral("POINT (500000 3350000)");
    added.reason = QStringLiteral("评审组补充");
    QVERIFY2(session->addUnit(added, nullptr, &problem), qPrintable(problem.message()));

    const QString copy = mDir.filePath(QStringLiteral("before.gpkg"));
    QVERIFY2(copyProject(session->path(), copy, &problem), qPrintable(problem.message()));
    auto store = ProjectStore::open(copy, &error);
    QVERIFY2(applyLevelSnapshot(*store, before, &error), qPrintable(error));
    const ReviewSnapshot restored = readLevelSnapshot(*store);
    QCOMPARE(restored.units.size(), before.units.size()); // the added unit is gone
    QCOMPARE(restored.unitLevels().toJson(), before.unitLevels().toJson());
    QCOMPARE(restored.overriddenUnits, before.overriddenUnits);
    for (int i = 0; i < before.regions.size(); ++i)
      QCOMPARE(restored.regions.at(i).level, before.regions.at(i).level);
    // The analyst's project keeps its changes.
    QCOMPARE(levelOf(*session, QStringLiteral("RU0001")), QStringLiteral("general"));
  }
};

RISKATLAS_QGIS_TEST_MAIN(TestReviewSession)
#include "test_reviewsession.moc"
