#include "unitpass.h"

#include "geopackagesql.h"
#include "inputfields.h"
#include "projectstore.h"
#include "regionlocator.h"
#include "unitbatch.h"
#include "unitresultwriter.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <qgsfeedback.h>
#include <thread>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(ProjectAssessor)
};

QString describeProblem(const QString &unitId, const InputProblem &problem)
{
  return Tr::tr("unit %1: field %2: value \"%3\": allowed %4")
      .arg(unitId, problem.field, problem.value, problem.allowed);
}

QString describeResult(const UnitAssessment &result, const QVariantMap &inputs)
{
  if (!result.scored)
    return Tr::tr("%1: unscored (%2 = \"%3\")")
        .arg(result.methodId, result.problem.field, result.problem.value);
  const QString control = inputs.value(InputFields::control()).toString();
  return Tr::tr("%1 %2, score %3 → %4, control %5")
      .arg(result.methodId, result.methodVersion, QString::number(result.score, 'g', 6),
           levelKey(result.inherentLevel), control.isEmpty() ? Tr::tr("not given") : control);
}
} // namespace

void scoreCombination(const MethodSet &methodSet, ScoredCombination &combination)
{
  combination.result =
      methodSet.assess(combination.category, combination.sector, combination.inputs);
  combination.zone =
      methodSet.influenceZonesEnabled() ? methodSet.influenceDistance(combination.sector) : 0.0;
  combination.method = combination.result.methodId.toUtf8();
  combination.methodVersion = combination.result.methodVersion.toUtf8();
  combination.grade = combination.result.grade.toUtf8();
  combination.inherentLevel = levelKey(combination.result.inherentLevel).toUtf8();
  combination.level = levelKey(combination.result.finalLevel).toUtf8();
  combination.levelZh = levelNameZh(combination.result.finalLevel).toUtf8();
}

QByteArray outcomeSignature(const UnitAssessment &result)
{
  QByteArray signature = result.methodId.toUtf8();
  const QByteArray separator(1, '\x1f');
  signature += separator + (result.scored ? QByteArray::number(result.score, 'g', 17) : "-");
  signature += separator + result.grade.toUtf8();
  signature += separator + levelKey(result.inherentLevel).toUtf8();
  signature += separator + levelKey(result.finalLevel).toUtf8();
  if (!result.scored)
    signature += separator + result.problem.field.toUtf8() + separator +
                 result.problem.value.toUtf8() + separator + result.problem.allowed.toUtf8();
  return signature;
}

QString unscoredNote(const QString &unitId, const UnitAssessment &result)
{
  return describeProblem(unitId, result.problem);
}

bool recordLevelChange(ProjectStore &store, AssessOutcome &outcome, const QString &unitId,
                       const QString &unitName, const QString &previousLevel,
                       const ScoredCombination &scored)
{
  const QString newLevel = levelKey(scored.result.finalLevel);
  if (previousLevel.isEmpty() || previousLevel == levelKey(RiskLevel::None) ||
      previousLevel == newLevel)
    return true;
  outcome.levelChanges.append(
      {unitId, unitName, previousLevel, newLevel, describeResult(scored.result, scored.inputs)});
  return store.appendAudit(QStringLiteral("level"), QStringLiteral("unit %1").arg(unitId),
                           previousLevel, newLevel, &outcome.error);
}

void fillResultRow(UnitWriter::Row &row, qint64 fid, const QByteArray regionTexts[3],
                   const bool regionNulls[3], const ScoredCombination &scored,
                   const QByteArray &note)
{
  const UnitAssessment &result = scored.result;
  row.fid = fid;
  for (int i = 0; i < 3; ++i)
  {
    row.texts[i] = regionTexts[i];
    row.nulls[i] = regionNulls[i];
  }
  row.texts[3] = scored.method;
  row.nulls[3] = result.methodId.isNull();
  row.texts[4] = scored.methodVersion;
  row.nulls[4] = result.methodVersion.isNull();
  row.texts[5] = scored.grade;
  row.nulls[5] = result.grade.isNull();
  row.texts[6] = note;
  row.nulls[6] = note.isNull();
  row.texts[7] = scored.inherentLevel;
  row.texts[8] = scored.level;
  row.texts[9] = scored.levelZh;
  row.nulls[7] = row.nulls[8] = row.nulls[9] = false;
  row.scored = result.scored;
  row.score = result.score;
}

