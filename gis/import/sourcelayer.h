#pragma once

#include "api/problem.h"

#include <QStringList>
#include <QTemporaryDir>
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

//! How to read an input file.
struct SourceOptions
{
  QString layerName;   //!< a layer of a multi-layer file
  QByteArray encoding; //!< CSV and shapefile text encoding; empty detects UTF-8 or GB18030
  int headerRow = 1;   //!< CSV and spreadsheets: the row holding the column names
};

/**
 * An input file opened read-only through GDAL/OGR: GeoPackage, shapefile, GeoJSON, KML, CSV,
 * XLSX or ODS. Every attribute is read as text, so ids keep their leading zeros. CSV files and
 * shapefiles without a .cpg in GBK/GB18030 are recognised and decoded; title rows above a
 * spreadsheet's header are skipped, and row numbers stay those of the original file.
 */
class SourceLayer
{
public:
  ~SourceLayer();

  //! Opens \a path; null with \a problem.
  static std::unique_ptr<SourceLayer> open(const QString &path, const SourceOptions &options,
                                           Problem *problem);

  /**
   * The layers of \a path a layer name can choose (a GeoPackage's tables, a workbook's sheets,
   * the vector files of a zip archive); empty for a file of one layer or one that cannot be read.
   */
  static QStringList layerNames(const QString &path);

  QString path() const { return mPath; }
  QString fileName() const;
  bool isCsv() const { return mIsCsv; }
  //! The text encoding a CSV file is read in (given or detected); empty for other formats.
  QByteArray encoding() const { return mEncoding; }
  bool hasGeometry() const;
  QStringList headers() const { return mHeaders; }
  //! The layer's own CRS, invalid when the file states none.
  QgsCoordinateReferenceSystem crs() const;
  qint64 featureCount() const;

  //! Calls \a visit for every row in file order; stops early when it returns false.
  void forEachRow(const std::function<bool(const SourceRow &)> &visit);

private:
  SourceLayer() = default;

  bool openCsv(const SourceOptions &options, Problem *problem);
  QString decodeValue(const char *raw) const;

  QString mPath;
  bool mIsCsv = false;
  bool mIsSpreadsheet = false;
  bool mDecodeValues = false; //!< shapefile without .cpg: values arrive as raw bytes
  QByteArray mEncoding;
  int mSkipRows = 0;  //!< spreadsheet rows before the data (title rows and the header)
  int mRowOffset = 0; //!< CSV lines removed above the header, to report original row numbers
  std::unique_ptr<QTemporaryDir> mTemporary;
  QStringList mHeaders;
  std::unique_ptr<GDALDataset, void (*)(GDALDataset *)> mDataset{nullptr, nullptr};
  OGRLayer *mLayer = nullptr;
};

} // namespace riskatlas
