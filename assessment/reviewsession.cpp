#include "reviewsession.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(ReviewSession)
};

QJsonArray toArray(const QStringList &list)
{
  QJsonArray array;
  for (const QString &text : list)
    array.append(text);
  return array;
}

QStringList toStringList(const QJsonArray &array)
{
  QStringList list;
  for (const QJsonValue &value : array)
    list << value.toString();
  return list;
}

RiskLevel levelOf(const QJsonValue &value)
{
  RiskLevel level = RiskLevel::None;
  levelFromKey(value.toString(), level);
  return level;
}
} // namespace

bool ReviewSession::covers(qint64 sequence) const
{
  return sequence > startSequence && (endSequence == 0 || sequence < endSequence);
}

QJsonObject ReviewSession::toJson() const
{
  return QJsonObject{{QStringLiteral("number"), number},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("date"), date},
                     {QStringLiteral("place"), place},
                     {QStringLiteral("chair"), chair},
                     {QStringLiteral("participants"), toArray(participants)},
                     {QStringLiteral("recorder"), recorder},
                     {QStringLiteral("started_at"), startedAt},
                     {QStringLiteral("ended_at"), endedAt},
                     {QStringLiteral("start_sequence"), startSequence},
                     {QStringLiteral("end_sequence"), endSequence},
                     {QStringLiteral("head_hash"), headHash},
                     {QStringLiteral("open"), isOpen()}};
}

ReviewSession ReviewSession::fromJson(const QJsonObject &object)
{
  ReviewSession session;
  session.number = object.value(QStringLiteral("number")).toInt();
  session.title = object.value(QStringLiteral("title")).toString();
  session.date = object.value(QStringLiteral("date")).toString();
  session.place = object.value(QStringLiteral("place")).toString();
  session.chair = object.value(QStringLiteral("chair")).toString();
  session.participants = toStringList(object.value(QStringLiteral("participants")).toArray());
  session.recorder = object.value(QStringLiteral("recorder")).toString();
  session.startedAt = object.value(QStringLiteral("started_at")).toString();
  session.endedAt = object.value(QStringLiteral("ended_at")).toString();
  session.startSequence =
      static_cast<qint64>(object.value(QStringLiteral("start_sequence")).toDouble());
  session.endSequence =
      static_cast<qint64>(object.value(QStringLiteral("end_sequence")).toDouble());
  session.headHash = object.value(QStringLiteral("head_hash")).toString();
  return session;
}

QList<ReviewSession> reviewSessionsFromJson(const QString &json)
{
  QList<ReviewSession> sessions;
  for (const QJsonValue &value : QJsonDocument::fromJson(json.toUtf8()).array())
    sessions << ReviewSession::fromJson(value.toObject());
  return sessions;
}

QString reviewSessionsToJson(const QList<ReviewSession> &sessions)
{
  QJsonArray array;
  for (const ReviewSession &session : sessions)
    array.append(session.toJson());
  return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QStringList reviewSessionProblems(const ReviewSession &session)
{
  QStringList problems;
  if (session.title.trimmed().isEmpty())
    problems << Tr::tr("the review session needs a title");
  if (!QDate::fromString(session.date, Qt::ISODate).isValid())
    problems << Tr::tr("the date \"%1\" is not a date of the form YYYY-MM-DD").arg(session.date);
  if (session.chair.trimmed().isEmpty())
    problems << Tr::tr("the review session needs a chair");
  if (session.participants.isEmpty())
    problems << Tr::tr("the review session needs its participants");
  return problems;
}

QString ReviewSnapshot::toJson() const
{
  QJsonArray units;
  for (const ComparedItem &unit : this->units)
  {
    QJsonArray row{unit.id, unit.name, levelKey(unit.level)};
    if (overriddenUnits.contains(unit.id))
      row.append(true);
    units.append(row);
  }
  QJsonArray regions;
  for (const ComparedItem &region : this->regions)
    regions.append(QJsonArray{region.id, region.name, region.kind, levelKey(region.level)});
  return QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("units"), units},
                                                     {QStringLiteral("regions"), regions}})
                               .toJson(QJsonDocument::Compact));
}

bool ReviewSnapshot::fromJson(const QString &json, ReviewSnapshot &snapshot)
{
  const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
  if (!document.isObject())
    return false;
  snapshot = ReviewSnapshot();
  for (const QJsonValue &value : document.object().value(QStringLiteral("units")).toArray())
  {
    const QJsonArray row = value.toArray();
    snapshot.units << ComparedItem{row.at(0).toString(), row.at(1).toString(), QString(),
                                   levelOf(row.at(2))};
    if (row.at(3).toBool())
      snapshot.overriddenUnits.insert(row.at(0).toString());
  }
  for (const QJsonValue &value : document.object().value(QStringLiteral("regions")).toArray())
  {
    const QJsonArray row = value.toArray();
    snapshot.regions << ComparedItem{row.at(0).toString(), row.at(1).toString(),
                                     row.at(2).toString(), levelOf(row.at(3))};
  }
  return true;
}

LevelCounts ReviewSnapshot::unitLevels() const
{
  LevelCounts counts;
  for (const ComparedItem &unit : units)
    counts.add(unit.level);
  return counts;
}

} // namespace riskatlas
