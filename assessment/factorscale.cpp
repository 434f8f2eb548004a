#include "factorscale.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(FactorScale)
};
} // namespace

FactorScale::FactorScale(QString field, QList<ScaleValue> values)
    : mField(std::move(field)), mValues(std::move(values))
{
}

bool FactorScale::read(const QVariantMap &inputs, double &value, InputProblem &problem) const
{
  const QString text = inputs.value(mField).toString().trimmed();
  QStringList allowed;
  for (const ScaleValue &entry : mValues)
    allowed << QString::number(entry.value);
  problem = {mField, text.isEmpty() ? Tr::tr("(empty)") : text,
             Tr::tr("one of %1").arg(allowed.join(QStringLiteral(", ")))};
  bool ok = false;
  const double number = text.toDouble(&ok);
  if (!ok)
    return false;
  for (const ScaleValue &entry : mValues)
  {
    if (qFuzzyCompare(entry.value, number))
    {
      value = entry.value;
      problem = {};
      return true;
    }
  }
  return false;
}

QJsonObject FactorScale::toJson() const
{
  QJsonArray values;
  for (const ScaleValue &entry : mValues)
    values.append(QJsonObject{{QStringLiteral("value"), entry.value},
                              {QStringLiteral("zh"), entry.descriptorZh},
                              {QStringLiteral("en"), entry.descriptorEn}});
  return {{QStringLiteral("field"), mField}, {QStringLiteral("values"), values}};
}

bool FactorScale::fromJson(const QJsonObject &json, FactorScale &scale, QString *error)
{
  QStringList problems;
  if (readJson(JsonReader(json, &problems), scale))
    return true;
  if (error)
    *error = problems.join(QStringLiteral("; "));
  return false;
}

bool FactorScale::readJson(const JsonReader &json, FactorScale &scale)
{
  const int problemsBefore = json.problemCount();
  if (!json.isObject(JsonReader::Required))
    return false;
  json.allowOnly({QStringLiteral("field"), QStringLiteral("values")});
  QString field;
  if (json.member(QStringLiteral("field")).string(field, JsonReader::Required) && field.isEmpty())
    json.report(Tr::tr("a factor has no input field"));
  const JsonReader items = json.member(QStringLiteral("values"));
  int count = 0;
  items.isArray(&count, JsonReader::Required);
  QList<ScaleValue> values;
  for (int i = 0; i < count; ++i)
  {
    const JsonReader item = items.element(i);
    if (!item.isObject(JsonReader::Required))
      continue;
    item.allowOnly({QStringLiteral("value"), QStringLiteral("zh"), QStringLiteral("en")});
    ScaleValue entry{0, {}, {}};
    if (!item.member(QStringLiteral("value")).number(entry.value, JsonReader::Required) ||
        !item.member(QStringLiteral("zh")).string(entry.descriptorZh) ||
        !item.member(QStringLiteral("en")).string(entry.descriptorEn))
      continue;
    if (entry.value <= 0)
    {
      json.report(Tr::tr("factor %1: values must be positive, not %2").arg(field).arg(entry.value));
      continue;
    }
    bool repeated = false;
    for (const ScaleValue &seen : values)
      repeated = repeated || qFuzzyCompare(seen.value, entry.value);
    if (repeated)
      json.report(Tr::tr("factor %1: the value %2 appears twice").arg(field).arg(entry.value));
    values.append(entry);
  }
  if (json.problemCount() > problemsBefore)
    return false;
  if (values.isEmpty())
  {
    json.report(Tr::tr("factor %1 has no values").arg(field));
    return false;
  }
  scale = FactorScale(field, values);
  return true;
}

} // namespace riskatlas
