#!/usr/bin/env bash
# CTest install.destdir: `cmake --install` into a temporary DESTDIR, then everything a desktop
# installation needs is there, valid, and runs from there.
# Usage: check-install.sh BUILD_DIR SOURCE_DIR PREFIX
set -euo pipefail
build=$1 source=$2 prefix=$3
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

DESTDIR=$stage cmake --install "$build" > "$stage/install.log"
root=$stage$prefix
echo "installed into $root"

# Every file a desktop installation needs, in the GNUInstallDirs places.
expected=(
  bin/riskatlas bin/riskatlas-cli
  share/applications/riskatlas.desktop
  share/metainfo/io.github.riskatlas.metainfo.xml
  share/icons/hicolor/scalable/apps/riskatlas.svg
  share/man/man1/riskatlas-cli.1
  share/bash-completion/completions/riskatlas-cli
  share/riskatlas/translations/riskatlas_zh_CN.qm
  share/riskatlas/translations/riskatlas_en.qm
  share/riskatlas/projects/sample-city/units.csv
  share/riskatlas/projects/sample-city/districts.geojson
)
for size in 16 22 24 32 48 64 128 256; do
  expected+=("share/icons/hicolor/${size}x${size}/apps/riskatlas.png")
done
# The editable starting points: every method template, schema, layout template, report
# template and the taxonomy, as in the source tree.
for folder in methods schemas layouts report taxonomy; do
  while IFS= read -r file; do
    expected+=("share/riskatlas/${file#"$source/resources/"}")
  done < <(find "$source/resources/$folder" -type f)
done
for file in "${expected[@]}"; do
  [ -s "$root/$file" ] || fail "missing or empty: $prefix/$file"
done
echo "checked ${#expected[@]} files"

# Icons have the size their folder says.
for size in 16 22 24 32 48 64 128 256; do
  png=$root/share/icons/hicolor/${size}x${size}/apps/riskatlas.png
  [ -f "$png" ] && { file "$png" | grep -q "PNG image data, $size x $size" || fail "$png is not ${size}x${size}"; }
done

# Desktop entry and AppStream metadata pass the freedesktop.org validators.
desktop-file-validate "$root/share/applications/riskatlas.desktop" || fail "desktop-file-validate"
grep -q '^Name\[zh_CN\]=' "$root/share/applications/riskatlas.desktop" || fail "no Name[zh_CN]"
grep -q '^Comment\[zh_CN\]=' "$root/share/applications/riskatlas.desktop" || fail "no Comment[zh_CN]"
appstreamcli validate --no-net "$root/share/metainfo/io.github.riskatlas.metainfo.xml" ||
  fail "appstreamcli validate"

# The man page renders and documents every command.
man_text=$(LC_ALL=C.UTF-8 MANWIDTH=100 man -l "$root/share/man/man1/riskatlas-cli.1" 2> "$stage/man.err")
[ -s "$stage/man.err" ] && fail "man reports: $(cat "$stage/man.err")"
for command in new import-units import-regions make-grid assess summary export-units export-map \
  report methods taxonomy audit; do
  grep -q "^   $command\$" <<< "$man_text" || fail "the man page has no section for $command"
done
grep -q -- "--aggregation" <<< "$man_text" || fail "the man page lists no command options"
grep -q "$build" "$root/share/man/man1/riskatlas-cli.1" && fail "the man page names the build folder"

# Bash completion completes commands, options and option values.
complete_words() {
  bash -c 'source /usr/share/bash-completion/bash_completion
           source "$1"; shift
           COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
           _riskatlas_cli; echo "${COMPREPLY[*]}"' _ \
    "$root/share/bash-completion/completions/riskatlas-cli" "$@"
}
[ "$(complete_words riskatlas-cli export-)" = "export-units export-map" ] ||
  fail "completion of 'export-': $(complete_words riskatlas-cli export-)"
[ "$(complete_words riskatlas-cli summary --j)" = "--json" ] ||
  fail "completion of 'summary --j': $(complete_words riskatlas-cli summary --j)"
[ "$(complete_words riskatlas-cli make-grid --shape "")" = "square hex" ] ||
  fail "completion of 'make-grid --shape': $(complete_words riskatlas-cli make-grid --shape "")"

# The installed programs run from there, on nothing of the build tree.
for program in riskatlas riskatlas-cli; do
  if ldd "$root/bin/$program" | grep -q "$build\|not found"; then
    fail "$program needs libraries of the build tree: $(ldd "$root/bin/$program" | grep "$build\|not found")"
  fi
  if readelf -d "$root/bin/$program" | grep -i "rpath\|runpath" | grep -q "$build"; then
    fail "$program keeps the build tree in its run path"
  fi
done
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=
version=$("$root/bin/riskatlas" --version) || fail "riskatlas --version exited $?"
[[ $version == "riskatlas "[0-9]* ]] || fail "riskatlas --version printed: $version"
cli=$root/bin/riskatlas-cli
[[ $("$cli" --version) == "riskatlas-cli "[0-9]* ]] || fail "riskatlas-cli --version"
sample=$root/share/riskatlas/projects/sample-city
work=$stage/work
mkdir -p "$work"
(
  set -e
  cd "$work"
  "$cli" new city.gpkg --name 示例市
  "$cli" import-regions city.gpkg "$sample/districts.geojson"
  "$cli" import-units city.gpkg "$sample/units.csv"
  "$cli" assess city.gpkg
  "$cli" summary city.gpkg --json > summary.json
  "$cli" export-units city.gpkg risk-list.csv
  "$cli" methods import city.gpkg \
    "$root/share/riskatlas/methods/matrix-4x4.json"
) > "$stage/sample.log" 2>&1 || { cat "$stage/sample.log" >&2; fail "the sample run failed"; }
python3 - "$work/summary.json" <<'PY' || fail "summary.json of the installed sample"
import json, sys
summary = json.load(open(sys.argv[1]))
assert summary["units"] == 360 and summary["scored"] == 356, summary
assert len(summary["regions"]) == 12, len(summary["regions"])
PY
[ "$(wc -l < "$work/risk-list.csv")" -eq 361 ] || fail "risk-list.csv has $(wc -l < "$work/risk-list.csv") lines"

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "install: all checks passed"
