#include "methodset.h"

#include "factorproductmethod.h"
#include "inputfields.h"
#include "riskmatrixmethod.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
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
  if (id == QLatin1String("lec") || id == QLatin1String("mes"))
  {
    auto method = FactorProductMethod::fromJson(json, error);
    if (method && method->factors().size() != 3)
    {
      if (error)
        *error = Tr::tr("method %1 needs exactly three factors").arg(id);
      return nullptr;
    }
    return method;
  }
  if (error)
    *error = Tr::tr("unknown scoring method \"%1\" (known: %2)")
                 .arg(id, MethodSet::methodIds().join(QStringLiteral(", ")));
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
  static const MethodSet set = []
  {
    MethodSet loaded;
    QString error;
    if (!fromTemplate(QStringLiteral("matrix-5x5-gbt42768"), loaded, &error))
      qFatal("built-in method template is missing or invalid: %s", qPrintable(error));
    return loaded;
  }();
  return set;
}

QStringList MethodSet::templateNames()
{
  return {QStringLiteral("matrix-5x5-gbt42768"), QStringLiteral("matrix-4x4"),
          QStringLiteral("lec"), QStringLiteral("mes"), QStringLiteral("city-default")};
}

bool MethodSet::fromTemplate(const QString &name, MethodSet &set, QString *error)
{
  initAssessmentResources();
  QFile file(QStringLiteral(":/riskatlas/methods/%1.json").arg(name));
  if (!file.open(QIODevice::ReadOnly))
  {
    if (error)
      *error = Tr::tr("no method template \"%1\" (templates: %2)")
                   .arg(name, templateNames().join(QStringLiteral(", ")));
    return false;
  }
  QJsonParseError parseError;
  const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &parseError);
  if (!document.isObject())
  {
    if (error)
      *error = Tr::tr("template %1: %2").arg(name, parseError.errorString());
    return false;
  }
  return fromJson(document.object(), set, error);
}

QStringList MethodSet::methodIds()
{
  return {QStringLiteral("matrix"), QStringLiteral("lec"), QStringLiteral("mes")};
}

bool MethodSet::forMethod(const QString &methodId, MethodSet &set, QString *error)
{
  if (methodId == QLatin1String("matrix"))
  {
    set = defaultSet();
    return true;
  }
  if (methodId == QLatin1String("lec") || methodId == QLatin1String("mes"))
    return fromTemplate(methodId, set, error);
  if (error)
    *error = Tr::tr("unknown scoring method \"%1\" (known: %2)")
                 .arg(methodId, methodIds().join(QStringLiteral(", ")));
  return false;
}

