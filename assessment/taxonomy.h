#pragma once

#include <QHash>
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

//! One reason a taxonomy cannot be used, at the entry and field it concerns (for an editor).
struct TaxonomyIssue
{
  enum class Field
  {
    Code,
    NameZh,
    NameEn,
  };
  int category = -1; //!< index of the category
  int sector = -1;   //!< index of the sector in its category; -1: the category itself
  Field field = Field::Code;
  QString reason;
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
  /**
   * A taxonomy of \a categories as given, unchecked (an editor's state); issues() tells what
   * keeps it from being used. Each sector's categoryCode is set to its category's code.
   */
  static Taxonomy fromCategories(const QList<Category> &categories);
  /**
   * What makes this taxonomy unusable: an empty code or name, a category or sector code used
   * twice (sector codes are unique across categories, case-insensitively).
   */
  QList<TaxonomyIssue> issues() const;
  /**
   * The sectors units use (\a unitsBySector: sector code → number of units) that this taxonomy
   * lacks, one entry per sector as "I01 (3 units)": replacing a project's taxonomy by one that
   * lacks any is refused.
   */
  QStringList lackingSectors(const QHash<QString, qint64> &unitsBySector) const;
  /**
   * What changed from \a before, one neutral line per change for the audit log ("added sector
   * T01 港口码头 / Ports in transport", "renamed sector I01: A / a → B / b", "moved sector C01:
   * crowded → transport", "retired sector C05", and the same for categories); empty when equal.
   */
  QStringList changesFrom(const Taxonomy &before) const;
  bool operator==(const Taxonomy &other) const { return toJson() == other.toJson(); }
  bool operator!=(const Taxonomy &other) const { return !(*this == other); }

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
