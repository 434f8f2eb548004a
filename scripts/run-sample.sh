#!/usr/bin/env bash
# The main job on the bundled sample: builds the project from the raw inputs an analyst
# receives, assesses it and writes the deliverables into out/.
set -euo pipefail
cd "$(dirname "$0")/.."
CLI=${CLI:-build/app/cli/riskatlas-cli}
SAMPLE=projects/sample-city
OUT=${OUT:-out}
mkdir -p "$OUT"
PROJECT="$OUT/sample-city.gpkg"

"$CLI" new "$PROJECT" --name "示例市" --overwrite
"$CLI" import-regions "$PROJECT" "$SAMPLE/districts.geojson" --kind district
"$CLI" import-units "$PROJECT" "$SAMPLE/units.csv"
"$CLI" hazards import "$PROJECT" "$SAMPLE/hazards.csv"   # the 隐患台账 (GBK)
"$CLI" assess "$PROJECT"
"$CLI" summary "$PROJECT" --json > "$OUT/summary.json"
"$CLI" export-units "$PROJECT" "$OUT/risk-list.csv"
"$CLI" export-map "$PROJECT" "$OUT/four-colour-map.pdf" --paper A3
"$CLI" export-map "$PROJECT" "$OUT/four-colour-map.png" --paper A3 --dpi 150
"$CLI" export-map "$PROJECT" "$OUT/four-colour-map.svg" --paper A3
for category in industrial crowded facilities natural; do
  "$CLI" export-map "$PROJECT" "$OUT/map-$category.pdf" --paper A3 --category "$category"
done
"$CLI" export-map "$PROJECT" "$OUT/district-atlas.pdf" --paper A3 --atlas
"$CLI" report "$PROJECT" "$OUT/report.pdf" --language zh
"$CLI" report "$PROJECT" "$OUT/report-en.pdf" --language en
"$CLI" report "$PROJECT" "$OUT/report.docx" --language zh   # to finish in Word or WPS
"$CLI" report "$PROJECT" "$OUT/report.xlsx" --language zh   # risk list, regions, sectors
"$CLI" hazards stats "$PROJECT" --as-of 2026-06-30 --json > "$OUT/hazards-stats.json"
"$CLI" hazards export "$PROJECT" "$OUT/hazards.xlsx" --as-of 2026-06-30
"$CLI" hazards map "$PROJECT" "$OUT/rectification-map.pdf" --as-of 2026-06-30   # 隐患整改率分布图
echo "Deliverables in $OUT/:"
ls -1 "$OUT"

# Then the workbench on the sample project, when there is a screen to show it on.
GUI=${GUI:-build/app/gui/riskatlas}
if [ -z "${CI:-}" ] && [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -x "$GUI" ]; then
  echo "Opening the workbench on $PROJECT"
  exec "$GUI" "$PROJECT"
fi