quint32 UnitPass::score(const SqlStatement &row)
{
  mKey.clear();
  const int inputs = InputFields::scoringInputs().size();
  for (int column = Category; column < FirstInput + inputs; ++column)
  {
    if (column >= RegionHint && column < FirstInput)
      continue;
    const SqlStatement::Value value = row.value(column);
    mKey.push_back(value.null ? '\x1e' : '\x1f');
    mKey.append(value.data ? value.data : "", static_cast<size_t>(value.size));
  }
  const auto cached = mCache.find(mKey);
  if (cached != mCache.end())
    return cached->second;
  mCombinations.emplace_back();
  mUnitsByCombination.emplace_back();
  ScoredCombination &combination = mCombinations.back();
  // Null reads as empty text, exactly as the OGR reader gave it.
  combination.category = row.isNull(Category) ? QString() : row.string(Category);
  combination.sector = row.isNull(Sector) ? QString() : row.string(Sector);
  for (int i = 0; i < inputs; ++i)
  {
    const QString value = row.string(FirstInput + i);
    combination.inputs.insert(InputFields::scoringInputs().at(i),
                              value.isNull() ? QString() : value);
  }
  scoreCombination(mMethodSet, combination);
  const auto index = static_cast<quint32>(mCombinations.size() - 1);
  mCache.emplace(mKey, index);
  return index;
}

void UnitPass::read(const SqlStatement &units, quint32 combination, UnitBatch &batch)
{
  batch.rows.emplace_back();
  UnitRow &row = batch.rows.back();
  row.fid = units.integer(Fid);
  row.combination = combination;
  row.scored = &mCombinations[combination];
  row.unitId = batch.copy(units.value(UnitId));
  row.name = batch.copy(units.value(Name));
  row.regionHint = batch.copy(units.value(RegionHint));
  row.shape = batch.copy(units.value(Shape));
  int blobSize = 0;
  const unsigned char *blob = units.blob(Geometry, &blobSize);
  row.isPoint = geoPackagePoint(blob, blobSize, row.x, row.y, nullptr);
  if (!row.isPoint)
    row.geometry = batch.copy(units.value(Geometry));
  row.regionId = batch.copy(units.value(RegionId));
  row.region = batch.copy(units.value(Region));
  row.regionShares = batch.copy(units.value(RegionShares));
  row.method = batch.copy(units.value(Method));
  row.grade = batch.copy(units.value(Grade));
  row.note = batch.copy(units.value(Note));
  row.inherentLevel = batch.copy(units.value(InherentLevel));
  row.level = batch.copy(units.value(Level));
  row.levelZh = batch.copy(units.value(LevelZh));
  row.methodVersionNull = units.isNull(MethodVersion);
  row.scoreNull = units.isNull(Score);
  row.score = row.scoreNull ? 0 : units.real(Score);
}

