#!/usr/bin/env bash
# Times the workbench's data docks (unit table, region table, summary, problems) on the 1M
# synthetic city. Not a test. Reuses run-benchmarks.sh's work folder: the city's inputs and a
# project of its own (table-UNITS.gpkg) are built once with riskatlas-cli and kept.
#
#   tests/benchmarks/unit-table-benchmark.sh [--units N] [--build DIR] [--work DIR]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
units=1000000
build="$root/build"
work="${TMPDIR:-/tmp}/riskatlas-benchmarks"
while [ $# -gt 0 ]; do
  case "$1" in
    --units) units="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    -h|--help) sed -n '2,7p' "$0"; exit 0 ;;
    *) echo "unit-table-benchmark: unknown option $1" >&2; exit 2 ;;
  esac
done

cli="$build/app/cli/riskatlas-cli"
bench="$build/tests/benchmarks/unit_table_benchmark"
[ -x "$cli" ] || { echo "unit-table-benchmark: build riskatlas-cli first" >&2; exit 1; }
[ -x "$bench" ] || { echo "unit-table-benchmark: build unit_table_benchmark first" >&2; exit 1; }

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="$work/xdg"
mkdir -p "$work" && mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
city="$work/city-$units"
project="$work/table-$units.gpkg"
[ -f "$city/units.csv" ] || python3 "$root/projects/synthetic-city/generate.py" "$units" "$city"
# Built under its final name (the embedded QGIS project names the file); a build that fails
# leaves no project behind.
if [ ! -f "$project" ]; then
  trap 'rm -f "$project"' ERR
  "$cli" new "$project" --name 合成城市 --crs EPSG:4549 >/dev/null
  "$cli" import-regions "$project" "$city/districts.geojson" --id-field 区划代码 \
    --name-field 区县名称 >/dev/null
  "$cli" make-grid "$project" --cell-size 500 >/dev/null 2>&1
  "$cli" import-units "$project" "$city/units.csv" --source-crs EPSG:4549 >/dev/null 2>&1
  "$cli" assess "$project" >/dev/null 2>&1
  trap - ERR
fi
"$bench" "$project"
