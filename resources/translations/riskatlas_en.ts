<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AssessmentReport</name>
    <message>
        <source>City Safety Risk Assessment Report</source>
        <translation>City Safety Risk Assessment Report</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date: %1</translation>
    </message>
    <message>
        <source>Prepared with RiskAtlas</source>
        <translation>Prepared with RiskAtlas</translation>
    </message>
    <message>
        <source>1 Overview</source>
        <translation>1 Overview</translation>
    </message>
    <message>
        <source>This assessment covers %1 risk units in %2 regions. %3 units were scored and %4 could not be scored because inputs are missing or out of range; %5 units lie outside every region.</source>
        <translation>This assessment covers %1 risk units in %2 regions. %3 units were scored and %4 could not be scored because inputs are missing or out of range; %5 units lie outside every region.</translation>
    </message>
    <message>
        <source>Result: %1 major, %2 significant, %3 general and %4 low risk units (final levels after the control-level correction).</source>
        <translation>Result: %1 major, %2 significant, %3 general and %4 low risk units (final levels after the control-level correction).</translation>
    </message>
    <message>
        <source>Regions take the highest final level of their units (rule: %1).</source>
        <translation>Regions take the highest final level of their units (rule: %1).</translation>
    </message>
    <message>
        <source>2 Risk units by level and category</source>
        <translation>2 Risk units by level and category</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>3 Region risk levels</source>
        <translation>3 Region risk levels</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>4 Major risks</source>
        <translation>4 Major risks</translation>
    </message>
    <message>
        <source>No unit is at major risk.</source>
        <translation>No unit is at major risk.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) at major risk after correction.</source>
        <translation><numerusform>%n unit at major risk after correction.</numerusform><numerusform>%n units at major risk after correction.</numerusform></translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>Inherent</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>5 City risk distribution map</source>
        <translation>5 City risk distribution map</translation>
    </message>
    <message>
        <source>No map is available.</source>
        <translation>No map is available.</translation>
    </message>
    <message>
        <source>Likelihood L \ Severity S</source>
        <translation>Likelihood L \ Severity S</translation>
    </message>
    <message>
        <source>Score range</source>
        <translation>Score range</translation>
    </message>
    <message>
        <source>6 Method parameters</source>
        <translation>6 Method parameters</translation>
    </message>
    <message>
        <source>Method: risk matrix %1×%2, R = L × S.</source>
        <translation>Method: risk matrix %1×%2, R = L × S.</translation>
    </message>
    <message>
        <source>Score bands (lower bound inclusive):</source>
        <translation>Score bands (lower bound inclusive):</translation>
    </message>
    <message>
        <source>Score bands (upper bound inclusive):</source>
        <translation>Score bands (upper bound inclusive):</translation>
    </message>
    <message>
        <source>Control-level correction (inherent → realistic): good %1, fair %2, poor %3 level(s); never below low nor above major.</source>
        <translation>Control-level correction (inherent → realistic): good %1, fair %2, poor %3 level(s); never below low nor above major.</translation>
    </message>
    <message>
        <source>Method set hash (SHA-256): %1</source>
        <translation>Method set hash (SHA-256): %1</translation>
    </message>
    <message>
        <source>Coordinate reference system: %1</source>
        <translation>Coordinate reference system: %1</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
</context>
<context>
    <name>BandTable</name>
    <message>
        <source>the band table has no bands</source>
        <translation>the band table has no bands</translation>
    </message>
    <message>
        <source>band %1 has no risk level</source>
        <translation>band %1 has no risk level</translation>
    </message>
    <message>
        <source>the lowest band (%1) must not have a lower bound, or scores below it would have no level</source>
        <translation>the lowest band (%1) must not have a lower bound, or scores below it would have no level</translation>
    </message>
    <message>
        <source>band %1 (%2) has no lower bound</source>
        <translation>band %1 (%2) has no lower bound</translation>
    </message>
    <message>
        <source>band %1 (%2) is not less severe than the band above it (%3)</source>
        <translation>band %1 (%2) is not less severe than the band above it (%3)</translation>
    </message>
    <message>
        <source>bands %1 and %2 overlap: lower bound %3 is not below %4</source>
        <translation>bands %1 and %2 overlap: lower bound %3 is not below %4</translation>
    </message>
    <message>
        <source>unknown boundary rule "%1" (expected lower-inclusive or upper-inclusive)</source>
        <translation>unknown boundary rule "%1" (expected lower-inclusive or upper-inclusive)</translation>
    </message>
    <message>
        <source>unknown risk level "%1" in a band</source>
        <translation>unknown risk level "%1" in a band</translation>
    </message>
