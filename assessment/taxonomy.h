#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace riskatlas
{

struct Sector
{
  QString code; //!< e.g. "I01"
  QString nameZh;
  QString nameEn;
  QString categoryCode;

  QString name(const QString &language) const;
};

struct Category
{
  QString code; //!< industrial | crowded | facilities | natural
  QString nameZh;
  QString nameEn;
  QList<Sector> sectors;

  QString name(const QString &language) const;
};

/**
 * Categories and sectors risk units are classified by (domain.md §2). The default ships as a
 * resource; a project stores its own copy, so it can be edited per city.
 */
class Taxonomy
{
public:
  //! The 4 categories and 40 sectors shipped in resources/taxonomy/default-taxonomy.json.
  static const Taxonomy &defaultTaxonomy();
  //! Parses the resource format; returns false and sets \a error on duplicates or missing names.
  static bool fromJson(const QJsonObject &json, Taxonomy &taxonomy, QString *error);
  //! As fromJson(), strictly, listing every problem found ("path: reason").
  static bool readJson(const QJsonObject &json, Taxonomy &taxonomy, QStringList &problems);
  QJsonObject toJson() const;

  const QList<Category> &categories() const { return mCategories; }
  const Category *category(const QString &code) const;
  //! Finds a sector by code, Chinese name or English name (case-insensitive); nullptr if none.
  const Sector *findSector(const QString &codeOrName) const;
  int sectorCount() const;

private:
  QList<Category> mCategories;
};

//! Makes the module's embedded resources (taxonomy, templates, translations) available.
void initAssessmentResources();

} // namespace riskatlas
