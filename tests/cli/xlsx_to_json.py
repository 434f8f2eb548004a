#!/usr/bin/env python3
"""Reads an XLSX back with openpyxl, a reader independent of the writer, and prints what the
cli tests check as JSON: per sheet (in workbook order) its title, frozen pane, autofilter range,
column widths, and every cell as [value, type, fill RGB] (type: "s" text, "n" number, None
empty; fill "" when none). Also the workbook's creation date."""
import json
import sys

import openpyxl

workbook = openpyxl.load_workbook(sys.argv[1])
sheets = []
for sheet in workbook.worksheets:
    rows = []
    for row in sheet.iter_rows():
        cells = []
        for cell in row:
            fill = ""
            if cell.fill is not None and cell.fill.fill_type == "solid":
                fill = (cell.fill.fgColor.rgb or "")[-6:].upper()
            kind = cell.data_type if cell.value is not None else None
            cells.append([cell.value, kind, fill])
        rows.append(cells)
    widths = {key: dimension.width for key, dimension in sheet.column_dimensions.items()}
    sheets.append({"title": sheet.title, "freeze": sheet.freeze_panes,
                   "filter": sheet.auto_filter.ref, "widths": widths, "rows": rows})
created = workbook.properties.created
print(json.dumps({"sheets": sheets, "created": created.isoformat() if created else None},
                 ensure_ascii=False, default=str))
