# CTest cmake.qgis_qt_version: cmake/QGISQtVersion.cmake reads the Qt major version from
# made-up QGIS installs as each platform lays them out.
#   cmake -DSOURCE_DIR=… -DWORK_DIR=… -P test_qgis_qt_version.cmake
cmake_minimum_required(VERSION 3.22)
include(${SOURCE_DIR}/cmake/QGISQtVersion.cmake)
function(expect name expected)
  riskatlas_qgis_qt_major(_actual ${ARGN})
  if(NOT _actual STREQUAL expected)
    message(SEND_ERROR "${name}: Qt ${_actual}, expected Qt ${expected}")
  else()
    message(STATUS "${name}: Qt ${_actual}")
  endif()
endfunction()

file(REMOVE_RECURSE ${WORK_DIR})
# A shared library names the Qt libraries it needs among its bytes.
file(WRITE ${WORK_DIR}/qt6/lib/libqgis_core.so.3.34.0 "ELF…libQt6Gui.so.6 libQt6Core.so.6 …")
file(CREATE_LINK libqgis_core.so.3.34.0 ${WORK_DIR}/qt6/lib/libqgis_core.so SYMBOLIC)
file(WRITE ${WORK_DIR}/qt5/lib/libqgis_core.so "ELF…libQt5Core.so.5 …")
# OSGeo4W: the import library has no Qt names; its DLL in ../bin does.
file(WRITE ${WORK_DIR}/osgeo4w/apps/qgis-qt6/lib/qgis_core.lib "!<arch> qgis_core.dll")
file(WRITE ${WORK_DIR}/osgeo4w/apps/qgis-qt6/bin/qgis_core.dll "MZ…Qt6Core.dll …")
file(WRITE ${WORK_DIR}/osgeo4w/apps/qgis-ltr/lib/qgis_core.lib "!<arch> qgis_core.dll")
file(WRITE ${WORK_DIR}/osgeo4w/apps/qgis-ltr/bin/qgis_core.dll "MZ…Qt5Core.dll …")
# No Qt names in the binary: qgsconfig.h's plugin folder, then the version.
file(WRITE ${WORK_DIR}/bare/lib/libqgis_core.so "ELF")
file(WRITE ${WORK_DIR}/bare/qt6config.h "#define QT_PLUGINS_DIR \"lib/x86_64-linux-gnu/qt6/plugins\"\n")
file(WRITE ${WORK_DIR}/bare/plainconfig.h "#define VERSION_INT 33400\n")

expect("Qt 6 shared library" 6 LIBRARY ${WORK_DIR}/qt6/lib/libqgis_core.so VERSION 3.34.0)
expect("Qt 5 shared library" 5 LIBRARY ${WORK_DIR}/qt5/lib/libqgis_core.so VERSION 3.22.16)
expect("OSGeo4W Qt 6 build" 6 LIBRARY ${WORK_DIR}/osgeo4w/apps/qgis-qt6/lib/qgis_core.lib)
expect("OSGeo4W LTR" 5 LIBRARY ${WORK_DIR}/osgeo4w/apps/qgis-ltr/lib/qgis_core.lib)
expect("qgsconfig.h plugin folder" 6 LIBRARY ${WORK_DIR}/bare/lib/libqgis_core.so
       CONFIG_HEADER ${WORK_DIR}/bare/qt6config.h VERSION 3.34.0)
expect("QGIS 4" 6 LIBRARY ${WORK_DIR}/bare/lib/libqgis_core.so
       CONFIG_HEADER ${WORK_DIR}/bare/plainconfig.h VERSION 4.0.0)
expect("QGIS 3 without clues" 5 LIBRARY ${WORK_DIR}/bare/lib/libqgis_core.so
       CONFIG_HEADER ${WORK_DIR}/bare/plainconfig.h VERSION 3.34.0)
if(EXISTS /usr/lib/libqgis_core.so AND EXISTS /usr/include/qgis/qgsconfig.h)
  expect("this machine's QGIS (Debian 12, Qt 5)" 5 LIBRARY /usr/lib/libqgis_core.so
         CONFIG_HEADER /usr/include/qgis/qgsconfig.h)
endif()
