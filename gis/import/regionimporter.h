#pragma once

#include "api/importoptions.h"
#include "api/importoutcome.h"

#include <QString>

class QgsFeedback;

namespace riskatlas
{

class ProjectStore;

/**
 * Replaces the project's regions of one kind (district, street or grid) with the polygons of a
 * file, as one transaction. Invalid polygons are repaired with GEOS where possible and reported.
 */
class RegionImporter
{
public:
  static ImportOutcome run(ProjectStore &store, const QString &path,
                           const RegionImportOptions &options, QgsFeedback *feedback,
                           QStringList *warnings);
};

} // namespace riskatlas
