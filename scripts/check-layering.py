#!/usr/bin/env python3
"""Fails when a source file reaches against the architecture (docs/architecture.md):

- modules depend one way: app -> ui -> gis -> assessment;
- gis/ sub-folders depend one way: api <- support <- store <- import, assess <- maps <- report
  <- workflow;
- the front ends (app/, ui/) use gis/ only through api/ and workflow/ (and start QGIS);
- gis/ touches no process-global QGIS project and installs no translator (its steps run in
  worker threads next to the workbench's map canvas).
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
GIS_ORDER = {
    "api": set(),
    "support": {"api"},
    "store": {"api", "support"},
    "import": {"api", "support", "store"},
    "assess": {"api", "support", "store"},
    "maps": {"api", "support", "store", "assess"},
    "report": {"api", "support", "store", "assess", "maps"},
    "workflow": {"api", "support", "store", "import", "assess", "maps", "report"},
}
FRONT_END_GIS = {"api", "workflow"}
FRONT_END_HEADERS = {"support/gisruntime.h"}  # starting QGIS is the executable's job
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)
FORBIDDEN_IN_GIS = [r"QgsProject::instance\s*\(", r"installTranslator\s*\("]


def sources(folder):
    return sorted(p for p in (ROOT / folder).rglob("*") if p.suffix in (".h", ".cpp"))


def main():
    problems = []
    assessment_headers = {p.name for p in sources("assessment")}
    for path in sources("assessment"):
        for include in INCLUDE.findall(path.read_text(encoding="utf-8")):
            if "/" in include or include not in assessment_headers:
                problems.append(f"{path}: assessment/ includes \"{include}\" (Qt Core only)")
    for path in sources("gis"):
        text = path.read_text(encoding="utf-8")
        folder = path.relative_to(ROOT / "gis").parts[0]
        for include in INCLUDE.findall(text):
            target = include.split("/")[0] if "/" in include else None
            if target is None:
                if include not in assessment_headers:
                    problems.append(f"{path}: unknown include \"{include}\"")
                continue
            if target != folder and target not in GIS_ORDER.get(folder, set()):
                problems.append(f"{path}: gis/{folder} must not include gis/{include}")
        for pattern in FORBIDDEN_IN_GIS:
            if re.search(pattern, text):
                problems.append(f"{path}: gis/ must not use {pattern.split(chr(92))[0]}")
    for front_end in ("app", "ui"):
        for path in sources(front_end):
            for include in INCLUDE.findall(path.read_text(encoding="utf-8")):
                target = include.split("/")[0] if "/" in include else None
                if (target in GIS_ORDER and target not in FRONT_END_GIS
                        and include not in FRONT_END_HEADERS):
                    problems.append(f"{path}: {front_end}/ uses gis/{include}; "
                                    "front ends use gis/api and gis/workflow only")
                if front_end == "ui" and include.startswith("cli"):
                    problems.append(f"{path}: ui/ must not include app/ code")
    for problem in problems:
        print(problem)
    print(f"{len(problems)} layering problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
