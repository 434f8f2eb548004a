#pragma once

#include "importoutcome.h"

#include <QMap>
#include <QString>

class QgsFeedback;

namespace riskatlas
{

class ProjectStore;

struct UnitImportOptions
{
  QString layerName;               //!< --layer
  QMap<QString, QString> fieldMap; //!< --map TARGET=COLUMN
  QString sourceCrs;               //!< --source-crs; CSV coordinates default to EPSG:4326
};

/**
 * Imports risk units into a project as one transaction: every row is checked first and any
 * problem fails the whole import, listing every bad row; otherwise units are upserted by id
 * (ids are text), columns that map to no field are kept, and the audit log records the import.
 */
class UnitImporter
{
public:
  static ImportOutcome run(ProjectStore &store, const QString &path,
                           const UnitImportOptions &options, QgsFeedback *feedback);
};

} // namespace riskatlas
