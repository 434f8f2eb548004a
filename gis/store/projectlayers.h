#pragma once

#include <QString>
#include <memory>

class QgsVectorLayer;

namespace riskatlas
{

//! The project's units and regions opened as QGIS layers (read through the OGR provider).
class ProjectLayers
{
public:
  explicit ProjectLayers(const QString &projectPath);
  ~ProjectLayers();

  bool isValid() const { return mError.isEmpty(); }
  QString error() const { return mError; }
  QgsVectorLayer *units() const { return mUnits.get(); }
  QgsVectorLayer *regions() const { return mRegions.get(); }

  //! Hands the layers over (e.g. to a QgsProject); this object keeps no ownership afterwards.
  QgsVectorLayer *takeUnits() { return mUnits.release(); }
  QgsVectorLayer *takeRegions() { return mRegions.release(); }

private:
  std::unique_ptr<QgsVectorLayer> mUnits;
  std::unique_ptr<QgsVectorLayer> mRegions;
  QString mError;
};

} // namespace riskatlas
