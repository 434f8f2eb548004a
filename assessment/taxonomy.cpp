#include "taxonomy.h"

#include "jsonreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

static void initAssessmentQrc()
{
  Q_INIT_RESOURCE(assessment_resources);
  Q_INIT_RESOURCE(assessment_i18n);
}

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(Taxonomy)
};

QString nameIn(const QString &language, const QString &zh, const QString &en)
{
  return language == QLatin1String("en") ? en : zh;
}
} // namespace

void initAssessmentResources()
{
  static const bool done = []
  {
    initAssessmentQrc();
    return true;
  }();
  Q_UNUSED(done)
}

QString Sector::name(const QString &language) const
{
  return nameIn(language, nameZh, nameEn);
}

QString Category::name(const QString &language) const
{
  return nameIn(language, nameZh, nameEn);
}

const Taxonomy &Taxonomy::defaultTaxonomy()
{
  static const Taxonomy taxonomy = []
  {
    initAssessmentResources();
    QFile file(QStringLiteral(":/riskatlas/taxonomy/default-taxonomy.json"));
    Taxonomy parsed;
    QString error;
    if (!file.open(QIODevice::ReadOnly) ||
        !fromJson(QJsonDocument::fromJson(file.readAll()).object(), parsed, &error))
      qFatal("built-in taxonomy resource is missing or invalid: %s", qPrintable(error));
    return parsed;
  }();
  return taxonomy;
}

bool Taxonomy::fromJson(const QJsonObject &json, Taxonomy &taxonomy, QString *error)
{
  QStringList problems;
  if (readJson(json, taxonomy, problems))
    return true;
  if (error)
    *error = problems.join(QStringLiteral("; "));
  return false;
}

bool Taxonomy::readJson(const QJsonObject &object, Taxonomy &taxonomy, QStringList &problems)
{
  const int problemsBefore = problems.size();
  const JsonReader json(object, &problems);
  json.allowOnly(
      {QStringLiteral("schema"), QStringLiteral("source"), QStringLiteral("categories")});
  QString text;
  json.member(QStringLiteral("schema")).string(text);
  json.member(QStringLiteral("source")).string(text);
  const QStringList entryKeys{QStringLiteral("code"), QStringLiteral("name_zh"),
                              QStringLiteral("name_en")};
  // Code and both names, all required and non-empty.
  auto readNames = [&entryKeys](const JsonReader &entry, QString *values[3])
  {
    bool complete = true;
    for (int i = 0; i < 3; ++i)
      complete = entry.member(entryKeys.at(i)).string(*values[i], JsonReader::Required) &&
                 !values[i]->isEmpty() && complete;
    return complete;
  };
  Taxonomy parsed;
  const JsonReader categories = json.member(QStringLiteral("categories"));
  int categoryCount = 0;
  categories.isArray(&categoryCount, JsonReader::Required);
  if (categories.isPresent() && categoryCount == 0 && categories.value().isArray())
    problems << Tr::tr("the taxonomy has no categories");
  for (int c = 0; c < categoryCount; ++c)
  {
    const JsonReader object = categories.element(c);
    if (!object.isObject(JsonReader::Required))
      continue;
    object.allowOnly(entryKeys + QStringList{QStringLiteral("sectors")});
    Category category;
    QString *names[3] = {&category.code, &category.nameZh, &category.nameEn};
    if (!readNames(object, names))
      object.report(Tr::tr("a category lacks its code, Chinese or English name"));
    const JsonReader sectors = object.member(QStringLiteral("sectors"));
    int sectorCount = 0;
    sectors.isArray(&sectorCount);
    for (int s = 0; s < sectorCount; ++s)
    {
      const JsonReader sectorObject = sectors.element(s);
      if (!sectorObject.isObject(JsonReader::Required))
        continue;
      sectorObject.allowOnly(entryKeys);
      Sector sector;
      sector.categoryCode = category.code;
      QString *sectorNames[3] = {&sector.code, &sector.nameZh, &sector.nameEn};
      if (!readNames(sectorObject, sectorNames))
      {
        sectorObject.report(
            Tr::tr("a sector of category %1 lacks its code, Chinese or English name")
                .arg(category.code));
        continue;
      }
      category.sectors.append(sector);
    }
    parsed.mCategories.append(category);
  }
  // Names were checked above, where the file's path of each entry is known.
  for (const TaxonomyIssue &issue : parsed.issues())
    if (issue.field == TaxonomyIssue::Field::Code && !issue.reason.isEmpty() &&
        !(issue.sector < 0 ? parsed.mCategories.at(issue.category).code
                           : parsed.mCategories.at(issue.category).sectors.at(issue.sector).code)
             .isEmpty())
      problems << issue.reason;
  if (problems.size() > problemsBefore)
    return false;
  taxonomy = parsed;
  return true;
}

