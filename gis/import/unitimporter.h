#pragma once

#include "api/importoptions.h"
#include "api/importoutcome.h"
#include "import/unitrowreader.h"

#include <QMap>
#include <QString>

class QgsFeedback;

namespace riskatlas
{

class ProjectStore;

/**
 * Imports risk units into a project as one transaction: every row is checked first and any
 * problem fails the whole import, listing every bad row; otherwise units are upserted by id
 * (ids are text): new ones added, changed ones updated (their previous result cleared),
 * unchanged ones left with their results, and units of this file it no longer lists reported.
 * Columns that map to no field are kept. Lines and polygons are placed at a point on their
 * surface and keep their shape.
 */
class UnitImporter
{
public:
  static ImportOutcome run(ProjectStore &store, const QString &path,
                           const UnitImportOptions &options, QgsFeedback *feedback);
};

} // namespace riskatlas
