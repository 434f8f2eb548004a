#include "methodset.h"

#include "inputfields.h"
#include "riskmatrixmethod.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(MethodSet)
};

const QString SchemaId = QStringLiteral("riskatlas-method-set/1");

std::shared_ptr<const ScoringMethod> methodFromJson(const QJsonObject &json, QString *error)
{
  const QString id = json.value(QStringLiteral("method")).toString();
  if (id == QLatin1String("matrix"))
    return RiskMatrixMethod::fromJson(json, error);
  if (error)
    *error = Tr::tr("unknown scoring method \"%1\"").arg(id);
  return nullptr;
}

bool methodsFromJson(const QJsonObject &json, const QString &what,
                     QHash<QString, std::shared_ptr<const ScoringMethod>> &methods, QString *error)
{
  for (auto it = json.begin(); it != json.end(); ++it)
  {
    QString methodError;
    auto method = methodFromJson(it.value().toObject(), &methodError);
    if (!method)
    {
      if (error)
        *error = Tr::tr("%1 %2: %3").arg(what, it.key(), methodError);
      return false;
    }
    methods.insert(it.key(), method);
  }
  return true;
}

QJsonObject methodsToJson(const QHash<QString, std::shared_ptr<const ScoringMethod>> &methods)
{
  QJsonObject json;
  for (auto it = methods.cbegin(); it != methods.cend(); ++it)
    json.insert(it.key(), it.value()->toJson());
  return json;
}
} // namespace

MethodSet MethodSet::defaultSet()
{
  MethodSet set;
  set.mDefault = std::make_shared<RiskMatrixMethod>(RiskMatrixMethod::defaultMatrix());
  return set;
}

bool MethodSet::fromJson(const QJsonObject &json, MethodSet &set, QString *error)
{
  if (json.value(QStringLiteral("schema")).toString() != SchemaId)
  {
    if (error)
      *error = Tr::tr("not a RiskAtlas method set (expected \"schema\": \"%1\")").arg(SchemaId);
    return false;
  }
  MethodSet parsed;
  QString methodError;
  parsed.mDefault = methodFromJson(json.value(QStringLiteral("default")).toObject(), &methodError);
  if (!parsed.mDefault)
  {
    if (error)
      *error = Tr::tr("default method: %1").arg(methodError);
    return false;
  }
  if (!methodsFromJson(json.value(QStringLiteral("categories")).toObject(), Tr::tr("category"),
                       parsed.mByCategory, error) ||
      !methodsFromJson(json.value(QStringLiteral("sectors")).toObject(), Tr::tr("sector"),
                       parsed.mBySector, error))
    return false;
  if (json.contains(QStringLiteral("control_correction")) &&
      !ControlCorrection::fromJson(json.value(QStringLiteral("control_correction")).toObject(),
                                   parsed.mCorrection, error))
    return false;
  set = parsed;
  return true;
}

QJsonObject MethodSet::toJson() const
{
  return {{QStringLiteral("schema"), SchemaId},
          {QStringLiteral("default"), mDefault->toJson()},
          {QStringLiteral("categories"), methodsToJson(mByCategory)},
          {QStringLiteral("sectors"), methodsToJson(mBySector)},
          {QStringLiteral("control_correction"), mCorrection.toJson()}};
}

QString MethodSet::hash() const
{
  const QByteArray canonical = QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
  return QString::fromLatin1(
      QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

const ScoringMethod &MethodSet::methodFor(const QString &categoryCode,
                                          const QString &sectorCode) const
{
  if (auto sector = mBySector.value(sectorCode))
    return *sector;
  if (auto category = mByCategory.value(categoryCode))
    return *category;
  return *mDefault;
}

UnitAssessment MethodSet::assess(const QString &categoryCode, const QString &sectorCode,
                                 const QVariantMap &inputs) const
{
  UnitAssessment result;
  const ScoringMethod &method = methodFor(categoryCode, sectorCode);
  result.methodId = method.id();

  ControlLevel control = ControlLevel::Unknown;
  const QString controlText = inputs.value(InputFields::control()).toString();
  if (!ControlCorrection::parseControlLevel(controlText, control))
  {
    result.problem = {InputFields::control(), controlText, Tr::tr("好/中/差 or good/fair/poor")};
    return result;
  }
  result.controlKey = ControlCorrection::controlKey(control);

  const MethodOutcome outcome = method.evaluate(inputs);
  if (!outcome.scored)
  {
    result.problem = outcome.problem;
    return result;
  }
  result.scored = true;
  result.score = outcome.score;
  result.inherentLevel = outcome.level;
  result.finalLevel = mCorrection.apply(outcome.level, control);
  return result;
}

} // namespace riskatlas
