# Sourced by the workbench benchmarks: parses [UNITS] [--build DIR] [--work DIR], builds the CLI
# and the benchmark program named in $benchmark_target, and leaves in $project the assessed
# synthetic city of UNITS units (4 districts, a 500 m grid), built once in the work folder and
# reused (never modified: runs work on copies). Sets root, units, build, work, cli, project.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
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
cmake --build "$build" --target riskatlas-cli "$benchmark_target" >/dev/null
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
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), load $(cut -d' ' -f1-3 /proc/loadavg)"
