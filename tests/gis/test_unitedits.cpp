// Unit edits by an analyst: each one transaction and one audit entry (who, why, old → new), a
// level override that needs a reason and survives every assessment, reversals that append to
// the history and refuse to overwrite a change made since, and older projects migrated with
// their audit chain intact.
#include "assess/projectsummary.h"
#include "maps/riskstyle.h"
#include "qgistestmain.h"
#include "reportinput.h"
#include "reportmarkdown.h"
#include "reportmodel.h"
#include "sampleproject.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"
#include "workflow/projectsession.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <ogrsf_frmts.h>
#include <qgsmaprenderersequentialjob.h>
#include <qgsmarkersymbol.h>
#include <qgsrenderer.h>
#include <qgssymbollayerutils.h>
#include <qgsvectorlayer.h>
#include <sqlite3.h>

using namespace riskatlas;

namespace
{
//! The report document's text (as pandoc gets it) for \a input.
QString reportText(const ReportInput &input)
{
  return renderReportMarkdown(buildReportDocument(input, ReportTemplates()), {});
}
} // namespace
using namespace riskatlas::test;

class TestUnitEdits : public QObject
{
  Q_OBJECT

  QTemporaryDir mDir;
  QString mSample;
  int mCounter = 0;

  //! A fresh copy of the assessed sample city, opened as analyst 张工.
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

  static UnitDetails details(ProjectSession &session, qint64 fid)
  {
    UnitDetails unit;
    Problem problem;
    if (!session.unitDetails(fid, unit, &problem))
      qWarning("%s", qPrintable(problem.message()));
    return unit;
  }

  static QJsonObject json(const QString &text)
  {
    return QJsonDocument::fromJson(text.toUtf8()).object();
  }

  //! The map around \a unit's position, 200 px for 100 m, white background.
  static QImage renderAround(QgsVectorLayer &units, const QString &unitId)
  {
    QgsFeature feature;
    units
        .getFeatures(QgsFeatureRequest().setFilterExpression(
            QStringLiteral("unit_id = %1").arg(QgsExpression::quotedString(unitId))))
        .nextFeature(feature);
    const QgsPointXY centre = feature.geometry().asPoint();
    QgsMapSettings settings;
    settings.setLayers({&units});
    settings.setDestinationCrs(units.crs());
    settings.setOutputSize(QSize(200, 200));
    settings.setOutputDpi(96);
    settings.setBackgroundColor(Qt::white);
    settings.setExtent(
        QgsRectangle(centre.x() - 50, centre.y() - 50, centre.x() + 50, centre.y() + 50));
    QgsMapRendererSequentialJob job(settings);
    job.start();
    job.waitForFinished();
    return job.renderedImage();
  }

  static int darkPixels(const QImage &image)
  {
    int dark = 0;
    for (int y = 0; y < image.height(); ++y)
      for (int x = 0; x < image.width(); ++x)
        dark += qGray(image.pixel(x, y)) < 80 ? 1 : 0;
    return dark;
  }

private slots:
  void initTestCase()
  {
    mSample = mDir.filePath(QStringLiteral("sample.gpkg"));
    QVERIFY(makeSampleProject(mSample));
  }

