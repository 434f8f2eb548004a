#pragma once

#include "assessmentsummary.h"
#include "reportcontent.h"

namespace riskatlas
{

class ProjectStore;

//! The figures of a project's last assessment, read back from the project file.
AssessmentSummary readSummary(ProjectStore &store);

//! Units at major (final) risk, most severe score first, for the report's major-risk list.
QList<ReportUnitRow> readMajorUnits(ProjectStore &store, const QString &language);

} // namespace riskatlas