QJsonObject Taxonomy::toJson() const
{
  QJsonArray categories;
  for (const Category &category : mCategories)
  {
    QJsonArray sectors;
    for (const Sector &sector : category.sectors)
      sectors.append(QJsonObject{{QStringLiteral("code"), sector.code},
                                 {QStringLiteral("name_zh"), sector.nameZh},
                                 {QStringLiteral("name_en"), sector.nameEn}});
    categories.append(QJsonObject{{QStringLiteral("code"), category.code},
                                  {QStringLiteral("name_zh"), category.nameZh},
                                  {QStringLiteral("name_en"), category.nameEn},
                                  {QStringLiteral("sectors"), sectors}});
  }
  return {{QStringLiteral("schema"), QStringLiteral("riskatlas-taxonomy/1")},
          {QStringLiteral("categories"), categories}};
}

Taxonomy Taxonomy::fromCategories(const QList<Category> &categories)
{
  Taxonomy taxonomy;
  taxonomy.mCategories = categories;
  for (Category &category : taxonomy.mCategories)
    for (Sector &sector : category.sectors)
      sector.categoryCode = category.code;
  return taxonomy;
}

QList<TaxonomyIssue> Taxonomy::issues() const
{
  QList<TaxonomyIssue> found;
  auto check = [&found](int category, int sector, const QString &code, const QString &nameZh,
                        const QString &nameEn)
  {
    const bool isCategory = sector < 0;
    if (code.trimmed().isEmpty())
      found << TaxonomyIssue{category, sector, TaxonomyIssue::Field::Code,
                             isCategory ? Tr::tr("the category has no code")
                                        : Tr::tr("the sector has no code")};
    if (nameZh.trimmed().isEmpty())
      found << TaxonomyIssue{category, sector, TaxonomyIssue::Field::NameZh,
                             isCategory ? Tr::tr("the category has no Chinese name")
                                        : Tr::tr("the sector has no Chinese name")};
    if (nameEn.trimmed().isEmpty())
      found << TaxonomyIssue{category, sector, TaxonomyIssue::Field::NameEn,
                             isCategory ? Tr::tr("the category has no English name")
                                        : Tr::tr("the sector has no English name")};
  };
  QSet<QString> categoryCodes;
  QSet<QString> sectorCodes;
  for (int c = 0; c < mCategories.size(); ++c)
  {
    const Category &category = mCategories.at(c);
    check(c, -1, category.code, category.nameZh, category.nameEn);
    const QString categoryKey = category.code.trimmed().toLower();
    if (!categoryKey.isEmpty() && categoryCodes.contains(categoryKey))
      found << TaxonomyIssue{c, -1, TaxonomyIssue::Field::Code,
                             Tr::tr("category code %1 appears twice").arg(category.code)};
    categoryCodes.insert(categoryKey);
    for (int s = 0; s < category.sectors.size(); ++s)
    {
      const Sector &sector = category.sectors.at(s);
      check(c, s, sector.code, sector.nameZh, sector.nameEn);
      const QString key = sector.code.trimmed().toLower();
      if (!key.isEmpty() && sectorCodes.contains(key))
        found << TaxonomyIssue{c, s, TaxonomyIssue::Field::Code,
                               Tr::tr("sector code %1 appears twice").arg(sector.code)};
      sectorCodes.insert(key);
    }
  }
  return found;
}

