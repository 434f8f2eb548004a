#include "maps/layerfields.h"

#include "hazardgrade.h"
#include "hazardstatus.h"
#include "regionkind.h"
#include "risklevel.h"
#include "store/fieldlabels.h"
#include "taxonomy.h"

#include <qgseditorwidgetsetup.h>
#include <qgsvectorlayer.h>

#include <functional>

namespace riskatlas
{

namespace
{
using CodeNames = QList<QPair<QString, QString>>;

//! Every level, unassessed (none) last when \a withNone.
CodeNames levelNames(const QString &language, bool withNone)
{
  CodeNames names;
  for (RiskLevel level : assessedLevels())
    names << qMakePair(levelKey(level), levelName(level, language));
  if (withNone)
    names << qMakePair(levelKey(RiskLevel::None), levelName(RiskLevel::None, language));
  return names;
}

/**
 * Sets the alias of every field of \a layer \a label knows (the others keep their names) and
 * the value maps of \a valueMaps (field → codes and names).
 */
void applyFields(QgsVectorLayer &layer, const std::function<QString(const QString &)> &label,
                 const QList<QPair<QString, CodeNames>> &valueMaps)
{
  const QgsFields fields = layer.fields();
  for (int index = 0; index < fields.count(); ++index)
  {
    const QString alias = label(fields.at(index).name());
    if (!alias.isEmpty())
      layer.setFieldAlias(index, alias);
  }
  for (const auto &[field, codeNames] : valueMaps)
  {
    const int index = fields.lookupField(field);
    if (index >= 0)
      layer.setEditorWidgetSetup(index, LayerFields::valueMap(codeNames));
  }
}
} // namespace

QgsEditorWidgetSetup LayerFields::valueMap(const QList<QPair<QString, QString>> &codeNames)
{
  // QGIS 3 keeps the order as a list of one-entry maps, name → stored value.
  QVariantList map;
  for (const auto &[code, name] : codeNames)
    map << QVariantMap{{name, code}};
  return QgsEditorWidgetSetup(QStringLiteral("ValueMap"), {{QStringLiteral("map"), map}});
}

void LayerFields::applyToUnits(QgsVectorLayer &units, const QString &language,
                               const Taxonomy &taxonomy)
{
  CodeNames categories;
  CodeNames sectors;
  for (const Category &category : taxonomy.categories())
  {
    categories << qMakePair(category.code, category.name(language));
    for (const Sector &sector : category.sectors)
      sectors << qMakePair(sector.code,
                           QStringLiteral("%1 %2").arg(sector.code, sector.name(language)));
  }
  CodeNames methods;
  for (const char *method : {"matrix", "lec", "mes"})
    methods << qMakePair(QString::fromLatin1(method),
                         FieldLabels::methodName(QString::fromLatin1(method), language));
  applyFields(units,
              [&language](const QString &field) { return FieldLabels::unitField(field, language); },
              {{QStringLiteral("level"), levelNames(language, true)},
               {QStringLiteral("inherent_level"), levelNames(language, true)},
               {QStringLiteral("level_override"), levelNames(language, false)},
               {QStringLiteral("category"), categories},
               {QStringLiteral("sector"), sectors},
               {QStringLiteral("method"), methods}});
}

void LayerFields::applyToRegions(QgsVectorLayer &regions, const QString &language)
{
  CodeNames kinds;
  for (const QString &kind : regionKindKeys())
    kinds << qMakePair(kind, FieldLabels::regionKindName(kind, language));
  applyFields(
      regions,
      [&language](const QString &field) { return FieldLabels::regionField(field, language); },
      {{QStringLiteral("kind"), kinds}, {QStringLiteral("level"), levelNames(language, true)}});
}

void LayerFields::applyToHazards(QgsVectorLayer &hazards, const QString &language)
{
  const bool zh = language != QLatin1String("en");
  CodeNames statuses;
  for (HazardStatus status : hazardStatuses())
    statuses << qMakePair(hazardStatusKey(status),
                          zh ? hazardStatusNameZh(status) : hazardStatusNameEn(status));
  CodeNames grades;
  for (HazardGrade grade : hazardGrades())
    grades << qMakePair(hazardGradeKey(grade),
                        zh ? hazardGradeNameZh(grade) : hazardGradeNameEn(grade));
  CodeNames listings;
  for (const char *listing : {"district", "city", "province"})
    listings << qMakePair(QString::fromLatin1(listing),
                          FieldLabels::hazardListingName(QString::fromLatin1(listing), language));
  applyFields(hazards,
              [&language](const QString &field)
              { return FieldLabels::hazardField(field, language); },
              {{QStringLiteral("status"), statuses},
               {QStringLiteral("grade"), grades},
               {QStringLiteral("listing"), listings}});
}

} // namespace riskatlas
