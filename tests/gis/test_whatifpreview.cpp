#include "matrixcells.h"
#include "qgistestmain.h"
#include "sampleproject.h"
#include "workflow/regionquery.h"
#include "workflow/whatifpreview.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <qgsfeedback.h>

using namespace riskatlas;

/**
 * The what-if preview must predict exactly what applying a method set then changes: the same
 * units and regions, from the same old levels to the same new ones, without writing anything.
 */
class TestWhatIfPreview : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;
  QString mBase;
  int mCopies = 0;

  QString copy()
  {
    const QString path = mDir.filePath(QStringLiteral("copy%1.gpkg").arg(++mCopies));
    QFile::remove(path);
    return QFile::copy(mBase, path) ? path : QString();
  }

  //! The project's set with the default matrix as a cell table, cell L = 3, S = 3 at \a level.
  static MethodSet withCell(const MethodSet &set, const QString &level)
  {
    QJsonObject json = set.toJson();
    QJsonObject matrix = json.value(QStringLiteral("default")).toObject();
    matrix.remove(QStringLiteral("bands"));
    matrix.insert(QStringLiteral("cells"), test::matrixCells(20, level));
    json.insert(QStringLiteral("default"), matrix);
    MethodSet changed;
    QString error;
    if (!MethodSet::fromJson(json, changed, &error))
      qWarning("%s", qPrintable(error));
    return changed;
  }

  static QHash<qint64, RiskLevel> regionLevels(const QString &path)
  {
    QHash<qint64, RiskLevel> levels;
    QString error;
    auto query = RegionQuery::open(path, &error);
    for (RegionKind kind : regionKinds())
    {
      for (const AssessedRegion &region : query->regions(kind))
        levels.insert(region.fid, region.level);
    }
    return levels;
  }

