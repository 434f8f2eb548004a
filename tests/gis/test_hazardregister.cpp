#include "maps/embeddedproject.h"
#include "methodset.h"
#include "qgistestmain.h"
#include "risklevel.h"
#include "sampleproject.h"
#include "testdata.h"
#include "workflow/projectsession.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <qgsexpression.h>
#include <qgsexpressioncontextutils.h>
#include <qgsfeatureiterator.h>
#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsrulebasedrenderer.h>
#include <qgssymbol.h>
#include <qgsvectorlayer.h>

using namespace riskatlas;

/**
 * The hidden-danger register in the project file as QGIS reads it (the styled `hazards` layer
 * and the embedded project), and the session's rules for status updates and deadlines.
 */
class TestHazardRegister : public QObject
{
  Q_OBJECT

  QTemporaryDir mDir;
  QString mSample;   //!< the sample city, not assessed, without hidden dangers
  QString mRegister; //!< the sample with its GBK register imported

  QString copyOf(const QString &source, const QString &name)
  {
    const QString path = mDir.filePath(name);
    return QFile::copy(source, path) ? path : QString();
  }

private slots:
  void initTestCase()
  {
    mSample = mDir.filePath(QStringLiteral("sample.gpkg"));
    QVERIFY(test::makeSampleProject(mSample, false));
    mRegister = copyOf(mSample, QStringLiteral("register.gpkg"));
    auto session = ProjectSession::open(mRegister, nullptr);
    QVERIFY(session);
    const ImportOutcome outcome =
        session->importHazards(test::sampleFile(QStringLiteral("hazards.csv")), {}, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    QCOMPARE(outcome.added, 300);
    QVERIFY2(session->takeWarnings().isEmpty(), "styles and the embedded project refreshed");
  }

  void theLayerOpensInQgisStyledByStatusWithOverdueOnTop()
  {
    QgsVectorLayer layer(QStringLiteral("%1|layername=hazards").arg(mRegister),
                         QStringLiteral("hazards"), QStringLiteral("ogr"));
    QVERIFY(layer.isValid());
    QCOMPARE(layer.featureCount(), 300);
    auto *renderer = dynamic_cast<QgsRuleBasedRenderer *>(layer.renderer());
    QVERIFY2(renderer, "the default style stored in the file is the rule-based one");
    const QgsRuleBasedRenderer::RuleList rules = renderer->rootRule()->children();
    QStringList labels;
    for (const QgsRuleBasedRenderer::Rule *rule : rules)
      labels << rule->label();
    QCOMPARE(labels, (QStringList{QStringLiteral("逾期"), QStringLiteral("发现"),
                                  QStringLiteral("交办"), QStringLiteral("整改中"),
                                  QStringLiteral("已整改"), QStringLiteral("已销号")}));
    QCOMPARE(rules.first()->symbol()->color().name().toUpper(), QStringLiteral("#D7191C"));

    // Every hidden danger is drawn where its unit is; open ones due before today are overdue.
    QgsVectorLayer units(QStringLiteral("%1|layername=units").arg(mRegister),
                         QStringLiteral("units"), QStringLiteral("ogr"));
    QHash<QString, QgsGeometry> unitPositions;
    QgsFeature unit;
    for (QgsFeatureIterator it = units.getFeatures(); it.nextFeature(unit);)
      unitPositions.insert(unit.attribute(QStringLiteral("unit_id")).toString(), unit.geometry());
    QgsExpression overdue(rules.first()->filterExpression());
    QgsExpressionContext context(QgsExpressionContextUtils::globalProjectLayerScopes(&layer));
    int overdueCount = 0;
    QgsFeature feature;
    for (QgsFeatureIterator it = layer.getFeatures(); it.nextFeature(feature);)
    {
      const QString unitId = feature.attribute(QStringLiteral("unit_id")).toString();
      QVERIFY2(feature.geometry().equals(unitPositions.value(unitId)), qPrintable(unitId));
      context.setFeature(feature);
      const bool open = QStringList{QStringLiteral("found"), QStringLiteral("assigned"),
                                    QStringLiteral("rectifying")}
                            .contains(feature.attribute(QStringLiteral("status")).toString());
      const QDate deadline =
          QDate::fromString(feature.attribute(QStringLiteral("deadline")).toString(), Qt::ISODate);
      QCOMPARE(overdue.evaluate(&context).toBool(), open && deadline < QDate::currentDate());
      overdueCount += overdue.evaluate(&context).toBool() ? 1 : 0;
    }
    QVERIFY(overdueCount >= 24); // round 1's open ones at least
  }

  void theEmbeddedProjectShowsTheHazardsAboveTheUnits()
  {
    QgsProject project;
    QVERIFY2(project.read(EmbeddedProject::uri(mRegister)), qPrintable(project.error()));
    const QList<QgsMapLayer *> layers = project.layerTreeRoot()->layerOrder();
    QCOMPARE(layers.size(), 3);
    QCOMPARE(layers.first()->name(), QStringLiteral("事故隐患"));
    QVERIFY(layers.first()->isValid());
    QVERIFY(dynamic_cast<QgsRuleBasedRenderer *>(
        qobject_cast<QgsVectorLayer *>(layers.first())->renderer()));

    // A project without a register keeps its two layers.
    QgsProject plain;
    QVERIFY(plain.read(EmbeddedProject::uri(mSample)));
    QCOMPARE(plain.layerTreeRoot()->layerOrder().size(), 2);
  }

  void updatesFollowTheLifeCycleAsProblemsOfTheirKind()
  {
    const QString path = copyOf(mRegister, QStringLiteral("updates.gpkg"));
    auto session = ProjectSession::open(path, nullptr);
    QVERIFY(session);
    HazardFilter open;
    open.asOf = QDate(2026, 6, 30);
    open.status = HazardStatus::Closed;
    const QList<HiddenDanger> closed = session->hazards(open, nullptr);
    QVERIFY(!closed.isEmpty());
    const int entries = session->auditLog().size();

    HazardUpdate update;
    update.hazardId = closed.first().id;
    update.status = HazardStatus::Rectifying;
    Problem problem;
    HiddenDanger after;
    QVERIFY(!session->updateHazard(update, &after, &problem));
    QCOMPARE(problem.kind, ProblemKind::ReasonRequired);
    update.status = HazardStatus::Found;
    update.reason = QStringLiteral("复核不合格");
    QVERIFY(!session->updateHazard(update, &after, &problem));
    QCOMPARE(problem.kind, ProblemKind::Invalid);
    update.hazardId = QStringLiteral("YH9-999");
    QVERIFY(!session->updateHazard(update, &after, &problem));
    QCOMPARE(problem.kind, ProblemKind::NotInProject);
    QCOMPARE(session->auditLog().size(), entries); // refusals write nothing

    update.hazardId = closed.first().id;
    update.status = HazardStatus::Rectifying;
    QVERIFY2(session->updateHazard(update, &after, &problem), qPrintable(problem.message()));
    QCOMPARE(after.status, HazardStatus::Rectifying);
    QVERIFY(!after.closedDate.isValid());
    const QList<AuditEntry> log = session->auditLog();
    QCOMPARE(log.size(), entries + 1);
    QCOMPARE(log.last().action, QStringLiteral("reopen-hazard"));
    QCOMPARE(log.last().reason, QStringLiteral("复核不合格"));
    HazardFilter one;
    one.asOf = open.asOf;
    one.unitId = closed.first().unitId;
    bool found = false;
    for (const HiddenDanger &hazard : session->hazards(one, nullptr))
      found = found || (hazard.id == update.hazardId && hazard.status == HazardStatus::Rectifying);
    QVERIFY(found);
  }

  void theDeadlineRuleIsThePerGradeSetting()
  {
    const QString path = copyOf(mSample, QStringLiteral("rule.gpkg"));
    auto session = ProjectSession::open(path, nullptr);
    HazardDeadlineRule rule;
    rule.setDays(HazardGrade::Major, 90);
    rule.setDays(HazardGrade::General, 30);
    Problem problem;
    QVERIFY2(session->setHazardDeadlineRule(rule, &problem), qPrintable(problem.message()));
    QVERIFY(session->hazardDeadlineRule() == rule);
    const QString file =
        test::writeFile(mDir.filePath(QStringLiteral("rule.csv")),
                        QStringLiteral("隐患编号,单位编号,隐患等级,发现日期,整改期限\n"
                                       "A,RU0001,重大,2026-03-01,\nB,RU0002,一般,2026-03-01,\n"
                                       "C,RU0003,一般,2026-03-01,2026-03-15\n")
                            .toUtf8());
    const ImportOutcome outcome = session->importHazards(file, {}, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    HazardFilter all;
    all.asOf = QDate(2026, 3, 20);
    const QList<HiddenDanger> hazards = session->hazards(all, nullptr);
    QCOMPARE(hazards.size(), 3);
    QCOMPARE(hazards.at(0).deadline, QDate(2026, 5, 30));
    QCOMPARE(hazards.at(1).deadline, QDate(2026, 3, 31));
    QCOMPARE(hazards.at(2).deadline, QDate(2026, 3, 15));
    QVERIFY(hazards.at(2).isOverdue(all.asOf));
  }

  /**
   * The control-level rule: on by default, it assesses every unit with an open major or
   * overdue hidden danger as poorly controlled (one level up from its inherent level); off, the
   * results are byte for byte those of the project without hidden dangers; and a project
   * without hidden dangers is unchanged by it.
   */
  void openHiddenDangersWorsenTheControlLevel()
  {
    qputenv("SOURCE_DATE_EPOCH", "1782820800"); // 2026-06-30T12:00Z: the assessment's "today"
    const QDate asOf(2026, 6, 30);
    auto riskList = [&](const QString &project)
    {
      auto session = ProjectSession::open(project, nullptr);
      const QString csv = project + QStringLiteral(".csv");
      Problem problem;
      if (!session || !session->exportRiskList(csv, nullptr, &problem))
        return QByteArray();
      return test::readFile(csv);
    };
    auto assess = [&](const QString &project, std::optional<MethodSet> set = std::nullopt)
    {
      auto session = ProjectSession::open(project, nullptr);
      AssessRequest request;
      request.methodSet = set;
      const AssessOutcome outcome = session->assess(request, nullptr);
      return outcome.ok;
    };
    const QString plain = copyOf(mSample, QStringLiteral("plain.gpkg"));
    const QString on = copyOf(mRegister, QStringLiteral("rule-on.gpkg"));
    const QString off = copyOf(mRegister, QStringLiteral("rule-off.gpkg"));
    QVERIFY(assess(plain) && assess(on));
    MethodSet withoutRule = MethodSet::defaultSet();
    QVERIFY(withoutRule.hazardControl().isEnabled());
    HazardControlRule rule;
    rule.setEnabled(false);
    withoutRule.setHazardControl(rule);
    QVERIFY(withoutRule.hash() != MethodSet::defaultSet().hash());
    QVERIFY(assess(off, withoutRule));
    const QByteArray plainList = riskList(plain);
    QVERIFY(!plainList.isEmpty());
    QCOMPARE(riskList(off), plainList);
    const QByteArray onList = riskList(on);
    QVERIFY(onList != plainList);

    // Which units the rule reaches, from the register itself.
    auto session = ProjectSession::open(on, nullptr);
    HazardFilter all;
    all.asOf = asOf;
    QSet<QString> reached;
    for (const HiddenDanger &hazard : session->hazards(all, nullptr))
      if (hazard.isOpen() && (hazard.grade == HazardGrade::Major || hazard.isOverdue(asOf)))
        reached.insert(hazard.unitId);
    QVERIFY(reached.size() > 10);
    // Columns: id, …, inherent_level (8), level (9).
    auto levels = [](const QByteArray &csv)
    {
      QHash<QString, QStringList> rows;
      const QStringList lines = QString::fromUtf8(csv).split(QStringLiteral("\r\n"));
      for (const QString &line : lines.mid(1))
      {
        const QStringList cells = line.split(QLatin1Char(','));
        if (cells.size() > 9)
          rows.insert(cells.at(0), {cells.at(8), cells.at(9)});
      }
      return rows;
    };
    const QHash<QString, QStringList> before = levels(plainList);
    const QHash<QString, QStringList> after = levels(onList);
    QCOMPARE(after.size(), before.size());
    int raised = 0;
    for (auto it = after.cbegin(); it != after.cend(); ++it)
    {
      if (!reached.contains(it.key()) || it.value().at(0) == QStringLiteral("none"))
      {
        QCOMPARE(it.value(), before.value(it.key()));
        continue;
      }
      RiskLevel inherent;
      QVERIFY(levelFromKey(it.value().at(0), inherent));
      QCOMPARE(it.value().at(1), levelKey(shiftLevel(inherent, 1))); // 差: one level up
      raised += it.value() != before.value(it.key()) ? 1 : 0;
    }
    QVERIFY(raised > 0);

    // Closing every hidden danger of one reached unit gives it back its own control level.
    QString unitId = *reached.cbegin();
    HazardFilter ofUnit;
    ofUnit.asOf = asOf;
    ofUnit.unitId = unitId;
    for (const HiddenDanger &hazard : session->hazards(ofUnit, nullptr))
    {
      if (!hazard.isOpen())
        continue;
      HazardUpdate update;
      update.hazardId = hazard.id;
      update.status = HazardStatus::Rectified;
      update.rectifiedDate = asOf;
      Problem problem;
      QVERIFY2(session->updateHazard(update, nullptr, &problem), qPrintable(problem.message()));
    }
    session.reset();
    QVERIFY(assess(on)); // an incremental run must notice
    QCOMPARE(levels(riskList(on)).value(unitId), before.value(unitId));
    qunsetenv("SOURCE_DATE_EPOCH");
  }

  void aProjectWithoutARegisterReadsAnEmptyOne()
  {
    Problem problem;
    auto session = ProjectSession::open(mSample, OpenMode::ReadOnly, &problem);
    QVERIFY(session);
    HazardFilter all;
    all.asOf = QDate(2026, 6, 30);
    QVERIFY(session->hazards(all, &problem).isEmpty());
    QVERIFY(problem.reason.isEmpty());
    QCOMPARE(session->hazardStatistics(all, &problem).all().total, 0);
  }
};

RISKATLAS_QGIS_TEST_MAIN(TestHazardRegister)
#include "test_hazardregister.moc"