  void inputEditIsStoredAuditedAndAssessed()
  {
    auto session = sample();
    const qint64 fid = fidOf(*session, QStringLiteral("RU0001"));
    QVERIFY(fid > 0);
    UnitDetails before = details(*session, fid);
    QCOMPARE(before.inputs.value(QStringLiteral("likelihood")), QStringLiteral("4"));
    QCOMPARE(before.level, QStringLiteral("major")); // 4 × 5 = 20, fair control
    QCOMPARE(before.attributes.first().first, QStringLiteral("地址"));
    QCOMPARE(before.attributes.first().second, QStringLiteral("青山区西园路6号"));

    UnitEdit edit;
    edit.fid = fid;
    edit.values.insert(QStringLiteral("likelihood"), QStringLiteral("1"));
    edit.reason = QStringLiteral("现场核查");
    UnitEditResult result;
    Problem problem;
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(session->editUnit(edit, &result, &problem), qPrintable(problem.message()));
    qInfo("edit (one transaction, one audit entry, open session): %lld ms", timer.elapsed());
    QVERIFY(result.auditSequence > 0);
    QCOMPARE(details(*session, fid).inputs.value(QStringLiteral("likelihood")),
             QStringLiteral("1"));

    const QList<AuditEntry> log = session->auditLog();
    QCOMPARE(firstBrokenAuditEntry(log), -1);
    const AuditEntry &entry = log.last();
    QCOMPARE(entry.sequence, result.auditSequence);
    QCOMPARE(entry.user, QStringLiteral("张工"));
    QCOMPARE(entry.action, QStringLiteral("edit-unit"));
    QCOMPARE(entry.target, QStringLiteral("unit RU0001"));
    QCOMPARE(entry.reason, QStringLiteral("现场核查"));
    QCOMPARE(json(entry.oldValue).value(QStringLiteral("likelihood")).toString(),
             QStringLiteral("4"));
    QCOMPARE(json(entry.newValue).value(QStringLiteral("likelihood")).toString(),
             QStringLiteral("1"));

    // An edit to the values the unit holds already changes and audits nothing.
    QVERIFY(session->editUnit(edit, &result, &problem));
    QCOMPARE(result.auditSequence, 0);
    QCOMPARE(session->auditLog().size(), log.size());

    const AssessOutcome outcome = session->assess({}, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(details(*session, fid).level, QStringLiteral("general")); // 1 × 5 = 5
  }

  void overrideNeedsReasonAndSurvivesAssessments()
  {
    auto session = sample();
    const qint64 fid = fidOf(*session, QStringLiteral("RU0001"));
    const int entries = session->auditLog().size();
    UnitEdit edit;
    edit.fid = fid;
    edit.values.insert(UnitEditFields::levelOverride(), QStringLiteral("low"));
    edit.reason = QStringLiteral("  ");
    Problem problem;
    QVERIFY(!session->editUnit(edit, nullptr, &problem));
    QCOMPARE(problem.kind, ProblemKind::ReasonRequired);
    QCOMPARE(problem.field, QStringLiteral("reason"));
    QVERIFY(details(*session, fid).levelOverride.isEmpty());
    QCOMPARE(session->auditLog().size(), entries);

    edit.values.insert(UnitEditFields::levelOverride(), QStringLiteral("extreme"));
    edit.reason = QStringLiteral("专家意见");
    QVERIFY(!session->editUnit(edit, nullptr, &problem));
    QCOMPARE(problem.kind, ProblemKind::Invalid);

    edit.values.insert(UnitEditFields::levelOverride(), QStringLiteral("low"));
    UnitEditResult result;
    QVERIFY2(session->editUnit(edit, &result, &problem), qPrintable(problem.message()));
    UnitDetails unit = details(*session, fid);
    QCOMPARE(unit.levelOverride, QStringLiteral("low"));
    QCOMPARE(unit.overrideReason, QStringLiteral("专家意见"));
    const AuditEntry entry = session->auditLog().last();
    QCOMPARE(entry.action, QStringLiteral("override-level"));
    QCOMPARE(entry.reason, QStringLiteral("专家意见"));
    QCOMPARE(json(entry.newValue).value(QStringLiteral("override_reason")).toString(),
             QStringLiteral("专家意见"));

    // The first assessment after the edit; then an incremental one after a method change; then
    // a full one: the override holds through each, the inherent level stays as scored.
    AssessOutcome outcome = session->assess({}, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    unit = details(*session, fid);
    QCOMPARE(unit.level, QStringLiteral("low"));
    QCOMPARE(unit.inherentLevel, QStringLiteral("major"));

    QJsonObject set = session->methodSet().toJson();
    QJsonObject correction = set.value(QStringLiteral("control_correction")).toObject();
    correction.insert(QStringLiteral("fair"), 1);
    set.insert(QStringLiteral("control_correction"), correction);
    MethodSet raised;
    QString error;
    QVERIFY2(MethodSet::fromJson(set, raised, &error), qPrintable(error));
    QVERIFY(session->replaceMethodSet(raised, &problem));
    outcome = session->assess({}, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(outcome.incremental);
    QVERIFY(outcome.unitsWritten > 0); // fair-control units went up a level
    QCOMPARE(details(*session, fid).level, QStringLiteral("low"));

    AssessRequest full;
    full.scope = AssessScope::Everything;
    outcome = session->assess(full, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(details(*session, fid).level, QStringLiteral("low"));

    // The report lists the unit with its reason.
    {
      QString error;
      auto store = ProjectStore::open(session->path(), &error);
      QVERIFY2(store, qPrintable(error));
      ReportInput input;
      const Taxonomy taxonomy = store->taxonomy();
      input.taxonomy = &taxonomy;
      input.overriddenUnits = readOverriddenUnits(*store, QStringLiteral("zh"));
      QCOMPARE(input.overriddenUnits.size(), 1);
      QCOMPARE(input.overriddenUnits.first().id, QStringLiteral("RU0001"));
      QCOMPARE(input.overriddenUnits.first().finalLevel, RiskLevel::Low);
      QCOMPARE(input.overriddenUnits.first().inherentLevel, RiskLevel::Major);
      QCOMPARE(input.overriddenUnits.first().overrideReason, QStringLiteral("专家意见"));
      input.majorUnits = readMajorUnits(*store, QStringLiteral("zh"));
      QVERIFY(!input.majorUnits.isEmpty());
      QVERIFY(reportText(input).contains(QStringLiteral("专家意见")));
    }

    // Clearing the override needs no reason; the scored level returns.
    UnitEdit clear;
    clear.fid = fid;
    clear.values.insert(UnitEditFields::levelOverride(), QString());
    QVERIFY2(session->editUnit(clear, &result, &problem), qPrintable(problem.message()));
    QCOMPARE(session->auditLog().last().action, QStringLiteral("clear-override"));
    unit = details(*session, fid);
    QVERIFY(unit.levelOverride.isEmpty());
    QVERIFY(unit.overrideReason.isEmpty());
    outcome = session->assess({}, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(details(*session, fid).level, QStringLiteral("major"));
    QCOMPARE(firstBrokenAuditEntry(session->auditLog()), -1);
  }

  void overrideIsRingedOnTheMapOnly()
  {
    auto session = sample();
    const qint64 fid = fidOf(*session, QStringLiteral("RU0001"));
    UnitEdit edit;
    edit.fid = fid;
    edit.values.insert(UnitEditFields::levelOverride(), QStringLiteral("low"));
    edit.reason = QStringLiteral("专家意见");
    Problem problem;
    QVERIFY2(session->editUnit(edit, nullptr, &problem), qPrintable(problem.message()));
    QVERIFY(session->assess({}, nullptr).ok);

    QgsVectorLayer units(session->path() + QStringLiteral("|layername=units"),
                         QStringLiteral("units"), QStringLiteral("ogr"));
    QVERIFY(units.isValid());
    applyUnitStyle(units, QStringLiteral("en"), LevelPalette());

    // 0.5 m a pixel: a 4.4 mm ring at 96 dpi is about 17 px across, drawn 8 px from the centre,
    // outside the 2.9 mm white halo of every unit.
    const QImage overridden = renderAround(units, QStringLiteral("RU0001"));
    const QImage plain = renderAround(units, QStringLiteral("RU0002"));
    if (qEnvironmentVariableIsSet("RISKATLAS_KEEP_IMAGES"))
    {
      overridden.save(QStringLiteral("/tmp/override-ring.png"));
      plain.save(QStringLiteral("/tmp/override-plain.png"));
    }
    const QPoint centre(100, 100);
    QVERIFY2(qGray(overridden.pixel(centre + QPoint(8, 0))) < 80 ||
                 qGray(overridden.pixel(centre + QPoint(9, 0))) < 80,
             "no ring around the overridden unit");
    QVERIFY(qGray(plain.pixel(centre + QPoint(8, 0))) > 200);
    QVERIFY(qGray(plain.pixel(centre + QPoint(9, 0))) > 200);
    QVERIFY(darkPixels(overridden) > darkPixels(plain) + 20);

    // The legend shows each level's symbol without the ring: no feature, no override.
    for (const QgsLegendSymbolItem &item : units.renderer()->legendSymbolItems())
    {
      std::unique_ptr<QgsSymbol> withoutRing(item.symbol()->clone());
      withoutRing->deleteSymbolLayer(withoutRing->symbolLayerCount() - 1);
      const QImage legend =
          QgsSymbolLayerUtils::symbolPreviewPixmap(item.symbol(), QSize(48, 48), 0).toImage();
      const QImage expected =
          QgsSymbolLayerUtils::symbolPreviewPixmap(withoutRing.get(), QSize(48, 48), 0).toImage();
      QCOMPARE(legend, expected);
    }
  }

  void reversalAppendsAndRestores()
  {
    auto session = sample();
    const qint64 fid = fidOf(*session, QStringLiteral("RU0002"));
    UnitEdit edit;
    edit.fid = fid;
    edit.values.insert(QStringLiteral("severity"), QStringLiteral("4"));
    edit.values.insert(QStringLiteral("control"), QStringLiteral("差"));
    UnitEditResult done;
    Problem problem;
    QVERIFY2(session->editUnit(edit, &done, &problem), qPrintable(problem.message()));
    const int entries = session->auditLog().size();

    UnitEditResult undone;
    QVERIFY2(session->reverseUnitEdit(done.auditSequence, &undone, &problem),
             qPrintable(problem.message()));
    UnitDetails unit = details(*session, fid);
    QCOMPARE(unit.inputs.value(QStringLiteral("severity")), QStringLiteral("1"));
    QCOMPARE(unit.inputs.value(QStringLiteral("control")), QString());
    QList<AuditEntry> log = session->auditLog();
    QCOMPARE(log.size(), entries + 1);
    QCOMPARE(log.last().action, QStringLiteral("undo"));
    QCOMPARE(log.last().reason, QStringLiteral("undo of #%1").arg(done.auditSequence));
    QCOMPARE(json(log.last().newValue).value(QStringLiteral("severity")).toString(),
             QStringLiteral("1"));
    QCOMPARE(log.at(log.size() - 2).sequence, done.auditSequence); // the edit stays

    UnitEditResult redone;
    QVERIFY2(session->reverseUnitEdit(undone.auditSequence, &redone, &problem),
             qPrintable(problem.message()));
    QCOMPARE(details(*session, fid).inputs.value(QStringLiteral("control")), QStringLiteral("差"));
    log = session->auditLog();
    QCOMPARE(log.last().action, QStringLiteral("redo"));
    QCOMPARE(firstBrokenAuditEntry(log), -1);

    // Not an edit of a unit: refused.
    QVERIFY(!session->reverseUnitEdit(1, nullptr, &problem));
    QCOMPARE(problem.kind, ProblemKind::NotInProject);
  }

  void reversalRefusedAfterAnOutsideChange()
  {
    auto session = sample();
    const qint64 fid = fidOf(*session, QStringLiteral("RU0001"));
    UnitEdit edit;
    edit.fid = fid;
    edit.values.insert(QStringLiteral("likelihood"), QStringLiteral("1"));
    UnitEditResult done;
    Problem problem;
    QVERIFY(session->editUnit(edit, &done, &problem));

    // Another program (here the command line's session) changes the unit since.
    {
      auto other = ProjectSession::open(session->path(), &problem);
      QVERIFY(other);
      UnitEdit outside;
      outside.fid = fid;
      outside.values.insert(QStringLiteral("likelihood"), QStringLiteral("2"));
      QVERIFY(other->editUnit(outside, nullptr, &problem));
      QCOMPARE(other->auditLog().last().user, operatingSystemUser());
    }
    const int entries = session->auditLog().size();
    QVERIFY(!session->reverseUnitEdit(done.auditSequence, nullptr, &problem));
    QCOMPARE(problem.kind, ProblemKind::EditConflict);
    QCOMPARE(problem.field, QStringLiteral("likelihood"));
    QVERIFY(problem.message().contains(QStringLiteral("RU0001")));
    QCOMPARE(details(*session, fid).inputs.value(QStringLiteral("likelihood")),
             QStringLiteral("2"));
    QCOMPARE(session->auditLog().size(), entries);

    // An edit expecting values the unit no longer holds is refused alike.
    edit.values.insert(QStringLiteral("likelihood"), QStringLiteral("3"));
    edit.expected = QMap<QString, QString>{{QStringLiteral("likelihood"), QStringLiteral("1")}};
    QVERIFY(!session->editUnit(edit, nullptr, &problem));
    QCOMPARE(problem.kind, ProblemKind::EditConflict);
  }

  void moveIsAnAuditedReversibleEdit()
  {
    auto session = sample();
    const qint64 moved = fidOf(*session, QStringLiteral("RU0001"));
    const qint64 other = fidOf(*session, QStringLiteral("RU0002"));
    auto position = [&](qint64 fid)
    {
      QString error;
      auto store = ProjectStore::open(session->path(), &error);
      OGRFeatureUniquePtr feature(store->unitsLayer()->GetFeature(fid));
      char *wkt = nullptr;
      feature->GetGeometryRef()->exportToWkt(&wkt);
      const QString text = QString::fromUtf8(wkt);
      CPLFree(wkt);
      return text;
    };
    auto region = [&](qint64 fid)
    {
      QString error;
      auto store = ProjectStore::open(session->path(), &error);
      return querySingleValue(
          store->dataset(), QStringLiteral("SELECT region_id FROM units WHERE fid = %1").arg(fid));
    };
    const QString before = position(moved);
    QVERIFY(region(moved) != region(other)); // two districts apart

    // Onto the other unit's position, written as the workbench's map tool writes it.
    const QString target =
        position(other).replace(QStringLiteral("POINT ("), QStringLiteral("POINT("));
    UnitEdit move;
    move.fid = moved;
    move.values.insert(UnitEditFields::position(), target);
    move.reason = QStringLiteral("坐标纠正");
    UnitEditResult done;
    Problem problem;
    QVERIFY2(session->editUnit(move, &done, &problem), qPrintable(problem.message()));
    QCOMPARE(position(moved), position(other));
    const AuditEntry entry = session->auditLog().last();
    QCOMPARE(entry.action, QStringLiteral("move-unit"));
    QCOMPARE(json(entry.oldValue).value(QStringLiteral("geom")).toString(), before);
    QVERIFY2(session->assess({}, nullptr).ok, "assess");
    QCOMPARE(region(moved), region(other));

    QVERIFY2(session->reverseUnitEdit(done.auditSequence, nullptr, &problem),
             qPrintable(problem.message()));
    QCOMPARE(position(moved), before);

    move.values.insert(UnitEditFields::position(), QStringLiteral("LINESTRING (0 0, 1 1)"));
    QVERIFY(!session->editUnit(move, nullptr, &problem));
    QCOMPARE(problem.kind, ProblemKind::Invalid);
    QCOMPARE(problem.field, QStringLiteral("geom"));
    QCOMPARE(firstBrokenAuditEntry(session->auditLog()), -1);
  }

  void olderProjectIsMigratedWithItsChainIntact()
  {
    // A schema-8 project: this one without the columns version 9 added.
    auto session = sample();
    const QString path = session->path();
    const int entries = session->auditLog().size();
    session.reset();
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
    const char *downgrade = "DROP TRIGGER ra_units_update_drops_state;"
                            "ALTER TABLE ra_audit_log DROP COLUMN reason;"
                            "ALTER TABLE units DROP COLUMN level_override;"
                            "ALTER TABLE units DROP COLUMN override_reason;"
                            "UPDATE ra_metadata SET value = '8' WHERE key = 'schema_version';";
    char *message = nullptr;
    const int rc = sqlite3_exec(db, downgrade, nullptr, nullptr, &message);
    const QString error = QString::fromUtf8(message ? message : "");
    sqlite3_free(message);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, qPrintable(error));

    Problem problem;
    session = ProjectSession::open(path, &problem);
    QVERIFY2(session, qPrintable(problem.message()));
    session->setAnalyst(QStringLiteral("李工"));
    QList<AuditEntry> log = session->auditLog();
    QCOMPARE(log.size(), entries + 1);
    QCOMPARE(log.last().action, QStringLiteral("migrate"));
    QCOMPARE(log.last().oldValue, QStringLiteral("8"));
    QCOMPARE(firstBrokenAuditEntry(log), -1);

    const qint64 fid = fidOf(*session, QStringLiteral("RU0001"));
    UnitEdit edit;
    edit.fid = fid;
    edit.values.insert(UnitEditFields::levelOverride(), QStringLiteral("general"));
    edit.reason = QStringLiteral("整改完成");
    QVERIFY2(session->editUnit(edit, nullptr, &problem), qPrintable(problem.message()));
    log = session->auditLog();
    QCOMPARE(firstBrokenAuditEntry(log), -1);
    QCOMPARE(log.last().user, QStringLiteral("李工"));

    // The reason is part of the hash: an entry whose reason was altered no longer verifies.
    log.last().reason = QStringLiteral("无");
    QCOMPARE(firstBrokenAuditEntry(log), log.size() - 1);

    // The migrated project's state watches the override as it watches the inputs.
    const AssessOutcome outcome = session->assess({}, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QCOMPARE(details(*session, fid).level, QStringLiteral("general"));
  }
};

RISKATLAS_QGIS_TEST_MAIN(TestUnitEdits)
#include "test_unitedits.moc"