QStringList MethodSet::validate(const Taxonomy &taxonomy) const
{
  QStringList problems;
  for (auto it = mByCategory.cbegin(); it != mByCategory.cend(); ++it)
  {
    if (!taxonomy.category(it.key()))
      problems << Tr::tr("categories: \"%1\" is not a category of the taxonomy").arg(it.key());
  }
  for (auto it = mBySector.cbegin(); it != mBySector.cend(); ++it)
  {
    const Sector *sector = taxonomy.findSector(it.key());
    if (!sector || sector->code != it.key())
      problems << Tr::tr("sectors: \"%1\" is not a sector code of the taxonomy").arg(it.key());
  }
  for (auto it = mInfluenceDistances.cbegin(); it != mInfluenceDistances.cend(); ++it)
  {
    const Sector *sector = taxonomy.findSector(it.key());
    if (!sector || sector->code != it.key())
      problems
          << Tr::tr("influence_zones: \"%1\" is not a sector code of the taxonomy").arg(it.key());
  }
  const bool bySector = mComposite.groupBy() == CompositeIndex::GroupBy::Sector;
  for (const QString &group : mComposite.groups())
  {
    const bool known = bySector
                           ? taxonomy.findSector(group) && taxonomy.findSector(group)->code == group
                           : taxonomy.category(group) != nullptr;
    if (!known)
      problems << Tr::tr("composite: \"%1\" is not a %2 of the taxonomy")
                      .arg(group, bySector ? Tr::tr("sector code") : Tr::tr("category"));
  }
  if (mCorrection.mode() == ControlCorrection::Mode::Coefficient)
  {
    QList<std::pair<QString, const ScoringMethod *>> methods{{Tr::tr("default"), mDefault.get()}};
    for (auto it = mByCategory.cbegin(); it != mByCategory.cend(); ++it)
      methods.append({it.key(), it.value().get()});
    for (auto it = mBySector.cbegin(); it != mBySector.cend(); ++it)
      methods.append({it.key(), it.value().get()});
    for (const auto &[name, method] : methods)
    {
      if (!method->scoreBands())
        problems << Tr::tr("control_correction: a coefficient needs score bands, but the method "
                           "for %1 is a cell-table matrix")
                        .arg(name);
    }
  }
  return problems;
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
  if (json.contains(QStringLiteral("composite")) &&
      !CompositeIndex::fromJson(json.value(QStringLiteral("composite")).toObject(),
                                parsed.mComposite, error))
    return false;
  if (json.contains(QStringLiteral("density")))
  {
    QString bandError;
    parsed.mDensityBands = BandTable::fromJson(
        json.value(QStringLiteral("density")).toObject().value(QStringLiteral("bands")).toObject(),
        &bandError);
    if (!parsed.mDensityBands.isValid())
    {
      if (error)
        *error = Tr::tr("density: %1").arg(bandError);
      return false;
    }
  }
  const QJsonObject zones = json.value(QStringLiteral("influence_zones")).toObject();
  parsed.mInfluenceEnabled = zones.value(QStringLiteral("enabled")).toBool(false);
  const QJsonObject distances = zones.value(QStringLiteral("sectors")).toObject();
  for (auto it = distances.begin(); it != distances.end(); ++it)
  {
    const double metres = it.value().toDouble(-1);
    if (!(metres > 0))
    {
      if (error)
        *error = Tr::tr("influence_zones: the distance of sector %1 must be a positive number of "
                        "metres")
                     .arg(it.key());
      return false;
    }
    parsed.mInfluenceDistances.insert(it.key(), metres);
  }
  parsed.mTitle = json.value(QStringLiteral("title")).toString();
  set = parsed;
  return true;
}

QJsonObject MethodSet::influenceZonesJson() const
{
  QJsonObject distances;
  for (auto it = mInfluenceDistances.cbegin(); it != mInfluenceDistances.cend(); ++it)
    distances.insert(it.key(), it.value());
  return {{QStringLiteral("enabled"), mInfluenceEnabled}, {QStringLiteral("sectors"), distances}};
}

QJsonObject MethodSet::toJson() const
{
  return {
      {QStringLiteral("schema"), SchemaId},
      {QStringLiteral("default"), mDefault->toJson()},
      {QStringLiteral("categories"), methodsToJson(mByCategory)},
      {QStringLiteral("sectors"), methodsToJson(mBySector)},
      {QStringLiteral("control_correction"), mCorrection.toJson()},
      {QStringLiteral("composite"), mComposite.toJson()},
      {QStringLiteral("density"), QJsonObject{{QStringLiteral("bands"), mDensityBands.toJson()}}},
      {QStringLiteral("title"), mTitle}};
}

QString MethodSet::hash() const
{
  const QByteArray canonical = QJsonDocument(toJson()).toJson(QJsonDocument::Compact);
  return QString::fromLatin1(
      QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

RegionAggregator MethodSet::aggregator(AggregationRule rule) const
{
  return RegionAggregator(rule, mComposite, mDensityBands);
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
  result.methodVersion = riskatlas::methodVersion(method);

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
  result.grade = outcome.grade;
  result.inherentLevel = outcome.level;
  result.finalLevel = mCorrection.apply(outcome.level, outcome.score, method.scoreBands(), control);
  return result;
}

} // namespace riskatlas
