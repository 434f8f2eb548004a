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

if(WIN32)
  # The runtime a Windows machine lacks — QGIS, Qt, GDAL, PROJ DLLs, QGIS's providers and
  # resources, Qt's plugins and translations — staged in one folder (docs/building-windows.md,
  # "Stage the runtime") and installed beside bin/, so the installer is self-contained.
  set(RISKATLAS_WINDOWS_RUNTIME "" CACHE PATH "Staged QGIS/Qt/GDAL runtime to ship (Windows)")
  if(RISKATLAS_WINDOWS_RUNTIME)
    install(DIRECTORY "${RISKATLAS_WINDOWS_RUNTIME}/" DESTINATION .)
  endif()
  set(CPACK_GENERATOR "NSIS")
  # Start menu entry, uninstaller, optional PATH entry for riskatlas-cli.
  set(CPACK_NSIS_DISPLAY_NAME "RiskAtlas ${PROJECT_VERSION}")
  set(CPACK_NSIS_PACKAGE_NAME "RiskAtlas")
  set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/riskatlas.ico")
  set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\riskatlas.exe")
  set(CPACK_PACKAGE_EXECUTABLES "riskatlas" "RiskAtlas")
  set(CPACK_NSIS_MENU_LINKS "share/riskatlas/projects/sample-city" "RiskAtlas sample city")
  set(CPACK_NSIS_MODIFY_PATH ON) # offers to put bin/ (riskatlas-cli) on PATH
  set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
  set(CPACK_NSIS_URL_INFO_ABOUT "${CPACK_PACKAGE_HOMEPAGE_URL}")
  set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
else()
  set(CPACK_GENERATOR "DEB")
  set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
  set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # riskatlas_VERSION_ARCH.deb
  set(CPACK_DEBIAN_PACKAGE_SECTION "science")
  set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
  # Libraries from the binaries (dpkg-shlibdeps, Debian: dpkg-dev) plus what is loaded at run
  # time, which shlibdeps cannot see: QGIS's data providers and CRS database, QGIS's icons and
  # widget translations, Qt's own Chinese strings, the font maps and reports pin (its PDF text
  # extracts exactly) and SQLite for Qt. pandoc writes the DOCX, ODT and HTML reports only.
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
      "qgis-providers, qgis-common, qttranslations5-l10n, fonts-wqy-microhei, libqt5sql5-sqlite")
  set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "pandoc")
  set(CPACK_DEBIAN_PACKAGE_SUGGESTS "qgis")
endif()

include(CPack)
