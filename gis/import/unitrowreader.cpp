#include "import/unitrowreader.h"

#include "import/chinacoordinates.h"
#include "import/coordinatetext.h"
#include "import/finitegeometry.h"
#include "inputfields.h"

#include <QCoreApplication>
#include <cmath>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(UnitImporter)
};
} // namespace

UnitRowReader::UnitRowReader(SourceLayer &source, const QMap<QString, QString> &mapping,
                             const Taxonomy &taxonomy, bool lonLat, WebMapDatum datum)
    : mSource(source), mMapping(mapping), mTaxonomy(taxonomy), mLonLat(lonLat), mDatum(datum)
{
  const QStringList headers = source.headers();
  for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
    mTargetColumn.insert(it.key(), headers.indexOf(it.value()));
  const QStringList mapped = mapping.values();
  for (int i = 0; i < headers.size(); ++i)
  {
    if (!mapped.contains(headers.at(i)))
      mExtraColumns << i;
  }
}

QStringList UnitRowReader::extraHeaders() const
{
  QStringList names;
  for (int column : mExtraColumns)
    names << mSource.headers().at(column);
  return names;
}

QString UnitRowReader::value(const SourceRow &row, const QString &target) const
{
  const int column = mTargetColumn.value(target, -1);
  return column < 0 ? QString() : row.values.value(column);
}

bool UnitRowReader::read(const SourceRow &row, UnitRecord &record, QList<Problem> &problems)
{
  const int before = problems.size();
  record.id = value(row, InputFields::id()).trimmed();
  record.name = value(row, InputFields::name()).trimmed();
  record.sourceRow = row.featureId;
  record.location = row.location;
  Problem base;
  base.file = mSource.fileName();
  base.location = row.location;
  base.unitId = record.id;
  auto report = [&](const QString &target, const QString &text, const QString &reason)
  {
    Problem problem = base;
    problem.field = mMapping.value(target, target);
    problem.value = text;
    problem.reason = reason;
    problems << problem;
  };

  if (record.id.isEmpty())
    report(InputFields::id(), QString(), Tr::tr("every unit needs an id"));
  else if (mSeenIds.contains(record.id))
    report(InputFields::id(), record.id,
           Tr::tr("the id appears again (first at %1)").arg(mSeenIds.value(record.id)));
  else
    mSeenIds.insert(record.id, row.location);

  const QString sectorText = value(row, InputFields::sector());
  record.sector = mTaxonomy.findSector(sectorText);
  if (!record.sector)
    report(InputFields::sector(), sectorText,
           Tr::tr("not a sector code, Chinese or English sector name of the project's taxonomy"));

  readPosition(row, record, problems, base);

  for (const QString &input : InputFields::scoringInputs())
  {
    if (mMapping.contains(input))
      record.inputs.insert(input, value(row, input).trimmed());
  }
  for (int column : mExtraColumns)
    record.extra.insert(mSource.headers().at(column), row.values.value(column));
  return problems.size() == before;
}