QStringList Taxonomy::changesFrom(const Taxonomy &before) const
{
  // Data for the audit log, like its other values: neutral English, never translated.
  auto names = [](const QString &zh, const QString &en)
  { return QStringLiteral("%1 / %2").arg(zh, en); };
  QStringList changes;
  for (const Category &category : mCategories)
  {
    const Category *old = before.category(category.code);
    if (!old)
      changes << QStringLiteral("added category %1 %2")
                     .arg(category.code, names(category.nameZh, category.nameEn));
    else if (old->nameZh != category.nameZh || old->nameEn != category.nameEn)
      changes << QStringLiteral("renamed category %1: %2 → %3")
                     .arg(category.code, names(old->nameZh, old->nameEn),
                          names(category.nameZh, category.nameEn));
  }
  for (const Category &category : mCategories)
    for (const Sector &sector : category.sectors)
    {
      const Sector *old = before.findSector(sector.code);
      if (!old || old->code != sector.code)
      {
        changes << QStringLiteral("added sector %1 %2 in %3")
                       .arg(sector.code, names(sector.nameZh, sector.nameEn), category.code);
        continue;
      }
      if (old->nameZh != sector.nameZh || old->nameEn != sector.nameEn)
        changes << QStringLiteral("renamed sector %1: %2 → %3")
                       .arg(sector.code, names(old->nameZh, old->nameEn),
                            names(sector.nameZh, sector.nameEn));
      if (old->categoryCode != category.code)
        changes << QStringLiteral("moved sector %1: %2 → %3")
                       .arg(sector.code, old->categoryCode, category.code);
    }
  for (const Category &category : before.mCategories)
    for (const Sector &sector : category.sectors)
    {
      const Sector *now = findSector(sector.code);
      if (!now || now->code != sector.code)
        changes << QStringLiteral("retired sector %1").arg(sector.code);
    }
  for (const Category &category : before.mCategories)
    if (!this->category(category.code))
      changes << QStringLiteral("retired category %1").arg(category.code);
  return changes;
}

QStringList Taxonomy::lackingSectors(const QHash<QString, qint64> &unitsBySector) const
{
  QStringList codes = unitsBySector.keys();
  codes.sort();
  QStringList lacking;
  for (const QString &code : std::as_const(codes))
  {
    // A unit keeps its code: a sector found only by name or in another case does not count.
    const Sector *sector = findSector(code);
    if (!sector || sector->code != code)
      lacking << Tr::tr("%1 (%n unit(s))", nullptr, int(unitsBySector.value(code))).arg(code);
  }
  return lacking;
}

const Category *Taxonomy::category(const QString &code) const
{
  for (const Category &category : mCategories)
  {
    if (category.code == code)
      return &category;
  }
  return nullptr;
}

const Sector *Taxonomy::findSector(const QString &codeOrName) const
{
  const QString wanted = codeOrName.trimmed();
  if (wanted.isEmpty())
    return nullptr;
  for (const Category &category : mCategories)
  {
    for (const Sector &sector : category.sectors)
    {
      if (sector.code.compare(wanted, Qt::CaseInsensitive) == 0 || sector.nameZh == wanted ||
          sector.nameEn.compare(wanted, Qt::CaseInsensitive) == 0)
        return &sector;
    }
  }
  return nullptr;
}

int Taxonomy::sectorCount() const
{
  int count = 0;
  for (const Category &category : mCategories)
    count += category.sectors.size();
  return count;
}

} // namespace riskatlas
