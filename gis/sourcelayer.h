#pragma once

#include <QStringList>
#include <functional>
#include <memory>
#include <qgscoordinatereferencesystem.h>
#include <qgsgeometry.h>

class GDALDataset;
class OGRLayer;

namespace riskatlas
{

//! One feature or row of an input file.
struct SourceRow
{
  qint64 featureId = 0;
  QString location;   //!< how the analyst finds it: "row 12" (CSV, header is row 1) or "feature 12"
  QStringList values; //!< one per header, as text
  QgsGeometry geometry; //!< empty for a table without geometry
};

/**
 * An input file opened read-only through GDAL/OGR: GeoPackage, shapefile, GeoJSON or CSV. Every
 * attribute is read as text, so ids keep their leading zeros.
 */
class SourceLayer
{
public:
  ~SourceLayer();

  //! Opens \a path; \a layerName picks a layer of a multi-layer file. Null with \a error.
  static std::unique_ptr<SourceLayer> open(const QString &path, const QString &layerName,
                                           QString *error);

  QString path() const { return mPath; }
  QString fileName() const;
  bool isCsv() const { return mIsCsv; }
  bool hasGeometry() const;
  QStringList headers() const { return mHeaders; }
  //! The layer's own CRS, invalid when the file states none.
  QgsCoordinateReferenceSystem crs() const;
  qint64 featureCount() const;

  //! Calls \a visit for every row in file order; stops early when it returns false.
  void forEachRow(const std::function<bool(const SourceRow &)> &visit);

private:
  SourceLayer() = default;

  QString mPath;
  bool mIsCsv = false;
  QStringList mHeaders;
  std::unique_ptr<GDALDataset, void (*)(GDALDataset *)> mDataset{nullptr, nullptr};
  OGRLayer *mLayer = nullptr;
};

} // namespace riskatlas
