#pragma once

#include <QString>

namespace riskatlas
{

class ProjectStore;

/**
 * Writes the risk list (风险清单) as CSV for Excel: UTF-8 with BOM, CRLF, RFC 4180 quoting; one
 * row per unit: id,name,category,sector,sector_name,region,method,score,inherent_level,level,
 * level_zh, then the scoring inputs present in the project, then the kept original columns.
 */
bool exportRiskList(ProjectStore &store, const QString &csvPath, int *rowsWritten, QString *error);

/**
 * Writes the people's risk list (RiskListTable) in \a language ("zh" or "en") as CSV for
 * Excel, encoded as exportRiskList() writes: translated headers, names and levels, positions.
 */
bool exportRiskListTable(ProjectStore &store, const QString &csvPath, const QString &language,
                         int *rowsWritten, QString *error);

} // namespace riskatlas
