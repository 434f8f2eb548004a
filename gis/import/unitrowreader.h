#pragma once

#include "api/importoptions.h"
#include "api/importoutcome.h"
#include "import/sourcelayer.h"
#include "taxonomy.h"

#include <QHash>
#include <QJsonObject>
#include <QMap>
#include <QVariantMap>

namespace riskatlas
{

//! A row that passed every check, ready to write.
struct UnitRecord
{
  QString id;
  QString name;
  const Sector *sector = nullptr;
  QgsGeometry geometry; //!< in the source CRS (web-map offsets removed); empty = no position
  QString regionHint;   //!< region name or code, for units without a position
  QVariantMap inputs;
  QJsonObject extra;
  qint64 sourceRow = 0;
  QString location;      //!< "row 12"
  bool repaired = false; //!< the geometry was invalid and GEOS repaired it
};

/**
 * Turns the rows of an input file into unit records, checking every field and collecting every
 * problem (file, row, id, field, value, reason) rather than stopping at the first.
 */
class UnitRowReader
{
public:
  UnitRowReader(SourceLayer &source, const QMap<QString, QString> &mapping,
                const Taxonomy &taxonomy, bool lonLat, WebMapDatum datum);

  //! Column names that map to no field, in file order: kept with each unit.
  QStringList extraHeaders() const;

  //! False (with problems appended) when the row cannot become a unit.
  bool read(const SourceRow &row, UnitRecord &record, QList<Problem> &problems);

private:
  QString value(const SourceRow &row, const QString &target) const;
  bool readPosition(const SourceRow &row, UnitRecord &record, QList<Problem> &problems,
                    const Problem &base);
  bool readCoordinates(const SourceRow &row, UnitRecord &record, QList<Problem> &problems,
                       const Problem &base);
  bool removeWebMapOffset(QgsGeometry &geometry) const;

  SourceLayer &mSource;
  QMap<QString, QString> mMapping;
  QHash<QString, int> mTargetColumn;
  QList<int> mExtraColumns;
  const Taxonomy &mTaxonomy;
  bool mLonLat;
  WebMapDatum mDatum;
  QHash<QString, QString> mSeenIds;
};

} // namespace riskatlas
