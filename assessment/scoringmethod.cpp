#include "scoringmethod.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <cmath>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(ScoringMethod)
};
} // namespace

QString methodVersion(const ScoringMethod &method)
{
  const QByteArray json = QJsonDocument(method.toJson()).toJson(QJsonDocument::Compact);
  return QString::fromLatin1(
      QCryptographicHash::hash(json, QCryptographicHash::Sha256).toHex().left(12));
}

bool readIntegerInput(const QVariantMap &inputs, const QString &field, int minimum, int maximum,
                      int &value, InputProblem &problem)
{
  const QString text = inputs.value(field).toString().trimmed();
  problem = {field, text, Tr::tr("an integer from %1 to %2").arg(minimum).arg(maximum)};
  if (text.isEmpty())
  {
    problem.value = Tr::tr("(empty)");
    return false;
  }
  bool ok = false;
  const double number = text.toDouble(&ok);
  if (!ok || std::floor(number) != number || number < minimum || number > maximum)
    return false;
  value = static_cast<int>(number);
  problem = {};
  return true;
}

} // namespace riskatlas
