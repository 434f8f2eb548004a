#include "bandtable.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>

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
  const int index = bandIndex(score);
  return index < 0 ? RiskLevel::None : mBands.at(index).level;
}

int BandTable::bandIndex(double score) const
{
  for (int i = 0; i < mBands.size(); ++i)
  {
    const ScoreBand &band = mBands.at(i);
    if (!band.hasLowerBound)
      return i;
    const bool inBand =
        mRule == BoundaryRule::LowerInclusive ? score >= band.lowerBound : score > band.lowerBound;
    if (inBand)
      return i;
  }
  return -1;
}

QStringList BandTable::rangeTexts(const QString &symbol) const
{
  const bool lowerInclusive = mRule == BoundaryRule::LowerInclusive;
  const QString lowerOp = lowerInclusive ? QStringLiteral("≤") : QStringLiteral("<");
  const QString upperOp = lowerInclusive ? QStringLiteral("<") : QStringLiteral("≤");
  auto number = [](double value) { return QString::number(value, 'g', 6); };
  QStringList ranges;
  double upper = 0.0;
  bool hasUpper = false;
  for (const ScoreBand &band : mBands)
  {
    if (band.hasLowerBound && hasUpper)
      ranges << QStringLiteral("%1 %2 %3 %4 %5")
                    .arg(number(band.lowerBound), lowerOp, symbol, upperOp, number(upper));
    else if (band.hasLowerBound)
      ranges << QStringLiteral("%1 %2 %3")
                    .arg(symbol, lowerInclusive ? QStringLiteral("≥") : QStringLiteral(">"),
                         number(band.lowerBound));
    else
      ranges << QStringLiteral("%1 %2 %3").arg(symbol, upperOp, number(upper));
    upper = band.lowerBound;
    hasUpper = band.hasLowerBound;
  }
  return ranges;
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
  QStringList problems;
  BandTable table = readJson(JsonReader(json, &problems));
  if (problems.isEmpty())
    return table;
  if (error)
    *error = problems.join(QStringLiteral("; "));
  return {};
}

BandTable BandTable::readJson(const JsonReader &json)
{
  const int problemsBefore = json.problemCount();
  if (!json.isObject(JsonReader::Required))
    return {};
  json.allowOnly({QStringLiteral("rule"), QStringLiteral("bands")});
  QString ruleText = ruleKey(BoundaryRule::LowerInclusive);
  BoundaryRule rule = BoundaryRule::LowerInclusive;
  if (json.member(QStringLiteral("rule")).string(ruleText))
  {
    if (ruleText == ruleKey(BoundaryRule::UpperInclusive))
      rule = BoundaryRule::UpperInclusive;
    else if (ruleText != ruleKey(BoundaryRule::LowerInclusive))
      json.member(QStringLiteral("rule"))
          .report(Tr::tr("unknown boundary rule \"%1\" (expected lower-inclusive or "
                         "upper-inclusive)")
                      .arg(ruleText));
  }
  const JsonReader items = json.member(QStringLiteral("bands"));
  int count = 0;
  items.isArray(&count, JsonReader::Required);
  QList<ScoreBand> bands;
  QList<bool> hasUpper;
  QList<double> upperBounds;
  for (int i = 0; i < count; ++i)
  {
    const JsonReader item = items.element(i);
    if (!item.isObject(JsonReader::Required))
      continue;
    item.allowOnly({QStringLiteral("level"), QStringLiteral("from"), QStringLiteral("to")});
    ScoreBand band;
    QString level;
    if (item.member(QStringLiteral("level")).string(level, JsonReader::Required) &&
        !levelFromKey(level, band.level))
      item.member(QStringLiteral("level"))
          .report(Tr::tr("unknown risk level \"%1\" in a band").arg(level));
    const JsonReader from = item.member(QStringLiteral("from"));
    band.hasLowerBound = from.isPresent();
    from.number(band.lowerBound);
    double upper = 0;
    hasUpper.append(item.member(QStringLiteral("to")).isPresent());
    item.member(QStringLiteral("to")).number(upper);
    upperBounds.append(upper);
    bands.append(band);
  }
  if (json.problemCount() > problemsBefore)
    return {};
  // An explicit upper bound, as published tables write them, must meet the band above.
  for (int i = 0; i < bands.size(); ++i)
  {
    if (!hasUpper.at(i))
      continue;
    const double upper = upperBounds.at(i);
    if (i == 0)
    {
      json.report(Tr::tr("the most severe band (%1) must be open-ended: scores above %2 would "
                         "have no level")
                      .arg(levelKey(bands.at(i).level))
                      .arg(upper));
      return {};
    }
    const double aboveFrom = bands.at(i - 1).lowerBound;
    if (upper < aboveFrom)
    {
      json.report(Tr::tr("gap between bands %1 and %2: scores from %3 to %4 have no level")
                      .arg(i)
                      .arg(i + 1)
                      .arg(upper)
                      .arg(aboveFrom));
      return {};
    }
    if (upper > aboveFrom)
    {
      json.report(Tr::tr("bands %1 and %2 overlap: scores from %3 to %4 are in both")
                      .arg(i)
                      .arg(i + 1)
                      .arg(aboveFrom)
                      .arg(upper));
      return {};
    }
  }
  QString error;
  BandTable table = create(bands, rule, &error);
  if (!table.isValid())
    json.report(error);
  return table;
}

} // namespace riskatlas