</context>
<context>
    <name>ControlCorrection</name>
    <message>
        <source>unknown control correction type "%1" (expected level-shift)</source>
        <translation>unknown control correction type "%1" (expected level-shift)</translation>
    </message>
</context>
<context>
    <name>GisRuntime</name>
    <message>
        <source>the font "%1" is not installed (Debian: fonts-wqy-microhei); maps and reports would fall back to another font</source>
        <translation>the font "%1" is not installed (Debian: fonts-wqy-microhei); maps and reports would fall back to another font</translation>
    </message>
</context>
<context>
    <name>InputFields</name>
    <message>
        <source>unknown target field "%1" in --map (known: %2)</source>
        <translation>unknown target field "%1" in --map (known: %2)</translation>
    </message>
    <message>
        <source>--map %1=%2: the file has no column "%2"</source>
        <translation>--map %1=%2: the file has no column "%2"</translation>
    </message>
    <message>
        <source>columns "%1" and "%2" both look like the field "%3"; choose one with --map %3=COLUMN</source>
        <translation>columns "%1" and "%2" both look like the field "%3"; choose one with --map %3=COLUMN</translation>
    </message>
</context>
<context>
    <name>MethodSet</name>
    <message>
        <source>unknown scoring method "%1"</source>
        <translation>unknown scoring method "%1"</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>not a RiskAtlas method set (expected "schema": "%1")</source>
        <translation>not a RiskAtlas method set (expected "schema": "%1")</translation>
    </message>
    <message>
        <source>default method: %1</source>
        <translation>default method: %1</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>sector</source>
        <translation>sector</translation>
    </message>
    <message>
        <source>好/中/差 or good/fair/poor</source>
        <translation>好/中/差 or good/fair/poor</translation>
    </message>
</context>
<context>
    <name>ProjectAssessor</name>
    <message>
        <source>unit %1: field %2: value "%3": allowed %4</source>
        <translation>unit %1: field %2: value "%3": allowed %4</translation>
    </message>
    <message>
        <source>region %1: cannot write its result: %2</source>
        <translation>region %1: cannot write its result: %2</translation>
    </message>
    <message>
        <source>cannot record the run: %1</source>
        <translation>cannot record the run: %1</translation>
    </message>
    <message>
        <source>%1: the project has no units; import some with import-units</source>
        <translation>%1: the project has no units; import some with import-units</translation>
    </message>
    <message>
        <source>unit %1: cannot write its result: %2</source>
        <translation>unit %1: cannot write its result: %2</translation>
    </message>
    <message>
        <source>assessment cancelled; the project is unchanged</source>
        <translation>assessment cancelled; the project is unchanged</translation>
    </message>
</context>
<context>
    <name>ProjectLayers</name>
    <message>
        <source>Risk units</source>
        <translation>Risk units</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>%1: the project has no units or no regions yet</source>
        <translation>%1: the project has no units or no regions yet</translation>
    </message>
