#!/usr/bin/env bash
# The whole test suite: the GIS build's CTest suites (assessment, gis, cli, translations,
# formatting), then the QGIS-free assessment engine built with Qt 6 under ASan/UBSan, then the
# gis suites in a Qt 5 + QGIS build under ASan/UBSan.
set -euo pipefail
cd "$(dirname "$0")/.."
JOBS=${JOBS:-$(nproc)}

echo "== Qt 5 + QGIS build: every suite"
ctest --test-dir "${BUILD_DIR:-build}" --output-on-failure -j "$JOBS"

echo "== Qt 6 assessment engine under AddressSanitizer and UndefinedBehaviorSanitizer"
QT6_DIR=${QT6_BUILD_DIR:-build-qt6-asan}
cmake -S . -B "$QT6_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DRISKATLAS_WITH_QGIS=OFF \
  -DRISKATLAS_WERROR=ON -DRISKATLAS_SANITIZE=ON
cmake --build "$QT6_DIR" -j "$JOBS"
# Fail loudly if this build silently fell back to Qt 5.
grep -q "^Qt6Core_DIR:PATH=/" "$QT6_DIR/CMakeCache.txt" || { echo "Qt 6 not used" >&2; exit 1; }
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir "$QT6_DIR" --output-on-failure -j "$JOBS"

echo "== Qt 5 + QGIS build: gis suites under AddressSanitizer and UndefinedBehaviorSanitizer"
# Debug: at -O0 the sanitized build compiles about twice as fast as at -O2, more than the
# suites lose at run time. Only the gis suites and what they link are built.
GIS_ASAN_DIR=${GIS_ASAN_BUILD_DIR:-build-gis-asan}
cmake -S . -B "$GIS_ASAN_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DRISKATLAS_WERROR=ON \
  -DRISKATLAS_SANITIZE=ON
cmake --build "$GIS_ASAN_DIR" -j "$JOBS" --target riskatlas_gis_tests
# LeakSanitizer ignores only what Qt, WebKit and OpenSSL allocate and keep (see the file).
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 \
  LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan-qgis.supp:print_suppressions=0" \
  UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir "$GIS_ASAN_DIR" -L '^gis$' --no-tests=error --output-on-failure -j "$JOBS"
