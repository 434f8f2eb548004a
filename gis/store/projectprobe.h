#pragma once

#include "api/openmode.h"

#include <QString>

namespace riskatlas
{

//! What a project file is, found on a connection of its own before GDAL opens it.
struct ProjectProbe
{
  enum class Outcome
  {
    Project,     //!< a RiskAtlas project whose required tables and metadata are there
    Foreign,     //!< a GeoPackage without RiskAtlas tables (schema 0)
    NotDatabase, //!< not an SQLite GeoPackage: GDAL tells how
    Busy,        //!< another program kept it locked for longer than the busy timeout
    Damaged,     //!< SQLite reports damage, or a table or metadata row is missing
    Failed,      //!< anything else; message says what
  };
  Outcome outcome = Outcome::Failed;
  int schemaVersion = 0;
  //! For Busy, Damaged and Failed: the whole sentence, naming the file.
  QString message;
};

/**
 * Looks at \a path with SQLite alone: waits up to \a busyTimeoutMs for a lock another program
 * holds, reads the schema version and checks the tables that version requires (the units and
 * regions layers once the CRS is set). \a mode ReadOnly opens the connection read-only, so the
 * probe never writes either (SQLite would otherwise roll back a crashed writer's journal).
 */
ProjectProbe probeProject(const QString &path, OpenMode mode, int busyTimeoutMs);

//! "FILE: the project file is damaged: REASON".
QString projectDamagedMessage(const QString &path, const QString &reason);

} // namespace riskatlas
