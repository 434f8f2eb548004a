#pragma once

#include "api/problem.h"

#include <QStringList>

namespace riskatlas
{

/**
 * The kinds of region a project holds ("district", "street", "grid"), coarsest first: what a
 * map of the project can colour. Reads the regions' kinds only, never the units, so that a
 * dialog may ask before it opens. Empty, with \a problem set, when the project cannot be read.
 */
QStringList projectRegionKinds(const QString &projectPath, Problem *problem = nullptr);

} // namespace riskatlas