</context>
<context>
    <name>ProjectSchema</name>
    <message>
        <source>cannot create table %1: %2</source>
        <translation>cannot create table %1: %2</translation>
    </message>
    <message>
        <source>cannot create field %1.%2: %3</source>
        <translation>cannot create field %1.%2: %3</translation>
    </message>
    <message>
        <source>cannot write the taxonomy: %1</source>
        <translation>cannot write the taxonomy: %1</translation>
    </message>
    <message>
        <source>the project has schema version %1, newer than this RiskAtlas (%2); open it with a newer release</source>
        <translation>the project has schema version %1, newer than this RiskAtlas (%2); open it with a newer release</translation>
    </message>
    <message>
        <source>the project CRS is not valid WKT</source>
        <translation>the project CRS is not valid WKT</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>%1: the file exists already; use --overwrite to replace it</source>
        <translation>%1: the file exists already; use --overwrite to replace it</translation>
    </message>
    <message>
        <source>unknown coordinate reference system "%1"</source>
        <translation>unknown coordinate reference system "%1"</translation>
    </message>
    <message>
        <source>GDAL has no GeoPackage driver</source>
        <translation>GDAL has no GeoPackage driver</translation>
    </message>
    <message>
        <source>%1: cannot replace the existing file</source>
        <translation>%1: cannot replace the existing file</translation>
    </message>
    <message>
        <source>%1: cannot create the GeoPackage: %2</source>
        <translation>%1: cannot create the GeoPackage: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no such project file</source>
        <translation>%1: no such project file</translation>
    </message>
    <message>
        <source>%1: not a GeoPackage that can be opened for writing</source>
        <translation>%1: not a GeoPackage that can be opened for writing</translation>
    </message>
    <message>
        <source>the project CRS is fixed already (%1)</source>
        <translation>the project CRS is fixed already (%1)</translation>
    </message>
    <message>
        <source>cannot start a transaction: %1</source>
        <translation>cannot start a transaction: %1</translation>
    </message>
    <message>
        <source>cannot commit the changes: %1</source>
        <translation>cannot commit the changes: %1</translation>
    </message>
    <message>
        <source>cannot write the audit log: %1</source>
        <translation>cannot write the audit log: %1</translation>
    </message>
    <message>
        <source>cannot store the method set: %1</source>
        <translation>cannot store the method set: %1</translation>
    </message>
</context>
<context>
    <name>RegionImporter</name>
    <message>
        <source>%1: the layer has no geometry; regions must be polygons</source>
        <translation>%1: the layer has no geometry; regions must be polygons</translation>
    </message>
    <message>
        <source>%1: no region name column recognised (fields: %2); name it with --name-field FIELD</source>
        <translation>%1: no region name column recognised (fields: %2); name it with --name-field FIELD</translation>
    </message>
    <message>
        <source>%1: --name-field %2: no such field (fields: %3)</source>
        <translation>%1: --name-field %2: no such field (fields: %3)</translation>
    </message>
    <message>
        <source>%1: --id-field %2: no such field (fields: %3)</source>
        <translation>%1: --id-field %2: no such field (fields: %3)</translation>
    </message>
    <message>
        <source>%1: the coordinate reference system is unknown; give --source-crs EPSG:n</source>
        <translation>%1: the coordinate reference system is unknown; give --source-crs EPSG:n</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: field %2: value "": every region needs a name</source>
        <translation>%1: field %2: value "": every region needs a name</translation>
    </message>
    <message>
        <source>%1: field %2: value "": every region needs a code</source>
        <translation>%1: field %2: value "": every region needs a code</translation>
    </message>
    <message>
        <source>%1: field %2: value "%3": the code appears twice</source>
        <translation>%1: field %2: value "%3": the code appears twice</translation>
    </message>
    <message>
        <source>%1: geometry: %2: regions must be polygons</source>
        <translation>%1: geometry: %2: regions must be polygons</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>empty</translation>
    </message>
    <message>
        <source>%1: region %2 had an invalid polygon and was repaired</source>
        <translation>%1: region %2 had an invalid polygon and was repaired</translation>
    </message>
    <message>
        <source>import cancelled; the project is unchanged</source>
        <translation>import cancelled; the project is unchanged</translation>
    </message>
    <message>
        <source>%1: the file has no regions</source>
        <translation>%1: the file has no regions</translation>
    </message>
    <message>
        <source>%1: region %2: cannot transform it to %3: %4</source>
        <translation>%1: region %2: cannot transform it to %3: %4</translation>
    </message>
    <message>
        <source>%1: region %2: cannot be written: %3</source>
        <translation>%1: region %2: cannot be written: %3</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>%1: cannot write the report</source>
        <translation>%1: cannot write the report</translation>
    </message>
</context>
<context>
    <name>RiskAtlasCli</name>
    <message>
        <source>Try: riskatlas-cli %1 --help</source>
        <translation>Try: riskatlas-cli %1 --help</translation>
    </message>
    <message>
        <source>expected %1, got %2 argument(s)</source>
        <translation>expected %1, got %2 argument(s)</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>error: </translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>warning: </translation>
    </message>
    <message>
        <source>Usage: riskatlas-cli COMMAND [options]

Commands:
  new             create a project (GeoPackage)
  import-units    import risk units
  import-regions  import districts, streets or grids
  assess          score the units and aggregate the regions
  summary         print the figures (--json for scripts)
  export-units    write the risk list (CSV)
  export-map      write the four-colour map (PDF or PNG)
  report          write the assessment report (PDF)

