#include "workflow/projectview.h"

#include "language.h"
#include "maps/embeddedproject.h"
#include "maps/hazardstyle.h"
#include "maps/layerfields.h"
#include "maps/riskmaplayout.h"
#include "maps/riskstyle.h"
#include "store/projectjournal.h"
#include "workflow/projectsession.h"

#include <QCoreApplication>
#include <QEvent>
#include <cmath>
#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgsvectordataprovider.h>
#include <qgsvectorlayer.h>

namespace riskatlas
{

namespace
{
//! The embedded project names its layers in Chinese: roles are found by source and subset.
bool isUnitsLayer(const QgsVectorLayer &layer)
{
  return layer.source().contains(QStringLiteral("layername=units"));
}
bool isHazardsLayer(const QgsVectorLayer &layer)
{
  return layer.source().contains(QStringLiteral("layername=hazards"));
}
/**
 * The most zoomed-out scale (denominator) at which a map of \a units stays readable and quick:
 * about 20,000 units in a screen-sized view (≈ 0.3 m × 0.2 m). 0 for a layer small enough to
 * show whole. A million points drawn city-wide take seconds and hide the regions' colours.
 */
double unitsVisibleScale(QgsVectorLayer &units)
{
  constexpr double unitsPerView = 20000;
  const long long count = units.featureCount();
  const QgsRectangle extent = units.extent();
  if (count <= unitsPerView || !units.crs().isValid() || units.crs().isGeographic() ||
      extent.area() <= 0)
    return count <= unitsPerView ? 0 : 25000;
  const double density = double(count) / extent.area();            // units per m²
  const double scale = std::sqrt(unitsPerView / (0.06 * density)); // 0.06 m²: the view
  // A round scale (1, 2 or 5 × 10^k), never above what was computed.
  const double magnitude = std::pow(10.0, std::floor(std::log10(scale)));
  for (double step : {5.0, 2.0, 1.0})
    if (step * magnitude <= scale)
      return step * magnitude;
  return magnitude;
}
} // namespace

ProjectView::ProjectView(const QString &path) : mPath(path) {}

std::unique_ptr<ProjectView> ProjectView::open(const QString &path, Problem *problem)
{
  // A writing session migrates an older schema and repairs the embedded project of a renamed
  // file before anything reads it.
  {
    auto session = ProjectSession::open(path, problem);
    if (!session)
      return nullptr;
  }
  std::unique_ptr<ProjectView> view(new ProjectView(path));
  QString error;
  view->mJournal = ProjectJournal::open(path, &error);
  if (!view->mJournal)
  {
    if (problem)
      *problem = Problem::fileProblem(ProblemKind::Failed, path, error);
    return nullptr;
  }
  view->mProject = std::make_unique<QgsProject>();
  if (!view->reload(&error))
  {
    if (problem)
      *problem = Problem::fileProblem(ProblemKind::Failed, path, error);
    return nullptr;
  }
  return view;
}

ProjectView::~ProjectView()
{
  if (mProject)
  {
    mProject->clear();
    mProject.reset();
  }
  // QGIS hands its pooled GeoPackage connections to deleteLater(): let them go before the
  // journal returns the file to one file.
  QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
  if (mJournal)
  {
    QString error;
    if (!mJournal->close(&error))
      qWarning("%s", qPrintable(error));
  }
}

bool ProjectView::reopen(Problem *problem)
{
  // The layers and the journal still read the replaced file: close them first, so its
  // write-ahead log is folded back into that file and never met by the new one.
  mProject->clear();
  QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
  QString error;
  if (mJournal && !mJournal->close(&error))
    qWarning("%s", qPrintable(error));
  mJournal.reset();
  {
    auto session = ProjectSession::open(mPath, problem);
    if (!session)
      return false;
  }
  mJournal = ProjectJournal::open(mPath, &error);
  if (!mJournal || !reload(&error))
  {
    if (problem)
      *problem = Problem::fileProblem(ProblemKind::Failed, mPath, error);
    return false;
  }
  return true;
}

bool ProjectView::reload(QString *error)
{
  // The canvas draws in the project's colours (a method set may bring its own palette).
  {
    auto session = ProjectSession::open(mPath, OpenMode::ReadOnly, nullptr);
    mPalette = session ? session->methodSet().palette() : LevelPalette();
    mTaxonomy = session ? session->taxonomy() : Taxonomy::defaultTaxonomy();
  }
  mProject->clear();
  QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
  const QString uri = EmbeddedProject::uri(mPath);
  // A project without spatial layers yet has no embedded QGIS project: an empty map.
  if (!mProject->read(uri) && !mProject->mapLayers().isEmpty())
  {
    if (error)
      *error = tr("%1: cannot read the QGIS project inside it: %2").arg(mPath, mProject->error());
    return false;
  }
  // The canvas only reads; nothing in the window edits a layer through QGIS.
  for (QgsMapLayer *layer : mProject->mapLayers())
    if (auto *vector = qobject_cast<QgsVectorLayer *>(layer))
      vector->setReadOnly(true);
  applyView();
  return true;
}

QList<QgsVectorLayer *> ProjectView::treeLayers() const
{
  // The project's layouts keep layers of their own (one per category map, the atlas) outside
  // the layer tree: the map shows the tree's.
  QList<QgsVectorLayer *> layers;
  for (QgsLayerTreeLayer *node : mProject->layerTreeRoot()->findLayers())
    if (auto *vector = qobject_cast<QgsVectorLayer *>(node->layer()))
      layers << vector;
  return layers;
}

QgsVectorLayer *ProjectView::unitsLayer() const
{
  for (QgsVectorLayer *layer : treeLayers())
    if (isUnitsLayer(*layer))
      return layer;
  return nullptr;
}

QgsVectorLayer *ProjectView::regionLayer(RegionKind kind) const
{
  const QString filter = regionKindFilter(kind);
  for (QgsVectorLayer *layer : treeLayers())
    if (!isUnitsLayer(*layer) && layer->subsetString() == filter)
      return layer;
  return nullptr;
}

void ProjectView::showRegionKind(RegionKind kind)
{
  mKind = kind;
  applyView();
}

void ProjectView::showCategory(const QString &category)
{
  mCategory = category;
  applyView();
}

void ProjectView::setLanguage(const QString &code)
{
  mLanguage = code == QLatin1String("en") ? code : QStringLiteral("zh");
  applyView();
}

void ProjectView::applyView()
{
  const Language &language = Language::get(mLanguage);
  QgsLayerTree *tree = mProject->layerTreeRoot();
  for (RegionKind kind : regionKinds())
  {
    QgsVectorLayer *layer = regionLayer(kind);
    if (!layer)
      continue;
    if (QgsLayerTreeLayer *node = tree->findLayer(layer->id()))
      node->setItemVisibilityChecked(kind == mKind);
    layer->setName(EmbeddedProject::regionLayerName(kind, language));
    if (mCategory.isEmpty())
      applyRegionStyle(*layer, mLanguage, mPalette);
    else
      applyRegionStyle(*layer, mLanguage, mPalette, categoryLevelExpression(mCategory));
    LayerFields::applyToRegions(*layer, mLanguage);
    layer->triggerRepaint();
  }
  if (QgsVectorLayer *units = unitsLayer())
  {
    units->setName(EmbeddedProject::unitsLayerName(language));
    applyUnitStyle(*units, mLanguage, mPalette);
    LayerFields::applyToUnits(*units, mLanguage, mTaxonomy);
    const double visibleScale = unitsVisibleScale(*units);
    units->setScaleBasedVisibility(visibleScale > 0);
    units->setMinimumScale(visibleScale);
    units->setSubsetString(mCategory.isEmpty()
                               ? QString()
                               : QStringLiteral("%1 = %2").arg(
                                     QgsExpression::quotedColumnRef(QStringLiteral("category")),
                                     QgsExpression::quotedString(mCategory)));
    units->triggerRepaint();
  }
  // The register's layer speaks the workbench's language too (its stored style is Chinese).
  for (QgsVectorLayer *layer : treeLayers())
    if (isHazardsLayer(*layer))
    {
      layer->setName(EmbeddedProject::hazardsLayerName(language));
      applyHazardStyle(*layer, mLanguage);
      LayerFields::applyToHazards(*layer, mLanguage);
      layer->triggerRepaint();
    }
}

} // namespace riskatlas
