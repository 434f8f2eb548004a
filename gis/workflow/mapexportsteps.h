#pragma once

#include "api/mapexport.h"
#include "maps/riskmaplayout.h"

namespace riskatlas
{

class ProjectStore;

/**
 * The layout options of \a request for \a project: paper, orientation, region kind (checked
 * before by ProjectSession::checkMapRequest()), language, resolution, template, basemap, atlas,
 * and the project's name, CRS, aggregation rule and palette. What every map export starts from.
 */
MapOptions mapOptionsFor(const MapRequest &request, ProjectStore &project);

/**
 * Writes \a map to \a file as PDF, SVG or PNG by its suffix into \a result (written files,
 * warnings, or the problem: TemplateInvalid for the template's fault, else Failed).
 */
void writeMapLayout(RiskMapLayout &map, const QString &file, MapExport &result);

} // namespace riskatlas
