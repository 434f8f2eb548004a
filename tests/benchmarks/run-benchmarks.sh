#!/usr/bin/env bash
# Speed at scale: times `riskatlas-cli assess` against QGIS processing and a SpatiaLite query on
# synthetic cities (projects/synthetic-city), in the same run on the same data. Not a test: CTest
# and .ci/run never start it. See tests/benchmarks/README.md.
#
#   tests/benchmarks/run-benchmarks.sh [--configs "UNITS:CELLS …"] [--build DIR] [--work DIR]
#                                      [--no-install] [--skip-qgis] [--skip-map]
#
# Default configs: "10000:2500 100000:2500 1000000:10000" (CELLS is 2500 or 10000: the grid of
# 1,000 m or 500 m cells over the 50 km × 50 km city).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
configs="10000:2500 100000:2500 1000000:10000"
build="$root/build"
work="${TMPDIR:-/tmp}/riskatlas-benchmarks"
install=1
qgis=1
map=1
while [ $# -gt 0 ]; do
  case "$1" in
    --configs) configs="$2"; shift 2 ;;
    --build) build="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --no-install) install=0; shift ;;
    --skip-qgis) qgis=0; shift ;;
    --skip-map) map=0; shift ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "run-benchmarks: unknown option $1" >&2; exit 2 ;;
  esac
done

cli="$build/app/cli/riskatlas-cli"
[ -x "$cli" ] || { echo "run-benchmarks: build riskatlas-cli first ($cli)" >&2; exit 1; }
[ "$install" -eq 1 ] && bash "$root/scripts/install-benchmark-deps.sh"
command -v spatialite >/dev/null || { echo "run-benchmarks: spatialite missing" >&2; exit 1; }
if [ "$qgis" -eq 1 ] && ! command -v qgis_process.bin >/dev/null; then
  echo "run-benchmarks: qgis_process.bin missing (install the qgis package)" >&2; exit 1
fi

export QT_QPA_PLATFORM=offscreen
export XDG_RUNTIME_DIR="$work/xdg"
export RISKATLAS_TIMING=1
mkdir -p "$work" && mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
results="$work/results.tsv"
printf 'units\tcells\tstep\twall_s\tpeak_rss_mb\tnote\n' > "$results"

# measure LABEL UNITS CELLS LOG COMMAND…: wall time and peak RSS of one command.
measure() {
  local label="$1" units="$2" cells="$3" log="$4"; shift 4
  local stats="$work/time.txt" start end wall rss
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f '%e %M' -o "$stats" "$@" >"$log" 2>&1 || { echo "FAILED: $*" >&2; tail -5 "$log" >&2; return 1; }
    read -r wall rss < "$stats"
  else
    start=$(date +%s.%N)
    "$@" >"$log" 2>&1 || { echo "FAILED: $*" >&2; tail -5 "$log" >&2; return 1; }
    end=$(date +%s.%N)
    wall=$(python3 -c "print(round($end - $start, 2))")
    rss=0
  fi
  local note=""
  # The units phase of a full run, or the whole of a run from the stored state.
  if grep -qE '^timing: (units|incremental) [0-9]' "$log" 2>/dev/null; then
    note=$(grep -E '^timing: (units|incremental) [0-9]' "$log" | head -1 | sed 's/^timing: //')
  fi
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$units" "$cells" "$label" "$wall" \
    "$(python3 -c "print(round($rss / 1024))")" "$note" >> "$results"
  printf '  %-28s %8.2f s %7d MB  %s\n' "$label" "$wall" "$((rss / 1024))" "$note"
}

