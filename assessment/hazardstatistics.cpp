#include "hazardstatistics.h"

#include "hiddendanger.h"
#include "naturalorder.h"

#include <QHash>
#include <QJsonArray>
#include <algorithm>

namespace riskatlas
{

namespace
{
//! Adds \a hazard to the group \a code, creating it in \a groups.
void addTo(QList<HazardGroupCounts> &groups, QHash<QString, int> &index, const QString &code,
           const QString &name, const HiddenDanger &hazard, const QDate &asOf)
{
  auto found = index.constFind(code);
  int at = found == index.cend() ? -1 : found.value();
  if (at < 0)
  {
    at = groups.size();
    index.insert(code, at);
    groups.append({code, name, {}});
  }
  groups[at].counts.add(hazard, asOf);
}

//! Codes in natural order ("2" before "10"), the empty code last.
void sortGroups(QList<HazardGroupCounts> &groups)
{
  std::sort(groups.begin(), groups.end(),
            [](const HazardGroupCounts &a, const HazardGroupCounts &b)
            {
              if (a.code.isEmpty() != b.code.isEmpty())
                return b.code.isEmpty();
              return naturalLess(a.code, b.code);
            });
}

QJsonArray groupsToJson(const QList<HazardGroupCounts> &groups, const QString &codeKey,
                        bool withName)
{
  QJsonArray array;
  for (const HazardGroupCounts &group : groups)
  {
    QJsonObject object = group.counts.toJson();
    object.insert(codeKey, group.code);
    if (withName)
      object.insert(QStringLiteral("name"), group.name);
    array.append(object);
  }
  return array;
}
} // namespace

HazardStatistics HazardStatistics::compute(const QList<HiddenDanger> &hazards, const QDate &asOf)
{
  HazardStatistics statistics;
  statistics.mAsOf = asOf;
  for (HazardGrade grade : hazardGrades())
    statistics.mByGrade.insert(grade, {});
  QHash<QString, int> rounds;
  QHash<QString, int> districts;
  QHash<QString, int> sectors;
  for (const HiddenDanger &hazard : hazards)
  {
    statistics.mAll.add(hazard, asOf);
    statistics.mByGrade[hazard.grade].add(hazard, asOf);
    addTo(statistics.mByRound, rounds, hazard.round, QString(), hazard, asOf);
    addTo(statistics.mByDistrict, districts, hazard.districtCode, hazard.districtName, hazard,
          asOf);
    addTo(statistics.mBySector, sectors, hazard.sectorCode, hazard.sectorName, hazard, asOf);
  }
  sortGroups(statistics.mByRound);
  sortGroups(statistics.mByDistrict);
  sortGroups(statistics.mBySector);
  return statistics;
}

QJsonObject HazardStatistics::toJson() const
{
  QJsonObject json = mAll.toJson();
  json.insert(QStringLiteral("as_of"), mAsOf.toString(Qt::ISODate));
  json.insert(QStringLiteral("rectification_rate"), mAll.rectificationRate());
  QJsonObject grades;
  for (HazardGrade grade : hazardGrades())
    grades.insert(hazardGradeKey(grade), byGrade(grade).toJson());
  json.insert(QStringLiteral("by_grade"), grades);
  json.insert(QStringLiteral("by_round"), groupsToJson(mByRound, QStringLiteral("round"), false));
  json.insert(QStringLiteral("by_district"),
              groupsToJson(mByDistrict, QStringLiteral("code"), true));
  json.insert(QStringLiteral("by_sector"), groupsToJson(mBySector, QStringLiteral("code"), true));
  return json;
}

} // namespace riskatlas
