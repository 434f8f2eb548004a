#include "methodset.h"

#include "factorproductmethod.h"
#include "inputfields.h"
#include "jsonreader.h"
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

std::shared_ptr<const ScoringMethod> methodFromJson(const JsonReader &json)
{
  if (!json.isObject(JsonReader::Required))
    return nullptr;
  const JsonReader idValue = json.member(QStringLiteral("method"));
  QString id;
  if (!idValue.string(id, JsonReader::Required))
    return nullptr;
  if (id == QLatin1String("matrix"))
    return RiskMatrixMethod::readJson(json);
  if (id == QLatin1String("lec") || id == QLatin1String("mes"))
  {
    auto method = FactorProductMethod::readJson(json);
    if (method && method->factors().size() != 3)
    {
      json.report(Tr::tr("method %1 needs exactly three factors").arg(id));
      return nullptr;
    }
    return method;
  }
  idValue.report(Tr::tr("unknown scoring method \"%1\" (known: %2)")
                     .arg(id, MethodSet::methodIds().join(QStringLiteral(", "))));
  return nullptr;
}

void methodsFromJson(const JsonReader &json,
                     QHash<QString, std::shared_ptr<const ScoringMethod>> &methods)
{
  if (!json.isObject())
    return;
  for (const QString &key : json.keys())
  {
    if (auto method = methodFromJson(json.member(key)))
      methods.insert(key, method);
  }
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
  QStringList problems;
  if (readJson(json, set, problems))
    return true;
  if (error)
    *error = problems.join(QStringLiteral("; "));
  return false;
}

bool MethodSet::readJson(const QJsonObject &object, MethodSet &set, QStringList &problems)
{
  const int problemsBefore = problems.size();
  const JsonReader json(object, &problems);
  QString schema;
  if (json.member(QStringLiteral("schema")).string(schema) && schema != SchemaId)
    schema.clear();
  if (schema.isEmpty())
  {
    // Anything else is not a method set at all: listing its keys would only add noise.
    problems << Tr::tr("not a RiskAtlas method set (expected \"schema\": \"%1\")").arg(SchemaId);
    return false;
  }
  json.allowOnly({QStringLiteral("schema"), QStringLiteral("title"), QStringLiteral("default"),
                  QStringLiteral("categories"), QStringLiteral("sectors"),
                  QStringLiteral("control_correction"), QStringLiteral("composite"),
                  QStringLiteral("density"), QStringLiteral("influence_zones"),
                  QStringLiteral("palette"), QStringLiteral("hidden_dangers")});
  MethodSet parsed;
  json.member(QStringLiteral("title")).string(parsed.mTitle);
  parsed.mDefault = methodFromJson(json.member(QStringLiteral("default")));
  methodsFromJson(json.member(QStringLiteral("categories")), parsed.mByCategory);
  methodsFromJson(json.member(QStringLiteral("sectors")), parsed.mBySector);
  if (json.member(QStringLiteral("control_correction")).isPresent())
    ControlCorrection::readJson(json.member(QStringLiteral("control_correction")),
                                parsed.mCorrection);
  if (json.member(QStringLiteral("composite")).isPresent())
    CompositeIndex::readJson(json.member(QStringLiteral("composite")), parsed.mComposite);
  const JsonReader density = json.member(QStringLiteral("density"));
  if (density.isObject() && density.isPresent())
  {
    density.allowOnly({QStringLiteral("bands")});
    parsed.mDensityBands = BandTable::readJson(density.member(QStringLiteral("bands")));
  }
  const JsonReader zones = json.member(QStringLiteral("influence_zones"));
  if (zones.isObject())
  {
    zones.allowOnly({QStringLiteral("enabled"), QStringLiteral("sectors")});
    zones.member(QStringLiteral("enabled")).boolean(parsed.mInfluenceEnabled);
    const JsonReader distances = zones.member(QStringLiteral("sectors"));
    if (distances.isObject())
    {
      for (const QString &sector : distances.keys())
      {
        double metres = 0;
        if (!distances.member(sector).number(metres, JsonReader::Required))
          continue;
        if (!(metres > 0))
          distances.member(sector).report(
              Tr::tr("the distance of sector %1 must be a positive number of metres, not %2")
                  .arg(sector, JsonReader::describe(metres)));
        parsed.mInfluenceDistances.insert(sector, metres);
      }
    }
  }
  const JsonReader hazards = json.member(QStringLiteral("hidden_dangers"));
  if (hazards.isPresent())
    HazardControlRule::readJson(hazards, parsed.mHazardControl);
  const JsonReader palette = json.member(QStringLiteral("palette"));
  if (palette.isPresent())
  {
    LevelPalette colours;
    if (LevelPalette::readJson(palette, colours))
      parsed.mPalette = colours;
  }
  if (problems.size() > problemsBefore)
    return false;
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
  QJsonObject json{
      {QStringLiteral("schema"), SchemaId},
      {QStringLiteral("default"), mDefault->toJson()},
      {QStringLiteral("categories"), methodsToJson(mByCategory)},
      {QStringLiteral("sectors"), methodsToJson(mBySector)},
      {QStringLiteral("control_correction"), mCorrection.toJson()},
      {QStringLiteral("composite"), mComposite.toJson()},
      {QStringLiteral("density"), QJsonObject{{QStringLiteral("bands"), mDensityBands.toJson()}}},
      {QStringLiteral("title"), mTitle}};
  // Only a set's own palette is written: a set without one keeps its text and hash.
  if (mPalette)
    json.insert(QStringLiteral("palette"), mPalette->toJson());
  // Likewise the influence zones: written when the set has any, so that they reach the project
  // (it stores this JSON), while sets without them keep their text and hash.
  if (mInfluenceEnabled || !mInfluenceDistances.isEmpty())
    json.insert(QStringLiteral("influence_zones"), influenceZonesJson());
  // The hidden-danger rule is on by default; only a set that turns it off says so.
  if (!mHazardControl.isDefault())
    json.insert(QStringLiteral("hidden_dangers"), mHazardControl.toJson());
  return json;
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
