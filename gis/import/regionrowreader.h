#pragma once

#include "api/importoptions.h"
#include "api/problem.h"
#include "import/regionwriter.h"
#include "import/sourcelayer.h"

#include <QSet>
#include <qgscoordinatereferencesystem.h>

namespace riskatlas
{

/**
 * Reads the features of a region file as the import does: finds the name, code and parent
 * columns (named, or recognised from the headers), checks the file before any feature is read,
 * then turns each feature into a region, collecting every problem (empty name, repeated code,
 * a geometry that cannot be a region).
 */
class RegionRowReader
{
public:
  RegionRowReader(const SourceLayer &source, const RegionImportOptions &options);

  /**
   * The file-level check: polygons, a name column, the named fields exist, a usable CRS (set
   * in \a sourceCrs). False with the first problem found.
   */
  bool check(QgsCoordinateReferenceSystem &sourceCrs, Problem &problem) const;

  //! The column of the name, the code and the parent's code; -1 for none.
  int nameColumn() const { return mNameColumn; }
  int idColumn() const { return mIdColumn; }
  int parentColumn() const { return mParentColumn; }

  /**
   * Reads \a row into \a record (geometry in the source CRS, repaired where GEOS can; then
   * \a repaired is set). False, with the problems appended, when it cannot be a region; the
   * record's id, name and parent are filled all the same.
   */
  bool read(const SourceRow &row, RegionRecord &record, Problems &problems, bool &repaired);

private:
  const SourceLayer &mSource;
  RegionImportOptions mOptions;
  QStringList mHeaders;
  int mNameColumn = -1;
  int mIdColumn = -1;
  int mParentColumn = -1;
  QSet<QString> mSeenIds;
};

} // namespace riskatlas
