// Units the analyst adds on the map or deletes: each one transaction and one audit entry holding
// the unit's whole record; the added unit assessed at once and its regions' levels and counts
// updated without an assessment (the same as a full assessment gives); a deletion restored
// exactly; reversals appended to the history, and refused when they no longer apply.
#include "qgistestmain.h"
#include "sampleproject.h"
#include "workflow/projectsession.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsvectorlayer.h>
#include <sqlite3.h>

using namespace riskatlas;
using namespace riskatlas::test;

class TestUnitPresence : public QObject
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

  //! Rows of \a sql read from the file on a connection of its own, columns joined by '|'.
  static QStringList rows(const QString &path, const QString &sql)
  {
    QStringList result;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
    {
      sqlite3_close(db);
      return {QStringLiteral("cannot open")};
    }
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &statement, nullptr) != SQLITE_OK)
    {
      result << QStringLiteral("bad SQL: %1").arg(QString::fromUtf8(sqlite3_errmsg(db)));
      sqlite3_close(db);
      return result;
    }
    while (sqlite3_step(statement) == SQLITE_ROW)
    {
      QStringList columns;
      for (int i = 0; i < sqlite3_column_count(statement); ++i)
      {
        if (sqlite3_column_type(statement, i) == SQLITE_NULL)
          columns << QStringLiteral("NULL");
        else if (sqlite3_column_type(statement, i) == SQLITE_BLOB)
          columns << QString::fromLatin1(
              QByteArray(static_cast<const char *>(sqlite3_column_blob(statement, i)),
                         sqlite3_column_bytes(statement, i))
                  .toHex());
        else
          columns << QString::fromUtf8(
              reinterpret_cast<const char *>(sqlite3_column_text(statement, i)));
      }
      result << columns.join(QLatin1Char('|'));
    }
    sqlite3_finalize(statement);
    sqlite3_close(db);
    return result;
  }
  static QString value(const QString &path, const QString &sql)
  {
    const QStringList found = rows(path, sql);
    return found.isEmpty() ? QString() : found.first();
  }

  static QString regionsSql()
  {
    return QStringLiteral("SELECT region_id, level, unit_count, count_major, count_significant, "
                          "count_general, count_low, category_levels, raised_by FROM regions "
                          "ORDER BY fid");
  }

  //! The regions and the unit's results as a full assessment of a copy of \a path gives them.
  QStringList fullyAssessed(const QString &path, const QString &unitSql)
  {
    const QString copy = mDir.filePath(QStringLiteral("full%1.gpkg").arg(++mCounter));
    if (!QFile::copy(path, copy))
      return {QStringLiteral("cannot copy")};
    Problem problem;
    auto session = ProjectSession::open(copy, &problem);
    AssessRequest request;
    request.scope = AssessScope::Everything;
    const AssessOutcome outcome = session->assess(request, nullptr);
    if (!outcome.ok)
      return {outcome.error};
    session.reset();
    return rows(copy, regionsSql()) + rows(copy, unitSql);
  }

  //! A unit like RU0001 (a chemical plant: major), at RU0001's place, as \a id.
  UnitCreation like0001(ProjectSession &session, const QString &id)
  {
    const qint64 fid = value(session.path(), QStringLiteral("SELECT fid FROM units WHERE "
                                                            "unit_id = 'RU0001'"))
                           .toLongLong();
    UnitDetails details;
    Problem problem;
    if (!session.unitDetails(fid, details, &problem))
      qWarning("%s", qPrintable(problem.message()));
    UnitCreation unit;
    unit.unitId = id;
    unit.name = QStringLiteral("新建化工厂");
    unit.sector = details.sector;
    unit.inputs = details.inputs;
    // Where RU0001 is.
    unit.position = QStringLiteral("POINT (%1)").arg(mPosition0001);
    return unit;
  }

  QString mPosition0001;