void UnitPass::place(UnitBatch &batch)
{
  RegionList regions;
  std::vector<quint32> hits;
  QJsonObject shares;
  for (const UnitRow &unit : batch.rows)
  {
    const ScoredCombination &scored = *unit.scored;
    const UnitAssessment &result = scored.result;
    // The id as text only when a message or a record needs it.
    QString unitIdText;
    auto unitId = [&]() -> const QString &
    {
      if (unitIdText.isNull())
        unitIdText = batch.string(unit.unitId);
      return unitIdText;
    };

    // Where the unit is: its point (fast path), its line or area shape, or its region hint.
    std::optional<QgsGeometry> position;
    if (!unit.isPoint && !unit.geometry.null)
    {
      position.emplace();
      double x = 0;
      double y = 0;
      geoPackagePoint(reinterpret_cast<const unsigned char *>(batch.data(unit.geometry)),
                      static_cast<int>(unit.geometry.size), x, y, &*position);
      if (position->isNull())
        position.reset();
    }
    std::optional<QgsGeometry> shape;
    if (!unit.shape.null && unit.shape.size > 0)
    {
      shape = QgsGeometry::fromWkt(batch.string(unit.shape));
      if (shape->isNull())
        shape.reset();
    }
    if (!shares.isEmpty())
      shares = QJsonObject();
    regions.clear();
    if (shape)
    {
      // Line and area units belong to every region they cross, with their length or area share.
      regions = mLocator.regionsTouching(*shape);
      const bool isLine = QgsWkbTypes::geometryType(shape->wkbType()) == QgsWkbTypes::LineGeometry;
      const double whole = isLine ? shape->length() : shape->area();
      for (RegionShape *region : regions)
      {
        const QgsGeometry part = shape->intersection(region->geometry);
        const double share = whole > 0 ? (isLine ? part.length() : part.area()) / whole : 0;
        shares.insert(region->id, std::round(share * 1e4) / 1e4);
      }
      // The unit's own region: the largest share among the most basic kind.
      std::stable_sort(regions.begin(), regions.end(),
                       [&shares](RegionShape *a, RegionShape *b)
                       {
                         if (a->kindRank != b->kindRank)
                           return a->kindRank < b->kindRank;
                         return shares.value(a->id).toDouble() > shares.value(b->id).toDouble();
                       });
    }
    else if (unit.isPoint)
      mLocator.regionsAt(unit.x, unit.y, hits);
    else if (position)
      regions = mLocator.regionsTouching(*position);
    else
      regions = mLocator.regionsNamed(batch.string(unit.regionHint));

    // Every source's reach is kept, scored or not: a later method change may score it.
    if (scored.zone > 0 && (unit.isPoint || position))
    {
      const QgsGeometry source =
          shape ? *shape : (unit.isPoint ? QgsGeometry(new QgsPoint(unit.x, unit.y)) : *position);
      for (RegionShape *reached : mLocator.regionsTouching(source.buffer(scored.zone, 16)))
        reached->influence.push_back({unit.combination, unitId()});
    }
    if (!unit.isPoint || shape)
    {
      hits.clear();
      for (RegionShape *region : regions)
        hits.push_back(region->index);
    }
    for (quint32 region : hits)
      mMemberships.push_back(
          {region,
           {unit.combination,
            shares.isEmpty() ? 1.0 : shares.value(mLocator.shape(region)->id).toDouble()}});
    if (hits.empty())
    {
      ++mOutcome.outsideRegions;
      mOutcome.outside << unitId();
    }

    // The results to store; the row is written only when one of them differs.
    const RegionShape *own = hits.empty() ? nullptr : mLocator.shape(hits.front());
    const QByteArray sharesJson =
        shares.isEmpty() ? QByteArray() : QJsonDocument(shares).toJson(QJsonDocument::Compact);
    QString note;
    if (result.scored)
      ++mOutcome.scored;
    else
    {
      note = unscoredNote(unitId(), result);
      mOutcome.unscored << note;
    }
    const QByteArray noteUtf8 = note.isNull() ? QByteArray() : note.toUtf8();
    // The method version alone does not make a row differ (see outcomeSignature()).
    const bool changed =
        batch.differs(unit.regionId, own ? own->idUtf8 : QByteArray(), !own || own->id.isNull()) ||
        batch.differs(unit.region, own ? own->nameUtf8 : QByteArray(),
                      !own || own->name.isNull()) ||
        batch.differs(unit.regionShares, sharesJson, shares.isEmpty()) ||
        batch.differs(unit.method, scored.method, result.methodId.isNull()) ||
        unit.methodVersionNull != result.methodVersion.isNull() ||
        batch.differs(unit.grade, scored.grade, result.grade.isNull()) ||
        (result.scored ? unit.scoreNull || unit.score != result.score : !unit.scoreNull) ||
        batch.differs(unit.note, noteUtf8, note.isNull()) ||
        batch.differs(unit.inherentLevel, scored.inherentLevel, false) ||
        batch.differs(unit.level, scored.level, false) ||
        batch.differs(unit.levelZh, scored.levelZh, false);
    if (!changed)
      continue;
    if (!unit.level.null && unit.level.size > 0 && batch.differs(unit.level, scored.level, false))
      batch.levelChanges.push_back(
          {unitId(), batch.string(unit.name), batch.string(unit.level), &scored});
    const QByteArray regionTexts[3] = {own ? own->idUtf8 : QByteArray(),
                                       own ? own->nameUtf8 : QByteArray(), sharesJson};
    const bool regionNulls[3] = {!own || own->id.isNull(), !own || own->name.isNull(),
                                 shares.isEmpty()};
    batch.writes.emplace_back();
    fillResultRow(batch.writes.back(), unit.fid, regionTexts, regionNulls, scored, noteUtf8);
  }
}

