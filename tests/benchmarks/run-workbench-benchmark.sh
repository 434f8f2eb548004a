#!/usr/bin/env bash
# Times the workbench opening a big city (not a test; see README.md here): the project opened
# and its map drawn in a 1366×768 window under Xvfb, on a copy of the assessed synthetic city of
# assessed-city.sh (UNITS, default 1M).
#   tests/benchmarks/run-workbench-benchmark.sh [UNITS] [--build DIR] [--work DIR]
set -euo pipefail
benchmark_target=workbench_benchmark
# shellcheck source=assessed-city.sh
source "$(dirname "$0")/assessed-city.sh"
copy="$work/workbench/run.gpkg"
cp "$project" "$copy"
echo "project: $units units, 4 districts, 500 m grid; screenshot: $copy.png"
xvfb-run -a -s "-screen 0 1920x1080x24" "$build/tests/benchmarks/workbench_benchmark" "$copy" \
  2> "$work/workbench/benchmark.log"