private slots:
  void initTestCase()
  {
    mSample = mDir.filePath(QStringLiteral("sample.gpkg"));
    QVERIFY(makeSampleProject(mSample));
    // RU0001's position, read as QGIS reads the layer.
    QgsVectorLayer layer(mSample + QStringLiteral("|layername=units"), QStringLiteral("units"),
                         QStringLiteral("ogr"));
    QVERIFY(layer.isValid());
    QgsFeature feature;
    QgsFeatureIterator it = layer.getFeatures(
        QgsFeatureRequest().setFilterExpression(QStringLiteral("unit_id = 'RU0001'")));
    QVERIFY(it.nextFeature(feature));
    const QgsPointXY point = feature.geometry().asPoint();
    mPosition0001 = QStringLiteral("%1 %2").arg(point.x(), 0, 'g', 17).arg(point.y(), 0, 'g', 17);
  }

  void addedUnitIsStoredAssessedAndCounted()
  {
    auto session = sample();
    const QString path = session->path();
    const QString region = value(path, QStringLiteral("SELECT region_id FROM units WHERE "
                                                      "unit_id = 'RU0001'"));
    QVERIFY(!region.isEmpty());
    const QString countSql =
        QStringLiteral("SELECT unit_count, count_major FROM regions WHERE region_id = '%1'")
            .arg(region);
    const QStringList before = value(path, countSql).split(QLatin1Char('|'));
    const int auditBefore = session->auditLog().size();

    UnitCreation unit = like0001(*session, QStringLiteral("RU9001"));
    unit.reason = QStringLiteral("现场发现");
    UnitEditResult result;
    Problem problem;
    QVERIFY2(session->addUnit(unit, &result, &problem), qPrintable(problem.message()));
    QVERIFY(result.auditSequence > 0);
    QVERIFY(result.fid > 0);
    QVERIFY(result.regionsUpdated);
    QCOMPARE(result.newValues.value(QStringLiteral("level")), QStringLiteral("major"));

    // Read back from the file: the unit, its level and region, and the region's counts.
    const QString unitSql = QStringLiteral(
        "SELECT unit_id, name, category, sector, region_id, level, level_zh, score, method "
        "FROM units WHERE unit_id = 'RU9001'");
    const QStringList stored = value(path, unitSql).split(QLatin1Char('|'));
    QCOMPARE(stored.value(0), QStringLiteral("RU9001"));
    QCOMPARE(stored.value(1), QStringLiteral("新建化工厂"));
    QCOMPARE(stored.value(2), QStringLiteral("industrial"));
    QCOMPARE(stored.value(4), region);
    QCOMPARE(stored.value(5), QStringLiteral("major"));
    QCOMPARE(stored.value(6), QStringLiteral("重大风险"));
    const QStringList after = value(path, countSql).split(QLatin1Char('|'));
    QCOMPARE(after.value(0).toInt(), before.value(0).toInt() + 1);
    QCOMPARE(after.value(1).toInt(), before.value(1).toInt() + 1);
    // Exactly what a full assessment gives, for every region and the unit.
    QCOMPARE(rows(path, regionsSql()) + rows(path, unitSql), fullyAssessed(path, unitSql));

    // One audit entry: who, what, the new record, why.
    const QList<AuditEntry> log = session->auditLog();
    QCOMPARE(log.size(), auditBefore + 1);
    QCOMPARE(log.last().action, QStringLiteral("add-unit"));
    QCOMPARE(log.last().target, QStringLiteral("unit RU9001"));
    QCOMPARE(log.last().user, QStringLiteral("张工"));
    QCOMPARE(log.last().reason, QStringLiteral("现场发现"));
    QVERIFY(log.last().oldValue.isEmpty());
    const QJsonObject record = QJsonDocument::fromJson(log.last().newValue.toUtf8()).object();
    QCOMPARE(record.value(QStringLiteral("sector")).toString(), unit.sector);
    QCOMPARE(record.value(QStringLiteral("likelihood")).toString(),
             unit.inputs.value(QStringLiteral("likelihood")));

    // The state stays current: the next assessment starts from it and changes nothing.
    const AssessOutcome next = session->assess({}, nullptr);
    QVERIFY2(next.ok, qPrintable(next.error));
    QVERIFY(next.incremental);
    QCOMPARE(next.unitsWritten, 0);
    QCOMPARE(next.regionsWritten, 0);
  }

  void badAdditionsAreRefusedNamingTheField()
  {
    auto session = sample();
    const QString path = session->path();
    const QString unitsBefore = value(path, QStringLiteral("SELECT COUNT(*) FROM units"));
    const int auditBefore = session->auditLog().size();
    const UnitCreation good = like0001(*session, QStringLiteral("RU9002"));
    struct Case
    {
      const char *name;
      UnitCreation unit;
      QString field;
      ProblemKind kind;
    };
    UnitCreation noId = good;
    noId.unitId = QStringLiteral("  ");
    UnitCreation usedId = good;
    usedId.unitId = QStringLiteral("RU0002");
    UnitCreation badSector = good;
    badSector.sector = QStringLiteral("X99");
    UnitCreation badPosition = good;
    badPosition.position = QStringLiteral("LINESTRING (0 0, 1 1)");
    UnitCreation badInput = good;
    badInput.inputs.insert(QStringLiteral("colour"), QStringLiteral("red"));
    const QList<Case> cases{
        {"no id", noId, QStringLiteral("unit_id"), ProblemKind::Invalid},
        {"id in use", usedId, QStringLiteral("unit_id"), ProblemKind::Invalid},
        {"no such sector", badSector, QStringLiteral("sector"), ProblemKind::NotInProject},
        {"not a point", badPosition, QStringLiteral("geom"), ProblemKind::Invalid},
        {"no such input", badInput, QStringLiteral("colour"), ProblemKind::Invalid}};
    for (const Case &c : cases)
    {
      Problem problem;
      QVERIFY2(!session->addUnit(c.unit, nullptr, &problem), c.name);
      QCOMPARE(problem.field, c.field);
      QCOMPARE(problem.kind, c.kind);
      QVERIFY2(!problem.message().isEmpty(), c.name);
    }
    QCOMPARE(value(path, QStringLiteral("SELECT COUNT(*) FROM units")), unitsBefore);
    QCOMPARE(session->auditLog().size(), auditBefore);
  }

  void deletionUpdatesRegionsAndRestoreBringsEveryFieldBack()
  {
    auto session = sample();
    const QString path = session->path();
    const QString everything = QStringLiteral("SELECT * FROM units WHERE unit_id = 'RU0001'");
    const QStringList original = rows(path, everything);
    QCOMPARE(original.size(), 1);
    const QString fid =
        value(path, QStringLiteral("SELECT fid FROM units WHERE unit_id = 'RU0001'"));
    const QString region = value(path, QStringLiteral("SELECT region_id FROM units WHERE "
                                                      "unit_id = 'RU0001'"));
    const QString countSql =
        QStringLiteral("SELECT unit_count, count_major FROM regions WHERE region_id = '%1'")
            .arg(region);
    const QStringList before = value(path, countSql).split(QLatin1Char('|'));
    const QStringList regionsBefore = rows(path, regionsSql());
    const int auditBefore = session->auditLog().size();

    Problem problem;
    QVERIFY(!session->deleteUnit(fid.toLongLong(), QStringLiteral(" "), nullptr, &problem));
    QCOMPARE(problem.kind, ProblemKind::ReasonRequired);
    QCOMPARE(rows(path, everything), original);

    UnitEditResult deleted;
    QVERIFY2(
        session->deleteUnit(fid.toLongLong(), QStringLiteral("企业已搬迁"), &deleted, &problem),
        qPrintable(problem.message()));
    QVERIFY(rows(path, everything).isEmpty());
    const QStringList after = value(path, countSql).split(QLatin1Char('|'));
    QCOMPARE(after.value(0).toInt(), before.value(0).toInt() - 1);
    QCOMPARE(after.value(1).toInt(), before.value(1).toInt() - 1);
    QCOMPARE(rows(path, regionsSql()), fullyAssessed(path, QStringLiteral("SELECT 1 WHERE 0")));

    QList<AuditEntry> log = session->auditLog();
    QCOMPARE(log.size(), auditBefore + 1);
    QCOMPARE(log.last().action, QStringLiteral("delete-unit"));
    QCOMPARE(log.last().reason, QStringLiteral("企业已搬迁"));
    const QJsonObject record = QJsonDocument::fromJson(log.last().oldValue.toUtf8()).object();
    QCOMPARE(
        record.value(QStringLiteral("attributes")).toString().contains(QStringLiteral("西园路6号")),
        true);
    QVERIFY(record.value(QStringLiteral("geom")).toString().startsWith(QStringLiteral("Point")));

    // Undo: restored exactly — same fid, every field, the geometry to the bit.
    QList<UnitEditResult> restored;
    QVERIFY2(session->reverseUnitPresence({deleted.auditSequence}, &restored, &problem),
             qPrintable(problem.message()));
    QCOMPARE(rows(path, everything), original);
    QCOMPARE(rows(path, regionsSql()), regionsBefore);
    log = session->auditLog();
    QCOMPARE(log.size(), auditBefore + 2);
    QCOMPARE(log.last().action, QStringLiteral("restore-unit"));
    QCOMPARE(log.last().reason, QStringLiteral("undo of #%1").arg(deleted.auditSequence));
    QCOMPARE(restored.first().auditSequence, log.last().sequence);

    // Redo deletes it again; its undo restores again: the history only grows.
    QList<UnitEditResult> again;
    QVERIFY2(session->reverseUnitPresence({restored.first().auditSequence}, &again, &problem),
             qPrintable(problem.message()));
    QVERIFY(rows(path, everything).isEmpty());
    log = session->auditLog();
    QCOMPARE(log.last().action, QStringLiteral("delete-unit"));
    QCOMPARE(log.last().reason, QStringLiteral("redo of #%1").arg(restored.first().auditSequence));
    QCOMPARE(log.size(), auditBefore + 3);
    QCOMPARE(value(path, QStringLiteral("SELECT COUNT(*) FROM ra_audit_log")).toInt(), log.size());
  }

  void severalUnitsDeletedInOneStep()
  {
    auto session = sample();
    const QString path = session->path();
    const QStringList fids =
        rows(path, QStringLiteral("SELECT fid FROM units WHERE unit_id IN ('RU0002', 'RU0003', "
                                  "'RU0004') ORDER BY fid"));
    QCOMPARE(fids.size(), 3);
    QList<qint64> list;
    for (const QString &fid : fids)
      list << fid.toLongLong();
    const QStringList regionsBefore = rows(path, regionsSql());
    QList<UnitEditResult> results;
    Problem problem;
    QVERIFY2(session->deleteUnits(list, QStringLiteral("重复录入"), &results, &problem),
             qPrintable(problem.message()));
    QCOMPARE(results.size(), 3);
    QCOMPARE(value(path, QStringLiteral("SELECT COUNT(*) FROM units WHERE unit_id IN ('RU0002', "
                                        "'RU0003', 'RU0004')")),
             QStringLiteral("0"));
    QCOMPARE(rows(path, regionsSql()), fullyAssessed(path, QStringLiteral("SELECT 1 WHERE 0")));
    QList<qint64> sequences;
    for (const UnitEditResult &result : results)
      sequences << result.auditSequence;
    QVERIFY2(session->reverseUnitPresence(sequences, nullptr, &problem),
             qPrintable(problem.message()));
    QCOMPARE(rows(path, QStringLiteral("SELECT fid FROM units WHERE unit_id IN ('RU0002', "
                                       "'RU0003', 'RU0004') ORDER BY fid")),
             fids);
    QCOMPARE(rows(path, regionsSql()), regionsBefore);
  }

  void staleUndoAndRedoAreRefused()
  {
    auto session = sample();
    const QString path = session->path();
    UnitEditResult added;
    Problem problem;
    QVERIFY(session->addUnit(like0001(*session, QStringLiteral("RU9003")), &added, &problem));

    // The added unit is edited since: undoing the addition would lose that edit.
    UnitEdit edit;
    edit.fid = added.fid;
    edit.values.insert(QStringLiteral("likelihood"), QStringLiteral("1"));
    QVERIFY(session->editUnit(edit, nullptr, &problem));
    int auditBefore = session->auditLog().size();
    QVERIFY(!session->reverseUnitPresence({added.auditSequence}, nullptr, &problem));
    QCOMPARE(problem.kind, ProblemKind::EditConflict);
    QCOMPARE(problem.field, QStringLiteral("likelihood"));
    QVERIFY(problem.message().contains(QStringLiteral("RU9003")));
    QCOMPARE(value(path, QStringLiteral("SELECT COUNT(*) FROM units WHERE unit_id = 'RU9003'")),
             QStringLiteral("1"));
    QCOMPARE(session->auditLog().size(), auditBefore);

    // Undone, then the ID is used by a new unit: the redo no longer applies.
    UnitEditResult second;
    QVERIFY(session->addUnit(like0001(*session, QStringLiteral("RU9004")), &second, &problem));
    QList<UnitEditResult> undone;
    QVERIFY2(session->reverseUnitPresence({second.auditSequence}, &undone, &problem),
             qPrintable(problem.message()));
    QCOMPARE(session->auditLog().last().action, QStringLiteral("undo-add-unit"));
    QCOMPARE(value(path, QStringLiteral("SELECT COUNT(*) FROM units WHERE unit_id = 'RU9004'")),
             QStringLiteral("0"));
    UnitCreation other = like0001(*session, QStringLiteral("RU9004"));
    other.name = QStringLiteral("另一家");
    QVERIFY(session->addUnit(other, nullptr, &problem));
    auditBefore = session->auditLog().size();
    QVERIFY(!session->reverseUnitPresence({undone.first().auditSequence}, nullptr, &problem));
    QCOMPARE(problem.kind, ProblemKind::EditConflict);
    QCOMPARE(problem.field, QStringLiteral("unit_id"));
    QVERIFY(problem.message().contains(QStringLiteral("RU9004")));
    QCOMPARE(session->auditLog().size(), auditBefore);
    QCOMPARE(value(path, QStringLiteral("SELECT name FROM units WHERE unit_id = 'RU9004'")),
             QStringLiteral("另一家"));

    // An entry that is not an addition or deletion is refused.
    QVERIFY(!session->reverseUnitPresence({1}, nullptr, &problem));
    QCOMPARE(problem.kind, ProblemKind::NotInProject);
  }
};

RISKATLAS_QGIS_TEST_MAIN(TestUnitPresence)
#include "test_unitpresence.moc"
