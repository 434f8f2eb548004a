#include "jsonreader.h"

#include <QCoreApplication>
#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(JsonReader)
};

int editDistance(const QString &a, const QString &b)
{
  QVector<int> previous(b.size() + 1);
  QVector<int> current(b.size() + 1);
  for (int j = 0; j <= b.size(); ++j)
    previous[j] = j;
  for (int i = 1; i <= a.size(); ++i)
  {
    current[0] = i;
    for (int j = 1; j <= b.size(); ++j)
    {
      const int substitution = previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}
} // namespace

JsonReader::JsonReader(const QJsonValue &value, QStringList *problems, const QString &path)
    : mValue(value), mProblems(problems), mPath(path)
{
}

JsonReader JsonReader::member(const QString &key) const
{
  const QString path = mPath.isEmpty() ? key : mPath + QLatin1Char('.') + key;
  return JsonReader(mValue.isObject() ? mValue.toObject().value(key) : QJsonValue::Undefined,
                    mProblems, path);
}

JsonReader JsonReader::element(int index) const
{
  const QJsonArray array = mValue.toArray();
  return JsonReader(index >= 0 && index < array.size() ? array.at(index) : QJsonValue::Undefined,
                    mProblems, QStringLiteral("%1[%2]").arg(mPath).arg(index));
}

void JsonReader::report(const QString &message) const
{
  mProblems->append(mPath.isEmpty() ? message : QStringLiteral("%1: %2").arg(mPath, message));
}

bool JsonReader::present(Need need) const
{
  if (isPresent())
    return true;
  if (need == Required)
    report(Tr::tr("the required key is missing"));
  return false;
}

void JsonReader::wrongType(const QString &expected) const
{
  report(Tr::tr("expected %1, not %2").arg(expected, describe(mValue)));
}

bool JsonReader::number(double &out, Need need) const
{
  if (!present(need))
    return need == Optional;
  if (!mValue.isDouble())
  {
    wrongType(Tr::tr("a number"));
    return false;
  }
  out = mValue.toDouble();
  return true;
}

bool JsonReader::integer(int &out, Need need) const
{
  if (!present(need))
    return need == Optional;
  const double number = mValue.toDouble();
  if (!mValue.isDouble() || std::floor(number) != number ||
      number < std::numeric_limits<int>::min() || number > std::numeric_limits<int>::max())
  {
    wrongType(Tr::tr("an integer"));
    return false;
  }
  out = static_cast<int>(number);
  return true;
}

bool JsonReader::string(QString &out, Need need) const
{
  if (!present(need))
    return need == Optional;
  if (!mValue.isString())
  {
    wrongType(Tr::tr("a string"));
    return false;
  }
  out = mValue.toString();
  return true;
}

bool JsonReader::boolean(bool &out, Need need) const
{
  if (!present(need))
    return need == Optional;
  if (!mValue.isBool())
  {
    wrongType(Tr::tr("true or false"));
    return false;
  }
  out = mValue.toBool();
  return true;
}

bool JsonReader::isObject(Need need) const
{
  if (!present(need))
    return need == Optional;
  if (!mValue.isObject())
  {
    wrongType(Tr::tr("an object"));
    return false;
  }
  return true;
}

bool JsonReader::isArray(int *size, Need need) const
{
  if (size)
    *size = 0;
  if (!present(need))
    return need == Optional;
  if (!mValue.isArray())
  {
    wrongType(Tr::tr("an array"));
    return false;
  }
  if (size)
    *size = mValue.toArray().size();
  return true;
}

QStringList JsonReader::keys() const
{
  return mValue.toObject().keys();
}

void JsonReader::allowOnly(const QStringList &known) const
{
  for (const QString &key : keys())
  {
    if (known.contains(key))
      continue;
    const QString suggestion = nearest(key, known);
    member(key).report(suggestion.isEmpty()
                           ? Tr::tr("unknown key (known: %1)").arg(known.join(QStringLiteral(", ")))
                           : Tr::tr("unknown key; did you mean \"%1\"?").arg(suggestion));
  }
}

QString JsonReader::describe(const QJsonValue &value)
{
  switch (value.type())
  {
  case QJsonValue::Double:
    return QString::number(value.toDouble(), 'g', QLocale::FloatingPointShortest);
  case QJsonValue::String:
    return Tr::tr("the string \"%1\"").arg(value.toString());
  case QJsonValue::Bool:
    return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
  case QJsonValue::Null:
    return QStringLiteral("null");
  case QJsonValue::Array:
    return Tr::tr("an array");
  case QJsonValue::Object:
    return Tr::tr("an object");
  case QJsonValue::Undefined:
    break;
  }
  return Tr::tr("nothing");
}

QString JsonReader::nearest(const QString &word, const QStringList &candidates)
{
  QString best;
  int bestDistance = 3;
  for (const QString &candidate : candidates)
  {
    const int distance = editDistance(word.toLower(), candidate.toLower());
    if (distance < bestDistance)
    {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

} // namespace riskatlas
