#include "assess/assessstate.h"

#include "assess/unitpass.h"
#include "inputfields.h"
#include "methodset.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "support/geopackagesql.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>
#include <cstring>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(ProjectAssessor)
};

constexpr int TokenFormat = 1;
constexpr int TallyEntrySize = 16; // combination (u32), count (u32), share (f64), little-endian

QByteArray encodeTally(const std::vector<TallyEntry> &entries)
{
  QByteArray bytes(static_cast<int>(entries.size()) * TallyEntrySize, Qt::Uninitialized);
  char *out = bytes.data();
  for (const TallyEntry &entry : entries)
  {
    quint64 shareBits = 0;
    std::memcpy(&shareBits, &entry.share, sizeof shareBits);
    qToLittleEndian<quint32>(entry.combination, out);
    qToLittleEndian<quint32>(entry.count, out + 4);
    qToLittleEndian<quint64>(shareBits, out + 8);
    out += TallyEntrySize;
  }
  return bytes;
}

void decodeTally(const unsigned char *data, int size, std::vector<TallyEntry> &entries)
{
  entries.resize(static_cast<size_t>(size / TallyEntrySize));
  for (TallyEntry &entry : entries)
  {
    entry.combination = qFromLittleEndian<quint32>(data);
    entry.count = qFromLittleEndian<quint32>(data + 4);
    const quint64 shareBits = qFromLittleEndian<quint64>(data + 8);
    std::memcpy(&entry.share, &shareBits, sizeof shareBits);
    data += TallyEntrySize;
  }
}

QByteArray encodeUnits(const std::vector<qint64> &fids)
{
  QByteArray bytes(static_cast<int>(fids.size() * sizeof(qint64)), Qt::Uninitialized);
  char *out = bytes.data();
  for (qint64 fid : fids)
  {
    qToLittleEndian<qint64>(fid, out);
    out += sizeof(qint64);
  }
  return bytes;
}

