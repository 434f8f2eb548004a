#pragma once

#include <QString>

namespace riskatlas
{

class ProjectStore;

/**
 * Writes the risk list (风险清单) as an XLSX spreadsheet of one sheet, in \a language ("zh" or
 * "en"): the columns of RiskListTable, level cells filled with the four colours. \a rowsWritten
 * gets the number of units. Written whole or not at all (OutputFile).
 */
bool writeRiskListWorkbook(ProjectStore &store, const QString &path, const QString &language,
                           int *rowsWritten, QString *error);

/**
 * Writes the assessment's spreadsheet (XLSX) in \a language: the risk list of every unit, the
 * region table (every kind, in code order) and the sector statistics (units by final level per
 * sector and per category). Dated reproducibleNow(), so SOURCE_DATE_EPOCH gives the same bytes.
 */
bool writeAssessmentWorkbook(ProjectStore &store, const QString &path, const QString &language,
                             QString *error);

} // namespace riskatlas