riskatlas-cli COMMAND --help describes a command's options.
Exit codes: 0 success, 1 the operation failed, 2 wrong usage.
</source>
        <translation>Usage: riskatlas-cli COMMAND [options]

Commands:
  new             create a project (GeoPackage)
  import-units    import risk units
  import-regions  import districts, streets or grids
  assess          score the units and aggregate the regions
  summary         print the figures (--json for scripts)
  export-units    write the risk list (CSV)
  export-map      write the four-colour map (PDF or PNG)
  report          write the assessment report (PDF)

riskatlas-cli COMMAND --help describes a command's options.
Exit codes: 0 success, 1 the operation failed, 2 wrong usage.
</translation>
    </message>
    <message>
        <source>riskatlas-cli: unknown command "%1"</source>
        <translation>riskatlas-cli: unknown command "%1"</translation>
    </message>
    <message>
        <source>zh (default) or en.</source>
        <translation>zh (default) or en.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANG</translation>
    </message>
    <message>
        <source>--language %1: expected zh or en</source>
        <translation>--language %1: expected zh or en</translation>
    </message>
    <message>
        <source>Prints the figures of the last assessment.</source>
        <translation>Prints the figures of the last assessment.</translation>
    </message>
    <message>
        <source>JSON on stdout (schema: resources/schemas/summary.schema.json).</source>
        <translation>JSON on stdout (schema: resources/schemas/summary.schema.json).</translation>
    </message>
    <message>
        <source>units %1, scored %2, unscored %3, outside regions %4</source>
        <translation>units %1, scored %2, unscored %3, outside regions %4</translation>
    </message>
    <message>
        <source>Writes the risk list (风险清单) as CSV, UTF-8 with BOM.</source>
        <translation>Writes the risk list (风险清单) as CSV, UTF-8 with BOM.</translation>
    </message>
    <message>
        <source>wrote %1 units to %2</source>
        <translation>wrote %1 units to %2</translation>
    </message>
    <message>
        <source>Exports the four-colour risk map (PDF, or PNG with a world file).</source>
        <translation>Exports the four-colour risk map (PDF, or PNG with a world file).</translation>
    </message>
    <message>
        <source>A3 (default) or A4, landscape.</source>
        <translation>A3 (default) or A4, landscape.</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>SIZE</translation>
    </message>
    <message>
        <source>Resolution of PNG output (default 300).</source>
        <translation>Resolution of PNG output (default 300).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--paper %1: expected A4 or A3</source>
        <translation>--paper %1: expected A4 or A3</translation>
    </message>
    <message>
        <source>--dpi %1: expected a number from 30 to 1200</source>
        <translation>--dpi %1: expected a number from 30 to 1200</translation>
    </message>
    <message>
        <source>%1: the output must end in .pdf or .png</source>
        <translation>%1: the output must end in .pdf or .png</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>wrote %1</translation>
    </message>
    <message>
        <source>Writes the assessment report as an A4 PDF.</source>
        <translation>Writes the assessment report as an A4 PDF.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported</source>
        <translation><numerusform>%n problem found; nothing was imported</numerusform><numerusform>%n problems found; nothing was imported</numerusform></translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated; project CRS %4</source>
        <translation>%1: %2 added, %3 updated; project CRS %4</translation>
    </message>
    <message>
        <source>Creates a new, empty RiskAtlas project (GeoPackage).</source>
        <translation>Creates a new, empty RiskAtlas project (GeoPackage).</translation>
    </message>
    <message>
        <source>Project (city) name.</source>
        <translation>Project (city) name.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Project CRS, e.g. EPSG:4549; default: from the first imported layer.</source>
        <translation>Project CRS, e.g. EPSG:4549; default: from the first imported layer.</translation>
    </message>
    <message>
        <source>EPSG:n</source>
        <translation>EPSG:n</translation>
    </message>
    <message>
        <source>Replace an existing file.</source>
        <translation>Replace an existing file.</translation>
    </message>
    <message>
        <source>created %1 (%2)</source>
        <translation>created %1 (%2)</translation>
    </message>
    <message>
        <source>Imports risk units (GeoPackage, shapefile, GeoJSON, CSV with coordinate columns); units are upserted by id. All rows are checked first: any problem imports nothing.</source>
        <translation>Imports risk units (GeoPackage, shapefile, GeoJSON, CSV with coordinate columns); units are upserted by id. All rows are checked first: any problem imports nothing.</translation>
    </message>
    <message>
        <source>Layer of a multi-layer file.</source>
        <translation>Layer of a multi-layer file.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Map a field to a column, e.g. --map id=统一社会信用代码 (repeatable).</source>
        <translation>Map a field to a column, e.g. --map id=统一社会信用代码 (repeatable).</translation>
    </message>
    <message>
        <source>TARGET=COLUMN</source>
        <translation>TARGET=COLUMN</translation>
    </message>
    <message>
        <source>CRS of the coordinates; CSV default EPSG:4326.</source>
        <translation>CRS of the coordinates; CSV default EPSG:4326.</translation>
    </message>
    <message>
        <source>--map %1: expected TARGET=COLUMN</source>
        <translation>--map %1: expected TARGET=COLUMN</translation>
    </message>
    <message>
        <source>units</source>
        <translation>units</translation>
    </message>
    <message>
        <source>Imports region polygons, replacing the project's regions of that kind.</source>
        <translation>Imports region polygons, replacing the project's regions of that kind.</translation>
    </message>
    <message>
        <source>Field holding the region name.</source>
        <translation>Field holding the region name.</translation>
    </message>
    <message>
        <source>FIELD</source>
        <translation>FIELD</translation>
    </message>
    <message>
        <source>Field holding the region code.</source>
        <translation>Field holding the region code.</translation>
    </message>
    <message>
        <source>district (default), street or grid.</source>
        <translation>district (default), street or grid.</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>KIND</translation>
    </message>
    <message>
        <source>CRS of a file that states none.</source>
        <translation>CRS of a file that states none.</translation>
    </message>
    <message>
        <source>--kind %1: expected district, street or grid</source>
        <translation>--kind %1: expected district, street or grid</translation>
    </message>
    <message>
        <source>regions (%1)</source>
        <translation>regions (%1)</translation>
    </message>
    <message>
        <source>Scores every unit with the project's method set and aggregates the regions.</source>
        <translation>Scores every unit with the project's method set and aggregates the regions.</translation>
    </message>
    <message>
        <source>Score every unit with this method's default parameters: matrix.</source>
        <translation>Score every unit with this method's default parameters: matrix.</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>--method %1: expected matrix</source>
        <translation>--method %1: expected matrix</translation>
    </message>
    <message>
        <source>left unscored: %1</source>
        <translation>left unscored: %1</translation>
    </message>
    <message>
        <source>assessed %1 units: %2 scored, %3 unscored, %4 outside every region; %5 level change(s); method set %6</source>
        <translation>assessed %1 units: %2 scored, %3 unscored, %4 outside every region; %5 level change(s); method set %6</translation>
    </message>
