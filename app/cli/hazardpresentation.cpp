#include "hazardpresentation.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace riskatlas::cli
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(RiskAtlasCli)
};

QJsonValue dateValue(const QDate &date)
{
  return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonValue textValue(const QString &text)
{
  return text.isEmpty() ? QJsonValue() : QJsonValue(text);
}

QJsonObject hazardToJson(const HiddenDanger &hazard, const QDate &asOf)
{
  return {{QStringLiteral("id"), hazard.id},
          {QStringLiteral("unit_id"), hazard.unitId},
          {QStringLiteral("unit_name"), hazard.unitName},
          {QStringLiteral("sector"), hazard.sectorCode},
          {QStringLiteral("district"), textValue(hazard.districtCode)},
          {QStringLiteral("district_name"), textValue(hazard.districtName)},
          {QStringLiteral("description"), hazard.description},
          {QStringLiteral("grade"), hazardGradeKey(hazard.grade)},
          {QStringLiteral("source"), textValue(hazard.source)},
          {QStringLiteral("round"), textValue(hazard.round)},
          {QStringLiteral("found_date"), dateValue(hazard.foundDate)},
          {QStringLiteral("deadline"), dateValue(hazard.deadline)},
          {QStringLiteral("responsible_party"), textValue(hazard.responsibleParty)},
          {QStringLiteral("responsible_person"), textValue(hazard.responsiblePerson)},
          {QStringLiteral("measures"), textValue(hazard.measures)},
          {QStringLiteral("funds"), hazard.funds ? QJsonValue(*hazard.funds) : QJsonValue()},
          {QStringLiteral("status"), hazardStatusKey(hazard.status)},
          {QStringLiteral("rectified_date"), dateValue(hazard.rectifiedDate)},
          {QStringLiteral("verifier"), textValue(hazard.verifier)},
          {QStringLiteral("closed_date"), dateValue(hazard.closedDate)},
          {QStringLiteral("listing"), textValue(hazardListingKey(hazard.listing))},
          {QStringLiteral("overdue"), hazard.isOverdue(asOf)},
          {QStringLiteral("days_overdue"), hazard.daysOverdue(asOf)}};
}

void printCounts(QTextStream &out, const QString &label, const HazardCounts &counts)
{
  out << QStringLiteral("  %1  %2 %3 %4 %5 %6  %7%")
             .arg(label, -14)
             .arg(counts.total, 6)
             .arg(counts.open, 6)
             .arg(counts.rectified, 9)
             .arg(counts.closed, 6)
             .arg(counts.overdue, 7)
             .arg(QLocale::c().toString(100.0 * counts.rectificationRate(), 'f', 1))
      << Qt::endl;
}

void printGroups(QTextStream &out, const QString &title, const QList<HazardGroupCounts> &groups)
{
  out << title << Qt::endl;
  for (const HazardGroupCounts &group : groups)
  {
    QString label = group.code.isEmpty() ? Tr::tr("(none)") : group.code;
    if (!group.name.isEmpty())
      label += QLatin1Char(' ') + group.name;
    printCounts(out, label, group.counts);
  }
}
} // namespace

QJsonObject hazardListToJson(const QList<HiddenDanger> &hazards, const QDate &asOf)
{
  QJsonArray list;
  for (const HiddenDanger &hazard : hazards)
    list.append(hazardToJson(hazard, asOf));
  return {{QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
          {QStringLiteral("count"), list.size()},
          {QStringLiteral("hazards"), list}};
}

void printHazardStatistics(QTextStream &out, const HazardStatistics &statistics)
{
  out << Tr::tr("hidden dangers as of %1").arg(statistics.asOf().toString(Qt::ISODate)) << Qt::endl;
  out << QStringLiteral("  %1  %2 %3 %4 %5 %6  %7")
             .arg(QString(), -14)
             .arg(Tr::tr("total"), 6)
             .arg(Tr::tr("open"), 6)
             .arg(Tr::tr("rectified"), 9)
             .arg(Tr::tr("closed"), 6)
             .arg(Tr::tr("overdue"), 7)
             .arg(Tr::tr("rate"))
      << Qt::endl;
  printCounts(out, Tr::tr("all"), statistics.all());
  out << Tr::tr("by grade") << Qt::endl;
  for (HazardGrade grade : hazardGrades())
    printCounts(out, hazardGradeKey(grade), statistics.byGrade(grade));
  printGroups(out, Tr::tr("by round"), statistics.byRound());
  printGroups(out, Tr::tr("by district"), statistics.byDistrict());
  printGroups(out, Tr::tr("by sector"), statistics.bySector());
}

} // namespace riskatlas::cli
