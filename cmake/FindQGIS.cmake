# FindQGIS: imported targets QGIS::Core, QGIS::Gui and QGIS::Analysis.
#
# QGIS ships no CMake package config on Debian; this module finds the flat header folder and
# the libraries, then carries the fixes QGIS 3.22 headers need before they compile:
#  - GDAL and GEOS C headers (qgis headers include ogr_api.h and geos_c.h),
#  - WITH_QTWEBKIT + Qt5::WebKitWidgets (else qgslayoutitemlabel.h wants qgswebframe.h),
#  - forwarding headers for includes written with a sub-folder ("scalebar/...") that the
#    flat install lacks, generated at configure time.
# Sets QGIS_FOUND, QGIS_VERSION, QGIS_INCLUDE_DIR, QGIS_PREFIX_PATH.

find_path(QGIS_INCLUDE_DIR NAMES qgsapplication.h
  HINTS ${QGIS_PREFIX_PATH}/include ENV QGIS_PREFIX_PATH
  PATH_SUFFIXES qgis include/qgis)
find_library(QGIS_CORE_LIBRARY NAMES qgis_core HINTS ${QGIS_PREFIX_PATH}/lib)
find_library(QGIS_GUI_LIBRARY NAMES qgis_gui HINTS ${QGIS_PREFIX_PATH}/lib)
find_library(QGIS_ANALYSIS_LIBRARY NAMES qgis_analysis HINTS ${QGIS_PREFIX_PATH}/lib)

if(QGIS_INCLUDE_DIR AND EXISTS "${QGIS_INCLUDE_DIR}/qgsconfig.h")
  file(STRINGS "${QGIS_INCLUDE_DIR}/qgsconfig.h" _qgis_version_line
       REGEX "^#define VERSION_INT [0-9]+")
  string(REGEX REPLACE "^#define VERSION_INT ([0-9]+).*" "\\1" _qgis_version_int
         "${_qgis_version_line}")
  math(EXPR _major "${_qgis_version_int} / 10000")
  math(EXPR _minor "(${_qgis_version_int} % 10000) / 100")
  math(EXPR _patch "${_qgis_version_int} % 100")
  set(QGIS_VERSION "${_major}.${_minor}.${_patch}")
  get_filename_component(_qgis_prefix "${QGIS_INCLUDE_DIR}/../.." ABSOLUTE)
  set(QGIS_PREFIX_PATH "${_qgis_prefix}" CACHE PATH "QGIS install prefix (for plugins, srs.db)")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(QGIS
  REQUIRED_VARS QGIS_CORE_LIBRARY QGIS_GUI_LIBRARY QGIS_INCLUDE_DIR
  VERSION_VAR QGIS_VERSION)

if(QGIS_FOUND AND NOT TARGET QGIS::Core)
  find_package(GDAL REQUIRED)
  find_package(GEOS CONFIG REQUIRED)
  find_package(Qt5 5.15 REQUIRED COMPONENTS Core Gui Widgets Xml Svg PrintSupport Network Sql
                                             WebKitWidgets)

  # Forwarding headers: every "dir/file.h" include in the flat folder whose file exists there.
  set(_fwd_dir "${CMAKE_BINARY_DIR}/qgis-forwarding-headers")
  file(GLOB _qgis_headers "${QGIS_INCLUDE_DIR}/*.h")
  foreach(_header IN LISTS _qgis_headers)
    file(STRINGS "${_header}" _lines REGEX "^#include \"[a-z0-9_/]+/[a-z0-9_]+\\.h\"")
    foreach(_line IN LISTS _lines)
      string(REGEX REPLACE "^#include \"([a-z0-9_/]+/[a-z0-9_]+\\.h)\".*" "\\1" _rel "${_line}")
      get_filename_component(_base "${_rel}" NAME)
      if(EXISTS "${QGIS_INCLUDE_DIR}/${_base}" AND NOT EXISTS "${_fwd_dir}/${_rel}")
        file(WRITE "${_fwd_dir}/${_rel}" "#include \"${QGIS_INCLUDE_DIR}/${_base}\"\n")
      endif()
    endforeach()
  endforeach()

  add_library(QGIS::Core UNKNOWN IMPORTED)
  set_target_properties(QGIS::Core PROPERTIES
    IMPORTED_LOCATION "${QGIS_CORE_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${QGIS_INCLUDE_DIR};${_fwd_dir}"
    INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${QGIS_INCLUDE_DIR};${_fwd_dir}"
    INTERFACE_COMPILE_DEFINITIONS "WITH_QTWEBKIT"
    INTERFACE_LINK_LIBRARIES
      "GDAL::GDAL;GEOS::geos_c;Qt5::Core;Qt5::Gui;Qt5::Widgets;Qt5::Xml;Qt5::Svg;Qt5::PrintSupport;Qt5::Network;Qt5::Sql;Qt5::WebKitWidgets")

  add_library(QGIS::Gui UNKNOWN IMPORTED)
  set_target_properties(QGIS::Gui PROPERTIES
    IMPORTED_LOCATION "${QGIS_GUI_LIBRARY}"
    INTERFACE_LINK_LIBRARIES "QGIS::Core")

  if(QGIS_ANALYSIS_LIBRARY)
    add_library(QGIS::Analysis UNKNOWN IMPORTED)
    set_target_properties(QGIS::Analysis PROPERTIES
      IMPORTED_LOCATION "${QGIS_ANALYSIS_LIBRARY}"
      INTERFACE_LINK_LIBRARIES "QGIS::Core")
  endif()
endif()

mark_as_advanced(QGIS_INCLUDE_DIR QGIS_CORE_LIBRARY QGIS_GUI_LIBRARY QGIS_ANALYSIS_LIBRARY)