bool UnitRowReader::readPosition(const SourceRow &row, UnitRecord &record, QList<Problem> &problems,
                                 const Problem &base)
{
  auto report = [&](const QString &field, const QString &text, const QString &reason,
                    ProblemKind kind = ProblemKind::Invalid)
  {
    Problem problem = base;
    problem.kind = kind;
    problem.field = mMapping.value(field, field);
    problem.value = text;
    problem.reason = reason;
    problems << problem;
    return false;
  };
  record.regionHint = value(row, InputFields::region()).trimmed();
  const bool hasColumns =
      mMapping.contains(InputFields::longitude()) && mMapping.contains(InputFields::latitude());
  const bool columnsEmpty = value(row, InputFields::longitude()).trimmed().isEmpty() &&
                            value(row, InputFields::latitude()).trimmed().isEmpty();
  const QString wkt = value(row, InputFields::wkt()).trimmed();

  if (hasColumns && !columnsEmpty)
  {
    if (!readCoordinates(row, record, problems, base))
      return false;
  }
  else if (!wkt.isEmpty())
  {
    record.geometry = QgsGeometry::fromWkt(wkt);
    if (record.geometry.isNull())
      return report(InputFields::wkt(), wkt.left(60), Tr::tr("not a WKT geometry"));
  }
  else if (!hasColumns && !row.geometry.isNull() && !row.geometry.isEmpty())
    record.geometry = row.geometry;
  else if (!record.regionHint.isEmpty())
    return true; // placed by its region's name or code
  else
    return report(hasColumns ? InputFields::longitude() : QStringLiteral("geometry"), QString(),
                  Tr::tr("every unit needs a position or a region (所属区县, 街道, XZQMC/XZQDM)"));

  const QString badVertex = firstNonFiniteVertex(record.geometry);
  if (!badVertex.isEmpty())
    return report(wkt.isEmpty() ? QStringLiteral("geometry") : InputFields::wkt(), badVertex,
                  Tr::tr("a vertex has no finite coordinates (NaN or infinite)"));
  if (!record.geometry.isGeosValid())
  {
    record.geometry = record.geometry.makeValid();
    record.repaired = true;
    if (record.geometry.isEmpty())
      return report(QStringLiteral("geometry"), QString(),
                    Tr::tr("invalid geometry that GEOS cannot repair"));
  }
  if (mDatum != WebMapDatum::None && !removeWebMapOffset(record.geometry))
    return report(hasColumns ? InputFields::longitude() : QStringLiteral("geometry"),
                  record.geometry.asWkt(6).left(60),
                  Tr::tr("outside China: web-map offsets exist only inside China"),
                  ProblemKind::OutsideChina);
  return true;
}

bool UnitRowReader::readCoordinates(const SourceRow &row, UnitRecord &record,
                                    QList<Problem> &problems, const Problem &base)
{
  const int before = problems.size();
  double coordinates[2] = {0, 0};
  const QString targets[2] = {InputFields::longitude(), InputFields::latitude()};
  const double limits[2] = {180, 90};
  for (int axis = 0; axis < 2; ++axis)
  {
    const QString text = value(row, targets[axis]).trimmed();
    Problem problem = base;
    problem.field = mMapping.value(targets[axis]);
    problem.value = text;
    if (text.isEmpty())
      problem.reason = Tr::tr("every unit needs a position");
    else if (!parseCoordinate(text, coordinates[axis]))
      problem.reason = Tr::tr("not a number or degrees-minutes-seconds");
    else if (!std::isfinite(coordinates[axis]))
      problem.reason = Tr::tr("not a finite number");
    else if (mLonLat && std::abs(coordinates[axis]) > limits[axis])
    {
      problem.kind = ProblemKind::CoordinateOutOfRange;
      problem.reason = axis == 0 ? Tr::tr("cannot be a longitude") : Tr::tr("cannot be a latitude");
    }
    if (!problem.reason.isEmpty())
      problems << problem;
  }
  if (problems.size() != before)
    return false;
  record.geometry = QgsGeometry::fromPointXY(QgsPointXY(coordinates[0], coordinates[1]));
  return true;
}

bool UnitRowReader::removeWebMapOffset(QgsGeometry &geometry) const
{
  bool inside = true;
  geometry.get()->transformVertices(
      [this, &inside](const QgsPoint &point)
      {
        const QPointF lonLat(point.x(), point.y());
        inside = inside && ChinaCoordinates::insideChina(lonLat);
        const QPointF corrected = mDatum == WebMapDatum::Gcj02
                                      ? ChinaCoordinates::gcj02ToWgs84(lonLat)
                                      : ChinaCoordinates::bd09ToWgs84(lonLat);
        return QgsPoint(corrected.x(), corrected.y());
      });
  return inside;
}

} // namespace riskatlas
