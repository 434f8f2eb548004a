#!/usr/bin/env bash
# Installs every Debian 12 package RiskAtlas needs to build, test and export.
# Idempotent and non-interactive; run as root or through sudo.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache clang-format git pkg-config
  # Qt 5 + QGIS core/gui (the GIS build uses the Qt its QGIS was built with)
  qtbase5-dev qttools5-dev qttools5-dev-tools libqt5svg5-dev qttranslations5-l10n
  libqgis-dev qgis-providers libgeos-dev libproj-dev proj-data
  # QGIS's own widget translations (/usr/share/qgis/i18n) and icons for the workbench
  qgis-common
  libspatialite-dev libsqlite3-dev libgdal-dev gdal-bin spatialite-bin sqlite3
  # Qt 6 for the QGIS-free assessment library
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl-dev
  # tests, exports and looking at output
  xvfb xauth poppler-utils fonts-wqy-microhei python3 python3-jsonschema unzip
  # QGIS's Python API, to check that PyQGIS reads the projects' field aliases (cli tests)
  python3-qgis
  # reports: spreadsheets (libxlsxwriter, read back by openpyxl) and DOCX/ODT/HTML (pandoc)
  libxlsxwriter-dev python3-openpyxl pandoc
  # installation and packaging: PNG icons, the man page, their checks, the Debian package and
  # its test in a clean root, the Windows installer script checked by makensis (tests/install,
  # scripts/make-deb.sh, scripts/test-deb.sh)
  librsvg2-bin help2man man-db bash-completion desktop-file-utils appstream file dpkg-dev
  debootstrap nsis
)

# shellcheck source=apt-install.sh
source "$(dirname "$0")/apt-install.sh"
apt_install_missing install-deps "${packages[@]}"