bool UnitPass::write(UnitBatch &batch, UnitWriter &writer)
{
  for (const PendingLevelChange &change : batch.levelChanges)
  {
    if (!recordLevelChange(mStore, mOutcome, change.unitId, change.name, change.previousLevel,
                           *change.scored))
      return false;
  }
  for (UnitWriter::Row &row : batch.writes)
  {
    writer.next() = std::move(row);
    if (!writer.flushIfFull())
      return fail(Tr::tr("cannot write the units' results: %1").arg(writer.error()));
    ++mOutcome.unitsWritten;
  }
  return true;
}

bool UnitPass::run(sqlite3 *connection)
{
  QByteArray columns = "fid, unit_id, name, category, sector, region_hint, shape, geom, "
                       "region_id, region, region_shares, method, method_version, score, grade, "
                       "inherent_level, level, level_zh, assessment_note";
  for (const QString &input : InputFields::scoringInputs())
    columns += ", \"" + input.toUtf8() + '"';
  SqlStatement count(connection, "SELECT COUNT(*) FROM units");
  if (!count.next())
    return fail(Tr::tr("cannot read the units: %1").arg(count.error()));
  const qint64 total = qMax<qint64>(1, count.integer(0));
  SqlStatement units(connection, "SELECT " + columns + " FROM units ORDER BY fid");
  UnitWriter writer(connection);
  if (!units.isValid() || !writer.isValid())
    return fail(Tr::tr("cannot read the units: %1").arg(units.error()));
  mMemberships.reserve(static_cast<size_t>(total) * 2);
  const ConnectionLock lock(connection);

  // This thread reads, scores and writes (SQLite); a second one places the units in their
  // regions and finds what changed, batch by batch, so both cores work.
  BatchQueue toPlace(4);
  BatchQueue placed(std::numeric_limits<size_t>::max());
  std::thread placing(
      [&]()
      {
        while (UnitBatchPtr batch = toPlace.pop())
        {
          place(*batch);
          placed.push(std::move(batch));
        }
        placed.close();
      });
  auto stop = [&](bool ok)
  {
    toPlace.abort();
    placed.abort();
    placing.join();
    return ok;
  };
  auto writePlaced = [&](bool wait)
  {
    while (UnitBatchPtr batch = wait ? placed.pop() : placed.tryPop())
    {
      if (!write(*batch, writer))
        return false;
    }
    return true;
  };

  constexpr size_t BatchSize = 4096;
  UnitBatchPtr batch = std::make_unique<UnitBatch>();
  while (units.next())
  {
    const quint32 combination = score(units);
    mUnitsByCombination[combination].push_back(units.integer(Fid));
    read(units, combination, *batch);
    ++mOutcome.units;
    if (batch->rows.size() == BatchSize)
    {
      toPlace.push(std::move(batch));
      batch = std::make_unique<UnitBatch>();
      if (!writePlaced(false))
        return stop(false);
    }
    if (mFeedback && (mOutcome.units % 1024 == 0 || mOutcome.units == total))
    {
      mFeedback->setProgress(90.0 * mOutcome.units / total);
      if (mFeedback->isCanceled())
        return stop(fail(Tr::tr("assessment cancelled; the project is unchanged")));
    }
  }
  if (units.failed())
    return stop(fail(Tr::tr("cannot read the units: %1").arg(units.error())));
  toPlace.push(std::move(batch));
  toPlace.close();
  if (!writePlaced(true))
    return stop(false);
  placing.join();
  if (!writer.flush())
    return fail(Tr::tr("cannot write the units' results: %1").arg(writer.error()));
  if (mFeedback && mFeedback->isCanceled())
    return fail(Tr::tr("assessment cancelled; the project is unchanged"));
  return true;
}

} // namespace riskatlas