QByteArray encodeInfluence(const std::vector<InfluenceSource> &sources)
{
  if (sources.empty())
    return QByteArray();
  QJsonArray array;
  for (const InfluenceSource &source : sources)
    array.append(QJsonArray{static_cast<qint64>(source.combination), source.unitId});
  return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

void decodeInfluence(const QString &json, std::vector<InfluenceSource> &sources)
{
  sources.clear();
  const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
  for (const QJsonValue &value : array)
  {
    const QJsonArray pair = value.toArray();
    sources.push_back({static_cast<quint32>(pair.at(0).toDouble()), pair.at(1).toString()});
  }
}

QByteArray encodeInputs(const QVariantMap &inputs)
{
  QJsonObject object;
  for (auto it = inputs.cbegin(); it != inputs.cend(); ++it)
  {
    const QString value = it.value().toString();
    object.insert(it.key(), value.isNull() ? QJsonValue() : QJsonValue(value));
  }
  return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QVariantMap decodeInputs(const QByteArray &json)
{
  QVariantMap inputs;
  const QJsonObject object = QJsonDocument::fromJson(json).object();
  for (auto it = object.constBegin(); it != object.constEnd(); ++it)
    inputs.insert(it.key(), it.value().isNull() ? QString() : it.value().toString());
  return inputs;
}

bool fail(QString *error, const QString &what, const SqlStatement &statement)
{
  if (error)
    *error = Tr::tr("%1: %2").arg(what, statement.error());
  return false;
}
} // namespace

QString AssessState::token(const MethodSet &methodSet)
{
  // The release is part of it: a new one may place or aggregate differently.
  const QJsonObject token{{QStringLiteral("format"), TokenFormat},
                          {QStringLiteral("riskatlas"), QStringLiteral(RISKATLAS_VERSION)},
                          {QStringLiteral("influence_zones"), methodSet.influenceZonesJson()}};
  return QString::fromUtf8(QJsonDocument(token).toJson(QJsonDocument::Compact));
}

bool AssessState::isCurrent(const ProjectStore &store, const QString &token)
{
  return store.metadata(ProjectSchema::assessStateKey()) == token;
}

bool AssessState::unitCategories(ProjectStore &store, QSet<QString> &categories)
{
  if (store.metadata(ProjectSchema::assessStateKey()).isEmpty())
    return false;
  SqlStatement rows(geoPackageConnection(store.dataset()),
                    QByteArray("SELECT DISTINCT category FROM ") +
                        ProjectSchema::assessCombinationsTable());
  QSet<QString> found;
  while (rows.next())
    found.insert(rows.isNull(0) ? QString() : rows.string(0));
  if (rows.failed() || !rows.isValid())
    return false;
  categories = found;
  return true;
}

QStringList AssessState::outsideUnits(const ProjectStore &store)
{
  QStringList ids;
  const QJsonArray array =
      QJsonDocument::fromJson(store.metadata(ProjectSchema::assessOutsideKey()).toUtf8()).array();
  for (const QJsonValue &value : array)
    ids << value.toString();
  return ids;
}

bool AssessState::readRegions(sqlite3 *connection, bool withTallies,
                              std::vector<RegionTally> &regions, QString *error)
{
  regions.clear();
  SqlStatement stored(connection, "SELECT fid, name, level, level_zh, unit_count, count_major, "
                                  "count_significant, count_general, count_low, aggregate_index, "
                                  "category_levels, raised_by FROM regions ORDER BY fid");
  while (stored.next())
  {
    RegionTally region;
    region.fid = stored.integer(0);
    region.name = stored.string(1);
    StoredRegionResult &result = region.stored;
    result.level = stored.string(2);
    result.levelZh = stored.string(3);
    result.unitCount = stored.isNull(4) ? -1 : stored.integer(4);
    for (int i = 0; i < 4; ++i)
      result.counts[i] = stored.isNull(5 + i) ? -1 : stored.integer(5 + i);
    result.hasIndex = !stored.isNull(9);
    result.index = result.hasIndex ? stored.real(9) : 0;
    result.categoryLevels = stored.string(10);
    result.raisedBy = stored.string(11);
    regions.push_back(std::move(region));
  }
  if (stored.failed() || !stored.isValid())
    return fail(error, Tr::tr("cannot read the regions"), stored);
  if (!withTallies)
    return true;

  SqlStatement tallies(connection, QByteArray("SELECT fid, tally, influence, area_km2 FROM ") +
                                       ProjectSchema::assessRegionsTable() + " ORDER BY fid");
  // Only the regions the last full pass tallied (those with an outline) are aggregated.
  std::vector<RegionTally> tallied;
  size_t next = 0;
  while (tallies.next())
  {
    const qint64 fid = tallies.integer(0);
    while (next < regions.size() && regions[next].fid < fid)
      ++next;
    if (next == regions.size() || regions[next].fid != fid)
      continue; // a region deleted without the triggers (the state is dropped then anyway)
    tallied.push_back(std::move(regions[next]));
    RegionTally &region = tallied.back();
    int size = 0;
    const unsigned char *blob = tallies.blob(1, &size);
    decodeTally(blob, size, region.entries);
    if (!tallies.isNull(2))
      decodeInfluence(tallies.string(2), region.influence);
    region.areaKm2 = tallies.isNull(3) ? -1 : tallies.real(3);
  }
  if (tallies.failed() || !tallies.isValid())
    return fail(error, Tr::tr("cannot read the regions' tallies"), tallies);
  regions = std::move(tallied);
  return true;
}

bool AssessState::readCombinations(sqlite3 *connection,
                                   std::vector<StoredCombination> &combinations, QString *error)
{
  combinations.clear();
  SqlStatement rows(connection,
                    QByteArray("SELECT id, category, sector, inputs, outcome, units FROM ") +
                        ProjectSchema::assessCombinationsTable() + " ORDER BY id");
  while (rows.next())
  {
    if (rows.integer(0) != static_cast<qint64>(combinations.size()))
    {
      if (error)
        *error = Tr::tr("the stored assessment state is damaged");
      return false;
    }
    StoredCombination combination;
    combination.category = rows.isNull(1) ? QString() : rows.string(1);
    combination.sector = rows.isNull(2) ? QString() : rows.string(2);
    int size = 0;
    const char *inputs = rows.text(3, &size);
    combination.inputs = decodeInputs(QByteArray(inputs, size));
    const unsigned char *outcome = rows.blob(4, &size);
    combination.outcome = QByteArray(reinterpret_cast<const char *>(outcome), size);
    const unsigned char *units = rows.blob(5, &size);
    combination.units.resize(static_cast<size_t>(size) / sizeof(qint64));
    for (size_t i = 0; i < combination.units.size(); ++i)
      combination.units[i] = qFromLittleEndian<qint64>(units + i * sizeof(qint64));
    combinations.push_back(std::move(combination));
  }
  if (rows.failed() || !rows.isValid())
    return fail(error, Tr::tr("cannot read the stored assessment state"), rows);
  return true;
}

bool AssessState::save(ProjectStore &store, sqlite3 *connection, const QString &token,
                       const std::deque<ScoredCombination> &combinations,
                       const std::vector<std::vector<qint64>> &unitsByCombination,
                       const std::vector<RegionTally> &regions, const QStringList &outside,
                       QString *error)
{
  const QByteArray combinationsTable = ProjectSchema::assessCombinationsTable();
  const QByteArray regionsTable = ProjectSchema::assessRegionsTable();
  SqlStatement clearCombinations(connection, "DELETE FROM " + combinationsTable);
  SqlStatement clearRegions(connection, "DELETE FROM " + regionsTable);
  if (!clearCombinations.execute())
    return fail(error, Tr::tr("cannot store the assessment state"), clearCombinations);
  if (!clearRegions.execute())
    return fail(error, Tr::tr("cannot store the assessment state"), clearRegions);

  SqlStatement insertCombination(connection, "INSERT INTO " + combinationsTable +
                                                 " (id, category, sector, inputs, outcome, units) "
                                                 "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  for (size_t i = 0; i < combinations.size(); ++i)
  {
    const ScoredCombination &combination = combinations[i];
    const QByteArray inputs = encodeInputs(combination.inputs);
    const QByteArray outcome = outcomeSignature(combination.result);
    const QByteArray units = encodeUnits(unitsByCombination[i]);
    insertCombination.bind(1, static_cast<qint64>(i));
    insertCombination.bind(2, combination.category);
    insertCombination.bind(3, combination.sector);
    insertCombination.bindUtf8(4, inputs);
    insertCombination.bindBlob(5, outcome);
    insertCombination.bindBlob(6, units);
    if (!insertCombination.execute())
      return fail(error, Tr::tr("cannot store the assessment state"), insertCombination);
  }

  SqlStatement insertRegion(connection, "INSERT INTO " + regionsTable +
                                            " (fid, tally, influence, area_km2) "
                                            "VALUES (?1, ?2, ?3, ?4)");
  for (const RegionTally &region : regions)
  {
    const QByteArray tally = encodeTally(region.entries);
    const QByteArray influence = encodeInfluence(region.influence);
    insertRegion.bind(1, region.fid);
    insertRegion.bindBlob(2, tally);
    insertRegion.bindUtf8(3, influence, influence.isNull());
    if (region.areaKm2 >= 0)
      insertRegion.bind(4, region.areaKm2);
    else
      insertRegion.bindNull(4);
    if (!insertRegion.execute())
      return fail(error, Tr::tr("cannot store the assessment state"), insertRegion);
  }
  return store.setMetadata(
             ProjectSchema::assessOutsideKey(),
             QString::fromUtf8(
                 QJsonDocument(QJsonArray::fromStringList(outside)).toJson(QJsonDocument::Compact)),
             error) &&
         store.setMetadata(ProjectSchema::assessStateKey(), token, error);
}

bool AssessState::update(sqlite3 *connection, const std::deque<ScoredCombination> &combinations,
                         const std::vector<quint32> &changed, QString *error)
{
  SqlStatement updateCombination(connection, QByteArray("UPDATE ") +
                                                 ProjectSchema::assessCombinationsTable() +
                                                 " SET outcome = ?1 WHERE id = ?2");
  for (quint32 index : changed)
  {
    const QByteArray outcome = outcomeSignature(combinations[index].result);
    updateCombination.bindBlob(1, outcome);
    updateCombination.bind(2, static_cast<qint64>(index));
    if (!updateCombination.execute())
      return fail(error, Tr::tr("cannot store the assessment state"), updateCombination);
  }
  return true;
}

bool AssessState::writeCombination(sqlite3 *connection, quint32 id,
                                   const StoredCombination &combination, QString *error)
{
  SqlStatement write(connection, QByteArray("INSERT OR REPLACE INTO ") +
                                     ProjectSchema::assessCombinationsTable() +
                                     " (id, category, sector, inputs, outcome, units) "
                                     "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
  const QByteArray inputs = encodeInputs(combination.inputs);
  const QByteArray units = encodeUnits(combination.units);
  write.bind(1, static_cast<qint64>(id));
  write.bind(2, combination.category);
  write.bind(3, combination.sector);
  write.bindUtf8(4, inputs);
  write.bindBlob(5, combination.outcome);
  write.bindBlob(6, units);
  if (!write.execute())
    return fail(error, Tr::tr("cannot store the assessment state"), write);
  return true;
}

bool AssessState::writeRegionTally(sqlite3 *connection, const RegionTally &region, QString *error)
{
  SqlStatement write(connection, QByteArray("UPDATE ") + ProjectSchema::assessRegionsTable() +
                                     " SET tally = ?1, influence = ?2 WHERE fid = ?3");
  const QByteArray tally = encodeTally(region.entries);
  const QByteArray influence = encodeInfluence(region.influence);
  write.bindBlob(1, tally);
  write.bindUtf8(2, influence, influence.isNull());
  write.bind(3, region.fid);
  if (!write.execute())
    return fail(error, Tr::tr("cannot store the assessment state"), write);
  return true;
}

bool AssessState::setOutsideUnits(ProjectStore &store, const QStringList &ids, QString *error)
{
  return store.setMetadata(
      ProjectSchema::assessOutsideKey(),
      QString::fromUtf8(
          QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact)),
      error);
}

} // namespace riskatlas
