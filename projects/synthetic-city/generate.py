#!/usr/bin/env python3
"""Generate a synthetic city of any size for RiskAtlas benchmarks (合成城市).

    generate.py UNITS OUTDIR [--seed N]

writes the raw inputs an analyst would receive:

  OUTDIR/districts.geojson  four district polygons (2 x 2) covering a 50 km x 50 km square city,
                            EPSG:4549 (CGCS2000 / 3-degree Gauss-Kruger CM 120E), with a `crs`
                            member; properties 区划代码, 区县名称
  OUTDIR/units.csv          UNITS risk units (UTF-8 with BOM, comma-separated): id, name,
                            category, sector, x, y (EPSG:4549 metres), likelihood, severity
                            (5 x 5 matrix inputs, 1-5), control (good/fair/poor or empty)

Grids come from `riskatlas-cli make-grid`: --cell-size 1000 gives 2,500 cells, 500 gives 10,000.

Python 3 standard library only; deterministic for a given UNITS and seed.
"""
import argparse
import json
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
TAXONOMY = os.path.join(HERE, "..", "..", "resources", "taxonomy", "default-taxonomy.json")

# The city: a square of SIDE metres, its south-west corner at (X0, Y0) in EPSG:4549.
X0, Y0, SIDE = 475000.0, 3325000.0, 50000.0
DISTRICTS = [  # 2 x 2, south-west first
    ("330201", "东湖区"), ("330202", "西山区"), ("330203", "南港区"), ("330204", "北塘区"),
]
UNSCORED_SHARE = 0.002  # units whose severity is missing (left unscored, listed by assess)
OUTSIDE_SHARE = 0.0005  # units just outside the boundary (counted and listed, never dropped)
CONTROLS = ["good", "fair", "poor", ""]
NAME_SUFFIXES = ["有限公司", "站", "中心", "项目部", "管理处"]


def load_sectors():
    with open(TAXONOMY, encoding="utf-8") as handle:
        taxonomy = json.load(handle)
    return [(category["code"], sector["code"], sector["name_zh"])
            for category in taxonomy["categories"] for sector in category["sectors"]]


def write_districts(path):
    half = SIDE / 2
    features = []
    for index, (code, name) in enumerate(DISTRICTS):
        x = X0 + (index % 2) * half
        y = Y0 + (index // 2) * half
        ring = [[x, y], [x + half, y], [x + half, y + half], [x, y + half], [x, y]]
        features.append({"type": "Feature",
                         "properties": {"区划代码": code, "区县名称": name},
                         "geometry": {"type": "Polygon", "coordinates": [ring]}})
    collection = {"type": "FeatureCollection",
                  "crs": {"type": "name",
                          "properties": {"name": "urn:ogc:def:crs:EPSG::4549"}},
                  "features": features}
    with open(path, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(json.dumps(collection, ensure_ascii=False))
        handle.write("\n")


def position(rng, centres):
    """Two thirds of the units cluster around town centres, the rest spread evenly."""
    if rng.random() < 0.66:
        cx, cy, spread = centres[rng.randrange(len(centres))]
        while True:
            x, y = rng.gauss(cx, spread), rng.gauss(cy, spread)
            if X0 < x < X0 + SIDE and Y0 < y < Y0 + SIDE:
                return x, y
    return X0 + rng.random() * SIDE, Y0 + rng.random() * SIDE


def write_units(path, count, rng):
    sectors = load_sectors()
    centres = [(X0 + rng.uniform(0.1, 0.9) * SIDE, Y0 + rng.uniform(0.1, 0.9) * SIDE,
                rng.uniform(800, 4000)) for _ in range(24)]
    width = max(7, len(str(count)))
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        handle.write("id,name,category,sector,x,y,likelihood,severity,control\r\n")
        rows = []
        for number in range(1, count + 1):
            category, sector, sector_name = sectors[rng.randrange(len(sectors))]
            draw = rng.random()
            if draw < OUTSIDE_SHARE:
                x, y = X0 - 10.0 - rng.random() * 500, Y0 + rng.random() * SIDE
            else:
                x, y = position(rng, centres)
            # Likelihood and severity lean low, as real registers do.
            likelihood = min(5, 1 + int(rng.expovariate(0.9)))
            severity = min(5, 1 + int(rng.expovariate(0.7)))
            severity_text = "" if rng.random() < UNSCORED_SHARE else str(severity)
            control = CONTROLS[rng.randrange(len(CONTROLS))]
            name = "%s%s%d" % (sector_name, NAME_SUFFIXES[number % len(NAME_SUFFIXES)], number)
            rows.append("SC%0*d,%s,%s,%s,%.2f,%.2f,%d,%s,%s\r\n" % (
                width, number, name, category, sector, x, y, likelihood, severity_text, control))
            if len(rows) >= 10000:
                handle.writelines(rows)
                rows = []
        handle.writelines(rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("units", type=int, help="number of risk units, e.g. 10000")
    parser.add_argument("outdir", help="folder to write districts.geojson and units.csv into")
    parser.add_argument("--seed", type=int, default=20261129)
    args = parser.parse_args()
    if args.units < 1:
        parser.error("UNITS must be positive")
    os.makedirs(args.outdir, exist_ok=True)
    rng = random.Random("%d/%d" % (args.seed, args.units))
    write_districts(os.path.join(args.outdir, "districts.geojson"))
    write_units(os.path.join(args.outdir, "units.csv"), args.units, rng)
    print("%s: %d units, 4 districts, %.0f km x %.0f km (EPSG:4549)"
          % (args.outdir, args.units, SIDE / 1000, SIDE / 1000))


if __name__ == "__main__":
    main()
