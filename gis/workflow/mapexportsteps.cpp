#include "workflow/mapexportsteps.h"

#include "regionkind.h"
#include "store/projectschema.h"
#include "store/projectstore.h"

#include <QFileInfo>

namespace riskatlas
{

MapOptions mapOptionsFor(const MapRequest &request, ProjectStore &project)
{
  MapOptions options;
  options.paper = request.paper.toUpper();
  options.landscape = request.landscape;
  regionKindFromKey(request.kind, options.kind); // checked by checkMapRequest()
  options.language = request.language;
  options.dpi = request.dpi;
  options.atlas = request.atlas;
  options.templatePath = request.templatePath;
  options.basemapUrl = request.basemapUrl;
  options.projectName = project.projectName();
  options.crsAuthId = project.crsAuthId();
  options.aggregation = project.metadata(ProjectSchema::aggregationKey());
  options.palette = project.methodSet().palette();
  return options;
}

void writeMapLayout(RiskMapLayout &map, const QString &file, MapExport &result)
{
  result.warnings = map.warnings();
  if (!map.isValid())
  {
    result.problem = Problem::fileProblem(map.isTemplateError() ? ProblemKind::TemplateInvalid
                                                                : ProblemKind::Failed,
                                          file, map.error());
    return;
  }
  QString error;
  const QString suffix = QFileInfo(file).suffix().toLower();
  result.ok = suffix == QLatin1String("pdf")   ? map.exportPdf(file, &error, &result.written)
              : suffix == QLatin1String("svg") ? map.exportSvg(file, &error, &result.written)
                                               : map.exportPng(file, &error, &result.written);
  if (!result.ok)
    result.problem = Problem::fileProblem(ProblemKind::Failed, file, error);
}

} // namespace riskatlas
