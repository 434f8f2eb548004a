#pragma once

#include "api/importoptions.h"
#include "api/problem.h"
#include "taxonomy.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>
#include <memory>
#include <qgsgeometry.h>

namespace riskatlas
{

//! A field a unit import fills, with the column that fills it.
struct UnitTarget
{
  QString key;            //!< the target's name: "id", "sector", "longitude", "lec_l"…
  bool required = false;  //!< the import fails without a column for it (id, sector)
  bool position = false;  //!< one way to place a unit (longitude+latitude, WKT, region)
  QString automatic;      //!< the column recognised from its header; empty when none or several
  QStringList candidates; //!< every column whose header looks like this target
  QString column;         //!< the column the import will read (chosen or recognised); empty: none
};

//! One row of a unit file as the import will read it.
struct UnitPreviewRow
{
  QString location; //!< "row 2", "feature 1"
  QString id;
  QString name;
  QString sectorText; //!< the sector as the file writes it
  Sector sector;      //!< the project's sector it resolves to; code empty when none
  //! The position in the source CRS with web-map offsets removed; null without one.
  QgsGeometry geometry;
  QString regionHint;            //!< region name or code, for units without a position
  QMap<QString, QString> inputs; //!< scoring inputs by target, as stored
  QMap<QString, QString> text;   //!< every mapped field's text as the file writes it
  Problems problems;             //!< what the import would refuse in this row
};

//! The first rows of a unit file, read as the import would read them.
struct UnitPreview
{
  QString file;        //!< the file's name
  QStringList layers;  //!< the layers a multi-layer file offers; empty for one layer
  QStringList columns; //!< the column headers
  QByteArray encoding; //!< the encoding a CSV is read in (chosen or detected)
  QList<UnitTarget> targets;
  QMap<QString, QString> mapping; //!< target → column the import will use
  bool hasGeometry = false;       //!< the layer has its own geometry
  QString sourceCrs;              //!< the CRS positions are read in; empty when unknown
  bool lonLat = true;             //!< positions are longitude/latitude
  qint64 featureCount = 0;
  Problems problems; //!< file-level problems: the import would stop before any row
  QList<UnitPreviewRow> rows;

  //! No file-level problem and none in the rows shown.
  bool ok() const;
  int rowProblemCount() const;
};

//! One region of a region file as the import will read it.
struct RegionPreviewRow
{
  QString location;
  QString id;
  QString name;
  QString parentId;
  bool repaired = false; //!< the polygon was invalid; the import repairs it
  Problems problems;     //!< what the import would refuse in this feature
};

//! The first features of a region file, read as the import would read them.
struct RegionPreview
{
  QString file;
  QStringList layers;
  QStringList columns;
  QString nameField;   //!< the column read as the name (chosen or recognised); empty: none
  QString idField;     //!< the column read as the code; empty: codes are made from the kind
  QString parentField; //!< the column read as the parent's code; empty: none
  QString automaticName, automaticId, automaticParent; //!< what recognition alone would choose
  bool hasGeometry = false;
  QString geometryType;   //!< "Polygon", "MultiPolygon"…
  QString crs;            //!< the CRS the polygons are read in (authid); empty when unknown
  bool crsStated = false; //!< the file states its CRS
  qint64 featureCount = 0;
  Problems problems; //!< file-level problems: the import would stop before any feature
  QList<RegionPreviewRow> rows;

  int rowProblemCount() const;
};

class SourceLayer;

/**
 * What an import would read from a file, without importing: its layers and columns, the column
 * chosen for each field (by the same recognition and row checks as the import), and its first
 * rows with their problems. Cheap: only the first rows are read, and the file stays open
 * between calls, so that a call changing only the field mapping, the CRS or the coordinate
 * correction reads just those rows again (the file is reopened when the path, layer, encoding
 * or header row change, or the file changed on disk).
 */
class ImportPreview
{
  Q_DECLARE_TR_FUNCTIONS(ImportPreview)

public:
  static constexpr int DefaultRows = 20;

  ImportPreview();
  ~ImportPreview();
  ImportPreview(const ImportPreview &) = delete;
  ImportPreview &operator=(const ImportPreview &) = delete;

  //! The layers of a multi-layer file a layer name can choose; empty for a file of one layer.
  static QStringList layers(const QString &path);
  //! Every field a unit import fills, in the order the mapping table lists them, with no file.
  static QList<UnitTarget> unitTargets();
  /**
   * The first \a rows rows of the unit file \a path read with \a options against \a taxonomy.
   * A field map entry with an empty column leaves that field without one.
   */
  UnitPreview units(const QString &path, const UnitImportOptions &options, const Taxonomy &taxonomy,
                    int rows = DefaultRows);
  //! The first \a rows features of the region file \a path read with \a options.
  RegionPreview regions(const QString &path, const RegionImportOptions &options,
                        int rows = DefaultRows);

private:
  //! The file opened as asked, reusing the open one when nothing changed; null with \a problem.
  SourceLayer *source(const QString &path, const QString &layer, const QByteArray &encoding,
                      int headerRow, Problem &problem);

  std::unique_ptr<SourceLayer> mSource;
  QString mKey; //!< path, layer, encoding, header row, size and modification time of mSource
  Problem mOpenProblem;
  QStringList mLayers;
  qint64 mFeatureCount = 0;
};

} // namespace riskatlas
