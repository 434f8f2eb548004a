#pragma once

#include <QSet>

#include "assessmentsummary.h"
#include "reportinput.h"

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

//! Units at significant (final) risk, most severe score first.
QList<ReportUnitRow> readSignificantUnits(ProjectStore &store, const QString &language);

//! Every unit by unit id (the report's annex risk list).
QList<ReportUnitRow> readAllUnits(ProjectStore &store, const QString &language);

//! Units by final level per sector code (one grouped scan).
QMap<QString, LevelCounts> readSectorCounts(ProjectStore &store);

//! Scored units by final level per inherent level: the control-level correction's effect.
QMap<RiskLevel, LevelCounts> readCorrectionCounts(ProjectStore &store);

} // namespace riskatlas