# method-set EDIT IN OUT: the project's method set with one change (python, stdlib only).
method_set() {
  python3 - "$@" <<'EOF'
import json, sys
edit, source, target = sys.argv[1:4]
data = json.load(open(source, encoding="utf-8"))
def cells_of(method):
    """The 5x5 matrix's levels cell by cell (bands, lower bound inclusive)."""
    if "cells" in method:
        return method["cells"]
    bands = method["bands"]["bands"]
    def level(score):
        for band in bands:
            if "from" not in band or score >= band["from"]:
                return band["level"]
    return [[level(l * s) for s in range(1, 6)] for l in range(1, 6)]
if edit == "base":
    # The default matrix as a cell table, and the same table as sector I01's own method.
    default = data["default"]
    table = cells_of(default)
    default.pop("bands", None)
    default["cells"] = table
    data.setdefault("sectors", {})["I01"] = json.loads(json.dumps(default))
    data["control_correction"] = {"type": "level-shift", "good": -1, "fair": 0, "poor": 1}
elif edit in ("sector-cell", "default-cell"):
    method = data["sectors"]["I01"] if edit == "sector-cell" else data["default"]
    # L = 3, S = 3 (score 9): significant → general; the table still never falls as L or S rise.
    method["cells"][2][2] = "general"
json.dump(data, open(target, "w", encoding="utf-8"), ensure_ascii=False, indent=1)
EOF
}

uname_cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')
echo "machine: $(nproc) cores, $uname_cpu, $(free -g | awk '/Mem:/{print $2}') GB RAM, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "riskatlas: $("$cli" --version)"

for config in $configs; do
  units="${config%%:*}"
  cells="${config##*:}"
  case "$cells" in
    2500) cell_size=1000 ;;
    10000) cell_size=500 ;;
    *) echo "run-benchmarks: cells must be 2500 or 10000, not $cells" >&2; exit 2 ;;
  esac
  city="$work/city-$units"
  dir="$work/run-$units-$cells"
  mkdir -p "$dir"
  echo "== $units units, $cells grid cells"
  [ -f "$city/units.csv" ] || python3 "$root/projects/synthetic-city/generate.py" "$units" "$city"

  # The base keeps the file name the runs use: a renamed project would have its embedded QGIS
  # project rewritten by the first command (see docs/project-format.md), which is not assess.
  base="$dir/base/project.gpkg"
  staging="$dir/base-staging/project.gpkg"
  if [ ! -f "$base" ]; then
    rm -rf "$dir/base-staging" && mkdir -p "$dir/base-staging"
    "$cli" new "$staging" --name 合成城市 --crs EPSG:4549 >/dev/null
    "$cli" import-regions "$staging" "$city/districts.geojson" --id-field 区划代码 \
      --name-field 区县名称 >/dev/null 2>&1
    "$cli" make-grid "$staging" --cell-size "$cell_size" >/dev/null 2>&1
    measure "import-units (setup)" "$units" "$cells" "$dir/import.log" \
      "$cli" import-units "$staging" "$city/units.csv" --source-crs EPSG:4549
    "$cli" methods export "$staging" "$dir/exported.json" >/dev/null
    method_set base "$dir/exported.json" "$dir/base.json"
    "$cli" methods import "$staging" "$dir/base.json" >/dev/null
    rm -rf "$dir/base" && mv "$dir/base-staging" "$dir/base"
  fi

  project="$dir/project.gpkg"
  cp "$base" "$project"
  measure "assess (first)" "$units" "$cells" "$dir/assess-first.log" "$cli" assess "$project"
  measure "assess (nothing changed)" "$units" "$cells" "$dir/assess-again.log" \
    "$cli" assess "$project"
  "$cli" methods export "$project" "$dir/current.json" >/dev/null
  method_set sector-cell "$dir/current.json" "$dir/sector-cell.json"
  measure "assess (I01 matrix cell)" "$units" "$cells" "$dir/assess-sector-cell.log" \
    "$cli" assess "$project" --method-set "$dir/sector-cell.json"
  "$cli" methods export "$project" "$dir/current.json" >/dev/null
  method_set default-cell "$dir/current.json" "$dir/default-cell.json"
  measure "assess (default matrix cell)" "$units" "$cells" "$dir/assess-default-cell.log" \
    "$cli" assess "$project" --method-set "$dir/default-cell.json"

  # SpatiaLite: score and aggregate per grid cell through the units' R-tree, polygons outer.
  cp "$base" "$dir/spatialite.gpkg"
  cat > "$dir/aggregate.sql" <<'EOF'
SELECT EnableGpkgAmphibiousMode();
CREATE TEMP TABLE aggregate AS
SELECT r.fid AS fid, COUNT(u.fid) AS units,
       MAX(CAST(u.likelihood AS INTEGER) * CAST(u.severity AS INTEGER)) AS max_score
