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
  QStringList problems;
  if (readJson(JsonReader(json, &problems, QStringLiteral("composite")), index))
    return true;
  if (error)
    *error = problems.join(QStringLiteral("; "));
  return false;
}

bool CompositeIndex::readJson(const JsonReader &json, CompositeIndex &index)
{
  const int problemsBefore = json.problemCount();
  if (!json.isObject(JsonReader::Required))
    return false;
  json.allowOnly({QStringLiteral("group_by"), QStringLiteral("weights"), QStringLiteral("ahp"),
                  QStringLiteral("bands")});
  CompositeIndex parsed;
  QString groupBy = QStringLiteral("category");
  if (json.member(QStringLiteral("group_by")).string(groupBy))
  {
    if (groupBy == QLatin1String("sector"))
      parsed.mGroupBy = GroupBy::Sector;
    else if (groupBy != QLatin1String("category"))
      json.report(Tr::tr("group_by must be category or sector, not \"%1\"").arg(groupBy));
  }
  const JsonReader weights = json.member(QStringLiteral("weights"));
  const JsonReader ahp = json.member(QStringLiteral("ahp"));
  if (weights.isPresent() == ahp.isPresent())
    json.report(Tr::tr("give either weights or ahp comparisons"));
  else if (weights.isPresent())
  {
    double sum = 0;
    if (weights.isObject())
    {
      for (const QString &key : weights.keys())
      {
        double weight = 0;
        if (!weights.member(key).number(weight, JsonReader::Required))
          continue;
        if (weight < 0)
          json.report(Tr::tr("the weight of %1 must be zero or positive").arg(key));
        parsed.mWeights.insert(key, weight);
        sum += weight;
      }
      if (!(sum > 0) && json.problemCount() == problemsBefore)
        json.report(Tr::tr("the weights add up to zero"));
    }
    parsed.mSource.insert(QStringLiteral("weights"), weights.value());
  }
  else if (AhpWeights::readJson(ahp, parsed.mAhp))
  {
    parsed.mHasAhp = true;
    for (const QString &item : parsed.mAhp.items())
      parsed.mWeights.insert(item, parsed.mAhp.weight(item));
    parsed.mSource.insert(QStringLiteral("ahp"), ahp.value());
  }
  if (json.member(QStringLiteral("bands")).isPresent())
    parsed.mBands = BandTable::readJson(json.member(QStringLiteral("bands")));
  else
    parsed.mBands = defaultBands();
  if (json.problemCount() > problemsBefore)
    return false;
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

QList<CompositeIndex::Term> CompositeIndex::terms(const QList<Member> &members) const
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
  QList<Term> terms;
  for (auto it = groups.cbegin(); it != groups.cend(); ++it)
    terms.append({it.key(), weight(it.key()), it.value().first / it.value().second,
                  it.value().second, it.value().first});
  return terms;
}

CompositeIndex::Result CompositeIndex::compute(const QList<Member> &members) const
{
  double weighted = 0;
  double weights = 0;
  for (const Term &term : terms(members))
  {
    // weight × sum ÷ shares, not weight × value: the stored indexes stay bit for bit the same.
    weighted += term.weight * term.levelSum / term.shares;
    weights += term.weight;
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
