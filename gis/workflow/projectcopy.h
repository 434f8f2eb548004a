#pragma once

#include "api/problem.h"

#include <QString>

namespace riskatlas
{

/**
 * Writes a consistent copy of the project \a source to \a target (replacing it), while the
 * source may be open and held in WAL mode: SQLite's VACUUM INTO reads one snapshot, committed
 * changes still in the log included, into a temporary file that then takes the target's name.
 * The copy's embedded QGIS project is rewritten for its new name. False with \a problem.
 */
bool copyProject(const QString &source, const QString &target, Problem *problem);

} // namespace riskatlas
