#include "problemwording.h"

#include "clicontext.h"

#include <QCoreApplication>

namespace riskatlas::cli
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(RiskAtlasCli)
};

QString invalidSettingMessage(const Problem &problem)
{
  const QString &value = problem.value;
  if (problem.setting == QLatin1String("encoding"))
    return Tr::tr("--encoding %1: unknown encoding").arg(value);
  if (problem.setting == QLatin1String("header-row"))
    return Tr::tr("--header-row must be 1 or more");
  if (problem.setting == QLatin1String("source-crs"))
    return Tr::tr("--source-crs %1: unknown coordinate reference system").arg(value);
  return problem.message();
}
} // namespace

QString cliReason(const Problem &problem)
{
  switch (problem.kind)
  {
  case ProblemKind::OutsideChina:
    return Tr::tr("outside China: --coordinates gcj02/bd09 applies only inside China");
  case ProblemKind::CoordinateOutOfRange:
    return Tr::tr("%1; for projected coordinates give --source-crs EPSG:n").arg(problem.reason);
  default:
    return problem.reason;
  }
}

QString cliMessage(const Problem &problem)
{
  const QString message = problem.message();
  switch (problem.kind)
  {
  case ProblemKind::FileExists:
    return Tr::tr("%1; use --overwrite to replace it").arg(message);
  case ProblemKind::ProjectNoUnits:
    return Tr::tr("%1; import some with import-units").arg(message);
  case ProblemKind::ProjectNoBoundary:
    return Tr::tr("%1; import them with import-regions first").arg(message);
  case ProblemKind::StaleAssessState:
    return Tr::tr("%1; run assess --full").arg(message);
  case ProblemKind::SettingNoSuchField:
    return Tr::tr("%1: --%2 %3: no such field (fields: %4)")
        .arg(problem.file, problem.setting, problem.value, problem.allowed);
  case ProblemKind::SettingInvalid:
    return invalidSettingMessage(problem);
  case ProblemKind::RegionNameUnrecognised:
    return Tr::tr("%1; name it with --name-field FIELD").arg(message);
  case ProblemKind::UnitFieldUnrecognised:
    return Tr::tr("%1; name it with --map %2=COLUMN").arg(message, problem.field);
  case ProblemKind::PositionUnrecognised:
    return Tr::tr("%1; name one with --map longitude=COLUMN --map latitude=COLUMN").arg(message);
  case ProblemKind::SourceCrsUnknown:
    return Tr::tr("%1; give --source-crs EPSG:n").arg(message);
  case ProblemKind::EncodingMismatch:
    return Tr::tr("%1; give the file's encoding with --encoding").arg(message);
  case ProblemKind::LayerNotChosen:
    return Tr::tr("%1: the file has %2 layers; choose one with --layer (%3)")
        .arg(problem.file, problem.count, problem.allowed);
  case ProblemKind::DatumNeedsLonLat:
    return Tr::tr("--coordinates gcj02/bd09 needs longitude/latitude, but the source CRS is %1")
        .arg(problem.value);
  case ProblemKind::GridTooFine:
    return Tr::tr("--cell-size %1 would make about %2 cells; the limit is %3")
        .arg(problem.value, problem.count, problem.allowed);
  case ProblemKind::NotInProject:
    if (problem.setting == QLatin1String("category"))
      return Tr::tr("--category %1: the project's categories are %2")
          .arg(problem.value, problem.allowed);
    return message;
  case ProblemKind::TemplateInvalid:
    if (problem.setting == QLatin1String("template"))
      return Tr::tr("--template %1: no such file").arg(problem.value);
    return message;
  case ProblemKind::OutsideChina:
  case ProblemKind::CoordinateOutOfRange:
  {
    Problem worded = problem;
    worded.reason = cliReason(problem);
    return worded.message();
  }
  case ProblemKind::Damaged:
    return Tr::tr("%1; restore it from a backup copy").arg(message);
  case ProblemKind::Invalid:
  case ProblemKind::Cancelled:
  case ProblemKind::Failed:
  case ProblemKind::HeaderRowBeyondEnd:
  case ProblemKind::ReasonRequired: // the command line makes no unit edits
  case ProblemKind::EditConflict:
    break;
  }
  return message;
}

void reportProblems(CliContext &context, const Problems &problems)
{
  for (const Problem &problem : problems)
    context.error(cliMessage(problem));
}

void reportWarnings(CliContext &context, const QStringList &warnings)
{
  for (const QString &warning : warnings)
    context.warning(warning);
}

} // namespace riskatlas::cli
