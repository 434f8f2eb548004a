#include "problemhint.h"

#include <QCoreApplication>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(ProblemHint)
};

//! The dialog control a setting of the import corresponds to.
QString controlName(const QString &setting)
{
  if (setting == QLatin1String("name-field"))
    return Tr::tr("Name field");
  if (setting == QLatin1String("id-field"))
    return Tr::tr("Code field");
  if (setting == QLatin1String("parent-field"))
    return Tr::tr("Parent field");
  if (setting == QLatin1String("encoding"))
    return Tr::tr("Encoding");
  if (setting == QLatin1String("header-row"))
    return Tr::tr("Header row");
  if (setting == QLatin1String("source-crs"))
    return Tr::tr("Source CRS");
  if (setting == QLatin1String("layer"))
    return Tr::tr("Layer");
  if (setting == QLatin1String("coordinates"))
    return Tr::tr("Coordinate correction");
  return setting;
}
} // namespace

QString ProblemHint::reason(const Problem &problem)
{
  switch (problem.kind)
  {
  case ProblemKind::OutsideChina:
    return Tr::tr("outside China: the coordinate correction (GCJ-02/BD-09) applies only inside "
                  "China; set it to None");
  case ProblemKind::CoordinateOutOfRange:
    return Tr::tr("%1; for projected coordinates choose the source CRS").arg(problem.reason);
  default:
    return problem.reason;
  }
}

QString ProblemHint::message(const Problem &problem)
{
  const QString message = problem.message();
  switch (problem.kind)
  {
  case ProblemKind::FileExists:
    return Tr::tr("%1; choose another file name or agree to replace it").arg(message);
  case ProblemKind::ProjectNoUnits:
    return Tr::tr("%1; import risk units first").arg(message);
  case ProblemKind::ProjectNoBoundary:
    return Tr::tr("%1; import districts or streets first").arg(message);
  case ProblemKind::StaleAssessState:
    return Tr::tr("%1; run a full assessment").arg(message);
  case ProblemKind::SettingNoSuchField:
    return Tr::tr("%1: the file has no field \"%2\"; choose one of its fields in \"%3\" (%4)")
        .arg(problem.file, problem.value, controlName(problem.setting), problem.allowed);
  case ProblemKind::SettingInvalid:
    if (problem.setting == QLatin1String("encoding"))
      return Tr::tr("unknown encoding \"%1\"; choose the encoding from the list")
          .arg(problem.value);
    if (problem.setting == QLatin1String("header-row"))
      return Tr::tr("the header row must be 1 or more");
    if (problem.setting == QLatin1String("source-crs"))
      return Tr::tr("unknown coordinate reference system \"%1\"; choose the source CRS")
          .arg(problem.value);
    return message;
  case ProblemKind::RegionNameUnrecognised:
    return Tr::tr("%1; choose the name field").arg(message);
  case ProblemKind::UnitFieldUnrecognised:
    return Tr::tr("%1; choose its column in the field table").arg(message);
  case ProblemKind::PositionUnrecognised:
    return Tr::tr("%1; choose the longitude and latitude columns in the field table").arg(message);
  case ProblemKind::SourceCrsUnknown:
    return Tr::tr("%1; choose the source CRS").arg(message);
  case ProblemKind::EncodingMismatch:
    return Tr::tr("%1; choose the file's encoding").arg(message);
  case ProblemKind::HeaderRowBeyondEnd:
    return Tr::tr("%1; choose a smaller header row").arg(message);
  case ProblemKind::LayerNotChosen:
    return Tr::tr("%1: the file has %2 layers; choose one under \"Layer\" (%3)")
        .arg(problem.file, problem.count, problem.allowed);
  case ProblemKind::DatumNeedsLonLat:
    return Tr::tr("the coordinate correction (GCJ-02/BD-09) needs longitude/latitude, but the "
                  "source CRS is %1; set the correction to None or choose a geographic source CRS")
        .arg(problem.value);
  case ProblemKind::GridTooFine:
    return Tr::tr("a cell size of %1 m would make about %2 cells; the limit is %3: choose a "
                  "larger cell size")
        .arg(problem.value, problem.count, problem.allowed);
  case ProblemKind::OutsideChina:
  case ProblemKind::CoordinateOutOfRange:
  {
    Problem worded = problem;
    worded.reason = reason(problem);
    return worded.message();
  }
  case ProblemKind::Damaged:
    return Tr::tr("%1; restore it from a backup copy").arg(message);
  case ProblemKind::EditConflict:
    return Tr::tr("%1; the unit shows its current values now").arg(message);
  case ProblemKind::ReasonRequired:
  case ProblemKind::NotInProject:
  case ProblemKind::TemplateInvalid:
  case ProblemKind::Invalid:
  case ProblemKind::Cancelled:
  case ProblemKind::Failed:
    break;
  }
  return message;
}

ProblemWording ProblemHint::wording()
{
  return {&ProblemHint::message, &ProblemHint::reason};
}

} // namespace riskatlas
