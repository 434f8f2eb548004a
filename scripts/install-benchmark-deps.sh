#!/usr/bin/env bash
# Installs the peer tools the benchmarks compare RiskAtlas with (tests/benchmarks): QGIS
# processing (the desktop package `qgis` brings qgis_process.bin and python3-qgis, ~840 MB),
# the SpatiaLite shell and GNU time for peak memory. Idempotent; run as root or through sudo.
set -euo pipefail

packages=(qgis spatialite-bin sqlite3 time python3)

# shellcheck source=apt-install.sh
source "$(dirname "$0")/apt-install.sh"
apt_install_missing install-benchmark-deps "${packages[@]}"
