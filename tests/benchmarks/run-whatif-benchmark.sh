#!/usr/bin/env bash
# Times the what-if preview of a method change (not a test; see README.md here) on the assessed
# synthetic city of assessed-city.sh (UNITS, default 1M), on a copy.
#   tests/benchmarks/run-whatif-benchmark.sh [UNITS] [--build DIR] [--work DIR]
set -euo pipefail
benchmark_target=whatif_benchmark
# shellcheck source=assessed-city.sh
source "$(dirname "$0")/assessed-city.sh"
copy="$work/workbench/whatif-$units.gpkg"
cp "$project" "$copy"
# The copy may carry an older release's state: one (incremental or full) assessment makes it
# current for this build.
"$cli" assess "$copy" >/dev/null 2>&1
echo "project: $units units, 4 districts, 500 m grid"
"$build/tests/benchmarks/whatif_benchmark" "$copy"
