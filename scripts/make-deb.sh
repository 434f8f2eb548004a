#!/usr/bin/env bash
# Builds the Debian package: a Release build without tests into build-deb/ (installed under
# /usr), then CPack. Prints the package's path; `apt install ./riskatlas_*.deb` installs it
# with its dependencies. Needs the packages of scripts/install-deps.sh (dpkg-dev for shlibdeps).
# Usage: scripts/make-deb.sh [OUTPUT_DIR]   (default: out/)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build-deb}
JOBS=${JOBS:-$(nproc)}
output=$(realpath -m "${1:-out}")
mkdir -p "$output"
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release -DRISKATLAS_WERROR=ON \
  -DRISKATLAS_BUILD_TESTS=OFF -DCMAKE_INSTALL_PREFIX=/usr
cmake --build "$BUILD_DIR" -j "$JOBS"
(cd "$BUILD_DIR" && cpack -G DEB -B "$output" > cpack.log) || { cat "$BUILD_DIR/cpack.log" >&2; exit 1; }
rm -rf "$output/_CPack_Packages"
deb=$(ls -t "$output"/riskatlas_*.deb | head -1)
dpkg-deb -f "$deb" Package Version Architecture Depends Recommends
echo "$deb"
