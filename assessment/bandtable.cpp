#include "bandtable.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(BandTable)
};

QString ruleKey(BandTable::BoundaryRule rule)
{
  return rule == BandTable::BoundaryRule::LowerInclusive ? QStringLiteral("lower-inclusive")
                                                         : QStringLiteral("upper-inclusive");
}
} // namespace

BandTable BandTable::create(const QList<ScoreBand> &bandsMostSevereFirst, BoundaryRule rule,
                            QString *error)
{
  auto fail = [error](const QString &message)
  {
    if (error)
      *error = message;
    return BandTable();
  };
  if (bandsMostSevereFirst.isEmpty())
    return fail(Tr::tr("the band table has no bands"));
  for (int i = 0; i < bandsMostSevereFirst.size(); ++i)
  {
    const ScoreBand &band = bandsMostSevereFirst.at(i);
    const bool last = i == bandsMostSevereFirst.size() - 1;
    if (band.level == RiskLevel::None)
      return fail(Tr::tr("band %1 has no risk level").arg(i + 1));
    if (last && band.hasLowerBound)
      return fail(Tr::tr("the lowest band (%1) must not have a lower bound, or scores below it "
                         "would have no level")
                      .arg(levelKey(band.level)));
    if (!last && !band.hasLowerBound)
      return fail(Tr::tr("band %1 (%2) has no lower bound").arg(i + 1).arg(levelKey(band.level)));
    if (i > 0)
    {
      const ScoreBand &above = bandsMostSevereFirst.at(i - 1);
      if (static_cast<int>(band.level) >= static_cast<int>(above.level))
        return fail(Tr::tr("band %1 (%2) is not less severe than the band above it (%3)")
                        .arg(i + 1)
                        .arg(levelKey(band.level), levelKey(above.level)));
      if (band.hasLowerBound && band.lowerBound >= above.lowerBound)
        return fail(Tr::tr("bands %1 and %2 overlap: lower bound %3 is not below %4")
                        .arg(i)
                        .arg(i + 1)
                        .arg(band.lowerBound)
                        .arg(above.lowerBound));
    }
  }
  BandTable table;
  table.mBands = bandsMostSevereFirst;
  table.mRule = rule;
  return table;
}

RiskLevel BandTable::classify(double score) const
{
  for (const ScoreBand &band : mBands)
  {
    if (!band.hasLowerBound)
      return band.level;
    const bool inBand =
        mRule == BoundaryRule::LowerInclusive ? score >= band.lowerBound : score > band.lowerBound;
    if (inBand)
      return band.level;
  }
  return RiskLevel::None;
}

QJsonObject BandTable::toJson() const
{
  QJsonArray bands;
  for (const ScoreBand &band : mBands)
  {
    QJsonObject item{{QStringLiteral("level"), levelKey(band.level)}};
    if (band.hasLowerBound)
      item.insert(QStringLiteral("from"), band.lowerBound);
    bands.append(item);
  }
  return {{QStringLiteral("rule"), ruleKey(mRule)}, {QStringLiteral("bands"), bands}};
}

BandTable BandTable::fromJson(const QJsonObject &json, QString *error)
{
  const QString ruleText =
      json.value(QStringLiteral("rule")).toString(QStringLiteral("lower-inclusive"));
  BoundaryRule rule = BoundaryRule::LowerInclusive;
  if (ruleText == ruleKey(BoundaryRule::UpperInclusive))
    rule = BoundaryRule::UpperInclusive;
  else if (ruleText != ruleKey(BoundaryRule::LowerInclusive))
  {
    if (error)
      *error = Tr::tr("unknown boundary rule \"%1\" (expected lower-inclusive or upper-inclusive)")
                   .arg(ruleText);
    return {};
  }
  QList<ScoreBand> bands;
  const QJsonArray items = json.value(QStringLiteral("bands")).toArray();
  for (int i = 0; i < items.size(); ++i)
  {
    const QJsonObject item = items.at(i).toObject();
    ScoreBand band;
    if (!levelFromKey(item.value(QStringLiteral("level")).toString(), band.level))
    {
      if (error)
        *error = Tr::tr("unknown risk level \"%1\" in a band")
                     .arg(item.value(QStringLiteral("level")).toString());
      return {};
    }
    band.hasLowerBound = item.contains(QStringLiteral("from"));
    band.lowerBound = item.value(QStringLiteral("from")).toDouble();
    // An explicit upper bound, as published tables write them, must meet the band above.
    if (item.contains(QStringLiteral("to")))
    {
      const double upper = item.value(QStringLiteral("to")).toDouble();
      const QJsonObject above = i > 0 ? items.at(i - 1).toObject() : QJsonObject();
      if (i == 0)
      {
        if (error)
          *error = Tr::tr("the most severe band (%1) must be open-ended: scores above %2 would "
                          "have no level")
                       .arg(levelKey(band.level))
                       .arg(upper);
        return {};
      }
      const double aboveFrom = above.value(QStringLiteral("from")).toDouble();
      if (upper < aboveFrom)
      {
        if (error)
          *error = Tr::tr("gap between bands %1 and %2: scores from %3 to %4 have no level")
                       .arg(i)
                       .arg(i + 1)
                       .arg(upper)
                       .arg(aboveFrom);
        return {};
      }
      if (upper > aboveFrom)
      {
        if (error)
          *error = Tr::tr("bands %1 and %2 overlap: scores from %3 to %4 are in both")
                       .arg(i)
                       .arg(i + 1)
                       .arg(aboveFrom)
                       .arg(upper);
        return {};
      }
    }
    bands.append(band);
  }
  return create(bands, rule, error);
}

} // namespace riskatlas
