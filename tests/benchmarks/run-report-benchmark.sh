#!/usr/bin/env bash
# Times `riskatlas-cli report` in every format (not a test; see README.md here) on the assessed
# synthetic city of assessed-city.sh (UNITS, default 100,000), on a copy. Issue 14's target: the
# PDF in under 15 s on the 2-core machines.
#   tests/benchmarks/run-report-benchmark.sh [UNITS] [--build DIR] [--work DIR]
set -euo pipefail
benchmark_target=riskatlas-cli
if [ $# -eq 0 ] || [[ "$1" == --* ]]; then set -- 100000 "$@"; fi
# shellcheck source=assessed-city.sh
source "$(dirname "$0")/assessed-city.sh"
copy="$work/workbench/report-$units.gpkg"
cp "$project" "$copy"
"$cli" assess "$copy" >/dev/null 2>&1
out="$work/workbench/report-$units"
mkdir -p "$out"
echo "project: $units units, 4 districts, 500 m grid"
printf '%-6s %9s %7s %10s\n' format seconds pages bytes
for format in pdf docx html xlsx; do
  file="$out/report.$format"
  start=$(date +%s.%N)
  "$cli" report "$copy" "$file" >/dev/null
  end=$(date +%s.%N)
  pages=-
  [ "$format" = pdf ] && pages=$(pdfinfo "$file" | awk '/^Pages:/ {print $2}')
  printf '%-6s %9.2f %7s %10s\n' "$format" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" "$pages" \
    "$(stat -c %s "$file")"
done
