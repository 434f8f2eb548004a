#include "embeddedproject.h"

#include "projectlayers.h"
#include "projectschema.h"
#include "projectstore.h"
#include "riskstyle.h"
#include "translations.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>
#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsvectorlayer.h>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(EmbeddedProject)
};

//! The metadata key holding the file name the embedded project's layer sources refer to.
QString writtenForKey()
{
  return QStringLiteral("qgis_project_file");
}

QString regionKindName(const QString &kind)
{
  if (kind == QLatin1String("district"))
    return Tr::tr("Districts");
  if (kind == QLatin1String("street"))
    return Tr::tr("Streets");
  return Tr::tr("Grid cells");
}

QStringList regionKinds(const QString &gpkgPath)
{
  QStringList kinds;
  ProjectLayers layers(gpkgPath);
  if (!layers.isValid())
    return kinds;
  const int field = layers.regions()->fields().lookupField(QStringLiteral("kind"));
  for (const QString &kind :
       {QStringLiteral("district"), QStringLiteral("street"), QStringLiteral("grid")})
    if (layers.regions()->uniqueValues(field).contains(kind))
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
  {
    auto store = ProjectStore::open(gpkgPath, error);
    if (!store)
      return false;
    if (!store->hasSpatialLayers())
      return true;
    name = store->projectName();
    crs = store->crsAuthId();
  }
  const QStringList kinds = regionKinds(gpkgPath);
  ProjectLayers layers(gpkgPath);
  if (!layers.isValid())
    return true; // nothing to show yet

  const ScopedLanguage language(QStringLiteral("zh"));
  QgsProject project;
  project.setTitle(name);
  project.setCrs(QgsCoordinateReferenceSystem(crs));
  project.setFilePathStorage(Qgis::FilePathType::Relative);

  // Layer tree, top to bottom: units, then one layer per region kind from districts to grid
  // cells; only the coarsest kind is visible at first, so the fills do not hide each other.
  QgsLayerTree *tree = project.layerTreeRoot();
  QgsVectorLayer *units = layers.takeUnits();
  units->setName(Tr::tr("Risk units"));
  applyUnitStyle(*units, QStringLiteral("zh"));
  project.addMapLayer(units, false);
  tree->addLayer(units);
  for (const QString &kind : kinds)
  {
    QgsVectorLayer *layer = layers.regions()->clone();
    layer->setName(regionKindName(kind));
    layer->setSubsetString(QStringLiteral("\"kind\" = '%1'").arg(kind));
    applyRegionStyle(*layer, QStringLiteral("zh"));
    project.addMapLayer(layer, false);
    tree->addLayer(layer)->setItemVisibilityChecked(kind == kinds.first());
  }

  if (!project.write(uri(gpkgPath)))
  {
    if (error)
      *error = Tr::tr("%1: cannot store the QGIS project in it: %2").arg(gpkgPath, project.error());
    return false;
  }
  auto store = ProjectStore::open(gpkgPath, error);
  return store && store->setMetadata(writtenForKey(), QFileInfo(gpkgPath).fileName(), error);
}

bool EmbeddedProject::isStale(const QString &gpkgPath)
{
  QString error;
  auto store = ProjectStore::open(gpkgPath, &error);
  if (!store || !store->hasSpatialLayers())
    return false;
  const QString writtenFor = store->metadata(writtenForKey());
  return !writtenFor.isEmpty() && writtenFor != QFileInfo(gpkgPath).fileName();
}

} // namespace riskatlas