FROM regions AS r
CROSS JOIN rtree_units_geom AS i
CROSS JOIN units AS u
WHERE r.kind = 'grid'
  AND i.minx <= MbrMaxX(r.geom) AND i.maxx >= MbrMinX(r.geom)
  AND i.miny <= MbrMaxY(r.geom) AND i.maxy >= MbrMinY(r.geom)
  AND u.fid = i.id
  AND ST_Intersects(r.geom, u.geom)
GROUP BY r.fid;
SELECT COUNT(*), SUM(units), MAX(max_score) FROM aggregate;
EOF
  measure "spatialite query" "$units" "$cells" "$dir/spatialite.log" \
    sh -c "spatialite '$dir/spatialite.gpkg' < '$dir/aggregate.sql'"

  if [ "$qgis" -eq 1 ]; then
    rm -f "$dir/qgis.gpkg" "$dir/scored.gpkg" "$dir/joined.gpkg"
    cp "$base" "$dir/qgis.gpkg"
    measure "qgis fieldcalculator" "$units" "$cells" "$dir/qgis-fieldcalculator.log" \
      qgis_process.bin run native:fieldcalculator --INPUT="$dir/qgis.gpkg|layername=units" \
      --FIELD_NAME=qscore --FIELD_TYPE=1 --FIELD_LENGTH=10 --FIELD_PRECISION=0 \
      "--FORMULA=to_int(nullif(\"likelihood\", '')) * to_int(nullif(\"severity\", ''))" \
      --OUTPUT="$dir/scored.gpkg"
    measure "qgis joinbylocationsummary" "$units" "$cells" "$dir/qgis-join.log" \
      qgis_process.bin run qgis:joinbylocationsummary \
      "--INPUT=$dir/qgis.gpkg|layername=regions|subset=\"kind\" = 'grid'" \
      --JOIN="$dir/scored.gpkg" --PREDICATE=0 --JOIN_FIELDS=qscore --SUMMARIES=0,3 \
      --DISCARD_NONMATCHING=0 --OUTPUT="$dir/joined.gpkg"
  fi

  if [ "$map" -eq 1 ]; then
    rm -f "$dir/map-a3.pdf"
    measure "export-map A3 PDF" "$units" "$cells" "$dir/export-map.log" \
      "$cli" export-map "$project" "$dir/map-a3.pdf" --paper A3
    printf '%s\t%s\t%s\t\t\t%s\n' "$units" "$cells" "map size (MB)" \
      "$(python3 -c "import os; print(round(os.path.getsize('$dir/map-a3.pdf') / 1e6, 1))")" \
      >> "$results"
  fi
done

echo
echo "== summary (wall seconds; ratio = peer time / assess time)"
python3 - "$results" <<'EOF'
import csv, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
by = {}
for row in rows:
    by.setdefault((int(row["units"]), int(row["cells"])), {})[row["step"]] = row
print("%9s %6s | %8s %7s %8s %8s %8s | %8s %8s | %7s %7s" % (
    "units", "cells", "assess", "RSS MB", "again", "I01 cell", "dflt cell",
    "sqlite", "qgis", "sqlite/", "qgis/"))
for (units, cells), steps in sorted(by.items()):
    def wall(step):
        return float(steps[step]["wall_s"]) if step in steps else None
    assess = wall("assess (first)")
    qgis = None
    if "qgis fieldcalculator" in steps and "qgis joinbylocationsummary" in steps:
        qgis = wall("qgis fieldcalculator") + wall("qgis joinbylocationsummary")
    spatialite = wall("spatialite query")
    fmt = lambda v: "%8.2f" % v if v is not None else "%8s" % "-"
    ratio = lambda v: "%6.1fx" % (v / assess) if v is not None and assess else "%7s" % "-"
    print("%9d %6d | %s %7s %s %s %s | %s %s | %s %s" % (
        units, cells, fmt(assess), steps.get("assess (first)", {}).get("peak_rss_mb", "-"),
        fmt(wall("assess (nothing changed)")), fmt(wall("assess (I01 matrix cell)")),
        fmt(wall("assess (default matrix cell)")), fmt(spatialite), fmt(qgis),
        ratio(spatialite), ratio(qgis)))
EOF
echo "results: $results"
