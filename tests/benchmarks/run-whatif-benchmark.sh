#!/usr/bin/env bash
# Times the what-if preview of a method change (not a test; see README.md here) on an assessed
# synthetic city: UNITS (default 1M), built once in the benchmark work folder like
# run-workbench-benchmark.sh does (its 1M city is reused), then copied, never modified.
#   tests/benchmarks/run-whatif-benchmark.sh [UNITS] [--build DIR] [--work DIR]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
units=1000000
build="$root/build"
work="${TMPDIR:-/tmp}/riskatlas-benchmarks"
while [ $# -gt 0 ]; do
  case "$1" in
    --build) build="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    *) units="$1"; shift ;;
  esac
done
cli="$build/app/cli/riskatlas-cli"
cmake --build "$build" --target riskatlas-cli whatif_benchmark >/dev/null
city="$work/city-$units"
project="$work/workbench/city-$units.gpkg"
mkdir -p "$work/workbench"
[ -f "$city/units.csv" ] || python3 "$root/projects/synthetic-city/generate.py" "$units" "$city"
if [ ! -f "$project" ]; then
  staging="$work/workbench/staging-$units.gpkg"
  "$cli" new "$staging" --name 合成城市 --crs EPSG:4549 --overwrite >/dev/null
  "$cli" import-regions "$staging" "$city/districts.geojson" --id-field 区划代码 \
    --name-field 区县名称 >/dev/null 2>&1
  "$cli" make-grid "$staging" --cell-size 500 >/dev/null 2>&1
  "$cli" import-units "$staging" "$city/units.csv" --source-crs EPSG:4549 >/dev/null 2>&1
  "$cli" assess "$staging" >/dev/null 2>&1
  mv "$staging" "$project"
fi
copy="$work/workbench/whatif-$units.gpkg"
cp "$project" "$copy"
# The copy may carry an older release's state: one (incremental or full) assessment makes it
# current for this build.
"$cli" assess "$copy" >/dev/null 2>&1
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "project: $units units, 4 districts, 500 m grid"
"$build/tests/benchmarks/whatif_benchmark" "$copy"