private slots:
  void initTestCase()
  {
    QVERIFY(mDir.isValid());
    mBase = mDir.filePath(QStringLiteral("base.gpkg"));
    QVERIFY(test::makeSampleProject(mBase));
  }

  void unchangedSetChangesNothing()
  {
    const QString path = copy();
    Problem problem;
    auto session = ProjectSession::open(path, &problem);
    QVERIFY(session);
    const MethodSet current = session->methodSet();
    session.reset();
    auto preview = WhatIfPreview::open(path, &problem);
    QVERIFY(preview);
    const WhatIfResult result = preview->run(current, std::nullopt, nullptr);
    QVERIFY2(result.ok, qPrintable(result.problem.message()));
    QCOMPARE(result.units, 360);
    QVERIFY(result.regions > 0);
    QCOMPARE(result.unitsChanged, 0);
    QCOMPARE(result.regionsChanged, 0);
    QVERIFY(result.unitShifts.isEmpty());
    QVERIFY(result.regionShifts.isEmpty());
    // The same levels as a cell table: still nothing changes.
    const WhatIfResult same =
        preview->run(withCell(current, QStringLiteral("significant")), std::nullopt, nullptr);
    QVERIFY(same.ok);
    QCOMPARE(same.unitsChanged, 0);
  }

  void oneCellPredictsTheAssessment()
  {
    const QString path = copy();
    Problem problem;
    auto session = ProjectSession::open(path, &problem);
    QVERIFY(session);
    const MethodSet candidate = withCell(session->methodSet(), QStringLiteral("general"));
    const QHash<qint64, RiskLevel> regionsBefore = regionLevels(path);

    auto preview = WhatIfPreview::open(path, &problem);
    QVERIFY(preview);
    const WhatIfResult result = preview->run(candidate, std::nullopt, nullptr);
    QVERIFY2(result.ok, qPrintable(result.problem.message()));
    QVERIFY(result.unitsChanged > 0);
    QCOMPARE(result.unitShifts.size(), result.unitsChanged);
    QVERIFY(!result.unitShiftsTruncated);
    // L = 3, S = 3 moves from significant to general (or a control shift of it).
    QVERIFY(result.unitCount(RiskLevel::Significant, RiskLevel::General) > 0);
    QCOMPARE(result.unitCount(RiskLevel::General, RiskLevel::Significant), 0);

    // Nothing was written: the stored levels are those of before.
    QCOMPARE(regionLevels(path), regionsBefore);

    AssessRequest request;
    request.methodSet = candidate;
    const AssessOutcome outcome = session->assess(request, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));
    QVERIFY(outcome.incremental);
    QCOMPARE(static_cast<qint64>(outcome.levelChanges.size()), result.unitsChanged);
    QHash<QString, QPair<QString, QString>> predicted;
    LevelShiftCounts counts{};
    for (const LevelShift &shift : result.unitShifts)
      predicted.insert(shift.id, {levelKey(shift.oldLevel), levelKey(shift.newLevel)});
    for (const LevelChange &change : outcome.levelChanges)
    {
      QVERIFY2(predicted.contains(change.unitId), qPrintable(change.unitId));
      QCOMPARE(predicted.value(change.unitId).first, change.oldLevel);
      QCOMPARE(predicted.value(change.unitId).second, change.newLevel);
      RiskLevel from = RiskLevel::None;
      RiskLevel to = RiskLevel::None;
      QVERIFY(levelFromKey(change.oldLevel, from) && levelFromKey(change.newLevel, to));
      ++counts[static_cast<size_t>(from)][static_cast<size_t>(to)];
    }
    QVERIFY(counts == result.unitCounts);
    for (const LevelShift &shift : result.unitShifts)
      QVERIFY(!shift.name.isEmpty() && shift.fid > 0);

    // The regions that changed level are exactly those predicted.
    const QHash<qint64, RiskLevel> regionsAfter = regionLevels(path);
    qint64 regionsChanged = 0;
    for (auto it = regionsAfter.cbegin(); it != regionsAfter.cend(); ++it)
    {
      if (regionsBefore.value(it.key()) == it.value())
        continue;
      ++regionsChanged;
      const auto shift = std::find_if(result.regionShifts.cbegin(), result.regionShifts.cend(),
                                      [&](const LevelShift &s) { return s.fid == it.key(); });
      QVERIFY(shift != result.regionShifts.cend());
      QCOMPARE(shift->oldLevel, regionsBefore.value(it.key()));
      QCOMPARE(shift->newLevel, it.value());
      QVERIFY(!shift->id.isEmpty());
      QCOMPARE(shift->kind, QStringLiteral("district"));
    }
    QCOMPARE(result.regionsChanged, regionsChanged);

    // The same preview object sees the new commit: the candidate now changes nothing.
    const WhatIfResult after = preview->run(candidate, std::nullopt, nullptr);
    QVERIFY2(after.ok, qPrintable(after.problem.message()));
    QCOMPARE(after.unitsChanged, 0);
    QCOMPARE(after.regionsChanged, 0);
  }

  void overriddenUnitsKeepTheirLevel()
  {
    const QString path = copy();
    Problem problem;
    auto session = ProjectSession::open(path, &problem);
    QVERIFY(session);
    const MethodSet candidate = withCell(session->methodSet(), QStringLiteral("general"));
    auto preview = WhatIfPreview::open(path, &problem);
    QVERIFY(preview);
    const WhatIfResult before = preview->run(candidate, std::nullopt, nullptr);
    QVERIFY2(before.ok, qPrintable(before.problem.message()));
    QVERIFY(!before.unitShifts.isEmpty());
    const LevelShift shifted = before.unitShifts.first();

    // An expert holds that unit at its current level: the candidate cannot move it any more.
    UnitEdit edit;
    edit.fid = shifted.fid;
    edit.values.insert(UnitEditFields::levelOverride(), levelKey(shifted.oldLevel));
    edit.reason = QStringLiteral("专家评审意见");
    QVERIFY2(session->editUnit(edit, nullptr, &problem), qPrintable(problem.message()));
    const AssessOutcome outcome = session->assess({}, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.error));

    const WhatIfResult after = preview->run(candidate, std::nullopt, nullptr);
    QVERIFY2(after.ok, qPrintable(after.problem.message()));
    QCOMPARE(after.unitsChanged, before.unitsChanged - 1);
    QVERIFY(std::none_of(after.unitShifts.cbegin(), after.unitShifts.cend(),
                         [&](const LevelShift &shift) { return shift.fid == shifted.fid; }));
    QCOMPARE(after.unitCount(shifted.oldLevel, shifted.newLevel),
             before.unitCount(shifted.oldLevel, shifted.newLevel) - 1);
  }

  void listLimitKeepsCounts()
  {
    const QString path = copy();
    Problem problem;
    auto session = ProjectSession::open(path, &problem);
    const MethodSet candidate = withCell(session->methodSet(), QStringLiteral("general"));
    auto preview = WhatIfPreview::open(path, &problem);
    const WhatIfResult all = preview->run(candidate, std::nullopt, nullptr);
    QVERIFY(all.unitsChanged > 1);
    const WhatIfResult one = preview->run(candidate, std::nullopt, nullptr, 1);
    QCOMPARE(one.unitsChanged, all.unitsChanged);
    QCOMPARE(one.unitShifts.size(), 1);
    QVERIFY(one.unitShiftsTruncated);
    QCOMPARE(one.unitShifts.first().fid, all.unitShifts.first().fid);
  }

  void staleStateIsSaidSo()
  {
    const QString path = mDir.filePath(QStringLiteral("unassessed.gpkg"));
    QVERIFY(test::makeSampleProject(path, false));
    Problem problem;
    auto preview = WhatIfPreview::open(path, &problem);
    QVERIFY(preview);
    const WhatIfResult result = preview->run(MethodSet::defaultSet(), std::nullopt, nullptr);
    QVERIFY(!result.ok);
    QCOMPARE(result.problem.kind, ProblemKind::StaleAssessState);
    QVERIFY(!result.problem.reason.isEmpty());

    // Another influence-zone setting cannot be previewed from the stored state either.
    const QString assessed = copy();
    auto onAssessed = WhatIfPreview::open(assessed, &problem);
    QJsonObject json = MethodSet::defaultSet().toJson();
    json.insert(
        QStringLiteral("influence_zones"),
        QJsonObject{{QStringLiteral("enabled"), true},
                    {QStringLiteral("sectors"), QJsonObject{{QStringLiteral("I01"), 600}}}});
    MethodSet zones;
    QString error;
    QVERIFY2(MethodSet::fromJson(json, zones, &error), qPrintable(error));
    const WhatIfResult zoned = onAssessed->run(zones, std::nullopt, nullptr);
    QCOMPARE(zoned.problem.kind, ProblemKind::StaleAssessState);
  }

  void cancelled()
  {
    const QString path = copy();
    Problem problem;
    auto preview = WhatIfPreview::open(path, &problem);
    QgsFeedback feedback;
    feedback.cancel();
    const WhatIfResult result = preview->run(MethodSet::defaultSet(), std::nullopt, &feedback);
    QVERIFY(!result.ok);
    QCOMPARE(result.problem.kind, ProblemKind::Cancelled);
  }
};

RISKATLAS_QGIS_TEST_MAIN(TestWhatIfPreview)
#include "test_whatifpreview.moc"
