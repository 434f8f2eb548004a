# CPack: a Debian package on Linux (`cpack -G DEB`, scripts/make-deb.sh) and an NSIS installer
# on Windows (`cpack -G NSIS`, docs/building-windows.md). Both take what `cmake --install` puts.
set(CPACK_PACKAGE_NAME "riskatlas")
set(CPACK_PACKAGE_VENDOR "RiskAtlas")
set(CPACK_PACKAGE_CONTACT "RiskAtlas developers <riskatlas@users.noreply.github.com>")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/riskatlas/riskatlas")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Urban safety-risk assessment workbench (QGIS)")
set(CPACK_PACKAGE_DESCRIPTION
    "RiskAtlas scores a city's risk units, classifies them as major, significant, general or low
risk, aggregates the levels onto districts, streets and grid cells, and writes the four-colour
risk map, the risk list and the assessment report (城市安全风险评估, GB/T 42768-2023). It has a
workbench (riskatlas) and a command-line tool (riskatlas-cli).")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "RiskAtlas")
set(CPACK_STRIP_FILES ON)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/" "/out/" "/\\\\.git/")

# The runtime a Windows machine lacks — QGIS, Qt, GDAL, PROJ DLLs, QGIS's providers and
# resources, Qt's plugins and translations — staged in one folder (docs/building-windows.md,
# "Stage the runtime") and installed beside bin/, so the installer is self-contained.
if(WIN32)
  set(RISKATLAS_WINDOWS_RUNTIME "" CACHE PATH "Staged QGIS/Qt/GDAL runtime to ship (Windows)")
  if(RISKATLAS_WINDOWS_RUNTIME)
    install(DIRECTORY "${RISKATLAS_WINDOWS_RUNTIME}/" DESTINATION .)
  endif()
  set(CPACK_GENERATOR "NSIS")
else()
  set(CPACK_GENERATOR "DEB")
endif()

# Each generator's settings are read when cpack runs it, so `cpack -G NSIS` checks the
# installer script on Linux too (test install.nsis_script).
configure_file(${CMAKE_CURRENT_LIST_DIR}/RiskAtlasCPackOptions.cmake.in
  ${CMAKE_BINARY_DIR}/RiskAtlasCPackOptions.cmake @ONLY)
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_BINARY_DIR}/RiskAtlasCPackOptions.cmake)

include(CPack)
