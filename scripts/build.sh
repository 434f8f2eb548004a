#!/usr/bin/env bash
# Configures and builds RiskAtlas (GIS build: Qt 5 + QGIS) into build/, warnings as errors.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
JOBS=${JOBS:-$(nproc)}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DRISKATLAS_WERROR=ON
cmake --build "$BUILD_DIR" -j "$JOBS"
