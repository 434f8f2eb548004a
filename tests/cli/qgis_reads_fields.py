#!/usr/bin/env python3
"""QGIS's Python API reads a RiskAtlas project's field names as an analyst's script would.

Builds the sample city with riskatlas-cli, then opens the GeoPackage's layers with PyQGIS (their
default styles from layer_styles) and the embedded QGIS project, and checks the Chinese field
aliases and value maps (issue 17 item 4). Exits 77 (CTest: skipped) without python3-qgis.

Usage: qgis_reads_fields.py RISKATLAS_CLI   (RISKATLAS_SOURCE_DIR: the source tree)
"""
import os
import subprocess
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
try:
    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
except ImportError:
    print("python3-qgis is not installed: skipped")
    sys.exit(77)


def run(cli, *arguments):
    done = subprocess.run([cli, *arguments], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"riskatlas-cli {' '.join(arguments)} failed: {done.stderr}")


def fields(layer):
    """alias by field name, and value maps as {field: {code: name}}."""
    aliases = {}
    value_maps = {}
    for index, field in enumerate(layer.fields()):
        aliases[field.name()] = layer.attributeAlias(index)
        setup = layer.editorWidgetSetup(index)
        if setup.type() == "ValueMap":
            pairs = {}
            for entry in setup.config()["map"]:
                for name, code in entry.items():
                    pairs[code] = name
            value_maps[field.name()] = pairs
    return aliases, value_maps


def expect(what, actual, wanted):
    if actual != wanted:
        sys.exit(f"{what}: {actual!r}, expected {wanted!r}")


def check_units(where, layer):
    aliases, value_maps = fields(layer)
    expect(f"{where} level alias", aliases["level"], "风险等级")
    expect(f"{where} inherent_level alias", aliases["inherent_level"], "固有风险等级")
    expect(f"{where} name alias", aliases["name"], "单位名称")
    expect(f"{where} sector_name alias", aliases["sector_name"], "行业领域")
    expect(f"{where} level values", value_maps["level"],
           {"major": "重大风险", "significant": "较大风险", "general": "一般风险",
            "low": "低风险", "none": "未评估"})
    expect(f"{where} category industrial", value_maps["category"]["industrial"], "城市工业")
    expect(f"{where} sector I01", value_maps["sector"]["I01"], "I01 危险化学品生产")
    # What the attribute table shows for a major unit.
    index = layer.fields().lookupField("level")
    setup = layer.editorWidgetSetup(index)
    formatter = QgsApplication.fieldFormatterRegistry().fieldFormatter(setup.type())
    expect(f"{where} shown level", formatter.representValue(layer, index, setup.config(), None,
                                                            "major"), "重大风险")


def main():
    cli = sys.argv[1]
    sample = os.path.join(os.environ["RISKATLAS_SOURCE_DIR"], "projects", "sample-city")
    with tempfile.TemporaryDirectory() as folder:
        gpkg = os.path.join(folder, "sample.gpkg")
        run(cli, "new", gpkg, "--name", "示例市")
        run(cli, "import-regions", gpkg, os.path.join(sample, "districts.geojson"))
        run(cli, "import-units", gpkg, os.path.join(sample, "units.csv"))
        run(cli, "assess", gpkg)

        QgsApplication.setPrefixPath("/usr", True)
        app = QgsApplication([], False)
        app.initQgis()
        units = QgsVectorLayer(f"{gpkg}|layername=units", "units", "ogr")
        regions = QgsVectorLayer(f"{gpkg}|layername=regions", "regions", "ogr")
        if not units.isValid() or not regions.isValid():
            sys.exit("the project's layers do not open")
        check_units("units (default style)", units)
        aliases, value_maps = fields(regions)
        expect("regions kind alias", aliases["kind"], "区域类型")
        expect("regions kind values", value_maps["kind"],
               {"district": "区县", "street": "街道", "grid": "网格"})

        project = QgsProject()
        if not project.read(f"geopackage:{gpkg}?projectName=RiskAtlas"):
            sys.exit("the embedded project does not open: " + project.error())
        layers = {layer.name(): layer for layer in project.mapLayers().values()
                  if layer.name() in ("风险单元", "区县")}
        expect("embedded project layers", sorted(layers), ["区县", "风险单元"])
        check_units("风险单元 (embedded project)", layers["风险单元"])
        expect("区县 level alias", fields(layers["区县"])[0]["level"], "风险等级")
        del project, units, regions, layers
        app.exitQgis()
    print("QGIS's Python API reads the Chinese field aliases and value maps")


if __name__ == "__main__":
    main()
