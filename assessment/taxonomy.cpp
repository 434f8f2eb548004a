#include "taxonomy.h"

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
  auto fail = [error](const QString &message)
  {
    if (error)
      *error = message;
    return false;
  };
  Taxonomy parsed;
  QSet<QString> seenCodes;
  const QJsonArray categories = json.value(QStringLiteral("categories")).toArray();
  if (categories.isEmpty())
    return fail(Tr::tr("the taxonomy has no categories"));
  for (const QJsonValue &categoryValue : categories)
  {
    const QJsonObject object = categoryValue.toObject();
    Category category{object.value(QStringLiteral("code")).toString(),
                      object.value(QStringLiteral("name_zh")).toString(),
                      object.value(QStringLiteral("name_en")).toString(),
                      {}};
    if (category.code.isEmpty() || category.nameZh.isEmpty() || category.nameEn.isEmpty())
      return fail(Tr::tr("a category lacks its code, Chinese or English name"));
    for (const QJsonValue &sectorValue : object.value(QStringLiteral("sectors")).toArray())
    {
      const QJsonObject sectorObject = sectorValue.toObject();
      Sector sector{sectorObject.value(QStringLiteral("code")).toString(),
                    sectorObject.value(QStringLiteral("name_zh")).toString(),
                    sectorObject.value(QStringLiteral("name_en")).toString(), category.code};
      if (sector.code.isEmpty() || sector.nameZh.isEmpty() || sector.nameEn.isEmpty())
        return fail(Tr::tr("a sector of category %1 lacks its code, Chinese or English name")
                        .arg(category.code));
      if (seenCodes.contains(sector.code))
        return fail(Tr::tr("sector code %1 appears twice").arg(sector.code));
      seenCodes.insert(sector.code);
      category.sectors.append(sector);
    }
    parsed.mCategories.append(category);
  }
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
