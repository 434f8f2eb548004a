#!/usr/bin/env bash
# The Debian package on a fresh Debian 12: debootstraps a minimal bookworm root, installs the
# package there with apt (its dependencies come from Debian's archive), and runs the bundled
# sample with the installed programs: the CLI from import to map, report (PDF and DOCX through
# pandoc) and summary, the workbench's --version, a Chinese message.
# Needs root (debootstrap, chroot, mounting /proc), the Debian package debootstrap and network
# access to deb.debian.org. Measured on the 2-core build machine: debootstrap 62–108 s, apt
# install 170–204 s (≈ 1.4 GB with QGIS and pandoc), the sample 21–41 s: 5–5.7 minutes.
# Usage: scripts/test-deb.sh [PACKAGE.deb]   (default: the newest out/riskatlas_*.deb)
set -euo pipefail
cd "$(dirname "$0")/.."
deb=$(realpath "${1:-$(ls -t out/riskatlas_*.deb | head -1)}")
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
work=$(mktemp -d /tmp/riskatlas-test-deb.XXXXXX)
root=$work/root
cleanup() {
  umount "$root/proc" "$root/dev" 2> /dev/null || true
  rm -rf --one-file-system "$work"
}
trap cleanup EXIT
seconds() { echo $(($(date +%s) - $1)); }

start=$(date +%s)
debootstrap --variant=minbase bookworm "$root" "$mirror" > "$work/debootstrap.log" 2>&1 ||
  { cat "$work/debootstrap.log" >&2; exit 1; }
echo "debootstrap: $(seconds "$start") s"
mount -t proc proc "$root/proc"
mount --bind /dev "$root/dev"
cp /etc/resolv.conf "$root/etc/resolv.conf"
cp "$deb" "$root/tmp/"

start=$(date +%s)
chroot "$root" env DEBIAN_FRONTEND=noninteractive bash -c \
  "apt-get update -qq && apt-get install -y -qq /tmp/$(basename "$deb")" > "$work/apt.log" 2>&1 ||
  { tail -40 "$work/apt.log" >&2; exit 1; }
echo "apt install: $(seconds "$start") s"

start=$(date +%s)
chroot "$root" env QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8 bash -euo pipefail -c '
  cd /tmp
  sample=/usr/share/riskatlas/projects/sample-city
  riskatlas-cli new city.gpkg --name 示例市
  riskatlas-cli import-regions city.gpkg $sample/districts.geojson
  riskatlas-cli import-units city.gpkg $sample/units.csv 2> /dev/null
  riskatlas-cli assess city.gpkg 2> /dev/null
  riskatlas-cli summary city.gpkg --json | grep -q "\"units\": 360"
  riskatlas-cli export-map city.gpkg map.pdf
  riskatlas-cli report city.gpkg report.pdf
  riskatlas-cli report city.gpkg report.docx
  test -s map.pdf && test -s report.pdf && test -s report.docx
  riskatlas --version
  message=$(LC_ALL=zh_CN.UTF-8 riskatlas-cli summary --bogus 2>&1 || true)
  grep -q "未知选项" <<< "$message"
  man -w riskatlas-cli > /dev/null 2>&1 || test -f /usr/share/man/man1/riskatlas-cli.1
'
echo "sample: $(seconds "$start") s"
echo "test-deb: $(basename "$deb") installs on a clean Debian 12 and runs the sample"
