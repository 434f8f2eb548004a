#include "import/regionrowreader.h"

#include "import/finitegeometry.h"
#include "import/regionfields.h"

#include <QCoreApplication>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(RegionImporter)
};
} // namespace

RegionRowReader::RegionRowReader(const SourceLayer &source, const RegionImportOptions &options)
    : mSource(source), mOptions(options), mHeaders(source.headers())
{
  mNameColumn = RegionFields::nameColumn(mHeaders, options.nameField);
  mIdColumn = RegionFields::idColumn(mHeaders, options.idField);
  mParentColumn = RegionFields::parentColumn(mHeaders, options.parentField);
}

bool RegionRowReader::check(QgsCoordinateReferenceSystem &sourceCrs, Problem &problem) const
{
  const QString file = mSource.fileName();
  if (!mSource.hasGeometry())
  {
    problem = Problem::fileProblem(
        ProblemKind::Invalid, file,
        Tr::tr("%1: the layer has no geometry; regions must be polygons").arg(file));
    return false;
  }
  const QString fields = mHeaders.join(QStringLiteral(", "));
  auto noSuchField = [&](const QString &setting, const QString &value)
  {
    problem =
        Problem::fileProblem(ProblemKind::SettingNoSuchField, file,
                             Tr::tr("%1: no field \"%2\" (fields: %3)").arg(file, value, fields));
    problem.setting = setting;
    problem.value = value;
    problem.allowed = fields;
    return false;
  };
  if (mNameColumn < 0 && mOptions.nameField.isEmpty())
  {
    problem = Problem::fileProblem(
        ProblemKind::RegionNameUnrecognised, file,
        Tr::tr("%1: no region name column recognised (fields: %2)").arg(file, fields));
    problem.allowed = fields;
    return false;
  }
  if (mNameColumn < 0)
    return noSuchField(QStringLiteral("name-field"), mOptions.nameField);
  if (!mOptions.idField.isEmpty() && mIdColumn < 0)
    return noSuchField(QStringLiteral("id-field"), mOptions.idField);
  if (!mOptions.parentField.isEmpty() && mParentColumn < 0)
    return noSuchField(QStringLiteral("parent-field"), mOptions.parentField);
  sourceCrs = mOptions.sourceCrs.isEmpty() ? mSource.crs()
                                           : QgsCoordinateReferenceSystem(mOptions.sourceCrs);
  if (!sourceCrs.isValid())
  {
    problem =
        Problem::fileProblem(ProblemKind::SourceCrsUnknown, file,
                             Tr::tr("%1: the coordinate reference system is unknown").arg(file));
    return false;
  }
  return true;
}

bool RegionRowReader::read(const SourceRow &row, RegionRecord &record, Problems &problems,
                           bool &repaired)
{
  const int before = problems.size();
  repaired = false;
  record.name = mNameColumn >= 0 ? row.values.value(mNameColumn).trimmed() : QString();
  record.parentId = mParentColumn >= 0 ? row.values.value(mParentColumn).trimmed() : QString();
  record.id = mIdColumn >= 0
                  ? row.values.value(mIdColumn).trimmed()
                  : QStringLiteral("%1-%2").arg(regionKindKey(mOptions.kind)).arg(row.featureId);
  auto rowProblem = [&](const QString &field, const QString &value, const QString &reason)
  {
    Problem problem;
    problem.file = mSource.fileName();
    problem.location = row.location;
    problem.field = field;
    problem.value = value;
    problem.reason = reason;
    problems << problem;
    return false;
  };
  if (record.name.isEmpty())
    rowProblem(mHeaders.value(mNameColumn), QString(), Tr::tr("every region needs a name"));
  if (record.id.isEmpty())
    rowProblem(mHeaders.value(mIdColumn), QString(), Tr::tr("every region needs a code"));
  else if (mSeenIds.contains(record.id))
    rowProblem(mIdColumn >= 0 ? mHeaders.at(mIdColumn) : QStringLiteral("fid"), record.id,
               Tr::tr("the code appears twice"));
  mSeenIds.insert(record.id);
  if (QgsWkbTypes::geometryType(row.geometry.wkbType()) != QgsWkbTypes::PolygonGeometry)
    return rowProblem(QStringLiteral("geometry"),
                      row.geometry.isEmpty() ? Tr::tr("empty")
                                             : QgsWkbTypes::displayString(row.geometry.wkbType()),
                      Tr::tr("regions must be polygons"));
  const QString badVertex = firstNonFiniteVertex(row.geometry);
  if (!badVertex.isEmpty())
    return rowProblem(QStringLiteral("geometry"), badVertex,
                      Tr::tr("a vertex has no finite coordinates (NaN or infinite)"));
  record.geometry = row.geometry;
  repaired = !record.geometry.isGeosValid();
  if (repaired)
  {
    // A zero-area ring is "repaired" into lines or points: keep only polygonal parts.
    record.geometry = record.geometry.makeValid();
    if (QgsWkbTypes::geometryType(record.geometry.wkbType()) != QgsWkbTypes::PolygonGeometry &&
        !record.geometry.convertGeometryCollectionToSubclass(QgsWkbTypes::PolygonGeometry))
      record.geometry = QgsGeometry();
  }
  if (record.geometry.isEmpty() || !(record.geometry.area() > 0))
    return rowProblem(QStringLiteral("geometry"), row.geometry.asWkt(6).left(80),
                      Tr::tr("the polygon has no area, so it cannot be a region"));
  record.geometry.convertToMultiType();
  return problems.size() == before;
}

} // namespace riskatlas
