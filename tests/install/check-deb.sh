#!/usr/bin/env bash
# CTest install.deb_contents: the Debian package made from this build (CPack) holds the
# installed files under /usr, its binaries stripped, and depends on the libraries the binaries
# link (dpkg-shlibdeps) and on what RiskAtlas loads at run time. The full check — the package
# installed with apt into a clean Debian 12 root, running the sample — is scripts/test-deb.sh.
# Usage: check-deb.sh BUILD_DIR
set -euo pipefail
build=$1
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

cpack -G DEB --config "$build/CPackConfig.cmake" -B "$stage" > "$stage/cpack.log" 2>&1 ||
  { cat "$stage/cpack.log" >&2; exit 1; }
deb=$(ls "$stage"/riskatlas_*.deb)
echo "package: $(basename "$deb"), $(du -h "$deb" | cut -f1)"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = riskatlas ] || fail "Package: $(field Package)"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture: $(field Architecture)"
version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
[ "$(field Version)" = "$version" ] || fail "Version: $(field Version), project $version"
depends=$(field Depends)
echo "Depends: $depends"
echo "Recommends: $(field Recommends)"
# From shlibdeps: QGIS, Qt, GDAL, SQLite; added: what is loaded at run time.
for package in libqgis-core libqgis-gui libqt5core5a libqt5widgets5 libgdal libsqlite3-0 \
  libxlsxwriter qgis-providers qgis-common qttranslations5-l10n fonts-wqy-microhei; do
  grep -q "\b$package" <<< "$depends" || fail "Depends lacks $package"
done
grep -q pandoc <<< "$(field Recommends)" || fail "Recommends lacks pandoc"

dpkg-deb -c "$deb" | awk '{print $6}' > "$stage/contents"
for file in ./usr/bin/riskatlas ./usr/bin/riskatlas-cli \
  ./usr/share/applications/riskatlas.desktop ./usr/share/metainfo/io.github.riskatlas.metainfo.xml \
  ./usr/share/icons/hicolor/scalable/apps/riskatlas.svg \
  ./usr/share/icons/hicolor/48x48/apps/riskatlas.png \
  ./usr/share/man/man1/riskatlas-cli.1 ./usr/share/bash-completion/completions/riskatlas-cli \
  ./usr/share/riskatlas/translations/riskatlas_zh_CN.qm \
  ./usr/share/riskatlas/methods/matrix-5x5-gbt42768.json \
  ./usr/share/riskatlas/layouts/four-colour-A3-landscape.qpt \
  ./usr/share/riskatlas/report/zh/purpose.md ./usr/share/riskatlas/schemas/summary.schema.json \
  ./usr/share/riskatlas/projects/sample-city/units.csv; do
  grep -qxF "$file" "$stage/contents" || fail "the package lacks $file"
done
grep -q "^./usr/local" "$stage/contents" && fail "the package installs into /usr/local"

# Unpacked, the binaries are stripped and run on this system's libraries.
dpkg-deb -x "$deb" "$stage/root"
for program in riskatlas riskatlas-cli; do
  file "$stage/root/usr/bin/$program" | grep -q ", stripped" || fail "$program is not stripped"
done
QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 "$stage/root/usr/bin/riskatlas-cli" --version ||
  fail "the packaged riskatlas-cli does not run"

if [ "$failures" -gt 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "deb: all checks passed"
