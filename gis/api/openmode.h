#pragma once

namespace riskatlas
{

//! How a project is opened: read commands never change the file (no migration, no repair).
enum class OpenMode
{
  ReadWrite, //!< migrates an older schema and repairs the embedded QGIS project
  ReadOnly,  //!< GDAL read-only; refuses a foreign GeoPackage or a schema that needs migrating
};

} // namespace riskatlas