</context>
<context>
    <name>RiskListExporter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
</context>
<context>
    <name>RiskMapLayout</name>
    <message>
        <source>Four-colour risk map</source>
        <translation>Four-colour risk map</translation>
    </message>
    <message>
        <source>%1 City Safety Risk Distribution Map</source>
        <translation>%1 City Safety Risk Distribution Map</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>km</source>
        <translation>km</translation>
    </message>
    <message>
        <source>Coordinate reference system: %1</source>
        <translation>Coordinate reference system: %1</translation>
    </message>
    <message>
        <source>Map date: %1</source>
        <translation>Map date: %1</translation>
    </message>
    <message>
        <source>Made with RiskAtlas</source>
        <translation>Made with RiskAtlas</translation>
    </message>
    <message>
        <source>%1: cannot export the map (failed writing %2)</source>
        <translation>%1: cannot export the map (failed writing %2)</translation>
    </message>
</context>
<context>
    <name>RiskMatrixMethod</name>
    <message>
        <source>a risk matrix needs %1 to %2 steps per axis, not %3</source>
        <translation>a risk matrix needs %1 to %2 steps per axis, not %3</translation>
    </message>
</context>
<context>
    <name>RiskStyle</name>
    <message>
        <source>%1: cannot open the project to store its styles</source>
        <translation>%1: cannot open the project to store its styles</translation>
    </message>
    <message>
        <source>Four-colour risk levels (RiskAtlas)</source>
        <translation>Four-colour risk levels (RiskAtlas)</translation>
    </message>
    <message>
        <source>%1: cannot store the style of %2: %3</source>
        <translation>%1: cannot store the style of %2: %3</translation>
    </message>
