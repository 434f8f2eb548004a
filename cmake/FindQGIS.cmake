# FindQGIS: imported targets QGIS::Core, QGIS::Gui and QGIS::Analysis.
#
# QGIS ships no CMake package config (Debian, OSGeo4W); this module finds the headers and the
# libraries of a QGIS install — Debian's flat /usr/include/qgis, an OSGeo4W apps/qgis-ltr or
# apps/qgis-qt6 folder (set QGIS_PREFIX_PATH to it) — and carries the fixes QGIS headers need:
#  - the Qt QGIS was built with: Qt 5 (QGIS 3.x), Qt 6 (the Qt 6 builds of QGIS ≥ 3.34,
#    QGIS 4), read from QGIS itself (cmake/QGISQtVersion.cmake) into QGIS_QT_VERSION_MAJOR;
#  - GDAL and GEOS C headers (qgis headers include ogr_api.h and geos_c.h);
#  - WebKit only where QGIS needs it: when qgswebframe.h is missing (Debian's QGIS 3.22), the
#    headers compile only with WITH_QTWEBKIT + Qt WebKitWidgets; QGIS builds without WebKit
#    (Qt 6, OSGeo4W) install qgswebframe.h and need neither;
#  - forwarding headers for includes written with a sub-folder ("scalebar/...") that a flat
#    install lacks, generated at configure time.
# Sets QGIS_FOUND, QGIS_VERSION, QGIS_INCLUDE_DIR, QGIS_PREFIX_PATH, QGIS_QT_VERSION_MAJOR.

include(${CMAKE_CURRENT_LIST_DIR}/QGISQtVersion.cmake)

find_path(QGIS_INCLUDE_DIR NAMES qgsapplication.h
  HINTS ${QGIS_PREFIX_PATH}/include ENV QGIS_PREFIX_PATH
  PATH_SUFFIXES qgis include/qgis include)
# Library names: qgis_core (Linux, Windows, Qt 5 and Qt 6 builds alike); qgis_core6 / qgis6_core
# as some Qt 6 packagings name them.
find_library(QGIS_CORE_LIBRARY NAMES qgis_core qgis_core6 qgis6_core
  HINTS ${QGIS_PREFIX_PATH}/lib ENV QGIS_PREFIX_PATH PATH_SUFFIXES lib)
find_library(QGIS_GUI_LIBRARY NAMES qgis_gui qgis_gui6 qgis6_gui
  HINTS ${QGIS_PREFIX_PATH}/lib ENV QGIS_PREFIX_PATH PATH_SUFFIXES lib)
find_library(QGIS_ANALYSIS_LIBRARY NAMES qgis_analysis qgis_analysis6 qgis6_analysis
  HINTS ${QGIS_PREFIX_PATH}/lib ENV QGIS_PREFIX_PATH PATH_SUFFIXES lib)

if(QGIS_INCLUDE_DIR AND EXISTS "${QGIS_INCLUDE_DIR}/qgsconfig.h")
  file(STRINGS "${QGIS_INCLUDE_DIR}/qgsconfig.h" _qgis_version_line
       REGEX "^#define VERSION_INT [0-9]+")
  string(REGEX REPLACE "^#define VERSION_INT ([0-9]+).*" "\\1" _qgis_version_int
         "${_qgis_version_line}")
  math(EXPR _major "${_qgis_version_int} / 10000")
  math(EXPR _minor "(${_qgis_version_int} % 10000) / 100")
  math(EXPR _patch "${_qgis_version_int} % 100")
  set(QGIS_VERSION "${_major}.${_minor}.${_patch}")
  if(QGIS_INCLUDE_DIR MATCHES "/include/qgis$")
    get_filename_component(_qgis_prefix "${QGIS_INCLUDE_DIR}/../.." ABSOLUTE)
  else()
    get_filename_component(_qgis_prefix "${QGIS_INCLUDE_DIR}/.." ABSOLUTE)
  endif()
  set(QGIS_PREFIX_PATH "${_qgis_prefix}" CACHE PATH "QGIS install prefix (for plugins, srs.db)")
endif()

if(QGIS_CORE_LIBRARY AND NOT QGIS_QT_VERSION_MAJOR)
  riskatlas_qgis_qt_major(_qt_major LIBRARY "${QGIS_CORE_LIBRARY}"
    CONFIG_HEADER "${QGIS_INCLUDE_DIR}/qgsconfig.h" VERSION "${QGIS_VERSION}")
  set(QGIS_QT_VERSION_MAJOR ${_qt_major} CACHE STRING "Qt major version QGIS was built with")
endif()

include(FindPackageHandleStandardArgs)
find_package_handle_standard_args(QGIS
  REQUIRED_VARS QGIS_CORE_LIBRARY QGIS_GUI_LIBRARY QGIS_INCLUDE_DIR QGIS_QT_VERSION_MAJOR
  VERSION_VAR QGIS_VERSION)

if(QGIS_FOUND AND NOT TARGET QGIS::Core)
  find_package(GDAL REQUIRED)
  find_package(GEOS CONFIG REQUIRED)
  set(_qt Qt${QGIS_QT_VERSION_MAJOR})
  if(QGIS_QT_VERSION_MAJOR EQUAL 5)
    find_package(Qt5 5.15 REQUIRED COMPONENTS Core Gui Widgets Xml Svg PrintSupport Network Sql)
  else()
    find_package(Qt6 6.2 REQUIRED COMPONENTS Core Gui Widgets Xml Svg PrintSupport Network Sql)
    find_package(Qt6 QUIET COMPONENTS Core5Compat) # QGIS 3.x Qt 6 builds link it
  endif()
  set(_qgis_links GDAL::GDAL GEOS::geos_c ${_qt}::Core ${_qt}::Gui ${_qt}::Widgets ${_qt}::Xml
                  ${_qt}::Svg ${_qt}::PrintSupport ${_qt}::Network ${_qt}::Sql)
  if(TARGET Qt6::Core5Compat)
    list(APPEND _qgis_links Qt6::Core5Compat)
  endif()
  set(_qgis_definitions)
  if(NOT EXISTS "${QGIS_INCLUDE_DIR}/qgswebframe.h")
    find_package(${_qt} QUIET COMPONENTS WebKitWidgets)
    if(TARGET ${_qt}::WebKitWidgets)
      list(APPEND _qgis_definitions WITH_QTWEBKIT)
      list(APPEND _qgis_links ${_qt}::WebKitWidgets)
    else()
      message(WARNING "QGIS ${QGIS_VERSION} has no qgswebframe.h and ${_qt} WebKitWidgets was "
                      "not found: headers that use QGIS's web page classes will not compile")
    endif()
  endif()
  if(WIN32)
    # QGIS's headers use M_PI and friends; MSVC defines them only when asked.
    list(APPEND _qgis_definitions _USE_MATH_DEFINES NOMINMAX)
  endif()

  # Forwarding headers: every "dir/file.h" include in the flat folder whose file exists there.
  set(_fwd_dir "${CMAKE_BINARY_DIR}/qgis-forwarding-headers")
  file(MAKE_DIRECTORY "${_fwd_dir}")
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
    INTERFACE_COMPILE_DEFINITIONS "${_qgis_definitions}"
    INTERFACE_LINK_LIBRARIES "${_qgis_links}")

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
