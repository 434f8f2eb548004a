#include "compositeindex.h"

#include <QCoreApplication>
#include <QMap>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(CompositeIndex)
};

BandTable defaultBands()
{
  return BandTable::create({{RiskLevel::Major, true, 3.5},
                            {RiskLevel::Significant, true, 2.5},
                            {RiskLevel::General, true, 1.5},
                            {RiskLevel::Low, false, 0}},
                           BandTable::BoundaryRule::LowerInclusive, nullptr);
}
} // namespace

CompositeIndex CompositeIndex::defaultIndex()
{
  CompositeIndex index;
  QJsonObject weights;
  for (const char *category : {"industrial", "crowded", "facilities", "natural"})
  {
    index.mWeights.insert(QString::fromLatin1(category), 0.25);
    weights.insert(QString::fromLatin1(category), 0.25);
  }
  index.mSource = {{QStringLiteral("weights"), weights}};
  index.mBands = defaultBands();
  return index;
}

bool CompositeIndex::fromJson(const QJsonObject &json, CompositeIndex &index, QString *error)
{
  auto fail = [error](const QString &message)
  {
    if (error)
      *error = message;
    return false;
  };
  CompositeIndex parsed;
  const QString groupBy =
      json.value(QStringLiteral("group_by")).toString(QStringLiteral("category"));
  if (groupBy == QLatin1String("sector"))
    parsed.mGroupBy = GroupBy::Sector;
  else if (groupBy != QLatin1String("category"))
    return fail(Tr::tr("composite: group_by must be category or sector, not \"%1\"").arg(groupBy));

  const bool direct = json.contains(QStringLiteral("weights"));
  const bool ahp = json.contains(QStringLiteral("ahp"));
  if (direct == ahp)
    return fail(Tr::tr("composite: give either weights or ahp comparisons"));
  if (direct)
  {
    const QJsonObject weights = json.value(QStringLiteral("weights")).toObject();
    double sum = 0;
    for (auto it = weights.begin(); it != weights.end(); ++it)
    {
      const double weight = it.value().toDouble(-1);
      if (weight < 0)
        return fail(Tr::tr("composite: the weight of %1 must be zero or positive").arg(it.key()));
      parsed.mWeights.insert(it.key(), weight);
      sum += weight;
    }
    if (!(sum > 0))
      return fail(Tr::tr("composite: the weights add up to zero"));
    parsed.mSource.insert(QStringLiteral("weights"), weights);
  }
  else
  {
    QString ahpError;
    if (!AhpWeights::fromJson(json.value(QStringLiteral("ahp")).toObject(), parsed.mAhp, &ahpError))
      return fail(Tr::tr("composite: %1").arg(ahpError));
    parsed.mHasAhp = true;
    for (const QString &item : parsed.mAhp.items())
      parsed.mWeights.insert(item, parsed.mAhp.weight(item));
    parsed.mSource.insert(QStringLiteral("ahp"), json.value(QStringLiteral("ahp")));
  }
  if (json.contains(QStringLiteral("bands")))
  {
    QString bandError;
    parsed.mBands = BandTable::fromJson(json.value(QStringLiteral("bands")).toObject(), &bandError);
    if (!parsed.mBands.isValid())
      return fail(Tr::tr("composite: %1").arg(bandError));
  }
  else
    parsed.mBands = defaultBands();
  index = parsed;
  return true;
}

QStringList CompositeIndex::groups() const
{
  QStringList keys = mWeights.keys();
  keys.sort();
  return keys;
}

QJsonObject CompositeIndex::toJson() const
{
  QJsonObject json = mSource;
  json.insert(QStringLiteral("group_by"),
              mGroupBy == GroupBy::Sector ? QStringLiteral("sector") : QStringLiteral("category"));
  json.insert(QStringLiteral("bands"), mBands.toJson());
  return json;
}

CompositeIndex::Result CompositeIndex::compute(const QList<Member> &members) const
{
  // Share-weighted sum of level values, and of shares. Sorted by group, so the index is summed
  // in the same order in every run (QHash's order varies between processes).
  QMap<QString, QPair<double, double>> groups;
  for (const Member &member : members)
  {
    if (member.level == RiskLevel::None || !(member.share > 0))
      continue;
    auto &entry = groups[member.group];
    entry.first += member.share * static_cast<int>(member.level);
    entry.second += member.share;
  }
  double weighted = 0;
  double weights = 0;
  for (auto it = groups.cbegin(); it != groups.cend(); ++it)
  {
    const double weight = this->weight(it.key());
    weighted += weight * it.value().first / it.value().second;
    weights += weight;
  }
  Result result;
  if (!(weights > 0))
    return result;
  result.valid = true;
  result.index = weighted / weights;
  result.level = mBands.classify(result.index);
  return result;
}

} // namespace riskatlas
