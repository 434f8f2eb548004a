#include "import/unitcolumns.h"

#include "inputfields.h"

#include <QCoreApplication>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(UnitImporter)
};
} // namespace

bool checkUnitColumns(const SourceLayer &source, const QMap<QString, QString> &mapping,
                      const UnitImportOptions &options, QgsCoordinateReferenceSystem &sourceCrs,
                      Problems &errors)
{
  const QString file = source.fileName();
  const QString columns = source.headers().join(QStringLiteral(", "));
  for (const QString &required : {InputFields::id(), InputFields::sector()})
  {
    if (!mapping.contains(required))
    {
      Problem problem = Problem::fileProblem(
          ProblemKind::UnitFieldUnrecognised, file,
          Tr::tr("%1: no column for the field \"%2\" (columns: %3)").arg(file, required, columns));
      problem.field = required;
      problem.allowed = columns;
      errors << problem;
    }
  }
  const bool byColumns =
      mapping.contains(InputFields::longitude()) && mapping.contains(InputFields::latitude());
  if (!byColumns && !source.hasGeometry() && !mapping.contains(InputFields::wkt()) &&
      !mapping.contains(InputFields::region()))
    errors << Problem::fileProblem(
        ProblemKind::PositionUnrecognised, file,
        Tr::tr("%1: no geometry, no longitude/latitude (经度/纬度), WKT or region column")
            .arg(file));
  if (!options.sourceCrs.isEmpty())
  {
    sourceCrs = QgsCoordinateReferenceSystem(options.sourceCrs);
    if (!sourceCrs.isValid())
    {
      Problem problem = Problem::fileProblem(
          ProblemKind::SettingInvalid, file,
          Tr::tr("unknown coordinate reference system \"%1\"").arg(options.sourceCrs));
      problem.setting = QStringLiteral("source-crs");
      problem.value = options.sourceCrs;
      errors << problem;
    }
  }
  else if (byColumns || !source.hasGeometry() || source.isCsv())
    sourceCrs = QgsCoordinateReferenceSystem(QStringLiteral("EPSG:4326")); // text positions
  else
    sourceCrs = source.crs();
  if (!sourceCrs.isValid() && errors.isEmpty())
    errors << Problem::fileProblem(
        ProblemKind::SourceCrsUnknown, file,
        Tr::tr("%1: the file states no coordinate reference system").arg(file));
  if (options.datum != WebMapDatum::None && sourceCrs.isValid() && !sourceCrs.isGeographic())
  {
    Problem problem = Problem::fileProblem(
        ProblemKind::DatumNeedsLonLat, file,
        Tr::tr("removing web-map offsets (GCJ-02/BD-09) needs longitude/latitude, but the source "
               "CRS is %1")
            .arg(sourceCrs.authid()));
    problem.setting = QStringLiteral("coordinates");
    problem.value = sourceCrs.authid();
    errors << problem;
  }
  return errors.isEmpty();
}

} // namespace riskatlas
