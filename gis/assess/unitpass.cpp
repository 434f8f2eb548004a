#include "assess/unitpass.h"

#include "assess/hazardeffect.h"
#include "assess/regionlocator.h"
#include "assess/unitbatch.h"
#include "assess/unitresultwriter.h"
#include "inputfields.h"
#include "store/projectstore.h"
#include "support/geopackagesql.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <limits>
#include <optional>
#include <qgsfeedback.h>
#include <sqlite3.h>
#include <thread>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(ProjectAssessor)
};

//! Turns a connection's busy timeout off for a scope, then restores it.
class BusyTimeoutOff
{
public:
  explicit BusyTimeoutOff(sqlite3 *connection) : mConnection(connection)
  {
    SqlStatement timeout(connection, "PRAGMA busy_timeout");
    mMilliseconds = timeout.next() ? static_cast<int>(timeout.integer(0)) : 0;
    sqlite3_busy_timeout(connection, 0);
  }
  ~BusyTimeoutOff() { sqlite3_busy_timeout(mConnection, mMilliseconds); }
  BusyTimeoutOff(const BusyTimeoutOff &) = delete;
  BusyTimeoutOff &operator=(const BusyTimeoutOff &) = delete;

private:
  sqlite3 *mConnection;
  int mMilliseconds = 0;
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
  const QString description =
      Tr::tr("%1 %2, score %3 → %4, control %5")
          .arg(result.methodId, result.methodVersion, QString::number(result.score, 'g', 6),
               levelKey(result.inherentLevel), control.isEmpty() ? Tr::tr("not given") : control);
  const QString hazards = inputs.value(hiddenDangersInput()).toString();
  return hazards.isEmpty() ? description
                           : Tr::tr("%1 by open hidden dangers %2").arg(description, hazards);
}
} // namespace

