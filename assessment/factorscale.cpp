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
  auto fail = [error](const QString &message)
  {
    if (error)
      *error = message;
    return false;
  };
  const QString field = json.value(QStringLiteral("field")).toString();
  if (field.isEmpty())
    return fail(Tr::tr("a factor has no input field"));
  QList<ScaleValue> values;
  for (const QJsonValue &item : json.value(QStringLiteral("values")).toArray())
  {
    const QJsonObject object = item.toObject();
    const ScaleValue entry{object.value(QStringLiteral("value")).toDouble(),
                           object.value(QStringLiteral("zh")).toString(),
                           object.value(QStringLiteral("en")).toString()};
    if (entry.value <= 0)
      return fail(Tr::tr("factor %1: values must be positive, not %2").arg(field).arg(entry.value));
    for (const ScaleValue &seen : values)
    {
      if (qFuzzyCompare(seen.value, entry.value))
        return fail(Tr::tr("factor %1: the value %2 appears twice").arg(field).arg(entry.value));
    }
    values.append(entry);
  }
  if (values.isEmpty())
    return fail(Tr::tr("factor %1 has no values").arg(field));
  scale = FactorScale(field, values);
  return true;
}

} // namespace riskatlas
