#include "maps/embeddedproject.h"

#include "assess/projectsummary.h"
#include "language.h"
#include "maps/hazardstyle.h"
#include "maps/layerfields.h"
#include "maps/riskmaplayout.h"
#include "maps/riskstyle.h"
#include "reproducibletime.h"
#include "store/hazardtable.h"
#include "store/projectlayers.h"
#include "store/projectschema.h"
#include "store/projectstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>
#include <QUrlQuery>
#include <qgsapplication.h>
#include <qgsexpression.h>
#include <qgslayertree.h>
#include <qgslayoutmanager.h>
#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsprojectstorage.h>
#include <qgsprojectstorageregistry.h>
#include <qgsvectorlayer.h>

namespace riskatlas
{

namespace
{
//! The metadata key holding the file name the embedded project's layer sources refer to.
QString writtenForKey()
{
  return QStringLiteral("qgis_project_file");
}

//! The metadata key holding the signature of what the embedded project was made of.
QString signatureKey()
{
  return QStringLiteral("qgis_project_signature");
}

/**
 * SHA-256 over everything the embedded project is made of but the data itself (which its
 * layers read when drawn): the RiskAtlas version (styles, layouts' code), the file's name (the
 * layers' sources), the project's name and CRS, the region kinds, and each layout's options,
 * template and printed date.
 */
QString projectSignature(const QString &gpkgPath, const QString &name, const QString &crs,
                         const QList<RegionKind> &kinds, const QList<MapOptions> &layouts,
                         const LevelPalette &palette, bool hasHazards, const Taxonomy &taxonomy)
{
  QCryptographicHash hash(QCryptographicHash::Sha256);
  QStringList kindKeys;
  for (RegionKind kind : kinds)
    kindKeys << regionKindKey(kind);
  for (const QString &part :
       {QStringLiteral(RISKATLAS_VERSION), QFileInfo(gpkgPath).fileName(), name, crs,
        kindKeys.join(QLatin1Char(',')), reproducibleNow().date().toString(Qt::ISODate)})
    hash.addData(part.toUtf8() + '\n');
  // The default palette adds nothing, so the signature of a project without one is as before.
  if (!palette.isDefault())
    for (RiskLevel level : LevelPalette::levels())
      hash.addData(palette.color(level).toUtf8() + '\n');
  // Projects without a hidden-danger register keep the signature they had.
  if (hasHazards)
    hash.addData(QByteArrayLiteral("hazards\n"));
  // The fields' aliases and value maps name the taxonomy's categories and sectors.
  hash.addData(QJsonDocument(taxonomy.toJson()).toJson(QJsonDocument::Compact) + '\n');
  for (const MapOptions &options : layouts)
  {
    for (const QString &part : {regionKindKey(options.kind), options.category, options.categoryName,
                                options.aggregation, QString::number(options.atlas)})
      hash.addData(part.toUtf8() + '\n');
    QFile layoutTemplate(resolveMapTemplate(options));
    if (layoutTemplate.open(QIODevice::ReadOnly))
      hash.addData(layoutTemplate.readAll());
  }
  return QString::fromLatin1(hash.result().toHex());
}

//! Whether the GeoPackage still holds the embedded project (a user may have removed it in QGIS).
bool hasStoredProject(const QString &gpkgPath)
{
  QgsProjectStorage *storage = QgsApplication::projectStorageRegistry()->projectStorageFromType(
      QStringLiteral("geopackage"));
  return storage && storage->listProjects(gpkgPath).contains(EmbeddedProject::projectName());
}

QString regionKindName(RegionKind kind, const Language &language)
{
  return EmbeddedProject::regionLayerName(kind, language);
}

/**
 * Adds one print layout on layers of its own (registered, but kept out of the layer tree), so
 * each layout's regions carry that map's level expression and its units that map's filter.
 */
bool addLayout(QgsProject &project, const QgsVectorLayer &regions, const QgsVectorLayer &units,
               const MapOptions &options, const Language &language, QStringList &problems)
{
  QgsVectorLayer *mapRegions = regions.clone();
  mapRegions->setName(regionKindName(options.kind, language));
  mapRegions->setSubsetString(regionKindFilter(options.kind));
  QgsVectorLayer *mapUnits = units.clone();
  QString levelExpression = QStringLiteral("level");
  QString unitLevelExpression = QStringLiteral("level");
  if (!options.category.isEmpty())
  {
    mapRegions->setName(language.translate("EmbeddedProject", "%1 (%2)")
                            .arg(mapRegions->name(), options.categoryName));
    mapUnits->setName(
        language.translate("EmbeddedProject", "%1 (%2)").arg(units.name(), options.categoryName));
    levelExpression = categoryLevelExpression(options.category);
    // Other categories' units get no level and so are not drawn. A subset string would do the
    // same, but saving the project would then scan every unit for the filtered extent.
    unitLevelExpression = QStringLiteral("CASE WHEN %1 = %2 THEN %3 END")
                              .arg(QgsExpression::quotedColumnRef(QStringLiteral("category")),
                                   QgsExpression::quotedString(options.category),
                                   QgsExpression::quotedColumnRef(QStringLiteral("level")));
  }
  applyRegionStyle(*mapRegions, options.language, options.palette, levelExpression);
  applyUnitStyle(*mapUnits, options.language, options.palette, unitLevelExpression);
  project.addMapLayer(mapRegions, false);
  project.addMapLayer(mapUnits, false);
  MapBuildStatus status;
  std::unique_ptr<QgsPrintLayout> layout =
      buildRiskMapLayout(project, mapRegions, mapUnits, options, &status);
  if (!layout)
  {
    problems << status.error;
    return false;
  }
  project.layoutManager()->addLayout(layout.release());
  return true;
}

QList<RegionKind> presentRegionKinds(const QString &gpkgPath)
{
  QList<RegionKind> kinds;
  ProjectLayers layers(gpkgPath);
  if (!layers.isValid())
    return kinds;
  const int field = layers.regions()->fields().lookupField(QStringLiteral("kind"));
  const QSet<QVariant> present = layers.regions()->uniqueValues(field);
  for (RegionKind kind : regionKinds())
    if (present.contains(regionKindKey(kind)))
      kinds << kind;
  return kinds;
}
} // namespace

QString EmbeddedProject::projectName()
{
  return QStringLiteral("RiskAtlas");
}

QString EmbeddedProject::uri(const QString &gpkgPath)
{
  // The encoding QGIS's GeoPackage project storage uses (QgsGeoPackageProjectStorage).
  QUrl url;
  url.setScheme(QStringLiteral("geopackage"));
  url.setPath(QFileInfo(gpkgPath).absoluteFilePath());
  QUrlQuery query;
  query.addQueryItem(QStringLiteral("projectName"), projectName());
  url.setQuery(query);
  return QString::fromUtf8(url.toEncoded());
}

bool EmbeddedProject::write(const QString &gpkgPath, QString *error)
{
  QString name;
  QString crs;
  QString aggregation;
  QString storedSignature;
  Taxonomy taxonomy;
  LevelPalette palette;
  QSet<QString> categoriesPresent;
  bool hasHazards = false;
  {
    auto store = ProjectStore::open(gpkgPath, error);
    if (!store)
      return false;
    if (!store->hasSpatialLayers())
      return true;
    name = store->projectName();
    crs = store->crsAuthId();
    aggregation = store->metadata(ProjectSchema::aggregationKey());
    storedSignature = store->metadata(signatureKey());
    taxonomy = store->taxonomy();
    palette = store->methodSet().palette();
    categoriesPresent = readUnitCategories(*store);
    hasHazards = HazardTable::layer(*store) != nullptr;
  }
  const QList<RegionKind> kinds = presentRegionKinds(gpkgPath);

  // The layouts: the overall map, one per category with units, the district atlas.
  QList<MapOptions> layouts;
  if (!kinds.isEmpty())
  {
    MapOptions options;
    options.projectName = name;
    options.crsAuthId = crs;
    options.kind = kinds.first();
    if (!aggregation.isEmpty())
      options.aggregation = aggregation;
    options.thinningThreshold = 0; // thinned units live in memory and would not be saved
    options.palette = palette;
    layouts << options;
    for (const Category &category : taxonomy.categories())
    {
      if (!categoriesPresent.contains(category.code))
        continue;
      MapOptions categoryOptions = options;
      categoryOptions.category = category.code;
      categoryOptions.categoryName = category.name(options.language);
      layouts << categoryOptions;
    }
    if (kinds.contains(RegionKind::District))
    {
      MapOptions atlasOptions = options;
      atlasOptions.atlas = true;
      layouts << atlasOptions;
    }
  }
  // Rebuilding costs a second or more on a big city: skip it when nothing it is made of changed.
  const QString signature =
      projectSignature(gpkgPath, name, crs, kinds, layouts, palette, hasHazards, taxonomy);
  if (signature == storedSignature && hasStoredProject(gpkgPath))
    return true;

  ProjectLayers layers(gpkgPath);
  if (!layers.isValid())
    return true; // nothing to show yet

  // The embedded project is in Chinese, whatever the user interface's language.
  const Language &language = Language::get(QStringLiteral("zh"));
  QgsProject project;
  project.setTitle(name);
  project.setCrs(QgsCoordinateReferenceSystem(crs));
  project.setFilePathStorage(Qgis::FilePathType::Relative);
  // QGIS Desktop then takes the layers' extents from the project instead of scanning them.
  project.setTrustLayerMetadata(true);

  // Layer tree, top to bottom: units, then one layer per region kind from districts to grid
  // cells; only the coarsest kind is visible at first, so the fills do not hide each other.
  QgsLayerTree *tree = project.layerTreeRoot();
  // The hidden dangers on top: overdue ones must not hide under units.
  if (auto hazards = hasHazards ? openHazardLayer(gpkgPath) : nullptr)
  {
    hazards->setName(hazardsLayerName(language));
    applyHazardStyle(*hazards, QStringLiteral("zh"));
    LayerFields::applyToHazards(*hazards, QStringLiteral("zh"));
    QgsVectorLayer *layer = hazards.release();
    project.addMapLayer(layer, false);
    tree->addLayer(layer);
  }
  QgsVectorLayer *units = layers.takeUnits();
  units->setName(unitsLayerName(language));
  applyUnitStyle(*units, QStringLiteral("zh"), palette);
  LayerFields::applyToUnits(*units, QStringLiteral("zh"), taxonomy);
  project.addMapLayer(units, false);
  // Every regions layer (one per kind, the layouts') is a clone of this one, with its fields.
  LayerFields::applyToRegions(*layers.regions(), QStringLiteral("zh"));
  tree->addLayer(units);
  for (RegionKind kind : kinds)
  {
    QgsVectorLayer *layer = layers.regions()->clone();
    layer->setName(regionKindName(kind, language));
    layer->setSubsetString(regionKindFilter(kind));
    applyRegionStyle(*layer, QStringLiteral("zh"), palette);
    project.addMapLayer(layer, false);
    tree->addLayer(layer)->setItemVisibilityChecked(kind == kinds.first());
  }

  QStringList layoutProblems;
  for (const MapOptions &options : layouts)
    addLayout(project, *layers.regions(), *units, options, language, layoutProblems);

  if (!project.write(uri(gpkgPath)))
  {
    if (error)
      *error = language.translate("EmbeddedProject", "%1: cannot store the QGIS project in it: %2")
                   .arg(gpkgPath, project.error());
    return false;
  }
  auto store = ProjectStore::open(gpkgPath, error);
  if (!store || !store->setMetadata(writtenForKey(), QFileInfo(gpkgPath).fileName(), error) ||
      !store->setMetadata(signatureKey(), layoutProblems.isEmpty() ? signature : QString(), error))
    return false;
  if (!layoutProblems.isEmpty())
  {
    if (error)
      *error =
          language
              .translate("EmbeddedProject", "%1: the QGIS project inside it lacks a map layout: %2")
              .arg(gpkgPath, layoutProblems.join(QStringLiteral("; ")));
    return false;
  }
  return true;
}

QString EmbeddedProject::regionLayerName(RegionKind kind, const Language &language)
{
  switch (kind)
  {
  case RegionKind::District:
    return language.translate("EmbeddedProject", "Districts");
  case RegionKind::Street:
    return language.translate("EmbeddedProject", "Streets");
  case RegionKind::Grid:
    break;
  }
  return language.translate("EmbeddedProject", "Grid cells");
}

QString EmbeddedProject::hazardsLayerName(const Language &language)
{
  return language.translate("EmbeddedProject", "Hidden dangers");
}

QString EmbeddedProject::unitsLayerName(const Language &language)
{
  return language.translate("EmbeddedProject", "Risk units");
}

bool EmbeddedProject::isStale(const ProjectStore &store)
{
  const QString writtenFor = store.metadata(writtenForKey());
  return !writtenFor.isEmpty() && writtenFor != QFileInfo(store.path()).fileName();
}

} // namespace riskatlas
