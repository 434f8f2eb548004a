#pragma once

#include <QSet>

#include "assessmentsummary.h"
#include "reportcontent.h"

namespace riskatlas
{

class ProjectStore;

//! The figures of a project's last assessment, read back from the project file.
AssessmentSummary readSummary(ProjectStore &store);

//! The category codes of the project's units (one indexed pass, without reading the units).
QSet<QString> readUnitCategories(ProjectStore &store);

//! Units at major (final) risk, most severe score first, for the report's major-risk list.
QList<ReportUnitRow> readMajorUnits(ProjectStore &store, const QString &language);

//! Units whose final level an analyst set by hand (level_override), by unit id, with the reason.
QList<ReportUnitRow> readOverriddenUnits(ProjectStore &store, const QString &language);

} // namespace riskatlas
