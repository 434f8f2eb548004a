#include "store/projectlayers.h"

#include "store/projectschema.h"

#include <QCoreApplication>
#include <qgsvectorlayer.h>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(ProjectLayers)
};

std::unique_ptr<QgsVectorLayer> openLayer(const QString &path, const char *table,
                                          const QString &displayName)
{
  QgsVectorLayer::LayerOptions options;
  options.loadDefaultStyle = false;
  return std::make_unique<QgsVectorLayer>(
      QStringLiteral("%1|layername=%2").arg(path, QString::fromUtf8(table)), displayName,
      QStringLiteral("ogr"), options);
}
} // namespace

ProjectLayers::ProjectLayers(const QString &projectPath)
    : mUnits(openLayer(projectPath, ProjectSchema::unitsLayer(), Tr::tr("Risk units"))),
      mRegions(openLayer(projectPath, ProjectSchema::regionsLayer(), Tr::tr("Regions")))
{
  if (!mUnits->isValid() || !mRegions->isValid())
    mError = Tr::tr("%1: the project has no units or no regions yet").arg(projectPath);
}

ProjectLayers::~ProjectLayers() = default;

} // namespace riskatlas
