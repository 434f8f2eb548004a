#!/usr/bin/env bash
# Installs the peer tools the benchmarks compare RiskAtlas with (tests/benchmarks): QGIS
# processing (the desktop package `qgis` brings qgis_process.bin and python3-qgis, ~840 MB),
# the SpatiaLite shell and GNU time for peak memory. Idempotent; run as root or through sudo.
set -euo pipefail

packages=(qgis spatialite-bin sqlite3 time python3)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-benchmark-deps: all ${#packages[@]} packages present"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
echo "install-benchmark-deps: installing ${#missing[@]} packages: ${missing[*]}"
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
