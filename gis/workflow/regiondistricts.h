#pragma once

#include <QHash>
#include <QString>

namespace riskatlas
{

/**
 * The district each region of a project lies in, by region id: a district maps to itself, a
 * street or grid cell to the district its parents lead to (streets and grids name their parent
 * in parent_id). A region whose parents reach no district is left out. Read on a read-only
 * connection of its own, so a window holding the file in WAL mode never waits for it. Empty,
 * with \a error set, when the project cannot be read; empty without error when it has no
 * regions.
 */
QHash<QString, QString> regionDistricts(const QString &projectPath, QString *error = nullptr);

} // namespace riskatlas
