#!/usr/bin/env bash
# Refreshes resources/translations/*.ts from the sources (lupdate), fills the English file
# (source text = translation) and reports what zh_CN still lacks. The .qm files are built by
# CMake, never committed.
set -euo pipefail
cd "$(dirname "$0")/.."
LUPDATE=${LUPDATE:-$(command -v lupdate || echo /usr/lib/qt5/bin/lupdate)}
for lang in zh_CN en; do
  "$LUPDATE" -silent -locations none -no-obsolete -source-language en -target-language "$lang" \
    assessment gis ui app -ts "resources/translations/riskatlas_$lang.ts"
done
python3 scripts/translations.py fill-english resources/translations/riskatlas_en.ts
python3 scripts/translations.py check resources/translations/riskatlas_zh_CN.ts resources/translations/riskatlas_en.ts