</context>
<context>
    <name>ScoringMethod</name>
    <message>
        <source>an integer from %1 to %2</source>
        <translation>an integer from %1 to %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
</context>
<context>
    <name>SourceLayer</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <source>%1: not a readable vector file (GeoPackage, shapefile, GeoJSON or CSV): %2</source>
        <translation>%1: not a readable vector file (GeoPackage, shapefile, GeoJSON or CSV): %2</translation>
    </message>
    <message>
        <source>%1: the file has %2 layers; choose one with --layer (%3)</source>
        <translation>%1: the file has %2 layers; choose one with --layer (%3)</translation>
    </message>
    <message>
        <source>%1: no layer "%2" (layers: %3)</source>
        <translation>%1: no layer "%2" (layers: %3)</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>row %1</translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation>feature %1</translation>
    </message>
</context>
<context>
    <name>Taxonomy</name>
    <message>
        <source>the taxonomy has no categories</source>
        <translation>the taxonomy has no categories</translation>
    </message>
    <message>
        <source>a category lacks its code, Chinese or English name</source>
        <translation>a category lacks its code, Chinese or English name</translation>
    </message>
    <message>
        <source>a sector of category %1 lacks its code, Chinese or English name</source>
        <translation>a sector of category %1 lacks its code, Chinese or English name</translation>
    </message>
    <message>
        <source>sector code %1 appears twice</source>
        <translation>sector code %1 appears twice</translation>
    </message>
</context>
<context>
    <name>UnitImporter</name>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>%1: %2: field %3: value "%4": %5</source>
        <translation>%1: %2: field %3: value "%4": %5</translation>
    </message>
    <message>
        <source>every unit needs an id</source>
        <translation>every unit needs an id</translation>
    </message>
    <message>
        <source>the id appears again (first at %1)</source>
        <translation>the id appears again (first at %1)</translation>
    </message>
    <message>
        <source>not a sector code, Chinese or English sector name of the project's taxonomy</source>
        <translation>not a sector code, Chinese or English sector name of the project's taxonomy</translation>
    </message>
    <message>
        <source>the feature has no geometry</source>
        <translation>the feature has no geometry</translation>
    </message>
    <message>
        <source>units must be points in this version</source>
        <translation>units must be points in this version</translation>
    </message>
    <message>
        <source>every unit needs a position</source>
        <translation>every unit needs a position</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <source>cannot be a longitude; for projected coordinates give --source-crs EPSG:n</source>
        <translation>cannot be a longitude; for projected coordinates give --source-crs EPSG:n</translation>
    </message>
    <message>
        <source>cannot be a latitude; for projected coordinates give --source-crs EPSG:n</source>
        <translation>cannot be a latitude; for projected coordinates give --source-crs EPSG:n</translation>
    </message>
    <message>
        <source>unit %1: cannot be written: %2</source>
        <translation>unit %1: cannot be written: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: no column for the field "%2" (columns: %3); name it with --map %2=COLUMN</source>
        <translation>%1: no column for the field "%2" (columns: %3); name it with --map %2=COLUMN</translation>
    </message>
    <message>
        <source>%1: no geometry and no longitude/latitude (经度/纬度) columns; name them with --map longitude=COLUMN --map latitude=COLUMN</source>
        <translation>%1: no geometry and no longitude/latitude (经度/纬度) columns; name them with --map longitude=COLUMN --map latitude=COLUMN</translation>
    </message>
    <message>
        <source>--source-crs %1: unknown coordinate reference system</source>
        <translation>--source-crs %1: unknown coordinate reference system</translation>
    </message>
    <message>
        <source>%1: the file states no coordinate reference system; give --source-crs EPSG:n</source>
        <translation>%1: the file states no coordinate reference system; give --source-crs EPSG:n</translation>
    </message>
    <message>
        <source>import cancelled; the project is unchanged</source>
        <translation>import cancelled; the project is unchanged</translation>
    </message>
    <message>
        <source>%1: the file has no units</source>
        <translation>%1: the file has no units</translation>
    </message>
    <message>
        <source>%1: unit %2: cannot transform its position to %3: %4</source>
        <translation>%1: unit %2: cannot transform its position to %3: %4</translation>
    </message>
</context>
</TS>
