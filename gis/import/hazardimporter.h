#pragma once

#include "api/hazardrequest.h"
#include "api/importoutcome.h"

class QgsFeedback;

namespace riskatlas
{

class ProjectStore;

/**
 * Imports a hidden-danger register into the project as one transaction, like the units: every
 * row is checked first (HazardRowReader) and any problem fails the whole import, naming every
 * bad row; otherwise hidden dangers are upserted by id: new ones added, changed ones updated,
 * identical ones left alone. A register may move a hidden danger forward along its life cycle
 * but not back: reopening is a status update with a reason. Each hidden danger is drawn at its
 * unit unless the register gives longitude and latitude (WGS 84). One audit entry
 * (import-hazards) records the counts.
 */
class HazardImporter
{
public:
  static ImportOutcome run(ProjectStore &store, const QString &path,
                           const HazardImportOptions &options, QgsFeedback *feedback);
};

} // namespace riskatlas