void scoreCombination(const MethodSet &methodSet, ScoredCombination &combination)
{
  combination.result =
      methodSet.assess(combination.category, combination.sector, combination.inputs);
  // An analyst's override replaces the final level; the score and inherent level stay as scored.
  RiskLevel override = RiskLevel::None;
  if (levelFromKey(combination.inputs.value(levelOverrideInput()).toString(), override) &&
      override != RiskLevel::None)
    combination.result.finalLevel = override;
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
  // The override column follows the inputs: it is part of what a combination is.
  for (int column = Category; column <= FirstInput + inputs; ++column)
  {
    if (column >= RegionHint && column < FirstInput)
      continue;
    const SqlStatement::Value value = row.value(column);
    mKey.push_back(value.null ? '\x1e' : '\x1f');
    mKey.append(value.data ? value.data : "", static_cast<size_t>(value.size));
  }
  // Units the hidden-danger rule reaches are combinations of their own (few of them).
  const QStringList hazards = mHazards ? mHazards->hazardsOf(row.integer(Fid)) : QStringList();
  if (!hazards.isEmpty())
  {
    mKey.push_back('\x1d');
    mKey.append(hazards.join(QLatin1Char(',')).toStdString());
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
  // Only a set override enters the inputs, so states stored before overrides existed match.
  const QString override =
      row.isNull(FirstInput + inputs) ? QString() : row.string(FirstInput + inputs);
  if (!override.isEmpty())
    combination.inputs.insert(levelOverrideInput(), override);
  if (!hazards.isEmpty())
  {
    combination.inputs.insert(InputFields::control(), QStringLiteral("差"));
    combination.inputs.insert(hiddenDangersInput(), hazards.join(QLatin1Char(',')));
  }
  scoreCombination(mMethodSet, combination);
  const auto index = static_cast<quint32>(mCombinations.size() - 1);
  mCache.emplace(mKey, index);
  return index;
}

void UnitPass::place(const SqlStatement &units, quint32 combinationIndex, UnitBatch &batch)
{
  const ScoredCombination &scored = mCombinations[combinationIndex];
  const UnitAssessment &result = scored.result;
  // The id as text only when a message or a record needs it.
  QString unitIdText;
  auto unitId = [&]() -> const QString &
  {
    if (unitIdText.isNull())
      unitIdText = units.string(UnitId);
    return unitIdText;
  };

  // Where the unit is: its point (fast path), its line or area shape, or its region hint.
  int blobSize = 0;
  const unsigned char *blob = units.blob(Geometry, &blobSize);
  double x = 0;
  double y = 0;
  const bool isPoint = geoPackagePoint(blob, blobSize, x, y, nullptr);
  std::optional<QgsGeometry> position;
  if (!isPoint && blob)
  {
    position.emplace();
    geoPackagePoint(blob, blobSize, x, y, &*position);
    if (position->isNull())
      position.reset();
  }
  std::optional<QgsGeometry> shape;
  if (!units.isNull(Shape))
  {
    const QString shapeWkt = units.string(Shape);
    if (!shapeWkt.isEmpty())
    {
      shape = QgsGeometry::fromWkt(shapeWkt);
      if (shape->isNull())
        shape.reset();
    }
  }
  QJsonObject shares;
  RegionList regions;
  std::vector<quint32> &hits = mHits;
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
  else if (isPoint)
    mLocator.regionsAt(x, y, hits);
  else if (position)
    regions = mLocator.regionsTouching(*position);
  else
    regions =
        mLocator.regionsNamed(units.isNull(RegionHint) ? QString() : units.string(RegionHint));

  // Every source's reach is kept, scored or not: a later method change may score it.
  if (scored.zone > 0 && (isPoint || position))
  {
    const QgsGeometry source =
        shape ? *shape : (isPoint ? QgsGeometry(new QgsPoint(x, y)) : *position);
    for (RegionShape *reached : mLocator.regionsTouching(source.buffer(scored.zone, 16)))
      reached->influence.push_back({combinationIndex, unitId()});
  }
  if (!isPoint || shape)
  {
    hits.clear();
    for (RegionShape *region : regions)
      hits.push_back(region->index);
  }
  for (quint32 region : hits)
    mMemberships.push_back(
        {region,
         {combinationIndex,
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
      differs(units, RegionId, own ? own->idUtf8 : QByteArray(), !own || own->id.isNull()) ||
      differs(units, Region, own ? own->nameUtf8 : QByteArray(), !own || own->name.isNull()) ||
      differs(units, RegionShares, sharesJson, shares.isEmpty()) ||
      differs(units, Method, scored.method, result.methodId.isNull()) ||
      units.isNull(MethodVersion) != result.methodVersion.isNull() ||
      differs(units, Grade, scored.grade, result.grade.isNull()) ||
      (result.scored ? units.isNull(Score) || units.real(Score) != result.score
                     : !units.isNull(Score)) ||
      differs(units, Note, noteUtf8, note.isNull()) ||
      differs(units, InherentLevel, scored.inherentLevel, false) ||
      differs(units, Level, scored.level, false) || differs(units, LevelZh, scored.levelZh, false);
  if (!changed)
    return;
  // A level change is audited when the unit had a level before (not on its first assessment).
  static const QByteArray none = levelKey(RiskLevel::None).toUtf8();
  if (!units.isNull(Level) && units.value(Level).size > 0 && differs(units, Level, none, false) &&
      differs(units, Level, scored.level, false))
    batch.levelChanges.push_back({unitId(), units.string(Name), units.string(Level), &scored});
  const QByteArray regionTexts[3] = {own ? own->idUtf8 : QByteArray(),
                                     own ? own->nameUtf8 : QByteArray(), sharesJson};
  const bool regionNulls[3] = {!own || own->id.isNull(), !own || own->name.isNull(),
                               shares.isEmpty()};
  batch.writes.emplace_back();
  fillResultRow(batch.writes.back(), units.integer(Fid), regionTexts, regionNulls, scored,
                noteUtf8);
}

bool UnitPass::write(const UnitBatch &batch, UnitWriter &writer)
{
  for (const PendingLevelChange &change : batch.levelChanges)
  {
    if (!recordLevelChange(mStore, mOutcome, change.unitId, change.name, change.previousLevel,
                           *change.scored))
      return false;
  }
  // Bound in place: the batch's rows are released by the placing thread when it reuses it.
  if (!writer.write(batch.writes))
    return fail(Tr::tr("cannot write the units' results: %1").arg(writer.error()));
  mOutcome.unitsWritten += static_cast<int>(batch.writes.size());
  return true;
}

bool UnitPass::readAndPlace(sqlite3 *reading, BatchQueue &placed, BatchQueue &spent,
                            const std::atomic<bool> &stop, QString &error)
{
  QByteArray columns = "fid, unit_id, name, category, sector, region_hint, shape, geom, "
                       "region_id, region, region_shares, method, method_version, score, grade, "
                       "inherent_level, level, level_zh, assessment_note";
  for (const QString &input : InputFields::scoringInputs())
    columns += ", \"" + input.toUtf8() + '"';
  columns += ", level_override";
  SqlStatement units(reading, "SELECT " + columns + " FROM units ORDER BY fid");
  if (!units.isValid())
  {
    error = units.error();
    return false;
  }
  constexpr size_t BatchSize = 4096;
  UnitBatchPtr batch = std::make_unique<UnitBatch>();
  while (!stop && units.next())
  {
    const quint32 combination = score(units);
    mUnitsByCombination[combination].push_back(units.integer(Fid));
    place(units, combination, *batch);
    ++mOutcome.units;
    if (++batch->units == BatchSize)
    {
      placed.push(std::move(batch));
      // Reuse a written batch: its rows are released here, not in the busier writing thread.
      batch = spent.tryPop();
      if (batch)
      {
        batch->units = 0;
        batch->writes.clear();
        batch->levelChanges.clear();
      }
      else
        batch = std::make_unique<UnitBatch>();
    }
  }
  if (units.failed())
  {
    error = units.error();
    return false;
  }
  placed.push(std::move(batch));
  return true;
}

bool UnitPass::run(sqlite3 *connection, const std::function<void(sqlite3 *)> &afterReading)
{
  SqlStatement count(connection, "SELECT COUNT(*) FROM units");
  if (!count.next())
    return fail(Tr::tr("cannot read the units: %1").arg(count.error()));
  const qint64 total = qMax<qint64>(1, count.integer(0));
  count.reset();
  UnitWriter writer(connection);
  if (!writer.isValid())
    return fail(Tr::tr("cannot write the units' results: %1").arg(writer.error()));
  // A second, read-only connection reads the units as they were before this transaction while
  // this one writes (SQLite lets a reader go on while a writer holds its reserved lock).
  sqlite3 *reading = nullptr;
  if (sqlite3_open_v2(mStore.path().toUtf8().constData(), &reading,
                      SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK)
  {
    const QString message = QString::fromUtf8(sqlite3_errmsg(reading));
    sqlite3_close(reading);
    return fail(Tr::tr("cannot read the units: %1").arg(message));
  }
  const std::unique_ptr<sqlite3, int (*)(sqlite3 *)> closeReading(reading, sqlite3_close);
  mMemberships.reserve(static_cast<size_t>(total) * 2);
  // While the reader holds its shared lock this connection cannot spill its page cache into
  // the file; without a busy wait SQLite keeps the pages in memory instead of waiting for it.
  const BusyTimeoutOff noBusyWait(connection);
  const ConnectionLock lock(connection);

  // The placing thread reads, scores, places and compares; this one audits and writes, so both
  // cores work. The queue is deep (up to 512k units' rows): the reader may run well ahead and
  // end its read transaction early, after which this connection spills its pages into the file
  // as it goes instead of all at the commit (1M units: 0.7 s less). Still bounded in memory.
  BatchQueue placed(128);
  BatchQueue spent(std::numeric_limits<size_t>::max());
  std::atomic<bool> stop{false};
  QString readError;
  bool readOk = true;
  std::thread placing(
      [&]()
      {
        // One read transaction for the units and afterReading: the data stays as it was before
        // this run's writes (which stay in the writer's cache while the reader holds its lock).
        sqlite3_exec(reading, "BEGIN", nullptr, nullptr, nullptr);
        readOk = readAndPlace(reading, placed, spent, stop, readError);
        if (readOk && afterReading && !stop)
          afterReading(reading);
        sqlite3_exec(reading, "END", nullptr, nullptr, nullptr);
        placed.close();
      });
  auto finish = [&](bool ok)
  {
    stop = true;
    placed.abort();
    placing.join();
    return ok;
  };
  qint64 done = 0;
  while (UnitBatchPtr batch = placed.pop())
  {
    if (!write(*batch, writer))
      return finish(false);
    done += static_cast<qint64>(batch->units);
    spent.push(std::move(batch));
    if (mFeedback)
    {
      mFeedback->setProgress(90.0 * static_cast<double>(done) / static_cast<double>(total));
      if (mFeedback->isCanceled())
        return finish(
            fail(Tr::tr("assessment cancelled; the project is unchanged"), ProblemKind::Cancelled));
    }
  }
  placing.join();
  if (!readOk)
    return fail(Tr::tr("cannot read the units: %1").arg(readError));
  if (!writer.flush())
    return fail(Tr::tr("cannot write the units' results: %1").arg(writer.error()));
  return true;
}

} // namespace riskatlas
