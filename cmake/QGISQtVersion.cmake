# riskatlas_qgis_qt_major(<out> LIBRARY <qgis_core library> [CONFIG_HEADER <qgsconfig.h>]
#                          [VERSION <QGIS version>])
# The Qt major version (5 or 6) QGIS was built with, read from QGIS itself, in this order:
#  1. the libraries qgis_core links (the Qt6Core / Qt5Core names in a .so or .dll, or the .dll
#     beside a Windows import library .lib in ../bin),
#  2. the Qt plugin folder qgsconfig.h records ("qt6/plugins"),
#  3. the QGIS version: 4.x is built with Qt 6 only; older ones default to Qt 5.
# Separate from FindQGIS.cmake so that tests/cmake can check it on made-up QGIS installs.
function(riskatlas_qgis_qt_major out)
  cmake_parse_arguments(ARG "" "LIBRARY;CONFIG_HEADER;VERSION" "" ${ARGN})
  set(_binaries)
  if(ARG_LIBRARY)
    get_filename_component(_library "${ARG_LIBRARY}" REALPATH)
    if(_library MATCHES "\\.lib$")
      # MSVC import library: the Qt names are in the DLL (OSGeo4W: apps/qgis*/bin).
      get_filename_component(_name "${_library}" NAME_WE)
      get_filename_component(_dir "${_library}" DIRECTORY)
      list(APPEND _binaries "${_dir}/../bin/${_name}.dll")
    else()
      list(APPEND _binaries "${_library}")
    endif()
  endif()
  foreach(_binary IN LISTS _binaries)
    if(EXISTS "${_binary}")
      file(STRINGS "${_binary}" _qt REGEX "Qt[56]Core" LIMIT_COUNT 1)
      if(_qt MATCHES "Qt([56])Core")
        set(${out} ${CMAKE_MATCH_1} PARENT_SCOPE)
        return()
      endif()
    endif()
  endforeach()
  if(ARG_CONFIG_HEADER AND EXISTS "${ARG_CONFIG_HEADER}")
    file(STRINGS "${ARG_CONFIG_HEADER}" _plugins REGEX "QT_PLUGINS_DIR")
    if(_plugins MATCHES "[Qq]t([56])")
      set(${out} ${CMAKE_MATCH_1} PARENT_SCOPE)
      return()
    endif()
  endif()
  if(ARG_VERSION AND ARG_VERSION VERSION_GREATER_EQUAL 4.0)
    set(${out} 6 PARENT_SCOPE)
  else()
    set(${out} 5 PARENT_SCOPE)
  endif()
endfunction()
