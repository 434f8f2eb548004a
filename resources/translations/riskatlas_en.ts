<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AhpWeights</name>
    <message>
        <source>AHP needs 1 to 10 items, not %1</source>
        <translation>AHP needs 1 to 10 items, not %1</translation>
    </message>
    <message>
        <source>the comparison matrix has %1 rows for %2 items</source>
        <translation>the comparison matrix has %1 rows for %2 items</translation>
    </message>
    <message>
        <source>row %1 (%2) of the comparison matrix has %3 values, not %4</source>
        <translation>row %1 (%2) of the comparison matrix has %3 values, not %4</translation>
    </message>
    <message>
        <source>comparison %1 : %2 must be positive</source>
        <translation>comparison %1 : %2 must be positive</translation>
    </message>
    <message>
        <source>comparisons %1 : %2 (%3) and %2 : %1 (%4) are not reciprocal</source>
        <translation>comparisons %1 : %2 (%3) and %2 : %1 (%4) are not reciprocal</translation>
    </message>
    <message>
        <source>the pairwise comparisons are inconsistent: CR = %1 &gt; %2; revise the judgements</source>
        <translation>the pairwise comparisons are inconsistent: CR = %1 &gt; %2; revise the judgements</translation>
    </message>
</context>
<context>
    <name>AssessmentWorkbook</name>
    <message>
        <source>Risk list</source>
        <translation>Risk list</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Region kind</source>
        <translation>Region kind</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Region code</translation>
    </message>
    <message>
        <source>Region name</source>
        <translation>Region name</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>%1: level</source>
        <translation>%1: level</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Sector code</source>
        <translation>Sector code</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>Sectors</translation>
    </message>
    <message>
        <source>%1 total</source>
        <translation>%1 total</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Risk list of %1</source>
        <translation>Risk list of %1</translation>
    </message>
    <message>
        <source>Risk assessment of %1</source>
        <translation>Risk assessment of %1</translation>
    </message>
</context>
<context>
    <name>AuditDescription</name>
    <message>
        <source>Project created</source>
        <translation>Project created</translation>
    </message>
    <message>
        <source>Project format updated</source>
        <translation>Project format updated</translation>
    </message>
    <message>
        <source>CRS set</source>
        <translation>CRS set</translation>
    </message>
    <message>
        <source>Units imported</source>
        <translation>Units imported</translation>
    </message>
    <message>
        <source>Regions imported</source>
        <translation>Regions imported</translation>
    </message>
    <message>
        <source>Grid made</source>
        <translation>Grid made</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <source>Level changed</source>
        <translation>Level changed</translation>
    </message>
    <message>
        <source>Method set replaced</source>
        <translation>Method set replaced</translation>
    </message>
    <message>
        <source>Taxonomy replaced</source>
        <translation>Taxonomy replaced</translation>
    </message>
    <message>
        <source>Unit edited</source>
        <translation>Unit edited</translation>
    </message>
    <message>
        <source>Level overridden</source>
        <translation>Level overridden</translation>
    </message>
    <message>
        <source>Override cleared</source>
        <translation>Override cleared</translation>
    </message>
    <message>
        <source>Unit moved</source>
        <translation>Unit moved</translation>
    </message>
    <message>
        <source>Unit added</source>
        <translation>Unit added</translation>
    </message>
    <message>
        <source>Unit deleted</source>
        <translation>Unit deleted</translation>
    </message>
    <message>
        <source>Addition undone</source>
        <translation>Addition undone</translation>
    </message>
    <message>
        <source>Unit restored</source>
        <translation>Unit restored</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>Undone</translation>
    </message>
    <message>
        <source>Redone</source>
        <translation>Redone</translation>
    </message>
    <message>
        <source>Review session started</source>
        <translation>Review session started</translation>
    </message>
    <message>
        <source>Review session ended</source>
        <translation>Review session ended</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Manual level</source>
        <translation>Manual level</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Reason for the manual level</source>
        <translation>Reason for the manual level</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
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
    <message>
        <source>the most severe band (%1) must be open-ended: scores above %2 would have no level</source>
        <translation>the most severe band (%1) must be open-ended: scores above %2 would have no level</translation>
    </message>
    <message>
        <source>gap between bands %1 and %2: scores from %3 to %4 have no level</source>
        <translation>gap between bands %1 and %2: scores from %3 to %4 have no level</translation>
    </message>
    <message>
        <source>bands %1 and %2 overlap: scores from %3 to %4 are in both</source>
        <translation>bands %1 and %2 overlap: scores from %3 to %4 are in both</translation>
    </message>
</context>
<context>
    <name>Basemap</name>
    <message>
        <source>%1 serves tiles in %2 coordinates, which sit about 500 m off CGCS2000; use a CGCS2000 or WGS 84 source such as Tianditu</source>
        <translation>%1 serves tiles in %2 coordinates, which sit about 500 m off CGCS2000; use a CGCS2000 or WGS 84 source such as Tianditu</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>no answer within %1 s</translation>
    </message>
    <message>
        <source>empty answer</source>
        <translation>empty answer</translation>
    </message>
    <message>
        <source>not a WMTS capabilities document</source>
        <translation>not a WMTS capabilities document</translation>
    </message>
    <message>
        <source>the WMTS service lists no layer</source>
        <translation>the WMTS service lists no layer</translation>
    </message>
    <message>
        <source>the WMTS layer has no tile matrix set in an EPSG CRS</source>
        <translation>the WMTS layer has no tile matrix set in an EPSG CRS</translation>
    </message>
</context>
<context>
    <name>ChangeMap</name>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>%1: the project has no regions of kind %2</source>
        <translation>%1: the project has no regions of kind %2</translation>
    </message>
    <message>
        <source>Regions whose level changed</source>
        <translation>Regions whose level changed</translation>
    </message>
    <message>
        <source>Regions raised (%1)</source>
        <translation>Regions raised (%1)</translation>
    </message>
    <message>
        <source>Regions lowered (%1)</source>
        <translation>Regions lowered (%1)</translation>
    </message>
    <message>
        <source>Risk units by change</source>
        <translation>Risk units by change</translation>
    </message>
    <message>
        <source>Units raised (%1)</source>
        <translation>Units raised (%1)</translation>
    </message>
    <message>
        <source>Units lowered (%1)</source>
        <translation>Units lowered (%1)</translation>
    </message>
    <message>
        <source>New units (%1)</source>
        <translation>New units (%1)</translation>
    </message>
    <message>
        <source>Removed units (%1)</source>
        <translation>Removed units (%1)</translation>
    </message>
    <message>
        <source>Unchanged units (%1)</source>
        <translation>Unchanged units (%1)</translation>
    </message>
    <message>
        <source>Risk level changes</source>
        <translation>Risk level changes</translation>
    </message>
    <message>
        <source>%1 (assessed %2)</source>
        <translation>%1 (assessed %2)</translation>
    </message>
    <message>
        <source>Compared: %1 → %2</source>
        <translation>Compared: %1 → %2</translation>
    </message>
    <message>
        <source>Units matched by unit id, regions by code; hatched: the regions whose level changed</source>
        <translation>Units matched by unit id, regions by code; hatched: the regions whose level changed</translation>
    </message>
    <message>
        <source>Level change</source>
        <translation>Level change</translation>
    </message>
</context>
<context>
    <name>CompositeIndex</name>
    <message>
        <source>group_by must be category or sector, not "%1"</source>
        <translation>group_by must be category or sector, not "%1"</translation>
    </message>
    <message>
        <source>give either weights or ahp comparisons</source>
        <translation>give either weights or ahp comparisons</translation>
    </message>
    <message>
        <source>the weight of %1 must be zero or positive</source>
        <translation>the weight of %1 must be zero or positive</translation>
    </message>
    <message>
        <source>the weights add up to zero</source>
        <translation>the weights add up to zero</translation>
    </message>
</context>
<context>
    <name>ControlCorrection</name>
    <message>
        <source>a control-level shift must be between -3 and 3 levels, not %1</source>
        <translation>a control-level shift must be between -3 and 3 levels, not %1</translation>
    </message>
    <message>
        <source>a control-level coefficient must be positive, not %1</source>
        <translation>a control-level coefficient must be positive, not %1</translation>
    </message>
    <message>
        <source>unknown control correction type "%1" (expected level-shift or coefficient)</source>
        <translation>unknown control correction type "%1" (expected level-shift or coefficient)</translation>
    </message>
</context>
<context>
    <name>CrsSuggestion</name>
    <message>
        <source>%1: the file states no coordinate reference system</source>
        <translation>%1: the file states no coordinate reference system</translation>
    </message>
    <message>
        <source>%1: no geometry and no longitude/latitude (经度/纬度) positions</source>
        <translation>%1: no geometry and no longitude/latitude (经度/纬度) positions</translation>
    </message>
</context>
<context>
    <name>CsvTextCheck</name>
    <message>
        <source>column %1</source>
        <translation>column %1</translation>
    </message>
    <message>
        <source>a NUL byte: binary data, or UTF-16 text without a byte-order mark</source>
        <translation>a NUL byte: binary data, or UTF-16 text without a byte-order mark</translation>
    </message>
    <message>
        <source>this quote is never closed</source>
        <translation>this quote is never closed</translation>
    </message>
</context>
<context>
    <name>EmbeddedProject</name>
    <message>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Streets</translation>
    </message>
    <message>
        <source>Grid cells</source>
        <translation>Grid cells</translation>
    </message>
    <message>
        <source>Risk units</source>
        <translation>Risk units</translation>
    </message>
    <message>
        <source>%1: cannot store the QGIS project in it: %2</source>
        <translation>%1: cannot store the QGIS project in it: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: the QGIS project inside it lacks a map layout: %2</source>
        <translation>%1: the QGIS project inside it lacks a map layout: %2</translation>
    </message>
    <message>
        <source>Hidden dangers</source>
        <translation>Hidden dangers</translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>Cell L = %1, S = %2: %3</source>
        <translation>Cell L = %1, S = %2: %3</translation>
    </message>
    <message>
        <source>share %1</source>
        <translation>share %1</translation>
    </message>
    <message>
        <source>Bands, lower bound inclusive: a value equal to a bound belongs to the band above it.</source>
        <translation>Bands, lower bound inclusive: a value equal to a bound belongs to the band above it.</translation>
    </message>
    <message>
        <source>Bands, upper bound inclusive: a value equal to a bound belongs to the band below it.</source>
        <translation>Bands, upper bound inclusive: a value equal to a bound belongs to the band below it.</translation>
    </message>
    <message>
        <source>No correction: the unit is not scored.</source>
        <translation>No correction: the unit is not scored.</translation>
    </message>
    <message>
        <source>Control level not given: no correction, the level stays %1.</source>
        <translation>Control level not given: no correction, the level stays %1.</translation>
    </message>
    <message>
        <source>Control level %1: a coefficient needs score bands, which this matrix lacks; the level stays %2.</source>
        <translation>Control level %1: a coefficient needs score bands, which this matrix lacks; the level stays %2.</translation>
    </message>
    <message>
        <source>Control level %1: the score is multiplied by %2, giving %3, which falls in the band of %4.</source>
        <translation>Control level %1: the score is multiplied by %2, giving %3, which falls in the band of %4.</translation>
    </message>
    <message>
        <source>lowered</source>
        <translation>lowered</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>raised</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>kept</translation>
    </message>
    <message>
        <source>Control level %1 shifts the level by %2 (never below low nor above major): %3, %4.</source>
        <translation>Control level %1 shifts the level by %2 (never below low nor above major): %3, %4.</translation>
    </message>
    <message>
        <source>Unit %1 %2</source>
        <translation>Unit %1 %2</translation>
    </message>
    <message>
        <source>Category: %1 %2 · sector: %3 %4</source>
        <translation>Category: %1 %2 · sector: %3 %4</translation>
    </message>
    <message>
        <source>the method set's default method</source>
        <translation>the method set's default method</translation>
    </message>
    <message>
        <source>assigned to the sector</source>
        <translation>assigned to the sector</translation>
    </message>
    <message>
        <source>assigned to the category</source>
        <translation>assigned to the category</translation>
    </message>
    <message>
        <source>Method: %1, %2 (%3)</source>
        <translation>Method: %1, %2 (%3)</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Inputs:</translation>
    </message>
    <message>
        <source>control level</source>
        <translation>control level</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>Not scored: %1 = "%2"; allowed: %3</source>
        <translation>Not scored: %1 = "%2"; allowed: %3</translation>
    </message>
    <message>
        <source>Score: %1 = %2 = %3</source>
        <translation>Score: %1 = %2 = %3</translation>
    </message>
    <message>
        <source>Grade: %1</source>
        <translation>Grade: %1</translation>
    </message>
    <message>
        <source>Inherent level: %1</source>
        <translation>Inherent level: %1</translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation>Correction: %1</translation>
    </message>
    <message>
        <source>Override by the analyst: %1; reason: %2</source>
        <translation>Override by the analyst: %1; reason: %2</translation>
    </message>
    <message>
        <source>Final level: %1</source>
        <translation>Final level: %1</translation>
    </message>
    <message>
        <source>Not assessed yet: this is the level the next assessment gives.</source>
        <translation>Not assessed yet: this is the level the next assessment gives.</translation>
    </message>
    <message>
        <source>The project stores %1: the inputs or the method set changed since the last assessment.</source>
        <translation>The project stores %1: the inputs or the method set changed since the last assessment.</translation>
    </message>
    <message>
        <source>max: the highest final level of its units</source>
        <translation>max: the highest final level of its units</translation>
    </message>
    <message>
        <source>weighted: the composite index of its units</source>
        <translation>weighted: the composite index of its units</translation>
    </message>
    <message>
        <source>density: major and significant units per km²</source>
        <translation>density: major and significant units per km²</translation>
    </message>
    <message>
        <source>Aggregation rule: %1</source>
        <translation>Aggregation rule: %1</translation>
    </message>
    <message>
        <source>Units: %1 (%2)</source>
        <translation>Units: %1 (%2)</translation>
    </message>
    <message>
        <source>No scored unit: the region has no level.</source>
        <translation>No scored unit: the region has no level.</translation>
    </message>
    <message numerus="yes">
        <source>Decided by the %n unit(s) at %1:</source>
        <translation><numerusform>Decided by the %n unit at %1:</numerusform><numerusform>Decided by the %n units at %1:</numerusform></translation>
    </message>
    <message>
        <source>Index I = Σ weight × mean level ÷ Σ weight (low 1 … major 4):</source>
        <translation>Index I = Σ weight × mean level ÷ Σ weight (low 1 … major 4):</translation>
    </message>
    <message>
        <source>  %1 %2: weight %3 × mean %4 (%5 units)</source>
        <translation>  %1 %2: weight %3 × mean %4 (%5 units)</translation>
    </message>
    <message>
        <source>I = %1 (Σ weight %2)</source>
        <translation>I = %1 (Σ weight %2)</translation>
    </message>
    <message>
        <source>Density ρ = %1 major or significant unit(s) ÷ %2 km² = %3 per km²</source>
        <translation>Density ρ = %1 major or significant unit(s) ÷ %2 km² = %3 per km²</translation>
    </message>
    <message>
        <source>Level by the rule: %1</source>
        <translation>Level by the rule: %1</translation>
    </message>
    <message>
        <source>Raised to %1 by the hazard influence zone of %2 %3</source>
        <translation>Raised to %1 by the hazard influence zone of %2 %3</translation>
    </message>
    <message>
        <source>Reached by the hazard influence zone of %2 %3 (%1)</source>
        <translation>Reached by the hazard influence zone of %2 %3 (%1)</translation>
    </message>
    <message>
        <source>The project stores %1: units or the method set changed since the last assessment.</source>
        <translation>The project stores %1: units or the method set changed since the last assessment.</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Grid cell</source>
        <translation>Grid cell</translation>
    </message>
    <message>
        <source>good control</source>
        <translation>good control</translation>
    </message>
    <message>
        <source>fair control</source>
        <translation>fair control</translation>
    </message>
    <message>
        <source>poor control</source>
        <translation>poor control</translation>
    </message>
    <message>
        <source>Risk matrix %1×%2</source>
        <translation>Risk matrix %1×%2</translation>
    </message>
    <message>
        <source>LEC (Graham–Kinney)</source>
        <translation>LEC (Graham–Kinney)</translation>
    </message>
</context>
<context>
    <name>FactorProductMethod</name>
    <message>
        <source>method %1 needs at least two factors</source>
        <translation>method %1 needs at least two factors</translation>
    </message>
    <message>
        <source>method %1: grades must be listed from the highest bound down</source>
        <translation>method %1: grades must be listed from the highest bound down</translation>
    </message>
</context>
<context>
    <name>FactorScale</name>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>one of %1</translation>
    </message>
    <message>
        <source>a factor has no input field</source>
        <translation>a factor has no input field</translation>
    </message>
    <message>
        <source>factor %1: values must be positive, not %2</source>
        <translation>factor %1: values must be positive, not %2</translation>
    </message>
    <message>
        <source>factor %1: the value %2 appears twice</source>
        <translation>factor %1: the value %2 appears twice</translation>
    </message>
    <message>
        <source>factor %1 has no values</source>
        <translation>factor %1 has no values</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>Risk level (Chinese)</source>
        <translation>Risk level (Chinese)</translation>
    </message>
    <message>
        <source>Assessment note</source>
        <translation>Assessment note</translation>
    </message>
    <message>
        <source>Source file</source>
        <translation>Source file</translation>
    </message>
    <message>
        <source>Source row</source>
        <translation>Source row</translation>
    </message>
    <message>
        <source>Kept columns (JSON)</source>
        <translation>Kept columns (JSON)</translation>
    </message>
    <message>
        <source>Region given (no position)</source>
        <translation>Region given (no position)</translation>
    </message>
    <message>
        <source>Line or area (WKT)</source>
        <translation>Line or area (WKT)</translation>
    </message>
    <message>
        <source>Shares per region (JSON)</source>
        <translation>Shares per region (JSON)</translation>
    </message>
    <message>
        <source>Manual level</source>
        <translation>Manual level</translation>
    </message>
    <message>
        <source>Parent region code</source>
        <translation>Parent region code</translation>
    </message>
    <message>
        <source>Major-risk units</source>
        <translation>Major-risk units</translation>
    </message>
    <message>
        <source>Significant-risk units</source>
        <translation>Significant-risk units</translation>
    </message>
    <message>
        <source>General-risk units</source>
        <translation>General-risk units</translation>
    </message>
    <message>
        <source>Low-risk units</source>
        <translation>Low-risk units</translation>
    </message>
    <message>
        <source>Levels by category (JSON)</source>
        <translation>Levels by category (JSON)</translation>
    </message>
    <message>
        <source>Raised by hazard sources</source>
        <translation>Raised by hazard sources</translation>
    </message>
    <message>
        <source>Hidden danger ID</source>
        <translation>Hidden danger ID</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Hidden danger grade</source>
        <translation>Hidden danger grade</translation>
    </message>
    <message>
        <source>Found by</source>
        <translation>Found by</translation>
    </message>
    <message>
        <source>Supervision round</source>
        <translation>Supervision round</translation>
    </message>
    <message>
        <source>Found on</source>
        <translation>Found on</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Responsible party</source>
        <translation>Responsible party</translation>
    </message>
    <message>
        <source>Responsible person</source>
        <translation>Responsible person</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Measures</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Funds</translation>
    </message>
    <message>
        <source>Rectification status</source>
        <translation>Rectification status</translation>
    </message>
    <message>
        <source>Rectification status (Chinese)</source>
        <translation>Rectification status (Chinese)</translation>
    </message>
    <message>
        <source>Rectified on</source>
        <translation>Rectified on</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Verified by</translation>
    </message>
    <message>
        <source>Struck off on</source>
        <translation>Struck off on</translation>
    </message>
    <message>
        <source>Listed for supervision</source>
        <translation>Listed for supervision</translation>
    </message>
    <message>
        <source>Position from the register</source>
        <translation>Position from the register</translation>
    </message>
    <message>
        <source>District level</source>
        <translation>District level</translation>
    </message>
    <message>
        <source>City level</source>
        <translation>City level</translation>
    </message>
    <message>
        <source>Province level</source>
        <translation>Province level</translation>
    </message>
</context>
<context>
    <name>GisRuntime</name>
    <message>
        <source>none of the fonts %1 is installed (Debian: fonts-wqy-microhei; Windows: Microsoft YaHei comes with the system); maps and reports would fall back to another font</source>
        <translation>none of the fonts %1 is installed (Debian: fonts-wqy-microhei; Windows: Microsoft YaHei comes with the system); maps and reports would fall back to another font</translation>
    </message>
</context>
<context>
    <name>GridMaker</name>
    <message>
        <source>the project CRS %1 is not in metres; grids need a projected CRS</source>
        <translation>the project CRS %1 is not in metres; grids need a projected CRS</translation>
    </message>
    <message>
        <source>grid cancelled; the project is unchanged</source>
        <translation>grid cancelled; the project is unchanged</translation>
    </message>
    <message>
        <source>%1: the project has no districts or streets to cover</source>
        <translation>%1: the project has no districts or streets to cover</translation>
    </message>
    <message>
        <source>a cell size of %1 m would make about %2 cells; the limit is %3</source>
        <translation>a cell size of %1 m would make about %2 cells; the limit is %3</translation>
    </message>
</context>
<context>
    <name>HazardDeadlineRule</name>
    <message>
        <source>the deadline days of %1 hidden dangers must be a whole number from 1 to 3650</source>
        <translation>the deadline days of %1 hidden dangers must be a whole number from 1 to 3650</translation>
    </message>
</context>
<context>
    <name>HazardImporter</name>
    <message>
        <source>%1: no column for %2; the columns are %3</source>
        <translation>%1: no column for %2; the columns are %3</translation>
    </message>
    <message>
        <source>import cancelled; the project is unchanged</source>
        <translation>import cancelled; the project is unchanged</translation>
    </message>
    <message>
        <source>%1: the file has no hidden dangers</source>
        <translation>%1: the file has no hidden dangers</translation>
    </message>
    <message>
        <source>the project has it as %1; a register cannot move it back (reopening is a status update with a reason)</source>
        <translation>the project has it as %1; a register cannot move it back (reopening is a status update with a reason)</translation>
    </message>
    <message>
        <source>%1: hidden danger %2: cannot transform its position to %3: %4</source>
        <translation>%1: hidden danger %2: cannot transform its position to %3: %4</translation>
    </message>
    <message>
        <source>%1: hidden danger %2: cannot be written: %3</source>
        <translation>%1: hidden danger %2: cannot be written: %3</translation>
    </message>
    <message>
        <source>every hidden danger needs an id</source>
        <translation>every hidden danger needs an id</translation>
    </message>
    <message>
        <source>the id appears again (first at %1)</source>
        <translation>the id appears again (first at %1)</translation>
    </message>
    <message>
        <source>the project has no unit with this id</source>
        <translation>the project has no unit with this id</translation>
    </message>
    <message>
        <source>the project has no unit with this name</source>
        <translation>the project has no unit with this name</translation>
    </message>
    <message>
        <source>%1 units have this name (%2); give the unit id</source>
        <translation>%1 units have this name (%2); give the unit id</translation>
    </message>
    <message>
        <source>every hidden danger needs its unit's id or name</source>
        <translation>every hidden danger needs its unit's id or name</translation>
    </message>
    <message>
        <source>the grade must be 一般 or 重大</source>
        <translation>the grade must be 一般 or 重大</translation>
    </message>
    <message>
        <source>the date is required</source>
        <translation>the date is required</translation>
    </message>
    <message>
        <source>not a date (write 2026-03-01)</source>
        <translation>not a date (write 2026-03-01)</translation>
    </message>
    <message>
        <source>the status must be 发现, 交办, 整改中, 已整改 or 已销号</source>
        <translation>the status must be 发现, 交办, 整改中, 已整改 or 已销号</translation>
    </message>
    <message>
        <source>the listing level must be 省级, 市级, 区级 or empty</source>
        <translation>the listing level must be 省级, 市级, 区级 or empty</translation>
    </message>
    <message>
        <source>the funds must be a number of 0 or more</source>
        <translation>the funds must be a number of 0 or more</translation>
    </message>
    <message>
        <source>not a longitude from -180 to 180</source>
        <translation>not a longitude from -180 to 180</translation>
    </message>
    <message>
        <source>not a latitude from -90 to 90</source>
        <translation>not a latitude from -90 to 90</translation>
    </message>
</context>
<context>
    <name>HazardLifecycle</name>
    <message>
        <source>a rectified hidden danger needs the date it was rectified</source>
        <translation>a rectified hidden danger needs the date it was rectified</translation>
    </message>
    <message>
        <source>a closure needs the verifier who checked the rectification</source>
        <translation>a closure needs the verifier who checked the rectification</translation>
    </message>
    <message>
        <source>a closure needs the date the hidden danger was struck off</source>
        <translation>a closure needs the date the hidden danger was struck off</translation>
    </message>
    <message>
        <source>the deadline %1 is before the date found %2</source>
        <translation>the deadline %1 is before the date found %2</translation>
    </message>
    <message>
        <source>the date rectified %1 is before the date found %2</source>
        <translation>the date rectified %1 is before the date found %2</translation>
    </message>
    <message>
        <source>the date closed %1 is before the date rectified %2</source>
        <translation>the date closed %1 is before the date rectified %2</translation>
    </message>
    <message>
        <source>the hidden danger is %1 already</source>
        <translation>the hidden danger is %1 already</translation>
    </message>
    <message>
        <source>a hidden danger cannot move back to found</source>
        <translation>a hidden danger cannot move back to found</translation>
    </message>
    <message>
        <source>a closed hidden danger reopens to assigned or rectifying</source>
        <translation>a closed hidden danger reopens to assigned or rectifying</translation>
    </message>
    <message>
        <source>an open hidden danger cannot move back from %1 to %2</source>
        <translation>an open hidden danger cannot move back from %1 to %2</translation>
    </message>
    <message>
        <source>reopening a %1 hidden danger needs a reason</source>
        <translation>reopening a %1 hidden danger needs a reason</translation>
    </message>
</context>
<context>
    <name>HazardStyle</name>
    <message>
        <source>Hidden dangers</source>
        <translation>Hidden dangers</translation>
    </message>
</context>
<context>
    <name>HazardTable</name>
    <message>
        <source>the project has no units yet</source>
        <translation>the project has no units yet</translation>
    </message>
    <message>
        <source>cannot create table %1: %2</source>
        <translation>cannot create table %1: %2</translation>
    </message>
    <message>
        <source>cannot create field %1.%2: %3</source>
        <translation>cannot create field %1.%2: %3</translation>
    </message>
</context>
<context>
    <name>ImportOutcome</name>
    <message>
        <source>%1 (id %2)</source>
        <translation>%1 (id %2)</translation>
    </message>
    <message>
        <source>%1: %2: field %3: value "%4": %5</source>
        <translation>%1: %2: field %3: value "%4": %5</translation>
    </message>
</context>
<context>
    <name>ImportPreview</name>
    <message>
        <source>%1: columns "%2" and "%3" both look like the field "%4"; choose one</source>
        <translation>%1: columns "%2" and "%3" both look like the field "%4"; choose one</translation>
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
    <message>
        <source>Likelihood</source>
        <translation>Likelihood</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>L (likelihood of an accident)</source>
        <translation>L (likelihood of an accident)</translation>
    </message>
    <message>
        <source>E (exposure)</source>
        <translation>E (exposure)</translation>
    </message>
    <message>
        <source>C (consequence)</source>
        <translation>C (consequence)</translation>
    </message>
    <message>
        <source>M (control measures)</source>
        <translation>M (control measures)</translation>
    </message>
    <message>
        <source>S (consequence)</source>
        <translation>S (consequence)</translation>
    </message>
    <message>
        <source>Control level</source>
        <translation>Control level</translation>
    </message>
</context>
<context>
    <name>JsonFile</name>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: line %2: %3</translation>
    </message>
    <message>
        <source>%1: expected a JSON object</source>
        <translation>%1: expected a JSON object</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>the required key is missing</source>
        <translation>the required key is missing</translation>
    </message>
    <message>
        <source>expected %1, not %2</source>
        <translation>expected %1, not %2</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>an integer</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>a string</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>an object</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>an array</translation>
    </message>
    <message>
        <source>unknown key (known: %1)</source>
        <translation>unknown key (known: %1)</translation>
    </message>
    <message>
        <source>unknown key; did you mean "%1"?</source>
        <translation>unknown key; did you mean "%1"?</translation>
    </message>
    <message>
        <source>the string "%1"</source>
        <translation>the string "%1"</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
</context>
<context>
    <name>LevelPalette</name>
    <message>
        <source>expected a colour written #RRGGBB (e.g. #FF0000), not "%1"</source>
        <translation>expected a colour written #RRGGBB (e.g. #FF0000), not "%1"</translation>
    </message>
    <message>
        <source>%1 and %2 have the same colour %3: levels must stay distinguishable</source>
        <translation>%1 and %2 have the same colour %3: levels must stay distinguishable</translation>
    </message>
</context>
<context>
    <name>LevelSnapshot</name>
    <message>
        <source>%1 is not a GeoPackage</source>
        <translation>%1 is not a GeoPackage</translation>
    </message>
</context>
<context>
    <name>MethodSet</name>
    <message>
        <source>not a RiskAtlas method set (expected "schema": "%1")</source>
        <translation>not a RiskAtlas method set (expected "schema": "%1")</translation>
    </message>
    <message>
        <source>category</source>
        <translation>category</translation>
    </message>
    <message>
        <source>好/中/差 or good/fair/poor</source>
        <translation>好/中/差 or good/fair/poor</translation>
    </message>
    <message>
        <source>method %1 needs exactly three factors</source>
        <translation>method %1 needs exactly three factors</translation>
    </message>
    <message>
        <source>unknown scoring method "%1" (known: %2)</source>
        <translation>unknown scoring method "%1" (known: %2)</translation>
    </message>
    <message>
        <source>no method template "%1" (templates: %2)</source>
        <translation>no method template "%1" (templates: %2)</translation>
    </message>
    <message>
        <source>template %1: %2</source>
        <translation>template %1: %2</translation>
    </message>
    <message>
        <source>categories: "%1" is not a category of the taxonomy</source>
        <translation>categories: "%1" is not a category of the taxonomy</translation>
    </message>
    <message>
        <source>sectors: "%1" is not a sector code of the taxonomy</source>
        <translation>sectors: "%1" is not a sector code of the taxonomy</translation>
    </message>
    <message>
        <source>composite: "%1" is not a %2 of the taxonomy</source>
        <translation>composite: "%1" is not a %2 of the taxonomy</translation>
    </message>
    <message>
        <source>sector code</source>
        <translation>sector code</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>control_correction: a coefficient needs score bands, but the method for %1 is a cell-table matrix</source>
        <translation>control_correction: a coefficient needs score bands, but the method for %1 is a cell-table matrix</translation>
    </message>
    <message>
        <source>influence_zones: "%1" is not a sector code of the taxonomy</source>
        <translation>influence_zones: "%1" is not a sector code of the taxonomy</translation>
    </message>
    <message>
        <source>the distance of sector %1 must be a positive number of metres, not %2</source>
        <translation>the distance of sector %1 must be a positive number of metres, not %2</translation>
    </message>
</context>
<context>
    <name>MethodSetCommand</name>
    <message>
        <source>Change the method set</source>
        <translation>Change the method set</translation>
    </message>
    <message>
        <source>Apply the method set</source>
        <translation>Apply the method set</translation>
    </message>
    <message>
        <source>Restore the previous method set</source>
        <translation>Restore the previous method set</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) changed level, </source>
        <translation><numerusform>%n unit changed level, </numerusform><numerusform>%n units changed level, </numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n region(s) rewritten.</source>
        <translation><numerusform>%n region rewritten.</numerusform><numerusform>%n regions rewritten.</numerusform></translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>it is a folder</translation>
    </message>
    <message>
        <source>the file is read-only</source>
        <translation>the file is read-only</translation>
    </message>
    <message>
        <source>nothing was written</source>
        <translation>nothing was written</translation>
    </message>
    <message>
        <source>the written file is incomplete</source>
        <translation>the written file is incomplete</translation>
    </message>
    <message>
        <source>the written file is not of the expected format</source>
        <translation>the written file is not of the expected format</translation>
    </message>
</context>
<context>
    <name>OutputFormat</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 or %2</translation>
    </message>
</context>
<context>
    <name>PandocReport</name>
    <message>
        <source>pandoc was not found: it writes DOCX, ODT and HTML reports; install the Debian package pandoc (apt install pandoc)</source>
        <translation>pandoc was not found: it writes DOCX, ODT and HTML reports; install the Debian package pandoc (apt install pandoc)</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>cannot create a temporary folder: %1</translation>
    </message>
    <message>
        <source>cannot write the temporary file %1</source>
        <translation>cannot write the temporary file %1</translation>
    </message>
    <message>
        <source>pandoc did not run: %1</source>
        <translation>pandoc did not run: %1</translation>
    </message>
    <message>
        <source>pandoc failed (exit code %1): %2</source>
        <translation>pandoc failed (exit code %1): %2</translation>
    </message>
</context>
<context>
    <name>PdfReport</name>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>%1 (continued)</source>
        <translation>%1 (continued)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>ProblemHint</name>
    <message>
        <source>Name field</source>
        <translation>Name field</translation>
    </message>
    <message>
        <source>Code field</source>
        <translation>Code field</translation>
    </message>
    <message>
        <source>Parent field</source>
        <translation>Parent field</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Header row</translation>
    </message>
    <message>
        <source>Source CRS</source>
        <translation>Source CRS</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Coordinate correction</source>
        <translation>Coordinate correction</translation>
    </message>
    <message>
        <source>outside China: the coordinate correction (GCJ-02/BD-09) applies only inside China; set it to None</source>
        <translation>outside China: the coordinate correction (GCJ-02/BD-09) applies only inside China; set it to None</translation>
    </message>
    <message>
        <source>%1; for projected coordinates choose the source CRS</source>
        <translation>%1; for projected coordinates choose the source CRS</translation>
    </message>
    <message>
        <source>%1; choose another file name or agree to replace it</source>
        <translation>%1; choose another file name or agree to replace it</translation>
    </message>
    <message>
        <source>%1; import risk units first</source>
        <translation>%1; import risk units first</translation>
    </message>
    <message>
        <source>%1; import districts or streets first</source>
        <translation>%1; import districts or streets first</translation>
    </message>
    <message>
        <source>%1; run a full assessment</source>
        <translation>%1; run a full assessment</translation>
    </message>
    <message>
        <source>%1: the file has no field "%2"; choose one of its fields in "%3" (%4)</source>
        <translation>%1: the file has no field "%2"; choose one of its fields in "%3" (%4)</translation>
    </message>
    <message>
        <source>unknown encoding "%1"; choose the encoding from the list</source>
        <translation>unknown encoding "%1"; choose the encoding from the list</translation>
    </message>
    <message>
        <source>the header row must be 1 or more</source>
        <translation>the header row must be 1 or more</translation>
    </message>
    <message>
        <source>unknown coordinate reference system "%1"; choose the source CRS</source>
        <translation>unknown coordinate reference system "%1"; choose the source CRS</translation>
    </message>
    <message>
        <source>%1; choose the name field</source>
        <translation>%1; choose the name field</translation>
    </message>
    <message>
        <source>%1; choose its column in the field table</source>
        <translation>%1; choose its column in the field table</translation>
    </message>
    <message>
        <source>%1; choose the longitude and latitude columns in the field table</source>
        <translation>%1; choose the longitude and latitude columns in the field table</translation>
    </message>
    <message>
        <source>%1; choose the source CRS</source>
        <translation>%1; choose the source CRS</translation>
    </message>
    <message>
        <source>%1; choose the file's encoding</source>
        <translation>%1; choose the file's encoding</translation>
    </message>
    <message>
        <source>%1; choose a smaller header row</source>
        <translation>%1; choose a smaller header row</translation>
    </message>
    <message>
        <source>%1: the file has %2 layers; choose one under "Layer" (%3)</source>
        <translation>%1: the file has %2 layers; choose one under "Layer" (%3)</translation>
    </message>
    <message>
        <source>the coordinate correction (GCJ-02/BD-09) needs longitude/latitude, but the source CRS is %1; set the correction to None or choose a geographic source CRS</source>
        <translation>the coordinate correction (GCJ-02/BD-09) needs longitude/latitude, but the source CRS is %1; set the correction to None or choose a geographic source CRS</translation>
    </message>
    <message>
        <source>a cell size of %1 m would make about %2 cells; the limit is %3: choose a larger cell size</source>
        <translation>a cell size of %1 m would make about %2 cells; the limit is %3: choose a larger cell size</translation>
    </message>
    <message>
        <source>%1; restore it from a backup copy</source>
        <translation>%1; restore it from a backup copy</translation>
    </message>
    <message>
        <source>%1; the unit shows its current values now</source>
        <translation>%1; the unit shows its current values now</translation>
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
        <source>assessment cancelled; the project is unchanged</source>
        <translation>assessment cancelled; the project is unchanged</translation>
    </message>
    <message>
        <source>%1: unscored (%2 = "%3")</source>
        <translation>%1: unscored (%2 = "%3")</translation>
    </message>
    <message>
        <source>%1 %2, score %3 → %4, control %5</source>
        <translation>%1 %2, score %3 → %4, control %5</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>hazard influence zones are distances in metres and need a projected project CRS, not %1</source>
        <translation>hazard influence zones are distances in metres and need a projected project CRS, not %1</translation>
    </message>
    <message>
        <source>cannot read the units: %1</source>
        <translation>cannot read the units: %1</translation>
    </message>
    <message>
        <source>cannot write the units' results: %1</source>
        <translation>cannot write the units' results: %1</translation>
    </message>
    <message>
        <source>cannot write the regions: %1</source>
        <translation>cannot write the regions: %1</translation>
    </message>
    <message>
        <source>%1: not a GeoPackage</source>
        <translation>%1: not a GeoPackage</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot read the regions</source>
        <translation>cannot read the regions</translation>
    </message>
    <message>
        <source>cannot read the regions' tallies</source>
        <translation>cannot read the regions' tallies</translation>
    </message>
    <message>
        <source>the stored assessment state is damaged</source>
        <translation>the stored assessment state is damaged</translation>
    </message>
    <message>
        <source>cannot read the stored assessment state</source>
        <translation>cannot read the stored assessment state</translation>
    </message>
    <message>
        <source>cannot store the assessment state</source>
        <translation>cannot store the assessment state</translation>
    </message>
    <message>
        <source>the stored assessment state names unit fid %1, which no longer exists</source>
        <translation>the stored assessment state names unit fid %1, which no longer exists</translation>
    </message>
    <message>
        <source>%1: the project has no units</source>
        <translation>%1: the project has no units</translation>
    </message>
    <message>
        <source>%1: the project has no unit with fid %2</source>
        <translation>%1: the project has no unit with fid %2</translation>
    </message>
    <message>
        <source>%1 by open hidden dangers %2</source>
        <translation>%1 by open hidden dangers %2</translation>
    </message>
</context>
<context>
    <name>ProjectCopy</name>
    <message>
        <source>%1: a copy cannot replace the project it copies</source>
        <translation>%1: a copy cannot replace the project it copies</translation>
    </message>
    <message>
        <source>%1: cannot write in its folder: %2</source>
        <translation>%1: cannot write in its folder: %2</translation>
    </message>
    <message>
        <source>%1: cannot copy %2 into it: %3</source>
        <translation>%1: cannot copy %2 into it: %3</translation>
    </message>
    <message>
        <source>%1: cannot write it</source>
        <translation>%1: cannot write it</translation>
    </message>
</context>
<context>
    <name>ProjectJournal</name>
    <message>
        <source>%1: no such project file</source>
        <translation>%1: no such project file</translation>
    </message>
    <message>
        <source>%1: cannot open the project for writing</source>
        <translation>%1: cannot open the project for writing</translation>
    </message>
    <message>
        <source>it stays in %1 mode</source>
        <translation>it stays in %1 mode</translation>
    </message>
    <message>
        <source>%1: cannot switch the project to write-ahead logging: %2</source>
        <translation>%1: cannot switch the project to write-ahead logging: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the project: %2</source>
        <translation>%1: cannot read the project: %2</translation>
    </message>
    <message>
        <source>%1: another program still has the project open, so it stays in write-ahead-log mode (with its -wal and -shm files) until that program closes it; nothing is lost</source>
        <translation>%1: another program still has the project open, so it stays in write-ahead-log mode (with its -wal and -shm files) until that program closes it; nothing is lost</translation>
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
    <message>
        <source>cannot add the field %1.%2: %3</source>
        <translation>cannot add the field %1.%2: %3</translation>
    </message>
</context>
<context>
    <name>ProjectSession</name>
    <message>
        <source>%1: the file exists already</source>
        <translation>%1: the file exists already</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>language %1: expected zh or en</source>
        <translation>language %1: expected zh or en</translation>
    </message>
    <message>
        <source>paper %1: expected A4, A3, A2, A1 or A0</source>
        <translation>paper %1: expected A4, A3, A2, A1 or A0</translation>
    </message>
    <message>
        <source>region kind %1: expected district, street or grid</source>
        <translation>region kind %1: expected district, street or grid</translation>
    </message>
    <message>
        <source>resolution %1 dpi: expected 30 to 1200</source>
        <translation>resolution %1 dpi: expected 30 to 1200</translation>
    </message>
    <message>
        <source>%1: the output must end in .pdf, .png or .svg</source>
        <translation>%1: the output must end in .pdf, .png or .svg</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
    </message>
    <message>
        <source>the project has no category %1 (categories: %2)</source>
        <translation>the project has no category %1 (categories: %2)</translation>
    </message>
    <message>
        <source>%1: migrated from schema %2 to %3</source>
        <translation>%1: migrated from schema %2 to %3</translation>
    </message>
    <message>
        <source>%1: the project has no unit with fid %2</source>
        <translation>%1: the project has no unit with fid %2</translation>
    </message>
    <message>
        <source>a unit has no editable field "%1"</source>
        <translation>a unit has no editable field "%1"</translation>
    </message>
    <message>
        <source>"%1" is not a position (a point such as POINT (x y))</source>
        <translation>"%1" is not a position (a point such as POINT (x y))</translation>
    </message>
    <message>
        <source>"%1" is not a risk level (major, significant, general or low)</source>
        <translation>"%1" is not a risk level (major, significant, general or low)</translation>
    </message>
    <message>
        <source>a manual risk level needs a reason; give the reason for the override</source>
        <translation>a manual risk level needs a reason; give the reason for the override</translation>
    </message>
    <message>
        <source>audit entry #%1 is not an edit of a unit</source>
        <translation>audit entry #%1 is not an edit of a unit</translation>
    </message>
    <message>
        <source>%1: the project has no units</source>
        <translation>%1: the project has no units</translation>
    </message>
    <message>
        <source>%1: the project has no unit %2</source>
        <translation>%1: the project has no unit %2</translation>
    </message>
    <message>
        <source>unit %1 was changed since: %2 is "%3", not "%4"; the edit no longer applies</source>
        <translation>unit %1 was changed since: %2 is "%3", not "%4"; the edit no longer applies</translation>
    </message>
    <message>
        <source>unit %1 is a line or area unit; change its shape in QGIS Desktop</source>
        <translation>unit %1 is a line or area unit; change its shape in QGIS Desktop</translation>
    </message>
    <message>
        <source>%1: cannot write unit %2: %3</source>
        <translation>%1: cannot write unit %2: %3</translation>
    </message>
    <message>
        <source>a unit needs an ID</source>
        <translation>a unit needs an ID</translation>
    </message>
    <message>
        <source>"%1" is not a scoring input of a unit</source>
        <translation>"%1" is not a scoring input of a unit</translation>
    </message>
    <message>
        <source>the project's taxonomy has no sector "%1"</source>
        <translation>the project's taxonomy has no sector "%1"</translation>
    </message>
    <message>
        <source>%1: the project has no units layer yet; import units first</source>
        <translation>%1: the project has no units layer yet; import units first</translation>
    </message>
    <message>
        <source>unit ID %1 is used by another unit</source>
        <translation>unit ID %1 is used by another unit</translation>
    </message>
    <message>
        <source>%1: cannot read unit %2 back</source>
        <translation>%1: cannot read unit %2 back</translation>
    </message>
    <message>
        <source>deleting a unit needs a reason; give the reason</source>
        <translation>deleting a unit needs a reason; give the reason</translation>
    </message>
    <message>
        <source>%1: cannot delete unit %2: %3</source>
        <translation>%1: cannot delete unit %2: %3</translation>
    </message>
    <message>
        <source>audit entry #%1 is not an addition or deletion of a unit</source>
        <translation>audit entry #%1 is not an addition or deletion of a unit</translation>
    </message>
    <message>
        <source>audit entry #%1 does not hold the unit's record</source>
        <translation>audit entry #%1 does not hold the unit's record</translation>
    </message>
    <message>
        <source>unit %1 no longer exists (deleted since); the step no longer applies</source>
        <translation>unit %1 no longer exists (deleted since); the step no longer applies</translation>
    </message>
    <message>
        <source>unit %1 was changed since: %2 is "%3", not "%4"; the step no longer applies</source>
        <translation>unit %1 was changed since: %2 is "%3", not "%4"; the step no longer applies</translation>
    </message>
    <message>
        <source>unit ID %1 is used by another unit now; the step no longer applies</source>
        <translation>unit ID %1 is used by another unit now; the step no longer applies</translation>
    </message>
    <message>
        <source>unit %1's sector %2 is no longer in the project's taxonomy; the step no longer applies</source>
        <translation>unit %1's sector %2 is no longer in the project's taxonomy; the step no longer applies</translation>
    </message>
    <message>
        <source>%1: the output must end in %2</source>
        <translation>%1: the output must end in %2</translation>
    </message>
    <message>
        <source>%1: the report template must be a folder</source>
        <translation>%1: the report template must be a folder</translation>
    </message>
    <message>
        <source>%1: no report template stored in the project</source>
        <translation>%1: no report template stored in the project</translation>
    </message>
    <message>
        <source>%1: the project has no unit or region with the id "%2"</source>
        <translation>%1: the project has no unit or region with the id "%2"</translation>
    </message>
    <message>
        <source>Hidden dangers of %1</source>
        <translation>Hidden dangers of %1</translation>
    </message>
    <message>
        <source>hidden danger %1: nothing to change: give a status or a deadline</source>
        <translation>hidden danger %1: nothing to change: give a status or a deadline</translation>
    </message>
    <message>
        <source>%1: the project has no hidden danger %2</source>
        <translation>%1: the project has no hidden danger %2</translation>
    </message>
    <message>
        <source>hidden danger %1: %2</source>
        <translation>hidden danger %1: %2</translation>
    </message>
    <message>
        <source>hidden danger %1: a new deadline needs a reason</source>
        <translation>hidden danger %1: a new deadline needs a reason</translation>
    </message>
    <message>
        <source>%1: cannot write hidden danger %2: %3</source>
        <translation>%1: cannot write hidden danger %2: %3</translation>
    </message>
    <message>
        <source>a change during review session %1 (%2) needs a reason; give the reason agreed</source>
        <translation>a change during review session %1 (%2) needs a reason; give the reason agreed</translation>
    </message>
    <message>
        <source>review session %1 (%2) is still open; end it before starting another</source>
        <translation>review session %1 (%2) is still open; end it before starting another</translation>
    </message>
    <message>
        <source>no review session is open</source>
        <translation>no review session is open</translation>
    </message>
    <message>
        <source>cannot read the audit log back</source>
        <translation>cannot read the audit log back</translation>
    </message>
    <message>
        <source>%1: the project has no review session</source>
        <translation>%1: the project has no review session</translation>
    </message>
    <message>
        <source>%1: the project has no review session %2</source>
        <translation>%1: the project has no review session %2</translation>
    </message>
    <message>
        <source>the minutes go without their maps: %1</source>
        <translation>the minutes go without their maps: %1</translation>
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
    <message>
        <source>method set %1 is ambiguous; give more digits</source>
        <translation>method set %1 is ambiguous; give more digits</translation>
    </message>
    <message>
        <source>the project has no method set %1</source>
        <translation>the project has no method set %1</translation>
    </message>
    <message>
        <source>the new taxonomy lacks sectors that units use: %1</source>
        <translation>the new taxonomy lacks sectors that units use: %1</translation>
    </message>
    <message>
        <source>%1: another program kept reading the project for longer than %2 s, so the changes could not be saved; nothing was changed</source>
        <translation>%1: another program kept reading the project for longer than %2 s, so the changes could not be saved; nothing was changed</translation>
    </message>
    <message>
        <source>%1: another program is changing this project; nothing was changed. Try again when it has finished</source>
        <translation>%1: another program is changing this project; nothing was changed. Try again when it has finished</translation>
    </message>
    <message>
        <source>%1: a program stopped while changing this project; a command that changes it (e.g. assess) first undoes the unfinished change</source>
        <translation>%1: a program stopped while changing this project; a command that changes it (e.g. assess) first undoes the unfinished change</translation>
    </message>
    <message>
        <source>%1: cannot read the project: %2</source>
        <translation>%1: cannot read the project: %2</translation>
    </message>
    <message>
        <source>%1: the project file is damaged: %2</source>
        <translation>%1: the project file is damaged: %2</translation>
    </message>
    <message>
        <source>%1: the metadata row %2 is missing; the project file is damaged</source>
        <translation>%1: the metadata row %2 is missing; the project file is damaged</translation>
    </message>
    <message>
        <source>%1: the schema version "%2" is not valid; the project file is damaged</source>
        <translation>%1: the schema version "%2" is not valid; the project file is damaged</translation>
    </message>
    <message>
        <source>%1: table %2 is missing; the project file is damaged</source>
        <translation>%1: table %2 is missing; the project file is damaged</translation>
    </message>
    <message>
        <source>%1 is not a RiskAtlas project</source>
        <translation>%1 is not a RiskAtlas project</translation>
    </message>
    <message>
        <source>%1: the project has schema version %2; a command that changes it (e.g. assess) first migrates it to version %3</source>
        <translation>%1: the project has schema version %2; a command that changes it (e.g. assess) first migrates it to version %3</translation>
    </message>
    <message>
        <source>%1: not a GeoPackage</source>
        <translation>%1: not a GeoPackage</translation>
    </message>
    <message>
        <source>%1: the project was opened read-only</source>
        <translation>%1: the project was opened read-only</translation>
    </message>
    <message>
        <source>the current method set %1 is missing</source>
        <translation>the current method set %1 is missing</translation>
    </message>
    <message>
        <source>the current method set %1 is not valid: %2</source>
        <translation>the current method set %1 is not valid: %2</translation>
    </message>
    <message>
        <source>table %1 is not valid: %2</source>
        <translation>table %1 is not valid: %2</translation>
    </message>
    <message>
        <source>%1: another program has this project open; it was not replaced. Try again when it has finished</source>
        <translation>%1: another program has this project open; it was not replaced. Try again when it has finished</translation>
    </message>
    <message>
        <source>%1: the project is in use by another program, which kept it locked for more than %2 s; nothing was read or changed. Try again when it has finished</source>
        <translation>%1: the project is in use by another program, which kept it locked for more than %2 s; nothing was read or changed. Try again when it has finished</translation>
    </message>
</context>
<context>
    <name>ProjectView</name>
    <message>
        <source>%1: cannot read the QGIS project inside it: %2</source>
        <translation>%1: cannot read the QGIS project inside it: %2</translation>
    </message>
</context>
<context>
    <name>RectificationMap</name>
    <message>
        <source>below 60% (%1)</source>
        <translation>below 60% (%1)</translation>
    </message>
    <message>
        <source>60–80% (%1)</source>
        <translation>60–80% (%1)</translation>
    </message>
    <message>
        <source>80–95% (%1)</source>
        <translation>80–95% (%1)</translation>
    </message>
    <message>
        <source>95% and above (%1)</source>
        <translation>95% and above (%1)</translation>
    </message>
    <message>
        <source>Districts by rectification rate</source>
        <translation>Districts by rectification rate</translation>
    </message>
    <message>
        <source>%1
no hidden dangers</source>
        <translation>%1
no hidden dangers</translation>
    </message>
    <message>
        <source>%1
%2
rectified %3/%4</source>
        <translation>%1
%2
rectified %3/%4</translation>
    </message>
    <message>
        <source>%1: the project has no districts</source>
        <translation>%1: the project has no districts</translation>
    </message>
    <message>
        <source>no hidden dangers (%1)</source>
        <translation>no hidden dangers (%1)</translation>
    </message>
    <message>
        <source>Hidden dangers</source>
        <translation>Hidden dangers</translation>
    </message>
    <message>
        <source>Hidden-danger rectification rate by district</source>
        <translation>Hidden-danger rectification rate by district</translation>
    </message>
    <message>
        <source>As of %1: %2 of %3 hidden dangers rectified (%4), %5 overdue</source>
        <translation>As of %1: %2 of %3 hidden dangers rectified (%4), %5 overdue</translation>
    </message>
    <message>
        <source>Rectification rate: rectified and closed hidden dangers over all of the district's</source>
        <translation>Rectification rate: rectified and closed hidden dangers over all of the district's</translation>
    </message>
    <message>
        <source>Rectification rate as of %1</source>
        <translation>Rectification rate as of %1</translation>
    </message>
</context>
<context>
    <name>RegionDistricts</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>RegionImporter</name>
    <message>
        <source>%1: the layer has no geometry; regions must be polygons</source>
        <translation>%1: the layer has no geometry; regions must be polygons</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
        <source>region %1: cannot be written: %2</source>
        <translation>region %1: cannot be written: %2</translation>
    </message>
    <message>
        <source>%1: no field "%2" (fields: %3)</source>
        <translation>%1: no field "%2" (fields: %3)</translation>
    </message>
    <message>
        <source>%1: no region name column recognised (fields: %2)</source>
        <translation>%1: no region name column recognised (fields: %2)</translation>
    </message>
    <message>
        <source>%1: the coordinate reference system is unknown</source>
        <translation>%1: the coordinate reference system is unknown</translation>
    </message>
    <message>
        <source>every region needs a name</source>
        <translation>every region needs a name</translation>
    </message>
    <message>
        <source>every region needs a code</source>
        <translation>every region needs a code</translation>
    </message>
    <message>
        <source>the code appears twice</source>
        <translation>the code appears twice</translation>
    </message>
    <message>
        <source>regions must be polygons</source>
        <translation>regions must be polygons</translation>
    </message>
    <message>
        <source>a vertex has no finite coordinates (NaN or infinite)</source>
        <translation>a vertex has no finite coordinates (NaN or infinite)</translation>
    </message>
    <message>
        <source>the polygon has no area, so it cannot be a region</source>
        <translation>the polygon has no area, so it cannot be a region</translation>
    </message>
</context>
<context>
    <name>RegionMembers</name>
    <message>
        <source>%1: the project has no units or regions</source>
        <translation>%1: the project has no units or regions</translation>
    </message>
    <message>
        <source>%1: region %2 has no outline</source>
        <translation>%1: region %2 has no outline</translation>
    </message>
</context>
<context>
    <name>RegionQuery</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Unit ID</source>
        <translation>Unit ID</translation>
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
        <source>Region</source>
        <translation>Region</translation>
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
        <source>Score range</source>
        <translation>Score range</translation>
    </message>
    <message>
        <source>Score bands: a score equal to a lower bound belongs to that band (lower bound inclusive).</source>
        <translation>Score bands: a score equal to a lower bound belongs to that band (lower bound inclusive).</translation>
    </message>
    <message>
        <source>Score bands: a score equal to a bound belongs to the band below (upper bound inclusive).</source>
        <translation>Score bands: a score equal to a bound belongs to the band below (upper bound inclusive).</translation>
    </message>
    <message>
        <source>Risk matrix %1×%2: R = L × S, from the likelihood L and the severity S of the unit's most serious accident.</source>
        <translation>Risk matrix %1×%2: R = L × S, from the likelihood L and the severity S of the unit's most serious accident.</translation>
    </message>
    <message>
        <source>L \ S</source>
        <translation>L \ S</translation>
    </message>
    <message>
        <source>Risk matrix: each cell gives R = L × S in the colour of its level.</source>
        <translation>Risk matrix: each cell gives R = L × S in the colour of its level.</translation>
    </message>
    <message>
        <source>Levels are set cell by cell as coloured above.</source>
        <translation>Levels are set cell by cell as coloured above.</translation>
    </message>
    <message>
        <source>LEC (Graham–Kinney): D = L × E × C.</source>
        <translation>LEC (Graham–Kinney): D = L × E × C.</translation>
    </message>
    <message>
        <source>MES: R = M × E × S.</source>
        <translation>MES: R = M × E × S.</translation>
    </message>
    <message>
        <source>Factor %1: values and their descriptors.</source>
        <translation>Factor %1: values and their descriptors.</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Descriptor</source>
        <translation>Descriptor</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>%1: %2 risk units</source>
        <translation>%1: %2 risk units</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methods</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>City profile</source>
        <translation>City profile</translation>
    </message>
    <message>
        <source>Districts and their risk units (in code order).</source>
        <translation>Districts and their risk units (in code order).</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Risk identification</source>
        <translation>Risk identification</translation>
    </message>
    <message>
        <source>%1 risk units were identified in %2 categories and %3 sectors; %4 of them were scored.</source>
        <translation>%1 risk units were identified in %2 categories and %3 sectors; %4 of them were scored.</translation>
    </message>
    <message>
        <source>Risk units by category</source>
        <translation>Risk units by category</translation>
    </message>
    <message>
        <source>Risk units by category and final level.</source>
        <translation>Risk units by category and final level.</translation>
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
        <source>Risk units by level per category</source>
        <translation>Risk units by level per category</translation>
    </message>
    <message>
        <source>Risk units by sector</source>
        <translation>Risk units by sector</translation>
    </message>
    <message>
        <source>Risk units by sector and final level (sectors with units).</source>
        <translation>Risk units by sector and final level (sectors with units).</translation>
    </message>
    <message>
        <source>Sector code</source>
        <translation>Sector code</translation>
    </message>
    <message>
        <source>Risk units by level per sector</source>
        <translation>Risk units by level per sector</translation>
    </message>
    <message>
        <source>Risk list</source>
        <translation>Risk list</translation>
    </message>
    <message>
        <source>The risk list below names every unit with its levels; it is also Annex A.</source>
        <translation>The risk list below names every unit with its levels; it is also Annex A.</translation>
    </message>
    <message>
        <source>Risk list.</source>
        <translation>Risk list.</translation>
    </message>
    <message>
        <source>With %1 units the body lists the %2 major and %3 significant risk units; the %4 general and %5 low risk units and %6 units not assessed are summarised here and listed in full in Annex A.</source>
        <translation>With %1 units the body lists the %2 major and %3 significant risk units; the %4 general and %5 low risk units and %6 units not assessed are summarised here and listed in full in Annex A.</translation>
    </message>
    <message>
        <source>Major and significant risk units.</source>
        <translation>Major and significant risk units.</translation>
    </message>
    <message>
        <source>Risk analysis</source>
        <translation>Risk analysis</translation>
    </message>
    <message>
        <source>Each unit's likelihood and consequence were scored with the method its category or sector is assigned; the parameters below are those of the method set actually used (SHA-256 %1).</source>
        <translation>Each unit's likelihood and consequence were scored with the method its category or sector is assigned; the parameters below are those of the method set actually used (SHA-256 %1).</translation>
    </message>
    <message>
        <source>Default method</source>
        <translation>Default method</translation>
    </message>
    <message>
        <source>Method of sector %1</source>
        <translation>Method of sector %1</translation>
    </message>
    <message>
        <source>Method of category %1</source>
        <translation>Method of category %1</translation>
    </message>
    <message>
        <source>Risk evaluation</source>
        <translation>Risk evaluation</translation>
    </message>
    <message>
        <source>Inherent and realistic risk</source>
        <translation>Inherent and realistic risk</translation>
    </message>
    <message>
        <source>The inherent level from the score is corrected by the unit's control level into the realistic (final) level: the score is multiplied by %1 for good, %2 for fair and %3 for poor control, then banded again.</source>
        <translation>The inherent level from the score is corrected by the unit's control level into the realistic (final) level: the score is multiplied by %1 for good, %2 for fair and %3 for poor control, then banded again.</translation>
    </message>
    <message>
        <source>The inherent level from the score is corrected by the unit's control level into the realistic (final) level: good %1, fair %2, poor %3 level(s), never below low nor above major.</source>
        <translation>The inherent level from the score is corrected by the unit's control level into the realistic (final) level: good %1, fair %2, poor %3 level(s), never below low nor above major.</translation>
    </message>
    <message>
        <source>Units by inherent level (rows) and realistic level (columns).</source>
        <translation>Units by inherent level (rows) and realistic level (columns).</translation>
    </message>
    <message>
        <source>Inherent \ realistic</source>
        <translation>Inherent \ realistic</translation>
    </message>
    <message>
        <source>Major risks</source>
        <translation>Major risks</translation>
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
        <source>Major-risk list.</source>
        <translation>Major-risk list.</translation>
    </message>
    <message>
        <source>Levels set by hand</source>
        <translation>Levels set by hand</translation>
    </message>
    <message>
        <source>No level was set by hand.</source>
        <translation>No level was set by hand.</translation>
    </message>
    <message numerus="yes">
        <source>The analyst set the final level of %n unit(s) by hand:</source>
        <translation><numerusform>The analyst set the final level of %n unit by hand:</numerusform><numerusform>The analyst set the final level of %n units by hand:</numerusform></translation>
    </message>
    <message>
        <source>Manual overrides with their reasons.</source>
        <translation>Manual overrides with their reasons.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Regional risk</source>
        <translation>Regional risk</translation>
    </message>
    <message>
        <source>Regions take the highest final level of their units.</source>
        <translation>Regions take the highest final level of their units.</translation>
    </message>
    <message>
        <source>Regions take the level of the weighted composite index of their units.</source>
        <translation>Regions take the level of the weighted composite index of their units.</translation>
    </message>
    <message>
        <source>Regions take their level from the number of major and significant units per km².</source>
        <translation>Regions take their level from the number of major and significant units per km².</translation>
    </message>
    <message>
        <source>District risk levels</source>
        <translation>District risk levels</translation>
    </message>
    <message>
        <source>Four-colour map of the city's risk</source>
        <translation>Four-colour map of the city's risk</translation>
    </message>
    <message>
        <source>District risk levels (in code order), with each category's level.</source>
        <translation>District risk levels (in code order), with each category's level.</translation>
    </message>
    <message>
        <source>Risk units by level per district</source>
        <translation>Risk units by level per district</translation>
    </message>
    <message>
        <source>Street risk levels</source>
        <translation>Street risk levels</translation>
    </message>
    <message>
        <source>Grid risk levels</source>
        <translation>Grid risk levels</translation>
    </message>
    <message>
        <source>%1 regions: %2 major, %3 significant, %4 general and %5 low risk.</source>
        <translation>%1 regions: %2 major, %3 significant, %4 general and %5 low risk.</translation>
    </message>
    <message>
        <source>Region risk levels (in code order).</source>
        <translation>Region risk levels (in code order).</translation>
    </message>
    <message>
        <source>Risk by category</source>
        <translation>Risk by category</translation>
    </message>
    <message>
        <source>%1 risk distribution map</source>
        <translation>%1 risk distribution map</translation>
    </message>
    <message>
        <source>Control measures</source>
        <translation>Control measures</translation>
    </message>
    <message>
        <source>Measures follow the final level of each unit and name the responsible departments.</source>
        <translation>Measures follow the final level of each unit and name the responsible departments.</translation>
    </message>
    <message>
        <source>%1 units at this level.</source>
        <translation>%1 units at this level.</translation>
    </message>
    <message>
        <source>Conclusion</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <source>Every risk unit, by unit ID.</source>
        <translation>Every risk unit, by unit ID.</translation>
    </message>
    <message>
        <source>The complete risk list of %1 units is delivered as a spreadsheet (the risk-list export); the %2 major and significant risk units are listed in section 3.3.</source>
        <translation>The complete risk list of %1 units is delivered as a spreadsheet (the risk-list export); the %2 major and significant risk units are listed in section 3.3.</translation>
    </message>
    <message>
        <source>Parameter tables</source>
        <translation>Parameter tables</translation>
    </message>
    <message>
        <source>Colours of the risk levels (RGB).</source>
        <translation>Colours of the risk levels (RGB).</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>G</source>
        <translation>G</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>n/km²</source>
        <translation>n/km²</translation>
    </message>
    <message>
        <source>Density rule: major and significant units per km² (lower bound inclusive unless stated).</source>
        <translation>Density rule: major and significant units per km² (lower bound inclusive unless stated).</translation>
    </message>
    <message>
        <source>Data sources and coordinate reference system</source>
        <translation>Data sources and coordinate reference system</translation>
    </message>
    <message>
        <source>Coordinate reference system: %1</source>
        <translation>Coordinate reference system: %1</translation>
    </message>
    <message>
        <source>Files imported into the project:</source>
        <translation>Files imported into the project:</translation>
    </message>
    <message>
        <source>Traceability</source>
        <translation>Traceability</translation>
    </message>
    <message>
        <source>Method set hash (SHA-256): %1</source>
        <translation>Method set hash (SHA-256): %1</translation>
    </message>
    <message>
        <source>Audit chain head hash: %1</source>
        <translation>Audit chain head hash: %1</translation>
    </message>
    <message>
        <source>(no audit entry)</source>
        <translation>(no audit entry)</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>Generated: %1</translation>
    </message>
    <message>
        <source>City Safety Risk Assessment Report</source>
        <translation>City Safety Risk Assessment Report</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>the assessing organisation</source>
        <translation>the assessing organisation</translation>
    </message>
    <message>
        <source>the client</source>
        <translation>the client</translation>
    </message>
    <message>
        <source>District atlas</source>
        <translation>District atlas</translation>
    </message>
    <message>
        <source>One map page per district, in code order: the district's regions and units in their levels' colours, its neighbours faded.</source>
        <translation>One map page per district, in code order: the district's regions and units in their levels' colours, its neighbours faded.</translation>
    </message>
    <message>
        <source>%1 (%2) risk distribution map</source>
        <translation>%1 (%2) risk distribution map</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Found</translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation>Rectified</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Rectification rate</source>
        <translation>Rectification rate</translation>
    </message>
    <message>
        <source>As of %1 the register holds %2 hidden dangers, %3 of them major: %4 rectified (rectification rate %5), %6 of them closed after verification; %7 still open, %8 of them past their deadline.</source>
        <translation>As of %1 the register holds %2 hidden dangers, %3 of them major: %4 rectified (rectification rate %5), %6 of them closed after verification; %7 still open, %8 of them past their deadline.</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Hidden dangers by grade.</source>
        <translation>Hidden dangers by grade.</translation>
    </message>
    <message>
        <source>All</source>
        <translation>All</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>Hidden dangers by round.</source>
        <translation>Hidden dangers by round.</translation>
    </message>
    <message>
        <source>Hidden dangers by district (in code order).</source>
        <translation>Hidden dangers by district (in code order).</translation>
    </message>
    <message>
        <source>Outside every district</source>
        <translation>Outside every district</translation>
    </message>
    <message>
        <source>Overdue hidden dangers, most days past the deadline first.</source>
        <translation>Overdue hidden dangers, most days past the deadline first.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <source>Major hidden dangers listed for supervision (挂牌督办).</source>
        <translation>Major hidden dangers listed for supervision (挂牌督办).</translation>
    </message>
    <message>
        <source>Listed by</source>
        <translation>Listed by</translation>
    </message>
    <message>
        <source>Hidden-danger governance</source>
        <translation>Hidden-danger governance</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>raised</translation>
    </message>
    <message>
        <source>lowered</source>
        <translation>lowered</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Grid cell</source>
        <translation>Grid cell</translation>
    </message>
    <message>
        <source>%1 (assessed %2)</source>
        <translation>%1 (assessed %2)</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Risk units by final level, previous and now.</source>
        <translation>Risk units by final level, previous and now.</translation>
    </message>
    <message>
        <source>Risk level changes since the previous assessment</source>
        <translation>Risk level changes since the previous assessment</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Previous level</source>
        <translation>Previous level</translation>
    </message>
    <message>
        <source>Level now</source>
        <translation>Level now</translation>
    </message>
    <message>
        <source>Regions whose level changed (in code order).</source>
        <translation>Regions whose level changed (in code order).</translation>
    </message>
    <message>
        <source>Units whose level changed (by unit ID).</source>
        <translation>Units whose level changed (by unit ID).</translation>
    </message>
    <message>
        <source>No unit changed its final level.</source>
        <translation>No unit changed its final level.</translation>
    </message>
    <message>
        <source>Comparison with the previous assessment</source>
        <translation>Comparison with the previous assessment</translation>
    </message>
    <message>
        <source>Compared with the previous assessment, %1: units with a higher final level %2, with a lower one %3; new units %4, units no longer listed %5, units with the same level %6. Regions with a higher level %7, with a lower one %8. Units are matched by unit ID, regions by kind and code.</source>
        <translation>Compared with the previous assessment, %1: units with a higher final level %2, with a lower one %3; new units %4, units no longer listed %5, units with the same level %6. Regions with a higher level %7, with a lower one %8. Units are matched by unit ID, regions by kind and code.</translation>
    </message>
    <message>
        <source>%1 more units changed level; comparing the two project files lists them all.</source>
        <translation>%1 more units changed level; comparing the two project files lists them all.</translation>
    </message>
</context>
<context>
    <name>ReportTemplateArchive</name>
    <message>
        <source>%1: the logo must be a PNG image</source>
        <translation>%1: the logo must be a PNG image</translation>
    </message>
    <message>
        <source>%1: not a JSON object of project facts (%2)</source>
        <translation>%1: not a JSON object of project facts (%2)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>not an object</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1: holds no report template file (zh/purpose.md … en/disclaimer.md, logo.png, report.json)</source>
        <translation>%1: holds no report template file (zh/purpose.md … en/disclaimer.md, logo.png, report.json)</translation>
    </message>
    <message>
        <source>the stored report template is damaged</source>
        <translation>the stored report template is damaged</translation>
    </message>
    <message>
        <source>the stored report template is damaged (%1)</source>
        <translation>the stored report template is damaged (%1)</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: cannot write: %2</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>%1: cannot start writing the PDF</source>
        <translation>%1: cannot start writing the PDF</translation>
    </message>
</context>
<context>
    <name>ReviewMinutes</name>
    <message>
        <source>%1 (before the review)</source>
        <translation>%1 (before the review)</translation>
    </message>
    <message>
        <source>%1 (after the review)</source>
        <translation>%1 (after the review)</translation>
    </message>
    <message>
        <source>Minutes of the Risk Assessment Review Session</source>
        <translation>Minutes of the Risk Assessment Review Session</translation>
    </message>
    <message>
        <source>The Meeting</source>
        <translation>The Meeting</translation>
    </message>
    <message>
        <source>On %1, %2 was held at %3, chaired by %4, to review the risk assessment of %5.</source>
        <translation>On %1, %2 was held at %3, chaired by %4, to review the risk assessment of %5.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Recorded by</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
    </message>
    <message>
        <source>still open</source>
        <translation>still open</translation>
    </message>
    <message>
        <source>The review session</source>
        <translation>The review session</translation>
    </message>
    <message>
        <source>Changes Agreed</source>
        <translation>Changes Agreed</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>%1 changes were made during the session, to %2 risk units; %3 units and %4 regions changed their risk level.</source>
        <translation>%1 changes were made during the session, to %2 risk units; %3 units and %4 regions changed their risk level.</translation>
    </message>
    <message>
        <source>Changes made during the review session</source>
        <translation>Changes made during the review session</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
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
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Risk levels changed by the review</source>
        <translation>Risk levels changed by the review</translation>
    </message>
    <message>
        <source>Risk Levels Before and After</source>
        <translation>Risk Levels Before and After</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Risk units by level before and after the review</source>
        <translation>Risk units by level before and after the review</translation>
    </message>
    <message>
        <source>City risk distribution before (left) and after (right) the review</source>
        <translation>City risk distribution before (left) and after (right) the review</translation>
    </message>
    <message>
        <source>Hidden-Danger Governance</source>
        <translation>Hidden-Danger Governance</translation>
    </message>
    <message>
        <source>Audit Trail</source>
        <translation>Audit Trail</translation>
    </message>
    <message>
        <source>The session is recorded in the project's audit log as entries %1 to %2. The log is a hash chain: each entry carries the SHA-256 hash of the one before, so that no entry can be changed, removed or reordered unnoticed.</source>
        <translation>The session is recorded in the project's audit log as entries %1 to %2. The log is a hash chain: each entry carries the SHA-256 hash of the one before, so that no entry can be changed, removed or reordered unnoticed.</translation>
    </message>
    <message>
        <source>The chain was verified intact when these minutes were written.</source>
        <translation>The chain was verified intact when these minutes were written.</translation>
    </message>
    <message>
        <source>Head hash: %1</source>
        <translation>Head hash: %1</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Chair: %1   Signature: %2   Date: %3</source>
        <translation>Chair: %1   Signature: %2   Date: %3</translation>
    </message>
    <message>
        <source>Recorded by: %1   Signature: %2   Date: %3</source>
        <translation>Recorded by: %1   Signature: %2   Date: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>WARNING: the audit chain did not verify when these minutes were written: an entry was changed, removed or reordered.</source>
        <translation>WARNING: the audit chain did not verify when these minutes were written: an entry was changed, removed or reordered.</translation>
    </message>
</context>
<context>
    <name>ReviewSession</name>
    <message>
        <source>the review session needs a title</source>
        <translation>the review session needs a title</translation>
    </message>
    <message>
        <source>the date "%1" is not a date of the form YYYY-MM-DD</source>
        <translation>the date "%1" is not a date of the form YYYY-MM-DD</translation>
    </message>
    <message>
        <source>the review session needs a chair</source>
        <translation>the review session needs a chair</translation>
    </message>
    <message>
        <source>the review session needs its participants</source>
        <translation>the review session needs its participants</translation>
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
        <source>wrote %1 units to %2</source>
        <translation>wrote %1 units to %2</translation>
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
        <source>--dpi %1: expected a number from 30 to 1200</source>
        <translation>--dpi %1: expected a number from 30 to 1200</translation>
    </message>
    <message>
        <source>wrote %1</source>
        <translation>wrote %1</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found; nothing was imported</source>
        <translation><numerusform>%n problem found; nothing was imported</numerusform><numerusform>%n problems found; nothing was imported</numerusform></translation>
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
        <source>--kind %1: expected district, street or grid</source>
        <translation>--kind %1: expected district, street or grid</translation>
    </message>
    <message>
        <source>regions (%1)</source>
        <translation>regions (%1)</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHOD</translation>
    </message>
    <message>
        <source>left unscored: %1</source>
        <translation>left unscored: %1</translation>
    </message>
    <message>
        <source>assessed %1 units: %2 scored, %3 unscored, %4 outside every region; %5 level change(s); method set %6</source>
        <translation>assessed %1 units: %2 scored, %3 unscored, %4 outside every region; %5 level change(s); method set %6</translation>
    </message>
    <message>
        <source>Scores every unit with the project's method set and aggregates the regions; lists every unit whose level changed and why.</source>
        <translation>Scores every unit with the project's method set and aggregates the regions; lists every unit whose level changed and why.</translation>
    </message>
    <message>
        <source>Score every unit with this method's default parameters, for this run only: matrix, lec or mes.</source>
        <translation>Score every unit with this method's default parameters, for this run only: matrix, lec or mes.</translation>
    </message>
    <message>
        <source>Make this method set file the project's own, then score with it.</source>
        <translation>Make this method set file the project's own, then score with it.</translation>
    </message>
    <message>
        <source>FILE.json</source>
        <translation>FILE.json</translation>
    </message>
    <message>
        <source>--method and --method-set exclude each other</source>
        <translation>--method and --method-set exclude each other</translation>
    </message>
    <message>
        <source>usage: riskatlas-cli %1 %2</source>
        <translation>usage: riskatlas-cli %1 %2</translation>
    </message>
    <message>
        <source>method set %1</source>
        <translation>method set %1</translation>
    </message>
    <message>
        <source>  default: %1</source>
        <translation>  default: %1</translation>
    </message>
    <message>
        <source>  category %1: %2</source>
        <translation>  category %1: %2</translation>
    </message>
    <message>
        <source>  sector %1: %2</source>
        <translation>  sector %1: %2</translation>
    </message>
    <message>
        <source>  composite weights by AHP: CR = %1</source>
        <translation>  composite weights by AHP: CR = %1</translation>
    </message>
    <message>
        <source>wrote method set %1 to %2</source>
        <translation>wrote method set %1 to %2</translation>
    </message>
    <message>
        <source>the project now uses this method set; run assess to apply it</source>
        <translation>the project now uses this method set; run assess to apply it</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>valid</translation>
    </message>
    <message>
        <source>Method sets: export the project's (or a past run's) to JSON, import one, validate a file, list the shipped templates. Schema: resources/schemas/method-set.schema.json.</source>
        <translation>Method sets: export the project's (or a past run's) to JSON, import one, validate a file, list the shipped templates. Schema: resources/schemas/method-set.schema.json.</translation>
    </message>
    <message>
        <source>export: the method set of a past run (hash).</source>
        <translation>export: the method set of a past run (hash).</translation>
    </message>
    <message>
        <source>HASH</source>
        <translation>HASH</translation>
    </message>
    <message>
        <source>import: a shipped template by name.</source>
        <translation>import: a shipped template by name.</translation>
    </message>
    <message>
        <source>validate: check sector and category codes against this project.</source>
        <translation>validate: check sector and category codes against this project.</translation>
    </message>
    <message>
        <source>PROJECT.gpkg</source>
        <translation>PROJECT.gpkg</translation>
    </message>
    <message>
        <source>unknown action "%1" (export, import, validate, templates)</source>
        <translation>unknown action "%1" (export, import, validate, templates)</translation>
    </message>
    <message>
        <source>The project's categories and sectors: export them to JSON to rename, add, remove or regroup sectors, and import the edited file.</source>
        <translation>The project's categories and sectors: export them to JSON to rename, add, remove or regroup sectors, and import the edited file.</translation>
    </message>
    <message>
        <source>unknown action "%1" (export, import)</source>
        <translation>unknown action "%1" (export, import)</translation>
    </message>
    <message numerus="yes">
        <source>the project now has %n sector(s)</source>
        <translation><numerusform>the project now has %n sector</numerusform><numerusform>the project now has %n sectors</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) lie outside every region: %1</source>
        <translation><numerusform>%n unit lie outside every region: %1</numerusform><numerusform>%n units lie outside every region: %1</numerusform></translation>
    </message>
    <message>
        <source>unit %1 has no position; it is placed by its region</source>
        <translation>unit %1 has no position; it is placed by its region</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) of this file are no longer listed in it and were kept: %1</source>
        <translation><numerusform>%n unit of this file are no longer listed in it and were kept: %1</numerusform><numerusform>%n units of this file are no longer listed in it and were kept: %1</numerusform></translation>
    </message>
    <message>
        <source>%1: %2 added, %3 updated, %4 unchanged; project CRS %5</source>
        <translation>%1: %2 added, %3 updated, %4 unchanged; project CRS %5</translation>
    </message>
    <message>
        <source>CRS of the coordinates when the file states none; CSV default EPSG:4326.</source>
        <translation>CRS of the coordinates when the file states none; CSV default EPSG:4326.</translation>
    </message>
    <message>
        <source>Text encoding of a CSV or a shapefile without .cpg, e.g. GBK; UTF-8 and GB18030 are recognised by themselves.</source>
        <translation>Text encoding of a CSV or a shapefile without .cpg, e.g. GBK; UTF-8 and GB18030 are recognised by themselves.</translation>
    </message>
    <message>
        <source>On failure, also write every problem to this CSV file.</source>
        <translation>On failure, also write every problem to this CSV file.</translation>
    </message>
    <message>
        <source>FILE.csv</source>
        <translation>FILE.csv</translation>
    </message>
    <message>
        <source>Imports risk units (GeoPackage, shapefile, GeoJSON, KML, CSV, XLSX or ODS with coordinate, WKT or region columns); units are upserted by id. All rows are checked first: any problem imports nothing.</source>
        <translation>Imports risk units (GeoPackage, shapefile, GeoJSON, KML, CSV, XLSX or ODS with coordinate, WKT or region columns); units are upserted by id. All rows are checked first: any problem imports nothing.</translation>
    </message>
    <message>
        <source>Row holding the column names, for sheets with title rows above it.</source>
        <translation>Row holding the column names, for sheets with title rows above it.</translation>
    </message>
    <message>
        <source>Remove web-map offsets: gcj02 (AMap, Tencent) or bd09 (Baidu).</source>
        <translation>Remove web-map offsets: gcj02 (AMap, Tencent) or bd09 (Baidu).</translation>
    </message>
    <message>
        <source>DATUM</source>
        <translation>DATUM</translation>
    </message>
    <message>
        <source>--header-row %1: expected a row number from 1</source>
        <translation>--header-row %1: expected a row number from 1</translation>
    </message>
    <message>
        <source>--coordinates %1: expected gcj02 or bd09</source>
        <translation>--coordinates %1: expected gcj02 or bd09</translation>
    </message>
    <message>
        <source>Field holding the code of the region each one lies in (a street's district).</source>
        <translation>Field holding the code of the region each one lies in (a street's district).</translation>
    </message>
    <message>
        <source>Covers the city (the union of its districts) with grid cells clipped to its boundary; they replace the project's grid regions.</source>
        <translation>Covers the city (the union of its districts) with grid cells clipped to its boundary; they replace the project's grid regions.</translation>
    </message>
    <message>
        <source>Cell size in metres (square side, or distance between hexagon centres).</source>
        <translation>Cell size in metres (square side, or distance between hexagon centres).</translation>
    </message>
    <message>
        <source>METRES</source>
        <translation>METRES</translation>
    </message>
    <message>
        <source>square (default) or hex.</source>
        <translation>square (default) or hex.</translation>
    </message>
    <message>
        <source>SHAPE</source>
        <translation>SHAPE</translation>
    </message>
    <message>
        <source>--cell-size: expected a size in metres greater than 0</source>
        <translation>--cell-size: expected a size in metres greater than 0</translation>
    </message>
    <message>
        <source>--shape %1: expected square or hex</source>
        <translation>--shape %1: expected square or hex</translation>
    </message>
    <message>
        <source>regions (grid)</source>
        <translation>regions (grid)</translation>
    </message>
    <message>
        <source>How regions take their level: max (highest unit level, the default), weighted (composite index) or density (major and significant units per km²). The project keeps the rule for later runs.</source>
        <translation>How regions take their level: max (highest unit level, the default), weighted (composite index) or density (major and significant units per km²). The project keeps the rule for later runs.</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>RULE</translation>
    </message>
    <message>
        <source>--aggregation %1: expected %2</source>
        <translation>--aggregation %1: expected %2</translation>
    </message>
    <message>
        <source>Exports the four-colour risk map: PDF or SVG (vector, text kept as text), or PNG with a world file.</source>
        <translation>Exports the four-colour risk map: PDF or SVG (vector, text kept as text), or PNG with a world file.</translation>
    </message>
    <message>
        <source>A4, A3 (default), A2, A1 or A0.</source>
        <translation>A4, A3 (default), A2, A1 or A0.</translation>
    </message>
    <message>
        <source>landscape (default) or portrait.</source>
        <translation>landscape (default) or portrait.</translation>
    </message>
    <message>
        <source>ORIENTATION</source>
        <translation>ORIENTATION</translation>
    </message>
    <message>
        <source>Regions to colour: district (default), street or grid.</source>
        <translation>Regions to colour: district (default), street or grid.</translation>
    </message>
    <message>
        <source>--paper %1: expected A4, A3, A2, A1 or A0</source>
        <translation>--paper %1: expected A4, A3, A2, A1 or A0</translation>
    </message>
    <message>
        <source>--orientation %1: expected landscape or portrait</source>
        <translation>--orientation %1: expected landscape or portrait</translation>
    </message>
    <message>
        <source>Map one category: its units and the regions' level for it.</source>
        <translation>Map one category: its units and the regions' level for it.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>--category %1: the project's categories are %2</source>
        <translation>--category %1: the project's categories are %2</translation>
    </message>
    <message>
        <source>One page per district: one multi-page PDF, or OUT_&lt;district code&gt;.png/.svg per page.</source>
        <translation>One page per district: one multi-page PDF, or OUT_&lt;district code&gt;.png/.svg per page.</translation>
    </message>
    <message>
        <source>A QGIS layout template (.qpt) instead of the user folder's or the built-in one; it needs a map item with the id "map".</source>
        <translation>A QGIS layout template (.qpt) instead of the user folder's or the built-in one; it needs a map item with the id "map".</translation>
    </message>
    <message>
        <source>FILE.qpt</source>
        <translation>FILE.qpt</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>--template %1: no such file</source>
        <translation>--template %1: no such file</translation>
    </message>
    <message>
        <source>--basemap %1: refused: %2</source>
        <translation>--basemap %1: refused: %2</translation>
    </message>
    <message>
        <source>Read and place every unit again, even when only the method set or the aggregation rule changed since the last run.</source>
        <translation>Read and place every unit again, even when only the method set or the aggregation rule changed since the last run.</translation>
    </message>
    <message>
        <source>Basemap: an XYZ tile URL with {x} {y} {z} (e.g. Tianditu), a WMTS capabilities URL or a QGIS WMS/WMTS source; left out with a note when unreachable. Default: $RISKATLAS_BASEMAP; "none" for no basemap.</source>
        <translation>Basemap: an XYZ tile URL with {x} {y} {z} (e.g. Tianditu), a WMTS capabilities URL or a QGIS WMS/WMTS source; left out with a note when unreachable. Default: $RISKATLAS_BASEMAP; "none" for no basemap.</translation>
    </message>
    <message>
        <source>RISKATLAS_BASEMAP %1: refused: %2</source>
        <translation>RISKATLAS_BASEMAP %1: refused: %2</translation>
    </message>
    <message>
        <source>--encoding %1: unknown encoding</source>
        <translation>--encoding %1: unknown encoding</translation>
    </message>
    <message>
        <source>--header-row must be 1 or more</source>
        <translation>--header-row must be 1 or more</translation>
    </message>
    <message>
        <source>--source-crs %1: unknown coordinate reference system</source>
        <translation>--source-crs %1: unknown coordinate reference system</translation>
    </message>
    <message>
        <source>outside China: --coordinates gcj02/bd09 applies only inside China</source>
        <translation>outside China: --coordinates gcj02/bd09 applies only inside China</translation>
    </message>
    <message>
        <source>%1; for projected coordinates give --source-crs EPSG:n</source>
        <translation>%1; for projected coordinates give --source-crs EPSG:n</translation>
    </message>
    <message>
        <source>%1; use --overwrite to replace it</source>
        <translation>%1; use --overwrite to replace it</translation>
    </message>
    <message>
        <source>%1; import some with import-units</source>
        <translation>%1; import some with import-units</translation>
    </message>
    <message>
        <source>%1; import them with import-regions first</source>
        <translation>%1; import them with import-regions first</translation>
    </message>
    <message>
        <source>%1; run assess --full</source>
        <translation>%1; run assess --full</translation>
    </message>
    <message>
        <source>%1: --%2 %3: no such field (fields: %4)</source>
        <translation>%1: --%2 %3: no such field (fields: %4)</translation>
    </message>
    <message>
        <source>%1; name it with --name-field FIELD</source>
        <translation>%1; name it with --name-field FIELD</translation>
    </message>
    <message>
        <source>%1; name it with --map %2=COLUMN</source>
        <translation>%1; name it with --map %2=COLUMN</translation>
    </message>
    <message>
        <source>%1; name one with --map longitude=COLUMN --map latitude=COLUMN</source>
        <translation>%1; name one with --map longitude=COLUMN --map latitude=COLUMN</translation>
    </message>
    <message>
        <source>%1; give --source-crs EPSG:n</source>
        <translation>%1; give --source-crs EPSG:n</translation>
    </message>
    <message>
        <source>%1; give the file's encoding with --encoding</source>
        <translation>%1; give the file's encoding with --encoding</translation>
    </message>
    <message>
        <source>%1: the file has %2 layers; choose one with --layer (%3)</source>
        <translation>%1: the file has %2 layers; choose one with --layer (%3)</translation>
    </message>
    <message>
        <source>--coordinates gcj02/bd09 needs longitude/latitude, but the source CRS is %1</source>
        <translation>--coordinates gcj02/bd09 needs longitude/latitude, but the source CRS is %1</translation>
    </message>
    <message>
        <source>--cell-size %1 would make about %2 cells; the limit is %3</source>
        <translation>--cell-size %1 would make about %2 cells; the limit is %3</translation>
    </message>
    <message>
        <source>%1; restore it from a backup copy</source>
        <translation>%1; restore it from a backup copy</translation>
    </message>
    <message>
        <source>standard output: cannot write: %1</source>
        <translation>standard output: cannot write: %1</translation>
    </message>
    <message>
        <source>%1: audit entry #%2 was altered: its fields no longer give its hash</source>
        <translation>%1: audit entry #%2 was altered: its fields no longer give its hash</translation>
    </message>
    <message>
        <source>%1: audit entry #%2 does not follow the entry before it: an entry was removed or the entries were reordered</source>
        <translation>%1: audit entry #%2 does not follow the entry before it: an entry was removed or the entries were reordered</translation>
    </message>
    <message>
        <source>Prints the project's audit log (who changed what, when and why), oldest first.</source>
        <translation>Prints the project's audit log (who changed what, when and why), oldest first.</translation>
    </message>
    <message>
        <source>Check the hash chain; exit 1 naming the first bad entry.</source>
        <translation>Check the hash chain; exit 1 naming the first bad entry.</translation>
    </message>
    <message>
        <source>JSON on stdout (see docs/cli.md).</source>
        <translation>JSON on stdout (see docs/cli.md).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message numerus="yes">
        <source>audit chain intact: %n record(s), head %1</source>
        <translation><numerusform>audit chain intact: %n record, head %1</numerusform><numerusform>audit chain intact: %n records, head %1</numerusform></translation>
    </message>
    <message>
        <source>Writes the risk list (风险清单) as CSV (UTF-8 with BOM) or as an XLSX spreadsheet.</source>
        <translation>Writes the risk list (风险清单) as CSV (UTF-8 with BOM) or as an XLSX spreadsheet.</translation>
    </message>
    <message>
        <source>zh or en: headers, names and levels in that language, with each unit's coordinates. Without it a CSV keeps the documented columns and an XLSX is in Chinese.</source>
        <translation>zh or en: headers, names and levels in that language, with each unit's coordinates. Without it a CSV keeps the documented columns and an XLSX is in Chinese.</translation>
    </message>
    <message>
        <source>Writes the assessment report, by the output's extension: an A4 PDF, a DOCX, ODT or HTML document (through pandoc), or an XLSX spreadsheet of the risk list, the region table and the sector statistics.</source>
        <translation>Writes the assessment report, by the output's extension: an A4 PDF, a DOCX, ODT or HTML document (through pandoc), or an XLSX spreadsheet of the risk list, the region table and the sector statistics.</translation>
    </message>
    <message>
        <source>A folder with the report's wording, logo and project facts, before the user folder and the built-in set.</source>
        <translation>A folder with the report's wording, logo and project facts, before the user folder and the built-in set.</translation>
    </message>
    <message>
        <source>The report template the project carries (its wording, logo.png and report.json): show lists its files, store copies a template folder into the project, export writes it out, clear removes it. Reports use it after --template and before the user folder.</source>
        <translation>The report template the project carries (its wording, logo.png and report.json): show lists its files, store copies a template folder into the project, export writes it out, clear removes it. Reports use it after --template and before the user folder.</translation>
    </message>
    <message>
        <source>unknown action "%1" (show, store, export, clear)</source>
        <translation>unknown action "%1" (show, store, export, clear)</translation>
    </message>
    <message>
        <source>%1 needs the template folder DIR</source>
        <translation>%1 needs the template folder DIR</translation>
    </message>
    <message>
        <source>%1 takes no folder</source>
        <translation>%1 takes no folder</translation>
    </message>
    <message>
        <source>no report template stored in the project</source>
        <translation>no report template stored in the project</translation>
    </message>
    <message numerus="yes">
        <source>stored %n file(s): %1</source>
        <translation><numerusform>stored %n file: %1</numerusform><numerusform>stored %n files: %1</numerusform></translation>
    </message>
    <message>
        <source>the project carries no report template</source>
        <translation>the project carries no report template</translation>
    </message>
    <message>
        <source>raised</source>
        <translation>raised</translation>
    </message>
    <message>
        <source>lowered</source>
        <translation>lowered</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>raised %1, lowered %2, new %3, removed %4, unchanged %5</source>
        <translation>raised %1, lowered %2, new %3, removed %4, unchanged %5</translation>
    </message>
    <message>
        <source>Compares two assessments of a city (before and after a review, or last year's project and this year's): the units and regions whose final level changed, matched by unit id and region code, and the units by level in each.</source>
        <translation>Compares two assessments of a city (before and after a review, or last year's project and this year's): the units and regions whose final level changed, matched by unit id and region code, and the units by level in each.</translation>
    </message>
    <message>
        <source>units: %1</source>
        <translation>units: %1</translation>
    </message>
    <message>
        <source>regions: %1</source>
        <translation>regions: %1</translation>
    </message>
    <message>
        <source>units by level (old → new):</source>
        <translation>units by level (old → new):</translation>
    </message>
    <message>
        <source>regions changed:</source>
        <translation>regions changed:</translation>
    </message>
    <message>
        <source>units changed:</source>
        <translation>units changed:</translation>
    </message>
    <message>
        <source>Explains why a unit or a region has its level: the method, the inputs with their meaning, the matrix cell or the score band, the control-level correction and any override; for a region, the units, index or density that decided it.</source>
        <translation>Explains why a unit or a region has its level: the method, the inputs with their meaning, the matrix cell or the score band, the control-level correction and any override; for a region, the units, index or density that decided it.</translation>
    </message>
    <message>
        <source>JSON on stdout (schema: resources/schemas/explanation.schema.json).</source>
        <translation>JSON on stdout (schema: resources/schemas/explanation.schema.json).</translation>
    </message>
    <message>
        <source>GB/T 42768-style 5×5 risk matrix for every sector</source>
        <translation>GB/T 42768-style 5×5 risk matrix for every sector</translation>
    </message>
    <message>
        <source>4×4 risk matrix with a cell-by-cell level table</source>
        <translation>4×4 risk matrix with a cell-by-cell level table</translation>
    </message>
    <message>
        <source>LEC (Graham–Kinney) for every sector</source>
        <translation>LEC (Graham–Kinney) for every sector</translation>
    </message>
    <message>
        <source>MES for every sector</source>
        <translation>MES for every sector</translation>
    </message>
    <message>
        <source>City default: LEC for urban industry, MES for ammonia refrigeration, 4×4 matrix for natural disasters, 5×5 matrix elsewhere</source>
        <translation>City default: LEC for urban industry, MES for ammonia refrigeration, 4×4 matrix for natural disasters, 5×5 matrix elsewhere</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Displays this help.</translation>
    </message>
    <message>
        <source>district</source>
        <translation>district</translation>
    </message>
    <message>
        <source>street</source>
        <translation>street</translation>
    </message>
    <message>
        <source>grid</source>
        <translation>grid</translation>
    </message>
    <message>
        <source>  %1 %2 (%3): %4, %5 units</source>
        <translation>  %1 %2 (%3): %4, %5 units</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>hidden dangers as of %1</source>
        <translation>hidden dangers as of %1</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>rectified</source>
        <translation>rectified</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>rate</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>by grade</source>
        <translation>by grade</translation>
    </message>
    <message>
        <source>by round</source>
        <translation>by round</translation>
    </message>
    <message>
        <source>by district</source>
        <translation>by district</translation>
    </message>
    <message>
        <source>by sector</source>
        <translation>by sector</translation>
    </message>
    <message>
        <source>--%1 %2: expected a date YYYY-MM-DD</source>
        <translation>--%1 %2: expected a date YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--grade %1: expected general or major</source>
        <translation>--grade %1: expected general or major</translation>
    </message>
    <message>
        <source>--status %1: expected found, assigned, rectifying, rectified or closed</source>
        <translation>--status %1: expected found, assigned, rectifying, rectified or closed</translation>
    </message>
    <message>
        <source>usage: riskatlas-cli hazards %1</source>
        <translation>usage: riskatlas-cli hazards %1</translation>
    </message>
    <message>
        <source>hidden dangers: %1 added, %2 updated, %3 unchanged</source>
        <translation>hidden dangers: %1 added, %2 updated, %3 unchanged</translation>
    </message>
    <message numerus="yes">
        <source>wrote %n hidden danger(s) to %1</source>
        <translation><numerusform>wrote %n hidden danger to %1</numerusform><numerusform>wrote %n hidden dangers to %1</numerusform></translation>
    </message>
    <message>
        <source>round</source>
        <translation>round</translation>
    </message>
    <message>
        <source>deadline</source>
        <translation>deadline</translation>
    </message>
    <message numerus="yes">
        <source>overdue %n day(s)</source>
        <translation><numerusform>overdue %n day</numerusform><numerusform>overdue %n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n hidden danger(s) as of %1</source>
        <translation><numerusform>%n hidden danger as of %1</numerusform><numerusform>%n hidden dangers as of %1</numerusform></translation>
    </message>
    <message>
        <source>give --status or --deadline</source>
        <translation>give --status or --deadline</translation>
    </message>
    <message>
        <source>%1; give --reason</source>
        <translation>%1; give --reason</translation>
    </message>
    <message>
        <source>hidden danger %1: %2, deadline %3</source>
        <translation>hidden danger %1: %2, deadline %3</translation>
    </message>
    <message>
        <source>list, export, stats: judge overdue on this date (default today).</source>
        <translation>list, export, stats: judge overdue on this date (default today).</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>list, export, stats: only overdue hidden dangers.</source>
        <translation>list, export, stats: only overdue hidden dangers.</translation>
    </message>
    <message>
        <source>list, export, stats: only this grade.</source>
        <translation>list, export, stats: only this grade.</translation>
    </message>
    <message>
        <source>general|major</source>
        <translation>general|major</translation>
    </message>
    <message>
        <source>list, export, stats: only this round.</source>
        <translation>list, export, stats: only this round.</translation>
    </message>
    <message>
        <source>list, export, stats: only this district (code).</source>
        <translation>list, export, stats: only this district (code).</translation>
    </message>
    <message>
        <source>list, export, stats: only this unit's.</source>
        <translation>list, export, stats: only this unit's.</translation>
    </message>
    <message>
        <source>UNIT_ID</source>
        <translation>UNIT_ID</translation>
    </message>
    <message>
        <source>update: the new status; list, export, stats: only this status.</source>
        <translation>update: the new status; list, export, stats: only this status.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>list, stats: JSON on stdout (docs/cli.md).</source>
        <translation>list, stats: JSON on stdout (docs/cli.md).</translation>
    </message>
    <message>
        <source>update: the date of the step (rectified or closed).</source>
        <translation>update: the date of the step (rectified or closed).</translation>
    </message>
    <message>
        <source>update: the date rectified, when closing straight away.</source>
        <translation>update: the date rectified, when closing straight away.</translation>
    </message>
    <message>
        <source>update: who verified a closure.</source>
        <translation>update: who verified a closure.</translation>
    </message>
    <message>
        <source>update: a new deadline (needs --reason).</source>
        <translation>update: a new deadline (needs --reason).</translation>
    </message>
    <message>
        <source>update: why (required to reopen or to move the deadline).</source>
        <translation>update: why (required to reopen or to move the deadline).</translation>
    </message>
    <message>
        <source>import: the sheet of a workbook.</source>
        <translation>import: the sheet of a workbook.</translation>
    </message>
    <message>
        <source>import: text encoding of a CSV, e.g. GBK; UTF-8 and GB18030 are recognised by themselves.</source>
        <translation>import: text encoding of a CSV, e.g. GBK; UTF-8 and GB18030 are recognised by themselves.</translation>
    </message>
    <message>
        <source>import: the row holding the column names (default 1).</source>
        <translation>import: the row holding the column names (default 1).</translation>
    </message>
    <message>
        <source>import: on failure, also write every problem to this CSV file.</source>
        <translation>import: on failure, also write every problem to this CSV file.</translation>
    </message>
    <message>
        <source>usage: riskatlas-cli review %1</source>
        <translation>usage: riskatlas-cli review %1</translation>
    </message>
    <message>
        <source>review session %1 started: %2</source>
        <translation>review session %1 started: %2</translation>
    </message>
    <message>
        <source>review session %1 ended; audit head %2</source>
        <translation>review session %1 ended; audit head %2</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>--session %1: expected the number of a review session</source>
        <translation>--session %1: expected the number of a review session</translation>
    </message>
    <message>
        <source>Review sessions with officials and experts: start one (date, place, chair, participants), make the agreed changes in the workbench — each needs a reason and is recorded with the session —, end it, and write its minutes (PDF, DOCX, ODT or HTML): attendees, every change with old → new level and reason, the counts and maps before and after, and the audit chain's head hash.</source>
        <translation>Review sessions with officials and experts: start one (date, place, chair, participants), make the agreed changes in the workbench — each needs a reason and is recorded with the session —, end it, and write its minutes (PDF, DOCX, ODT or HTML): attendees, every change with old → new level and reason, the counts and maps before and after, and the audit chain's head hash.</translation>
    </message>
    <message>
        <source>start: the meeting's title.</source>
        <translation>start: the meeting's title.</translation>
    </message>
    <message>
        <source>start: the meeting's date.</source>
        <translation>start: the meeting's date.</translation>
    </message>
    <message>
        <source>start: where it is held.</source>
        <translation>start: where it is held.</translation>
    </message>
    <message>
        <source>start: who chairs it.</source>
        <translation>start: who chairs it.</translation>
    </message>
    <message>
        <source>start: one participant (repeat for each).</source>
        <translation>start: one participant (repeat for each).</translation>
    </message>
    <message>
        <source>list: JSON on stdout (see docs/cli.md).</source>
        <translation>list: JSON on stdout (see docs/cli.md).</translation>
    </message>
    <message>
        <source>minutes: the session's number (default: the last one).</source>
        <translation>minutes: the session's number (default: the last one).</translation>
    </message>
    <message>
        <source>unknown action "%1" (start, end, list, minutes)</source>
        <translation>unknown action "%1" (start, end, list, minutes)</translation>
    </message>
    <message>
        <source>Also writes the change map of NEW against OLD: PDF or SVG (vector, text kept as text) or PNG.</source>
        <translation>Also writes the change map of NEW against OLD: PDF or SVG (vector, text kept as text) or PNG.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Regions hatched on the change map when their level changed: district (default), street or grid.</source>
        <translation>Regions hatched on the change map when their level changed: district (default), street or grid.</translation>
    </message>
    <message>
        <source>The hidden-danger register (事故隐患) and its 60-day closed loop: import a register (CSV/XLSX, Chinese headers, GBK or UTF-8), export it, list it, change a hidden danger's status, count found / rectified / closed / overdue as of a date, and map the districts' rectification rate. Schemas: resources/schemas/hazard-list.schema.json, hazard-stats.schema.json.</source>
        <translation>The hidden-danger register (事故隐患) and its 60-day closed loop: import a register (CSV/XLSX, Chinese headers, GBK or UTF-8), export it, list it, change a hidden danger's status, count found / rectified / closed / overdue as of a date, and map the districts' rectification rate. Schemas: resources/schemas/hazard-list.schema.json, hazard-stats.schema.json.</translation>
    </message>
    <message>
        <source>unknown action "%1" (import, export, list, update, stats, map)</source>
        <translation>unknown action "%1" (import, export, list, update, stats, map)</translation>
    </message>
    <message>
        <source>Adds the section "Comparison with the previous assessment" against this earlier project: units by level before and after, the changed regions and units, the change map (not in XLSX).</source>
        <translation>Adds the section "Comparison with the previous assessment" against this earlier project: units by level before and after, the changed regions and units, the change map (not in XLSX).</translation>
    </message>
    <message>
        <source>Usage: riskatlas-cli COMMAND [options]

Commands:
  new             create a project (GeoPackage)
  import-units    import risk units
  import-regions  import districts, streets or grids
  make-grid       cover the city with grid cells
  assess          score the units and aggregate the regions
  summary         print the figures (--json for scripts)
  export-units    write the risk list (CSV)
  export-map      write the four-colour map (PDF or PNG)
  report          write the assessment report (PDF, DOCX, ODT, HTML, XLSX)
  methods         export, import or validate method sets; list templates
  taxonomy        export or import the project's categories and sectors
  audit           print the audit log; --verify checks its hash chain
  report-template store the report's wording, logo and facts in the project
  compare         the units and regions whose level changed between two projects
  explain         why a unit or region has its level
  hazards         the hidden-danger register: import, export, list, update, stats, map
  review          review sessions: start, end, list, minutes

riskatlas-cli COMMAND --help describes a command's options.
Exit codes: 0 success, 1 the operation failed, 2 wrong usage.
</source>
        <translation>Usage: riskatlas-cli COMMAND [options]

Commands:
  new             create a project (GeoPackage)
  import-units    import risk units
  import-regions  import districts, streets or grids
  make-grid       cover the city with grid cells
  assess          score the units and aggregate the regions
  summary         print the figures (--json for scripts)
  export-units    write the risk list (CSV)
  export-map      write the four-colour map (PDF or PNG)
  report          write the assessment report (PDF, DOCX, ODT, HTML, XLSX)
  methods         export, import or validate method sets; list templates
  taxonomy        export or import the project's categories and sectors
  audit           print the audit log; --verify checks its hash chain
  report-template store the report's wording, logo and facts in the project
  compare         the units and regions whose level changed between two projects
  explain         why a unit or region has its level
  hazards         the hidden-danger register: import, export, list, update, stats, map
  review          review sessions: start, end, list, minutes

riskatlas-cli COMMAND --help describes a command's options.
Exit codes: 0 success, 1 the operation failed, 2 wrong usage.
</translation>
    </message>
</context>
<context>
    <name>RiskListTable</name>
    <message>
        <source>Risk matrix (L × S)</source>
        <translation>Risk matrix (L × S)</translation>
    </message>
    <message>
        <source>LEC (L × E × C)</source>
        <translation>LEC (L × E × C)</translation>
    </message>
    <message>
        <source>MES (M × E × S)</source>
        <translation>MES (M × E × S)</translation>
    </message>
    <message>
        <source>Likelihood (L)</source>
        <translation>Likelihood (L)</translation>
    </message>
    <message>
        <source>Severity (S)</source>
        <translation>Severity (S)</translation>
    </message>
    <message>
        <source>Control level</source>
        <translation>Control level</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Unit ID</source>
        <translation>Unit ID</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Sector code</source>
        <translation>Sector code</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Region code</source>
        <translation>Region code</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Inherent risk level</source>
        <translation>Inherent risk level</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risk level</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Reason for the manual level</source>
        <translation>Reason for the manual level</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <source>Longitude (WGS 84)</source>
        <translation>Longitude (WGS 84)</translation>
    </message>
    <message>
        <source>Latitude (WGS 84)</source>
        <translation>Latitude (WGS 84)</translation>
    </message>
    <message>
        <source>Method version</source>
        <translation>Method version</translation>
    </message>
</context>
<context>
    <name>RiskMapLayout</name>
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
    <message>
        <source>%1: the project has no regions of kind %2</source>
        <translation>%1: the project has no regions of kind %2</translation>
    </message>
    <message>
        <source>%1 %2 Risk Distribution Map</source>
        <translation>%1 %2 Risk Distribution Map</translation>
    </message>
    <message>
        <source>weighted composite index of the units (weighted)</source>
        <translation>weighted composite index of the units (weighted)</translation>
    </message>
    <message>
        <source>density of major and significant units (density)</source>
        <translation>density of major and significant units (density)</translation>
    </message>
    <message>
        <source>highest level of any unit inside (max)</source>
        <translation>highest level of any unit inside (max)</translation>
    </message>
    <message>
        <source>%1: cannot read the layout template</source>
        <translation>%1: cannot read the layout template</translation>
    </message>
    <message>
        <source>%1: line %2: not a layout template: %3</source>
        <translation>%1: line %2: not a layout template: %3</translation>
    </message>
    <message>
        <source>%1: QGIS cannot load this layout template</source>
        <translation>%1: QGIS cannot load this layout template</translation>
    </message>
    <message>
        <source>%1: the layout template has no map item with the id "%2"</source>
        <translation>%1: the layout template has no map item with the id "%2"</translation>
    </message>
    <message>
        <source>%1 (atlas)</source>
        <translation>%1 (atlas)</translation>
    </message>
    <message>
        <source>Districts (atlas pages)</source>
        <translation>Districts (atlas pages)</translation>
    </message>
    <message>
        <source>the project has no districts for the atlas pages</source>
        <translation>the project has no districts for the atlas pages</translation>
    </message>
    <message>
        <source>Neighbouring regions</source>
        <translation>Neighbouring regions</translation>
    </message>
    <message>
        <source>basemap refused: %1</source>
        <translation>basemap refused: %1</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>Basemap</translation>
    </message>
    <message>
        <source>Basemap: %1</source>
        <translation>Basemap: %1</translation>
    </message>
    <message>
        <source>Basemap left out: %1 could not be reached</source>
        <translation>Basemap left out: %1 could not be reached</translation>
    </message>
    <message>
        <source>basemap %1 could not be reached (%2); the map is made without it</source>
        <translation>basemap %1 could not be reached (%2); the map is made without it</translation>
    </message>
    <message>
        <source>Region level: %1</source>
        <translation>Region level: %1</translation>
    </message>
    <message>
        <source>%1: the atlas has no pages</source>
        <translation>%1: the atlas has no pages</translation>
    </message>
    <message>
        <source>%1: cannot export the atlas: %2</source>
        <translation>%1: cannot export the atlas: %2</translation>
    </message>
    <message>
        <source>Units: %1 drawn for %2 (the highest level per %3 mm)</source>
        <translation>Units: %1 drawn for %2 (the highest level per %3 mm)</translation>
    </message>
    <message>
        <source>not probed before the map was built</source>
        <translation>not probed before the map was built</translation>
    </message>
    <message>
        <source>%1: cannot georeference page %2 of the atlas: %3</source>
        <translation>%1: cannot georeference page %2 of the atlas: %3</translation>
    </message>
    <message>
        <source>the map could not be built</source>
        <translation>the map could not be built</translation>
    </message>
</context>
<context>
    <name>RiskMatrixMethod</name>
    <message>
        <source>a risk matrix needs %1 to %2 steps per axis, not %3</source>
        <translation>a risk matrix needs %1 to %2 steps per axis, not %3</translation>
    </message>
    <message>
        <source>a risk matrix needs either score bands or a cell table, not %1</source>
        <translation>a risk matrix needs either score bands or a cell table, not %1</translation>
    </message>
    <message>
        <source>both</source>
        <translation>both</translation>
    </message>
    <message>
        <source>neither</source>
        <translation>neither</translation>
    </message>
    <message>
        <source>the cell table has %1 rows, but the matrix has %2 likelihood steps</source>
        <translation>the cell table has %1 rows, but the matrix has %2 likelihood steps</translation>
    </message>
    <message>
        <source>row L=%1 of the cell table has %2 cells, not %3</source>
        <translation>row L=%1 of the cell table has %2 cells, not %3</translation>
    </message>
    <message>
        <source>cell L=%1, S=%2: "%3" is not a risk level</source>
        <translation>cell L=%1, S=%2: "%3" is not a risk level</translation>
    </message>
    <message>
        <source>cell L=%1, S=%2 (%3) is lower than cell L=%1, S=%4 (%5): risk must not fall as severity rises</source>
        <translation>cell L=%1, S=%2 (%3) is lower than cell L=%1, S=%4 (%5): risk must not fall as severity rises</translation>
    </message>
    <message>
        <source>cell L=%1, S=%2 (%3) is lower than cell L=%4, S=%2 (%5): risk must not fall as likelihood rises</source>
        <translation>cell L=%1, S=%2 (%3) is lower than cell L=%4, S=%2 (%5): risk must not fall as likelihood rises</translation>
    </message>
    <message>
        <source>%1 has %2 entries, but the axis has %3 steps</source>
        <translation>%1 has %2 entries, but the axis has %3 steps</translation>
    </message>
</context>
<context>
    <name>RiskStyle</name>
    <message>
        <source>Four-colour risk levels (RiskAtlas)</source>
        <translation>Four-colour risk levels (RiskAtlas)</translation>
    </message>
    <message>
        <source>%1: cannot store the style of %2: %3</source>
        <translation>%1: cannot store the style of %2: %3</translation>
    </message>
    <message>
        <source>cannot describe the style of %1: %2</source>
        <translation>cannot describe the style of %1: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the layer_styles table: %2</source>
        <translation>%1: cannot create the layer_styles table: %2</translation>
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
    <name>SectorUsage</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>SlideDeck</name>
    <message>
        <source>• %1 %2 (%3, %4)</source>
        <translation>• %1 %2 (%3, %4)</translation>
    </message>
    <message>
        <source>outside every district</source>
        <translation>outside every district</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more major-risk unit(s)</source>
        <translation><numerusform>… and %n more major-risk unit</numerusform><numerusform>… and %n more major-risk units</numerusform></translation>
    </message>
    <message>
        <source>No major-risk units here.</source>
        <translation>No major-risk units here.</translation>
    </message>
    <message>
        <source>City risk map</source>
        <translation>City risk map</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n unit(s)</source>
        <translation><numerusform>%1 · %n unit</numerusform><numerusform>%1 · %n units</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) in the project.</source>
        <translation><numerusform>%n unit in the project.</numerusform><numerusform>%n units in the project.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) not scored (an input missing).</source>
        <translation><numerusform>%n unit not scored (an input missing).</numerusform><numerusform>%n units not scored (an input missing).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) outside every region.</source>
        <translation><numerusform>%n unit outside every region.</numerusform><numerusform>%n units outside every region.</numerusform></translation>
    </message>
    <message>
        <source>Major-risk units:</source>
        <translation>Major-risk units:</translation>
    </message>
    <message>
        <source>Units by risk level</source>
        <translation>Units by risk level</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) assessed</source>
        <translation><numerusform>%n unit assessed</numerusform><numerusform>%n units assessed</numerusform></translation>
    </message>
    <message>
        <source>%1: risk map</source>
        <translation>%1: risk map</translation>
    </message>
    <message numerus="yes">
        <source>Overall level: %1 · %n unit(s)</source>
        <translation><numerusform>Overall level: %1 · %n unit</numerusform><numerusform>Overall level: %1 · %n units</numerusform></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>By category: %1</source>
        <translation>By category: %1</translation>
    </message>
    <message>
        <source>Raised by the influence zone of: %1</source>
        <translation>Raised by the influence zone of: %1</translation>
    </message>
    <message>
        <source>Major-risk units</source>
        <translation>Major-risk units</translation>
    </message>
    <message>
        <source>No unit is at major risk</source>
        <translation>No unit is at major risk</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s), highest score first</source>
        <translation><numerusform>%n unit, highest score first</numerusform><numerusform>%n units, highest score first</numerusform></translation>
    </message>
    <message>
        <source>%1–%2 of %3, highest score first</source>
        <translation>%1–%2 of %3, highest score first</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n unit(s) on this page</source>
        <translation><numerusform>%1: %n unit on this page</numerusform><numerusform>%1: %n units on this page</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n major-risk unit(s) in all.</source>
        <translation><numerusform>%n major-risk unit in all.</numerusform><numerusform>%n major-risk units in all.</numerusform></translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <source>The project is not assessed yet</source>
        <translation>The project is not assessed yet</translation>
    </message>
</context>
<context>
    <name>SourceLayer</name>
    <message>
        <source>%1: no such file</source>
        <translation>%1: no such file</translation>
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
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: cannot read: %2</translation>
    </message>
    <message>
        <source>%1: cannot prepare the file for reading</source>
        <translation>%1: cannot prepare the file for reading</translation>
    </message>
    <message>
        <source>%1: not a readable vector file (GeoPackage, shapefile, GeoJSON, KML, CSV, XLSX or ODS): %2</source>
        <translation>%1: not a readable vector file (GeoPackage, shapefile, GeoJSON, KML, CSV, XLSX or ODS): %2</translation>
    </message>
    <message>
        <source>%1: not valid %2 text</source>
        <translation>%1: not valid %2 text</translation>
    </message>
    <message>
        <source>%1: header row %2: the file has fewer rows</source>
        <translation>%1: header row %2: the file has fewer rows</translation>
    </message>
    <message>
        <source>unknown encoding "%1"</source>
        <translation>unknown encoding "%1"</translation>
    </message>
    <message>
        <source>the header row must be 1 or more</source>
        <translation>the header row must be 1 or more</translation>
    </message>
    <message>
        <source>%1: the file has %2 layers; choose one (%3)</source>
        <translation>%1: the file has %2 layers; choose one (%3)</translation>
    </message>
    <message>
        <source>%1: header row %2: the sheet has fewer rows</source>
        <translation>%1: header row %2: the sheet has fewer rows</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>line %1</translation>
    </message>
    <message>
        <source>%1: cannot read: permission denied</source>
        <translation>%1: cannot read: permission denied</translation>
    </message>
    <message>
        <source>%1: the shapefile's attribute table %2 is missing; copy it next to the .shp file</source>
        <translation>%1: the shapefile's attribute table %2 is missing; copy it next to the .shp file</translation>
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
    <message>
        <source>category code %1 appears twice</source>
        <translation>category code %1 appears twice</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n unit(s))</source>
        <translation><numerusform>%1 (%n unit)</numerusform><numerusform>%1 (%n units)</numerusform></translation>
    </message>
    <message>
        <source>the category has no code</source>
        <translation>the category has no code</translation>
    </message>
    <message>
        <source>the sector has no code</source>
        <translation>the sector has no code</translation>
    </message>
    <message>
        <source>the category has no Chinese name</source>
        <translation>the category has no Chinese name</translation>
    </message>
    <message>
        <source>the sector has no Chinese name</source>
        <translation>the sector has no Chinese name</translation>
    </message>
    <message>
        <source>the category has no English name</source>
        <translation>the category has no English name</translation>
    </message>
    <message>
        <source>the sector has no English name</source>
        <translation>the sector has no English name</translation>
    </message>
</context>
<context>
    <name>TaxonomyCommand</name>
    <message numerus="yes">
        <source>%1: %n sector(s) in %2 categories</source>
        <translation><numerusform>%1: %n sector in %2 categories</numerusform><numerusform>%1: %n sectors in %2 categories</numerusform></translation>
    </message>
    <message>
        <source>Edit Taxonomy</source>
        <translation>Edit Taxonomy</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2. The project keeps its current taxonomy.</source>
        <translation>Cannot undo “%1”: %2. The project keeps its current taxonomy.</translation>
    </message>
    <message>
        <source>Cannot apply “%1”: %2. The project keeps its current taxonomy.</source>
        <translation>Cannot apply “%1”: %2. The project keeps its current taxonomy.</translation>
    </message>
    <message>
        <source>the taxonomy was changed outside the workbench since</source>
        <translation>the taxonomy was changed outside the workbench since</translation>
    </message>
    <message>
        <source>%1 (last step refused)</source>
        <translation>%1 (last step refused)</translation>
    </message>
</context>
<context>
    <name>UnitAddCommand</name>
    <message>
        <source>Add unit %1</source>
        <translation>Add unit %1</translation>
    </message>
</context>
<context>
    <name>UnitDeleteCommand</name>
    <message>
        <source>Delete unit %1</source>
        <translation>Delete unit %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n unit(s)</source>
        <translation><numerusform>Delete %n unit</numerusform><numerusform>Delete %n units</numerusform></translation>
    </message>
</context>
<context>
    <name>UnitEditCommand</name>
    <message>
        <source>Clear the level override of unit %1</source>
        <translation>Clear the level override of unit %1</translation>
    </message>
    <message>
        <source>Override the level of unit %1</source>
        <translation>Override the level of unit %1</translation>
    </message>
    <message>
        <source>Move unit %1</source>
        <translation>Move unit %1</translation>
    </message>
    <message>
        <source>Edit unit %1</source>
        <translation>Edit unit %1</translation>
    </message>
</context>
<context>
    <name>UnitImporter</name>
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
        <source>every unit needs a position</source>
        <translation>every unit needs a position</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
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
    <message>
        <source>%1: unit %2: cannot be written: %3</source>
        <translation>%1: unit %2: cannot be written: %3</translation>
    </message>
    <message>
        <source>not a WKT geometry</source>
        <translation>not a WKT geometry</translation>
    </message>
    <message>
        <source>every unit needs a position or a region (所属区县, 街道, XZQMC/XZQDM)</source>
        <translation>every unit needs a position or a region (所属区县, 街道, XZQMC/XZQDM)</translation>
    </message>
    <message>
        <source>invalid geometry that GEOS cannot repair</source>
        <translation>invalid geometry that GEOS cannot repair</translation>
    </message>
    <message>
        <source>not a number or degrees-minutes-seconds</source>
        <translation>not a number or degrees-minutes-seconds</translation>
    </message>
    <message>
        <source>%1: %2 (id %3): the geometry was invalid and was repaired</source>
        <translation>%1: %2 (id %3): the geometry was invalid and was repaired</translation>
    </message>
    <message>
        <source>%1: no column for the field "%2" (columns: %3)</source>
        <translation>%1: no column for the field "%2" (columns: %3)</translation>
    </message>
    <message>
        <source>%1: no geometry, no longitude/latitude (经度/纬度), WKT or region column</source>
        <translation>%1: no geometry, no longitude/latitude (经度/纬度), WKT or region column</translation>
    </message>
    <message>
        <source>unknown coordinate reference system "%1"</source>
        <translation>unknown coordinate reference system "%1"</translation>
    </message>
    <message>
        <source>%1: the file states no coordinate reference system</source>
        <translation>%1: the file states no coordinate reference system</translation>
    </message>
    <message>
        <source>removing web-map offsets (GCJ-02/BD-09) needs longitude/latitude, but the source CRS is %1</source>
        <translation>removing web-map offsets (GCJ-02/BD-09) needs longitude/latitude, but the source CRS is %1</translation>
    </message>
    <message>
        <source>outside China: web-map offsets exist only inside China</source>
        <translation>outside China: web-map offsets exist only inside China</translation>
    </message>
    <message>
        <source>cannot be a longitude</source>
        <translation>cannot be a longitude</translation>
    </message>
    <message>
        <source>cannot be a latitude</source>
        <translation>cannot be a latitude</translation>
    </message>
    <message>
        <source>a vertex has no finite coordinates (NaN or infinite)</source>
        <translation>a vertex has no finite coordinates (NaN or infinite)</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>not a finite number</translation>
    </message>
</context>
<context>
    <name>UnitPresenceCommand</name>
    <message>
        <source>Undo %1</source>
        <translation>Undo %1</translation>
    </message>
    <message>
        <source>Cannot redo “%1”: %2. The project is left as it is.</source>
        <translation>Cannot redo “%1”: %2. The project is left as it is.</translation>
    </message>
    <message>
        <source>Cannot do “%1”: %2. Nothing was changed.</source>
        <translation>Cannot do “%1”: %2. Nothing was changed.</translation>
    </message>
    <message>
        <source>Cannot undo “%1”: %2. The project is left as it is.</source>
        <translation>Cannot undo “%1”: %2. The project is left as it is.</translation>
    </message>
</context>
<context>
    <name>UnitQuery</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
</context>
<context>
    <name>UnitThinning</name>
    <message>
        <source>%1: cannot read the units</source>
        <translation>%1: cannot read the units</translation>
    </message>
    <message>
        <source>%1: no layer %2</source>
        <translation>%1: no layer %2</translation>
    </message>
    <message>
        <source>%1: cannot read the units: %2</source>
        <translation>%1: cannot read the units: %2</translation>
    </message>
</context>
<context>
    <name>WhatIfPreview</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>cannot read %1: %2</translation>
    </message>
    <message>
        <source>the project has no current assessment (units or regions changed since the last one, or it was never assessed): assess it first to preview method changes</source>
        <translation>the project has no current assessment (units or regions changed since the last one, or it was never assessed): assess it first to preview method changes</translation>
    </message>
    <message>
        <source>the influence zones differ from the last assessment's: only a full assessment can show their effect</source>
        <translation>the influence zones differ from the last assessment's: only a full assessment can show their effect</translation>
    </message>
    <message>
        <source>the last assessment did not measure what this aggregation rule needs: assess the project in full first</source>
        <translation>the last assessment did not measure what this aggregation rule needs: assess the project in full first</translation>
    </message>
    <message>
        <source>preview cancelled</source>
        <translation>preview cancelled</translation>
    </message>
</context>
<context>
    <name>XlsxWorkbook</name>
    <message>
        <source>the spreadsheet could not be started</source>
        <translation>the spreadsheet could not be started</translation>
    </message>
    <message>
        <source>sheet %1 could not be added</source>
        <translation>sheet %1 could not be added</translation>
    </message>
</context>
<context>
    <name>riskatlas::AuditLogModel</name>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>Old → new</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>riskatlas::BandTableEditor</name>
    <message>
        <source>Lower bound inclusive (a score equal to a bound takes the band above)</source>
        <translation>Lower bound inclusive (a score equal to a bound takes the band above)</translation>
    </message>
    <message>
        <source>Upper bound inclusive (a score equal to a bound takes the band below)</source>
        <translation>Upper bound inclusive (a score equal to a bound takes the band below)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Boundary rule</source>
        <translation>Boundary rule</translation>
    </message>
    <message>
        <source>Band %1 from %2</source>
        <translation>Band %1 from %2</translation>
    </message>
</context>
<context>
    <name>riskatlas::CompareDialog</name>
    <message>
        <source>Compare with an Earlier Assessment</source>
        <translation>Compare with an Earlier Assessment</translation>
    </message>
    <message>
        <source>RiskAtlas project (*.gpkg)</source>
        <translation>RiskAtlas project (*.gpkg)</translation>
    </message>
    <message>
        <source>Older project</source>
        <translation>Older project</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>All changes</translation>
    </message>
    <message>
        <source>Raised</source>
        <translation>Raised</translation>
    </message>
    <message>
        <source>Lowered</source>
        <translation>Lowered</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Removed</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
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
        <source>Old level</source>
        <translation>Old level</translation>
    </message>
    <message>
        <source>New level</source>
        <translation>New level</translation>
    </message>
    <message>
        <source>Double-click a unit or region to show it on the map.</source>
        <translation>Double-click a unit or region to show it on the map.</translation>
    </message>
    <message>
        <source>Export Change Map…</source>
        <translation>Export Change Map…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Map language</source>
        <translation>Map language</translation>
    </message>
    <message>
        <source>Units by level</source>
        <translation>Units by level</translation>
    </message>
    <message>
        <source>Units and regions whose level changed</source>
        <translation>Units and regions whose level changed</translation>
    </message>
    <message>
        <source>Choose the older project to compare with.</source>
        <translation>Choose the older project to compare with.</translation>
    </message>
    <message>
        <source>%1 (older) → %2 (this project)</source>
        <translation>%1 (older) → %2 (this project)</translation>
    </message>
    <message>
        <source>%1 raised, %2 lowered, %3 new, %4 removed, %5 unchanged</source>
        <translation>%1 raised, %2 lowered, %3 new, %4 removed, %5 unchanged</translation>
    </message>
    <message>
        <source>Units: %1.
Regions: %2.</source>
        <translation>Units: %1.
Regions: %2.</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Grid cell</source>
        <translation>Grid cell</translation>
    </message>
    <message>
        <source>Export Change Map</source>
        <translation>Export Change Map</translation>
    </message>
    <message>
        <source>-changes.pdf</source>
        <translation>-changes.pdf</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Export change map</source>
        <translation>Export change map</translation>
    </message>
</context>
<context>
    <name>riskatlas::CompositeIndexEditor</name>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>λmax = %1, CI = %2, CR = %3 (acceptable up to %4)%5</source>
        <translation>λmax = %1, CI = %2, CR = %3 (acceptable up to %4)%5</translation>
    </message>
    <message>
        <source>Weight of %1</source>
        <translation>Weight of %1</translation>
    </message>
    <message>
        <source>Comparison %1 : %2</source>
        <translation>Comparison %1 : %2</translation>
    </message>
</context>
<context>
    <name>riskatlas::EncodingComboBox</name>
    <message>
        <source>Automatic (UTF-8 or GB18030)</source>
        <translation>Automatic (UTF-8 or GB18030)</translation>
    </message>
    <message>
        <source>GB18030 (Simplified Chinese)</source>
        <translation>GB18030 (Simplified Chinese)</translation>
    </message>
    <message>
        <source>GBK (Simplified Chinese)</source>
        <translation>GBK (Simplified Chinese)</translation>
    </message>
    <message>
        <source>Big5 (Traditional Chinese)</source>
        <translation>Big5 (Traditional Chinese)</translation>
    </message>
    <message>
        <source>Text encoding of a CSV file or of a shapefile without a .cpg file</source>
        <translation>Text encoding of a CSV file or of a shapefile without a .cpg file</translation>
    </message>
</context>
<context>
    <name>riskatlas::ExplanationDialog</name>
    <message>
        <source>Why this level? — %1</source>
        <translation>Why this level? — %1</translation>
    </message>
    <message>
        <source>Copy as text</source>
        <translation>Copy as text</translation>
    </message>
    <message>
        <source>Why this level?</source>
        <translation>Why this level?</translation>
    </message>
</context>
<context>
    <name>riskatlas::ExplanationView</name>
    <message>
        <source>the method set's default method</source>
        <translation>the method set's default method</translation>
    </message>
    <message>
        <source>assigned to the sector</source>
        <translation>assigned to the sector</translation>
    </message>
    <message>
        <source>assigned to the category</source>
        <translation>assigned to the category</translation>
    </message>
    <message>
        <source>%1 · %2 %3&lt;br&gt;&lt;b&gt;%4&lt;/b&gt;, %5 (%6)</source>
        <translation>%1 · %2 %3&lt;br&gt;&lt;b&gt;%4&lt;/b&gt;, %5 (%6)</translation>
    </message>
    <message>
        <source>Control level</source>
        <translation>Control level</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Input</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Meaning</translation>
    </message>
    <message>
        <source>Not scored: %1 = "%2"; allowed: %3</source>
        <translation>Not scored: %1 = "%2"; allowed: %3</translation>
    </message>
    <message>
        <source>Inherent level: %1</source>
        <translation>Inherent level: %1</translation>
    </message>
    <message>
        <source>Correction: %1</source>
        <translation>Correction: %1</translation>
    </message>
    <message>
        <source>Override by the analyst: %1&lt;br&gt;Reason: %2</source>
        <translation>Override by the analyst: %1&lt;br&gt;Reason: %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Final level: %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Final level: %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Not assessed yet: this is the level the next assessment gives.</source>
        <translation>Not assessed yet: this is the level the next assessment gives.</translation>
    </message>
    <message>
        <source>The project stores %1: the inputs or the method set changed since the last assessment.</source>
        <translation>The project stores %1: the inputs or the method set changed since the last assessment.</translation>
    </message>
    <message>
        <source>The unit's cell: L = %1, S = %2</source>
        <translation>The unit's cell: L = %1, S = %2</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Range</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s): %1</source>
        <translation><numerusform>%n unit: %1</numerusform><numerusform>%n units: %1</numerusform></translation>
    </message>
    <message>
        <source>Rule: max — the region takes the highest final level of its units.</source>
        <translation>Rule: max — the region takes the highest final level of its units.</translation>
    </message>
    <message>
        <source>No scored unit: the region has no level.</source>
        <translation>No scored unit: the region has no level.</translation>
    </message>
    <message numerus="yes">
        <source>Decided by the %n unit(s) at this level:</source>
        <translation><numerusform>Decided by the %n unit at this level:</numerusform><numerusform>Decided by the %n units at this level:</numerusform></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
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
        <source>Rule: weighted — index I = Σ weight × mean level ÷ Σ weight (low 1 … major 4).</source>
        <translation>Rule: weighted — index I = Σ weight × mean level ÷ Σ weight (low 1 … major 4).</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Group</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Mean level</source>
        <translation>Mean level</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>I = &lt;b&gt;%1&lt;/b&gt; (Σ weight %2)</source>
        <translation>I = &lt;b&gt;%1&lt;/b&gt; (Σ weight %2)</translation>
    </message>
    <message>
        <source>Rule: density — major and significant units per km².</source>
        <translation>Rule: density — major and significant units per km².</translation>
    </message>
    <message>
        <source>ρ = %1 ÷ %2 km² = &lt;b&gt;%3&lt;/b&gt; per km²</source>
        <translation>ρ = %1 ÷ %2 km² = &lt;b&gt;%3&lt;/b&gt; per km²</translation>
    </message>
    <message>
        <source>Raised to %1 by the hazard influence zone of %2 %3</source>
        <translation>Raised to %1 by the hazard influence zone of %2 %3</translation>
    </message>
    <message>
        <source>Reached by the hazard influence zone of %2 %3 (%1)</source>
        <translation>Reached by the hazard influence zone of %2 %3 (%1)</translation>
    </message>
    <message>
        <source>The project stores %1: units or the method set changed since the last assessment.</source>
        <translation>The project stores %1: units or the method set changed since the last assessment.</translation>
    </message>
</context>
<context>
    <name>riskatlas::ExternalChangeMonitor</name>
    <message>
        <source>The project was changed by another program at %1.</source>
        <translation>The project was changed by another program at %1.</translation>
    </message>
    <message>
        <source>The project file was replaced by another program at %1: RiskAtlas reopened it and cleared the undo history, whose steps belonged to the old file.</source>
        <translation>The project file was replaced by another program at %1: RiskAtlas reopened it and cleared the undo history, whose steps belonged to the old file.</translation>
    </message>
    <message>
        <source>The project file was removed or renamed by another program at %1: RiskAtlas still shows it but cannot save changes. Open it from its new place.</source>
        <translation>The project file was removed or renamed by another program at %1: RiskAtlas still shows it but cannot save changes. Open it from its new place.</translation>
    </message>
</context>
<context>
    <name>riskatlas::FactorTableEditor</name>
    <message>
        <source>Add a value</source>
        <translation>Add a value</translation>
    </message>
    <message>
        <source>Remove the value</source>
        <translation>Remove the value</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Meaning (中文)</source>
        <translation>Meaning (中文)</translation>
    </message>
    <message>
        <source>Meaning (English)</source>
        <translation>Meaning (English)</translation>
    </message>
    <message>
        <source>%1: value %2</source>
        <translation>%1: value %2</translation>
    </message>
    <message>
        <source>%1: meaning of row %2</source>
        <translation>%1: meaning of row %2</translation>
    </message>
    <message>
        <source>%1: add the value %2</source>
        <translation>%1: add the value %2</translation>
    </message>
    <message>
        <source>%1: remove the value %2</source>
        <translation>%1: remove the value %2</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
</context>
<context>
    <name>riskatlas::GridDialog</name>
    <message>
        <source>Make Grid</source>
        <translation>Make Grid</translation>
    </message>
    <message>
        <source>Covers the city (the union of its districts) with cells clipped to its boundary. The cells replace the project's current grid.</source>
        <translation>Covers the city (the union of its districts) with cells clipped to its boundary. The cells replace the project's current grid.</translation>
    </message>
    <message>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <source>Side of a square cell, or distance between the centres of neighbouring hexagons</source>
        <translation>Side of a square cell, or distance between the centres of neighbouring hexagons</translation>
    </message>
    <message>
        <source>Cell size</source>
        <translation>Cell size</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Square</translation>
    </message>
    <message>
        <source>Hexagon</source>
        <translation>Hexagon</translation>
    </message>
    <message>
        <source>Cell shape</source>
        <translation>Cell shape</translation>
    </message>
</context>
<context>
    <name>riskatlas::HazardDock</name>
    <message>
        <source>Hidden dangers</source>
        <translation>Hidden dangers</translation>
    </message>
    <message>
        <source>All grades</source>
        <translation>All grades</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation>All rounds</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>The date overdue is judged on</source>
        <translation>The date overdue is judged on</translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>As of:</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grade</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>Round</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Days overdue</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>%1 of %2 hidden dangers, %3 overdue as of %4</source>
        <translation>%1 of %2 hidden dangers, %3 overdue as of %4</translation>
    </message>
</context>
<context>
    <name>riskatlas::HazardStatusDialog</name>
    <message>
        <source>Hidden danger %1</source>
        <translation>Hidden danger %1</translation>
    </message>
    <message>
        <source>%1 at %2 %3, found %4, deadline %5</source>
        <translation>%1 at %2 %3, found %4, deadline %5</translation>
    </message>
    <message>
        <source>Current status:</source>
        <translation>Current status:</translation>
    </message>
    <message>
        <source>New status:</source>
        <translation>New status:</translation>
    </message>
    <message>
        <source>The date the hidden danger was rectified, or struck off for a closure</source>
        <translation>The date the hidden danger was rectified, or struck off for a closure</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Who verified the rectification (closure)</source>
        <translation>Who verified the rectification (closure)</translation>
    </message>
    <message>
        <source>Verifier:</source>
        <translation>Verifier:</translation>
    </message>
    <message>
        <source>Required to reopen</source>
        <translation>Required to reopen</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
</context>
<context>
    <name>riskatlas::HistoryDock</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Unit, value or reason</source>
        <translation>Unit, value or reason</translation>
    </message>
    <message>
        <source>any</source>
        <translation>any</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Contains</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>All changes</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 of %2 entries</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Save the entries shown as a CSV table (Excel), to print or hand over</source>
        <translation>Save the entries shown as a CSV table (Excel), to print or hand over</translation>
    </message>
    <message>
        <source>-history</source>
        <translation>-history</translation>
    </message>
    <message>
        <source>Export the History</source>
        <translation>Export the History</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>CSV tables (*.csv)</translation>
    </message>
    <message>
        <source>Cannot export the history</source>
        <translation>Cannot export the history</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) exported to %1</source>
        <translation><numerusform>%n record exported to %1</numerusform><numerusform>%n records exported to %1</numerusform></translation>
    </message>
</context>
<context>
    <name>riskatlas::IdentifyResultsView</name>
    <message>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>riskatlas::InfluenceZonesEditor</name>
    <message>
        <source>Hazard sources raise the regions within their distance</source>
        <translation>Hazard sources raise the regions within their distance</translation>
    </message>
    <message>
        <source>Distance (m)</source>
        <translation>Distance (m)</translation>
    </message>
    <message>
        <source>Influence zones</source>
        <translation>Influence zones</translation>
    </message>
</context>
<context>
    <name>riskatlas::MainWindow</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;New Project…</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>&amp;Open Project…</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Save a &amp;Copy As…</translation>
    </message>
    <message>
        <source>&amp;Close Project</source>
        <translation>&amp;Close Project</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Import Risk &amp;Units…</source>
        <translation>Import Risk &amp;Units…</translation>
    </message>
    <message>
        <source>Import &amp;Boundaries…</source>
        <translation>Import &amp;Boundaries…</translation>
    </message>
    <message>
        <source>Make &amp;Grid…</source>
        <translation>Make &amp;Grid…</translation>
    </message>
    <message>
        <source>&amp;Assess</source>
        <translation>&amp;Assess</translation>
    </message>
    <message>
        <source>Assess &amp;Everything</source>
        <translation>Assess &amp;Everything</translation>
    </message>
    <message>
        <source>Export &amp;Map…</source>
        <translation>Export &amp;Map…</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>Export &amp;Report…</translation>
    </message>
    <message>
        <source>Export Risk &amp;List…</source>
        <translation>Export Risk &amp;List…</translation>
    </message>
    <message>
        <source>&amp;Pan</source>
        <translation>&amp;Pan</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;In</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom &amp;Out</translation>
    </message>
    <message>
        <source>&amp;Identify Features</source>
        <translation>&amp;Identify Features</translation>
    </message>
    <message>
        <source>Zoom to &amp;Project</source>
        <translation>Zoom to &amp;Project</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Project</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Data</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>&amp;Assessment</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xport</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Follow the System</source>
        <translation>Follow the System</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About RiskAtlas</source>
        <translation>&amp;About RiskAtlas</translation>
    </message>
    <message>
        <source>About RiskAtlas</source>
        <translation>About RiskAtlas</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RiskAtlas %1&lt;/h3&gt;&lt;p&gt;Urban safety-risk assessment workbench: risk units scored, classified into four levels and mapped in four colours (GB/T 42768-2023).&lt;/p&gt;&lt;p&gt;Built on QGIS %2 and Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RiskAtlas %1&lt;/h3&gt;&lt;p&gt;Urban safety-risk assessment workbench: risk units scored, classified into four levels and mapped in four colours (GB/T 42768-2023).&lt;/p&gt;&lt;p&gt;Built on QGIS %2 and Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Map</translation>
    </message>
    <message>
        <source>Map View</source>
        <translation>Map View</translation>
    </message>
    <message>
        <source>The regions the map colours</source>
        <translation>The regions the map colours</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Streets</translation>
    </message>
    <message>
        <source>Grid cells</source>
        <translation>Grid cells</translation>
    </message>
    <message>
        <source>Colour the regions by the level of one category</source>
        <translation>Colour the regions by the level of one category</translation>
    </message>
    <message>
        <source>Regions:</source>
        <translation>Regions:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Category:</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layers</translation>
    </message>
    <message>
        <source>Identify Results</source>
        <translation>Identify Results</translation>
    </message>
    <message>
        <source>Map coordinates of the mouse pointer</source>
        <translation>Map coordinates of the mouse pointer</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Cannot open the project</source>
        <translation>Cannot open the project</translation>
    </message>
    <message>
        <source>Work in progress</source>
        <translation>Work in progress</translation>
    </message>
    <message>
        <source>%1 is still running. Cancel it and quit? Nothing of the cancelled work is kept; everything committed before stays in the project.</source>
        <translation>%1 is still running. Cancel it and quit? Nothing of the cancelled work is kept; everything committed before stays in the project.</translation>
    </message>
    <message>
        <source>RiskAtlas</source>
        <translation>RiskAtlas</translation>
    </message>
    <message>
        <source>%1 — %2 — RiskAtlas</source>
        <translation>%1 — %2 — RiskAtlas</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Open Project</translation>
    </message>
    <message>
        <source>RiskAtlas projects (*.gpkg);;All files (*)</source>
        <translation>RiskAtlas projects (*.gpkg);;All files (*)</translation>
    </message>
    <message>
        <source>Save a Copy As</source>
        <translation>Save a Copy As</translation>
    </message>
    <message>
        <source>RiskAtlas projects (*.gpkg)</source>
        <translation>RiskAtlas projects (*.gpkg)</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>No recent projects</translation>
    </message>
    <message>
        <source>&amp;Select Units</source>
        <translation>&amp;Select Units</translation>
    </message>
    <message>
        <source>Select the units in a rectangle drawn on the map</source>
        <translation>Select the units in a rectangle drawn on the map</translation>
    </message>
    <message>
        <source>This unit has no position on the map</source>
        <translation>This unit has no position on the map</translation>
    </message>
    <message>
        <source>&amp;Method Set…</source>
        <translation>&amp;Method Set…</translation>
    </message>
    <message>
        <source>Edit the scoring methods and see which levels would change</source>
        <translation>Edit the scoring methods and see which levels would change</translation>
    </message>
    <message>
        <source>&amp;Taxonomy…</source>
        <translation>&amp;Taxonomy…</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Undo History</translation>
    </message>
    <message>
        <source>&lt;opened&gt;</source>
        <translation>&lt;opened&gt;</translation>
    </message>
    <message>
        <source>&amp;Move Unit</source>
        <translation>&amp;Move Unit</translation>
    </message>
    <message>
        <source>Drag a unit to its true position (undoable, audited)</source>
        <translation>Drag a unit to its true position (undoable, audited)</translation>
    </message>
    <message>
        <source>Edit refused</source>
        <translation>Edit refused</translation>
    </message>
    <message>
        <source>&amp;Add Unit</source>
        <translation>&amp;Add Unit</translation>
    </message>
    <message>
        <source>Click on the map where a new risk unit is (undoable, audited)</source>
        <translation>Click on the map where a new risk unit is (undoable, audited)</translation>
    </message>
    <message>
        <source>&amp;Delete Selected Units…</source>
        <translation>&amp;Delete Selected Units…</translation>
    </message>
    <message>
        <source>Delete the selected units, with a reason (undoable, audited)</source>
        <translation>Delete the selected units, with a reason (undoable, audited)</translation>
    </message>
    <message>
        <source>Import &amp;Hidden Dangers…</source>
        <translation>Import &amp;Hidden Dangers…</translation>
    </message>
    <message>
        <source>Import a hidden-danger register (CSV, XLSX; GBK or UTF-8) into the project</source>
        <translation>Import a hidden-danger register (CSV, XLSX; GBK or UTF-8) into the project</translation>
    </message>
    <message>
        <source>&amp;Why This Level?</source>
        <translation>&amp;Why This Level?</translation>
    </message>
    <message>
        <source>Explain the level of the selected unit or region: inputs, method, matrix or band, correction, override</source>
        <translation>Explain the level of the selected unit or region: inputs, method, matrix or band, correction, override</translation>
    </message>
    <message>
        <source>Hidden dangers open past their deadline (the register dock lists them)</source>
        <translation>Hidden dangers open past their deadline (the register dock lists them)</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue hidden danger(s)</source>
        <translation><numerusform>%n overdue hidden danger</numerusform><numerusform>%n overdue hidden dangers</numerusform></translation>
    </message>
    <message>
        <source>Select one unit (or one region in the region table) to see why it has its level</source>
        <translation>Select one unit (or one region in the region table) to see why it has its level</translation>
    </message>
    <message>
        <source>Score the units that changed and aggregate the regions (F9)</source>
        <translation>Score the units that changed and aggregate the regions (F9)</translation>
    </message>
    <message>
        <source>&amp;Compare With…</source>
        <translation>&amp;Compare With…</translation>
    </message>
    <message>
        <source>Compare this assessment with an earlier one (last year's project, the file before a review): levels changed, counts, change map</source>
        <translation>Compare this assessment with an earlier one (last year's project, the file before a review): levels changed, counts, change map</translation>
    </message>
</context>
<context>
    <name>riskatlas::MapExportDialog</name>
    <message>
        <source>Export Risk Map</source>
        <translation>Export Risk Map</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)</translation>
    </message>
    <message>
        <source>Export Map To</source>
        <translation>Export Map To</translation>
    </message>
    <message>
        <source>map.pdf, map.png or map.svg</source>
        <translation>map.pdf, map.png or map.svg</translation>
    </message>
    <message>
        <source>QGIS layout template (*.qpt)</source>
        <translation>QGIS layout template (*.qpt)</translation>
    </message>
    <message>
        <source>Layout Template</source>
        <translation>Layout Template</translation>
    </message>
    <message>
        <source>Built-in (or your templates folder's)</source>
        <translation>Built-in (or your templates folder's)</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Landscape</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Districts (区县)</source>
        <translation>Districts (区县)</translation>
    </message>
    <message>
        <source>Streets and towns (街道/乡镇)</source>
        <translation>Streets and towns (街道/乡镇)</translation>
    </message>
    <message>
        <source>Grid cells (网格)</source>
        <translation>Grid cells (网格)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>One page per district (atlas)</source>
        <translation>One page per district (atlas)</translation>
    </message>
    <message>
        <source>PDF: one page per district in one file. PNG and SVG: one file per district, named after the output with the district's code.</source>
        <translation>PDF: one page per district in one file. PNG and SVG: one file per district, named after the output with the district's code.</translation>
    </message>
    <message>
        <source>Optional: XYZ tile URL, WMTS capabilities or WMS source</source>
        <translation>Optional: XYZ tile URL, WMTS capabilities or WMS source</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>Resolution of PNG images; PDF and SVG stay vector.</source>
        <translation>Resolution of PNG images; PDF and SVG stay vector.</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Output file</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Orientation</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Basemap</source>
        <translation>Basemap</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Preview of the first page</source>
        <translation>Preview of the first page</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>-map</source>
        <translation>-map</translation>
    </message>
    <message>
        <source>Choose where to save the map.</source>
        <translation>Choose where to save the map.</translation>
    </message>
    <message>
        <source>%1 exists and will be replaced.</source>
        <translation>%1 exists and will be replaced.</translation>
    </message>
    <message>
        <source>No preview: correct the choices marked in red.</source>
        <translation>No preview: correct the choices marked in red.</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>Rendering the preview…</translation>
    </message>
    <message>
        <source>Map preview</source>
        <translation>Map preview</translation>
    </message>
    <message>
        <source>The first page at %1 dpi; the export is drawn the same way.</source>
        <translation>The first page at %1 dpi; the export is drawn the same way.</translation>
    </message>
    <message>
        <source>No preview: the template cannot be used.</source>
        <translation>No preview: the template cannot be used.</translation>
    </message>
    <message>
        <source>No preview: %1</source>
        <translation>No preview: %1</translation>
    </message>
    <message>
        <source>the map could not be drawn</source>
        <translation>the map could not be drawn</translation>
    </message>
</context>
<context>
    <name>riskatlas::MethodAssignmentTable</name>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Project-wide</source>
        <translation>Project-wide</translation>
    </message>
    <message>
        <source>Category %1</source>
        <translation>Category %1</translation>
    </message>
    <message>
        <source>(inherited)</source>
        <translation>(inherited)</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>Risk matrix</translation>
    </message>
    <message>
        <source>LEC</source>
        <translation>LEC</translation>
    </message>
    <message>
        <source>MES</source>
        <translation>MES</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>riskatlas::MethodSetDraft</name>
    <message>
        <source>%1: the Chinese meaning of the value is empty</source>
        <translation>%1: the Chinese meaning of the value is empty</translation>
    </message>
    <message>
        <source>%1: the English meaning of the value is empty</source>
        <translation>%1: the English meaning of the value is empty</translation>
    </message>
</context>
<context>
    <name>riskatlas::MethodSetEditor</name>
    <message>
        <source>Apply to the project</source>
        <translation>Apply to the project</translation>
    </message>
    <message>
        <source>Start from a template…</source>
        <translation>Start from a template…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Import a method set</source>
        <translation>Import a method set</translation>
    </message>
    <message>
        <source>Method sets (*.json)</source>
        <translation>Method sets (*.json)</translation>
    </message>
    <message>
        <source>Export the method set</source>
        <translation>Export the method set</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Control-level correction (inherent → realistic risk)</source>
        <translation>Control-level correction (inherent → realistic risk)</translation>
    </message>
    <message>
        <source>Shift the level by steps</source>
        <translation>Shift the level by steps</translation>
    </message>
    <message>
        <source>Multiply the score</source>
        <translation>Multiply the score</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Good control (好)</source>
        <translation>Good control (好)</translation>
    </message>
    <message>
        <source>Fair control (中)</source>
        <translation>Fair control (中)</translation>
    </message>
    <message>
        <source>Poor control (差)</source>
        <translation>Poor control (差)</translation>
    </message>
    <message>
        <source>Highest unit level (从严从高)</source>
        <translation>Highest unit level (从严从高)</translation>
    </message>
    <message>
        <source>Weighted composite index</source>
        <translation>Weighted composite index</translation>
    </message>
    <message>
        <source>Density of major and significant units</source>
        <translation>Density of major and significant units</translation>
    </message>
    <message>
        <source>Method per scope (a sector's wins over its category's)</source>
        <translation>Method per scope (a sector's wins over its category's)</translation>
    </message>
    <message>
        <source>Region level</source>
        <translation>Region level</translation>
    </message>
    <message>
        <source>What would change</source>
        <translation>What would change</translation>
    </message>
    <message>
        <source>project-wide</source>
        <translation>project-wide</translation>
    </message>
    <message>
        <source>Risk matrix (%1)</source>
        <translation>Risk matrix (%1)</translation>
    </message>
    <message>
        <source>Template %1</source>
        <translation>Template %1</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>Import %1</translation>
    </message>
    <message>
        <source>the method set is not valid: %1</source>
        <translation>the method set is not valid: %1</translation>
    </message>
    <message>
        <source>Cannot apply: %1</source>
        <translation>Cannot apply: %1</translation>
    </message>
    <message>
        <source>Control-level correction</source>
        <translation>Control-level correction</translation>
    </message>
    <message>
        <source>Composite index (weighted rule)</source>
        <translation>Composite index (weighted rule)</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methods</translation>
    </message>
    <message>
        <source>Correction and regions</source>
        <translation>Correction and regions</translation>
    </message>
    <message>
        <source>Hazard influence zones</source>
        <translation>Hazard influence zones</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Score bands</source>
        <translation>Score bands</translation>
    </message>
    <message>
        <source>Factors</source>
        <translation>Factors</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>riskatlas::NewProjectWizard</name>
    <message>
        <source>New Project</source>
        <translation>New Project</translation>
    </message>
    <message>
        <source>City or county, e.g. 示例市</source>
        <translation>City or county, e.g. 示例市</translation>
    </message>
    <message>
        <source>RiskAtlas project (*.gpkg)</source>
        <translation>RiskAtlas project (*.gpkg)</translation>
    </message>
    <message>
        <source>Project File</source>
        <translation>Project File</translation>
    </message>
    <message>
        <source>Where to save the project (.gpkg)</source>
        <translation>Where to save the project (.gpkg)</translation>
    </message>
    <message>
        <source>Replace the existing file</source>
        <translation>Replace the existing file</translation>
    </message>
    <message>
        <source>Boundaries or units (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx *.ods);;All files (*)</source>
        <translation>Boundaries or units (*.gpkg *.shp *.geojson *.json *.kml *.csv *.xlsx *.ods);;All files (*)</translation>
    </message>
    <message>
        <source>Optional: a boundary or units file</source>
        <translation>Optional: a boundary or units file</translation>
    </message>
    <message>
        <source>Decided by the first import</source>
        <translation>Decided by the first import</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Project name</translation>
    </message>
    <message>
        <source>Project file</source>
        <translation>Project file</translation>
    </message>
    <message>
        <source>CRS from data file</source>
        <translation>CRS from data file</translation>
    </message>
    <message>
        <source>Maps and areas are measured in it; a CGCS2000 3-degree Gauss-Kruger zone suits a city in China.</source>
        <translation>Maps and areas are measured in it; a CGCS2000 3-degree Gauss-Kruger zone suits a city in China.</translation>
    </message>
    <message>
        <source>Project CRS</source>
        <translation>Project CRS</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>No CRS could be suggested: %1</source>
        <translation>No CRS could be suggested: %1</translation>
    </message>
    <message>
        <source>Suggested from %1: %2 – %3</source>
        <translation>Suggested from %1: %2 – %3</translation>
    </message>
    <message>
        <source>%1 exists; creating the project replaces it and everything in it.</source>
        <translation>%1 exists; creating the project replaces it and everything in it.</translation>
    </message>
</context>
<context>
    <name>riskatlas::PaletteEditor</name>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Reset to default colours</source>
        <translation>Reset to default colours</translation>
    </message>
    <message>
        <source>The colours of the levels on maps, in tables and in the report (the report's parameter annex prints them). Levels must stay easy to tell apart.</source>
        <translation>The colours of the levels on maps, in tables and in the report (the report's parameter annex prints them). Levels must stay easy to tell apart.</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Colour of %1</translation>
    </message>
    <message>
        <source>Default colours</source>
        <translation>Default colours</translation>
    </message>
    <message>
        <source>same colour as %1</source>
        <translation>same colour as %1</translation>
    </message>
    <message>
        <source>hard to tell from %1</source>
        <translation>hard to tell from %1</translation>
    </message>
    <message>
        <source>Colour of %1: %2</source>
        <translation>Colour of %1: %2</translation>
    </message>
</context>
<context>
    <name>riskatlas::PresentationWindow</name>
    <message>
        <source>%1 — Presentation</source>
        <translation>%1 — Presentation</translation>
    </message>
    <message>
        <source>District, category, unit ID or name</source>
        <translation>District, category, unit ID or name</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Present</translation>
    </message>
    <message>
        <source>Show the project's slides full screen for a review meeting; Esc leaves</source>
        <translation>Show the project's slides full screen for a review meeting; Esc leaves</translation>
    </message>
</context>
<context>
    <name>riskatlas::PresenterView</name>
    <message>
        <source>Presenter view</source>
        <translation>Presenter view</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Next: %1</translation>
    </message>
    <message>
        <source>Last slide</source>
        <translation>Last slide</translation>
    </message>
    <message>
        <source>Elapsed %1</source>
        <translation>Elapsed %1</translation>
    </message>
</context>
<context>
    <name>riskatlas::ProblemTableDialog</name>
    <message numerus="yes">
        <source>%n problem(s); nothing was imported</source>
        <translation><numerusform>%n problem; nothing was imported</numerusform><numerusform>%n problems; nothing was imported</numerusform></translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Unit id</source>
        <translation>Unit id</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Save as CSV…</translation>
    </message>
    <message>
        <source>Save problems as CSV</source>
        <translation>Save problems as CSV</translation>
    </message>
    <message>
        <source>problems.csv</source>
        <translation>problems.csv</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
</context>
<context>
    <name>riskatlas::ProblemsDock</name>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>Unit ID</source>
        <translation>Unit ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>Outside every region: its position lies in no district, street or grid cell</source>
        <translation>Outside every region: its position lies in no district, street or grid cell</translation>
    </message>
    <message>
        <source>Units not scored (%1)</source>
        <translation>Units not scored (%1)</translation>
    </message>
    <message>
        <source>Units outside every region (%1)</source>
        <translation>Units outside every region (%1)</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… and %1 more</translation>
    </message>
    <message>
        <source>Cannot read the units: %1</source>
        <translation>Cannot read the units: %1</translation>
    </message>
    <message>
        <source>Import warnings (%1)</source>
        <translation>Import warnings (%1)</translation>
    </message>
</context>
<context>
    <name>riskatlas::RegionImportDialog</name>
    <message>
        <source>Import Regions</source>
        <translation>Import Regions</translation>
    </message>
    <message>
        <source>Choose a Boundary File</source>
        <translation>Choose a Boundary File</translation>
    </message>
    <message>
        <source>Boundaries (*.shp *.geojson *.json *.gpkg *.kml *.zip);;Shapefiles (*.shp *.zip);;GeoJSON (*.geojson *.json);;GeoPackage (*.gpkg);;KML (*.kml);;All files (*)</source>
        <translation>Boundaries (*.shp *.geojson *.json *.gpkg *.kml *.zip);;Shapefiles (*.shp *.zip);;GeoJSON (*.geojson *.json);;GeoPackage (*.gpkg);;KML (*.kml);;All files (*)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>The layer to read, for files that hold several</source>
        <translation>The layer to read, for files that hold several</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <source>Streets and towns</source>
        <translation>Streets and towns</translation>
    </message>
    <message>
        <source>Grid cells</source>
        <translation>Grid cells</translation>
    </message>
    <message>
        <source>The regions of this kind in the project are replaced</source>
        <translation>The regions of this kind in the project are replaced</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Name field</source>
        <translation>Name field</translation>
    </message>
    <message>
        <source>The region's code (区划代码); without one, codes are numbered</source>
        <translation>The region's code (区划代码); without one, codes are numbered</translation>
    </message>
    <message>
        <source>Code field</source>
        <translation>Code field</translation>
    </message>
    <message>
        <source>The code of the region each one lies in (a street's district)</source>
        <translation>The code of the region each one lies in (a street's district)</translation>
    </message>
    <message>
        <source>Parent field</source>
        <translation>Parent field</translation>
    </message>
    <message>
        <source>As the file states</source>
        <translation>As the file states</translation>
    </message>
    <message>
        <source>Source CRS</source>
        <translation>Source CRS</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>Preview: the first regions as they will be read</source>
        <translation>Preview: the first regions as they will be read</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Feature</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Choose a boundary file.</source>
        <translation>Choose a boundary file.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The polygon is invalid; the import repairs it.</source>
        <translation>The polygon is invalid; the import repairs it.</translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s), %1, read in %2.</source>
        <translation><numerusform>%n feature, %1, read in %2.</numerusform><numerusform>%n features, %1, read in %2.</numerusform></translation>
    </message>
    <message>
        <source>no geometry</source>
        <translation>no geometry</translation>
    </message>
    <message>
        <source>an unknown CRS</source>
        <translation>an unknown CRS</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in these features, marked in red (hover for the reason).</source>
        <translation><numerusform>%n problem in these features, marked in red (hover for the reason).</numerusform><numerusform>%n problems in these features, marked in red (hover for the reason).</numerusform></translation>
    </message>
</context>
<context>
    <name>riskatlas::RegionTableDock</name>
    <message>
        <source>Cannot read the regions: %1</source>
        <translation>Cannot read the regions: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation><numerusform>%n region</numerusform><numerusform>%n regions</numerusform></translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Districts</translation>
    </message>
    <message>
        <source>Streets</source>
        <translation>Streets</translation>
    </message>
    <message>
        <source>Grid Cells</source>
        <translation>Grid Cells</translation>
    </message>
</context>
<context>
    <name>riskatlas::RegionTableModel</name>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Region ID</source>
        <translation>Region ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
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
        <source>Aggregate index</source>
        <translation>Aggregate index</translation>
    </message>
    <message>
        <source>Raised by</source>
        <translation>Raised by</translation>
    </message>
</context>
<context>
    <name>riskatlas::ReportExportDialog</name>
    <message>
        <source>Write Assessment Report</source>
        <translation>Write Assessment Report</translation>
    </message>
    <message>
        <source>Write Report To</source>
        <translation>Write Report To</translation>
    </message>
    <message>
        <source>report.pdf</source>
        <translation>report.pdf</translation>
    </message>
    <message>
        <source>-report</source>
        <translation>-report</translation>
    </message>
    <message>
        <source>Output file</source>
        <translation>Output file</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Write Report</source>
        <translation>Write Report</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Choose where to save the report.</translation>
    </message>
    <message>
        <source>%1 is a folder.</source>
        <translation>%1 is a folder.</translation>
    </message>
    <message>
        <source>%1 exists and will be replaced.</source>
        <translation>%1 exists and will be replaced.</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx);;OpenDocument text (*.odt);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Word document (*.docx);;OpenDocument text (*.odt);;Web page (*.html)</translation>
    </message>
    <message>
        <source>PDF, A4, ready to send</source>
        <translation>PDF, A4, ready to send</translation>
    </message>
    <message>
        <source>Word document (DOCX), to edit</source>
        <translation>Word document (DOCX), to edit</translation>
    </message>
    <message>
        <source>OpenDocument text (ODT), to edit</source>
        <translation>OpenDocument text (ODT), to edit</translation>
    </message>
    <message>
        <source>Web page (HTML), one file</source>
        <translation>Web page (HTML), one file</translation>
    </message>
    <message>
        <source>Spreadsheet (XLSX): risk list, regions, sectors</source>
        <translation>Spreadsheet (XLSX): risk list, regions, sectors</translation>
    </message>
    <message>
        <source>Report Template Folder</source>
        <translation>Report Template Folder</translation>
    </message>
    <message>
        <source>built-in wording</source>
        <translation>built-in wording</translation>
    </message>
    <message>
        <source>A folder with your own wording (zh/purpose.md, en/conclusion.md …), logo.png and report.json; what it lacks comes from your user folder and the built-in set.</source>
        <translation>A folder with your own wording (zh/purpose.md, en/conclusion.md …), logo.png and report.json; what it lacks comes from your user folder and the built-in set.</translation>
    </message>
    <message>
        <source>Template folder</source>
        <translation>Template folder</translation>
    </message>
    <message>
        <source>The report must end in .pdf, .docx, .odt or .html.</source>
        <translation>The report must end in .pdf, .docx, .odt or .html.</translation>
    </message>
    <message>
        <source>The template folder %1 does not exist.</source>
        <translation>The template folder %1 does not exist.</translation>
    </message>
    <message>
        <source>RiskAtlas project (*.gpkg)</source>
        <translation>RiskAtlas project (*.gpkg)</translation>
    </message>
    <message>
        <source>Compare with an Earlier Assessment</source>
        <translation>Compare with an Earlier Assessment</translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation>no comparison</translation>
    </message>
    <message>
        <source>An earlier project (last year's, or a copy from before a review): the report gains the section "Comparison with the previous assessment" with the change map.</source>
        <translation>An earlier project (last year's, or a copy from before a review): the report gains the section "Comparison with the previous assessment" with the change map.</translation>
    </message>
    <message>
        <source>Compare with</source>
        <translation>Compare with</translation>
    </message>
</context>
<context>
    <name>riskatlas::ReviewControls</name>
    <message>
        <source>&amp;Start Review Session…</source>
        <translation>&amp;Start Review Session…</translation>
    </message>
    <message>
        <source>Start a review meeting: changes then need a reason, are recorded with the session and assessed at once</source>
        <translation>Start a review meeting: changes then need a reason, are recorded with the session and assessed at once</translation>
    </message>
    <message>
        <source>&amp;End Review Session</source>
        <translation>&amp;End Review Session</translation>
    </message>
    <message>
        <source>Write &amp;Minutes…</source>
        <translation>Write &amp;Minutes…</translation>
    </message>
    <message>
        <source>The minutes of the last review session: attendees, every change with its reason, counts and maps before and after (PDF, DOCX)</source>
        <translation>The minutes of the last review session: attendees, every change with its reason, counts and maps before and after (PDF, DOCX)</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>● Review session %1 in progress</source>
        <translation>● Review session %1 in progress</translation>
    </message>
    <message>
        <source>Write Minutes</source>
        <translation>Write Minutes</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word (*.docx);;OpenDocument (*.odt);;Web page (*.html)</source>
        <translation>PDF (*.pdf);;Word (*.docx);;OpenDocument (*.odt);;Web page (*.html)</translation>
    </message>
</context>
<context>
    <name>riskatlas::ReviewSessionDialog</name>
    <message>
        <source>Start Review Session</source>
        <translation>Start Review Session</translation>
    </message>
    <message>
        <source>While the session is open, every change of a unit needs the reason agreed, is recorded with the session and is assessed at once. End the session to write its minutes.</source>
        <translation>While the session is open, every change of a unit needs the reason agreed, is recorded with the session and is assessed at once. End the session to write its minutes.</translation>
    </message>
    <message>
        <source>Expert review of the risk assessment of %1</source>
        <translation>Expert review of the risk assessment of %1</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>e.g. meeting room 3, emergency management bureau</source>
        <translation>e.g. meeting room 3, emergency management bureau</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Place</translation>
    </message>
    <message>
        <source>&amp;Chair</source>
        <translation>&amp;Chair</translation>
    </message>
    <message>
        <source>One per line: name, organisation</source>
        <translation>One per line: name, organisation</translation>
    </message>
    <message>
        <source>P&amp;articipants</source>
        <translation>P&amp;articipants</translation>
    </message>
    <message>
        <source>Start Session</source>
        <translation>Start Session</translation>
    </message>
</context>
<context>
    <name>riskatlas::RiskMatrixGrid</name>
    <message>
        <source>Levels from score bands (R = L × S)</source>
        <translation>Levels from score bands (R = L × S)</translation>
    </message>
    <message>
        <source>Levels cell by cell</source>
        <translation>Levels cell by cell</translation>
    </message>
    <message>
        <source>Likelihood steps</source>
        <translation>Likelihood steps</translation>
    </message>
    <message>
        <source>Severity steps</source>
        <translation>Severity steps</translation>
    </message>
    <message>
        <source>Click a cell to raise its level, or type 1–4 (low … major). The first column and the last row hold each step's descriptor.</source>
        <translation>Click a cell to raise its level, or type 1–4 (low … major). The first column and the last row hold each step's descriptor.</translation>
    </message>
    <message>
        <source>Descriptor</source>
        <translation>Descriptor</translation>
    </message>
    <message>
        <source>S = %1</source>
        <translation>S = %1</translation>
    </message>
    <message>
        <source>L = %1</source>
        <translation>L = %1</translation>
    </message>
    <message>
        <source>Set cell L = %1, S = %2 to %3</source>
        <translation>Set cell L = %1, S = %2 to %3</translation>
    </message>
    <message>
        <source>Levels from score bands</source>
        <translation>Levels from score bands</translation>
    </message>
    <message>
        <source>Matrix size %1 × %2</source>
        <translation>Matrix size %1 × %2</translation>
    </message>
    <message>
        <source>Descriptor "%1"</source>
        <translation>Descriptor "%1"</translation>
    </message>
    <message>
        <source>L = %1, S = %2, R = %3: %4</source>
        <translation>L = %1, S = %2, R = %3: %4</translation>
    </message>
</context>
<context>
    <name>riskatlas::SlideView</name>
    <message>
        <source>No map: the project has no layers yet</source>
        <translation>No map: the project has no layers yet</translation>
    </message>
    <message>
        <source>Drawing the map…</source>
        <translation>Drawing the map…</translation>
    </message>
    <message>
        <source>Units by level</source>
        <translation>Units by level</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>No unit is at major risk.</source>
        <translation>No unit is at major risk.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Unit ID</source>
        <translation>Unit ID</translation>
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
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Not assessed yet: assess the project to list its major-risk units.</source>
        <translation>Not assessed yet: assess the project to list its major-risk units.</translation>
    </message>
</context>
<context>
    <name>riskatlas::StartPage</name>
    <message>
        <source>RiskAtlas — urban safety-risk assessment</source>
        <translation>RiskAtlas — urban safety-risk assessment</translation>
    </message>
    <message>
        <source>Import the risk units and boundaries a city sends, score every unit, and deliver the four-colour risk map and the assessment report.</source>
        <translation>Import the risk units and boundaries a city sends, score every unit, and deliver the four-colour risk map and the assessment report.</translation>
    </message>
    <message>
        <source>New project…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <source>Open project…</source>
        <translation>Open project…</translation>
    </message>
    <message>
        <source>Open the sample city</source>
        <translation>Open the sample city</translation>
    </message>
    <message>
        <source>Recent projects</source>
        <translation>Recent projects</translation>
    </message>
    <message>
        <source>No recent projects yet.</source>
        <translation>No recent projects yet.</translation>
    </message>
    <message>
        <source>Builds a project from the bundled sample city's raw files (360 risk units, 12 districts) and assesses it</source>
        <translation>Builds a project from the bundled sample city's raw files (360 risk units, 12 districts) and assesses it</translation>
    </message>
</context>
<context>
    <name>riskatlas::SummaryDock</name>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Counting…</translation>
    </message>
    <message>
        <source>(no category)</source>
        <translation>(no category)</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cannot read the project: %1</source>
        <translation>Cannot read the project: %1</translation>
    </message>
    <message>
        <source>%1 units: %2 scored, %3 not scored, %4 outside every region.</source>
        <translation>%1 units: %2 scored, %3 not scored, %4 outside every region.</translation>
    </message>
</context>
<context>
    <name>riskatlas::TaskProgressWidget</name>
    <message>
        <source>Cancel the running work; nothing of it is kept</source>
        <translation>Cancel the running work; nothing of it is kept</translation>
    </message>
    <message numerus="yes">
        <source>(%n more waiting)</source>
        <translation><numerusform>(%n more waiting)</numerusform><numerusform>(%n more waiting)</numerusform></translation>
    </message>
</context>
<context>
    <name>riskatlas::TaxonomyEditor</name>
    <message>
        <source>Risk matrix</source>
        <translation>Risk matrix</translation>
    </message>
    <message>
        <source>Taxonomy</source>
        <translation>Taxonomy</translation>
    </message>
    <message>
        <source>Categories and the sectors (行业领域) risk units are classified by. Double-click a cell to edit it. A sector that units use keeps its code and cannot be retired.</source>
        <translation>Categories and the sectors (行业领域) risk units are classified by. Double-click a cell to edit it. A sector that units use keeps its code and cannot be retired.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Chinese name</source>
        <translation>Chinese name</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>English name</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Units</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Add Category</source>
        <translation>Add Category</translation>
    </message>
    <message>
        <source>Add Sector</source>
        <translation>Add Sector</translation>
    </message>
    <message>
        <source>Retire</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Removes the selected sector (or empty category) from the taxonomy</source>
        <translation>Removes the selected sector (or empty category) from the taxonomy</translation>
    </message>
    <message>
        <source>Move to Category</source>
        <translation>Move to Category</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) use this sector</source>
        <translation><numerusform>%n unit use this sector</numerusform><numerusform>%n units use this sector</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) use code %1; it cannot change</source>
        <translation><numerusform>%n unit use code %1; it cannot change</numerusform><numerusform>%n units use code %1; it cannot change</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more problem(s))</source>
        <translation><numerusform>%1 (and %n more problem)</numerusform><numerusform>%1 (and %n more problems)</numerusform></translation>
    </message>
    <message>
        <source>The taxonomy lacks sectors that units use: %1</source>
        <translation>The taxonomy lacks sectors that units use: %1</translation>
    </message>
    <message>
        <source>%1 cannot be retired: units still use it: %2. Move these units to another sector first.</source>
        <translation>%1 cannot be retired: units still use it: %2. Move these units to another sector first.</translation>
    </message>
    <message>
        <source>%1 cannot be retired: it still has sectors. Retire them or move them to another category first.</source>
        <translation>%1 cannot be retired: it still has sectors. Retire them or move them to another category first.</translation>
    </message>
    <message>
        <source>%1 retired; Apply makes it so in the project.</source>
        <translation>%1 retired; Apply makes it so in the project.</translation>
    </message>
</context>
<context>
    <name>riskatlas::UnitAddDialog</name>
    <message>
        <source>Add Unit</source>
        <translation>Add Unit</translation>
    </message>
    <message>
        <source>e.g. the company or site</source>
        <translation>e.g. the company or site</translation>
    </message>
    <message>
        <source>Unit ID</source>
        <translation>Unit ID</translation>
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
        <source>Inputs (optional)</source>
        <translation>Inputs (optional)</translation>
    </message>
    <message>
        <source>Position: %1</source>
        <translation>Position: %1</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>fair</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>poor</translation>
    </message>
    <message>
        <source>A unit needs an ID.</source>
        <translation>A unit needs an ID.</translation>
    </message>
    <message>
        <source>Unit ID %1 is used by another unit.</source>
        <translation>Unit ID %1 is used by another unit.</translation>
    </message>
</context>
<context>
    <name>riskatlas::UnitDeleteDialog</name>
    <message>
        <source>Delete Units</source>
        <translation>Delete Units</translation>
    </message>
    <message>
        <source>Delete unit %1? The audit log keeps its whole record; Undo restores it.</source>
        <translation>Delete unit %1? The audit log keeps its whole record; Undo restores it.</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %n units? The audit log keeps their records; Undo restores them.</source>
        <translation><numerusform>Delete these %n units? The audit log keeps their records; Undo restores them.</numerusform><numerusform>Delete these %n units? The audit log keeps their records; Undo restores them.</numerusform></translation>
    </message>
    <message>
        <source>Required, e.g. the company closed</source>
        <translation>Required, e.g. the company closed</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n Units</source>
        <translation><numerusform>Delete %n Units</numerusform><numerusform>Delete %n Units</numerusform></translation>
    </message>
</context>
<context>
    <name>riskatlas::UnitEditorDock</name>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Select a unit on the map or in the unit table.</source>
        <translation>Select a unit on the map or in the unit table.</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Inputs</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Inherent level</source>
        <translation>Inherent level</translation>
    </message>
    <message>
        <source>Final level</source>
        <translation>Final level</translation>
    </message>
    <message>
        <source>With these inputs</source>
        <translation>With these inputs</translation>
    </message>
    <message>
        <source>Manual level</source>
        <translation>Manual level</translation>
    </message>
    <message>
        <source>No override (assessed level)</source>
        <translation>No override (assessed level)</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Why (required for an override), e.g. expert review</source>
        <translation>Why (required for an override), e.g. expert review</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Columns kept from import</source>
        <translation>Columns kept from import</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>not assessed</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <source>%1 (not an allowed value)</source>
        <translation>%1 (not an allowed value)</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>not given</translation>
    </message>
    <message>
        <source>good</source>
        <translation>good</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>fair</translation>
    </message>
    <message>
        <source>poor</source>
        <translation>poor</translation>
    </message>
    <message>
        <source>%1 (override: %2)</source>
        <translation>%1 (override: %2)</translation>
    </message>
    <message>
        <source>A manual level needs a reason.</source>
        <translation>A manual level needs a reason.</translation>
    </message>
    <message>
        <source>%1 (override; scored %2)</source>
        <translation>%1 (override; scored %2)</translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation>%1 (score %2)</translation>
    </message>
    <message>
        <source>not scored: %1 = "%2"</source>
        <translation>not scored: %1 = "%2"</translation>
    </message>
    <message>
        <source>Why (required during the review session): the reason agreed</source>
        <translation>Why (required during the review session): the reason agreed</translation>
    </message>
    <message>
        <source>During the review session every change needs the reason agreed.</source>
        <translation>During the review session every change needs the reason agreed.</translation>
    </message>
</context>
<context>
    <name>riskatlas::UnitImportDialog</name>
    <message>
        <source>Unit id</source>
        <translation>Unit id</translation>
    </message>
    <message>
        <source>Unit name</source>
        <translation>Unit name</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Longitude / X</source>
        <translation>Longitude / X</translation>
    </message>
    <message>
        <source>Latitude / Y</source>
        <translation>Latitude / Y</translation>
    </message>
    <message>
        <source>Geometry (WKT)</source>
        <translation>Geometry (WKT)</translation>
    </message>
    <message>
        <source>Region (name or code)</source>
        <translation>Region (name or code)</translation>
    </message>
    <message>
        <source>Likelihood (L)</source>
        <translation>Likelihood (L)</translation>
    </message>
    <message>
        <source>Severity (S)</source>
        <translation>Severity (S)</translation>
    </message>
    <message>
        <source>LEC: likelihood (L)</source>
        <translation>LEC: likelihood (L)</translation>
    </message>
    <message>
        <source>LEC: exposure (E)</source>
        <translation>LEC: exposure (E)</translation>
    </message>
    <message>
        <source>LEC: consequence (C)</source>
        <translation>LEC: consequence (C)</translation>
    </message>
    <message>
        <source>MES: control measures (M)</source>
        <translation>MES: control measures (M)</translation>
    </message>
    <message>
        <source>MES: exposure (E)</source>
        <translation>MES: exposure (E)</translation>
    </message>
    <message>
        <source>MES: consequence (S)</source>
        <translation>MES: consequence (S)</translation>
    </message>
    <message>
        <source>Control level</source>
        <translation>Control level</translation>
    </message>
    <message>
        <source>Import Risk Units</source>
        <translation>Import Risk Units</translation>
    </message>
    <message>
        <source>Choose a File of Risk Units</source>
        <translation>Choose a File of Risk Units</translation>
    </message>
    <message>
        <source>Risk units (*.csv *.txt *.xlsx *.ods *.shp *.geojson *.json *.gpkg *.kml *.zip);;CSV (*.csv *.txt);;Spreadsheets (*.xlsx *.ods);;Shapefiles (*.shp *.zip);;GeoJSON (*.geojson *.json);;GeoPackage (*.gpkg);;KML (*.kml);;All files (*)</source>
        <translation>Risk units (*.csv *.txt *.xlsx *.ods *.shp *.geojson *.json *.gpkg *.kml *.zip);;CSV (*.csv *.txt);;Spreadsheets (*.xlsx *.ods);;Shapefiles (*.shp *.zip);;GeoJSON (*.geojson *.json);;GeoPackage (*.gpkg);;KML (*.kml);;All files (*)</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>The layer or sheet to read, for files that hold several</source>
        <translation>The layer or sheet to read, for files that hold several</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encoding</translation>
    </message>
    <message>
        <source>The row holding the column names, for sheets with title rows above it</source>
        <translation>The row holding the column names, for sheets with title rows above it</translation>
    </message>
    <message>
        <source>Header row</source>
        <translation>Header row</translation>
    </message>
    <message>
        <source>None (WGS 84 / CGCS2000)</source>
        <translation>None (WGS 84 / CGCS2000)</translation>
    </message>
    <message>
        <source>GCJ-02 (AMap, Tencent)</source>
        <translation>GCJ-02 (AMap, Tencent)</translation>
    </message>
    <message>
        <source>BD-09 (Baidu)</source>
        <translation>BD-09 (Baidu)</translation>
    </message>
    <message>
        <source>Removes the offsets of Chinese web maps from coordinates picked on them</source>
        <translation>Removes the offsets of Chinese web maps from coordinates picked on them</translation>
    </message>
    <message>
        <source>Coordinate correction</source>
        <translation>Coordinate correction</translation>
    </message>
    <message>
        <source>As the file states (CSV: WGS 84 longitude/latitude)</source>
        <translation>As the file states (CSV: WGS 84 longitude/latitude)</translation>
    </message>
    <message>
        <source>The coordinate reference system of the positions, for files that state none or state it wrongly</source>
        <translation>The coordinate reference system of the positions, for files that state none or state it wrongly</translation>
    </message>
    <message>
        <source>Source CRS</source>
        <translation>Source CRS</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Fields</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Chosen by</source>
        <translation>Chosen by</translation>
    </message>
    <message>
        <source>* required. A unit needs a position: longitude and latitude, WKT, the layer's own geometry, or a region.</source>
        <translation>* required. A unit needs a position: longitude and latitude, WKT, the layer's own geometry, or a region.</translation>
    </message>
    <message>
        <source>Preview: the first rows as they will be read</source>
        <translation>Preview: the first rows as they will be read</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <source>choose one</source>
        <translation>choose one</translation>
    </message>
    <message>
        <source>Several columns look like this field: %1</source>
        <translation>Several columns look like this field: %1</translation>
    </message>
    <message>
        <source>recognised</source>
        <translation>recognised</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Row</translation>
    </message>
    <message>
        <source>Longitude, latitude</source>
        <translation>Longitude, latitude</translation>
    </message>
    <message>
        <source>X, Y</source>
        <translation>X, Y</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problems</translation>
    </message>
    <message>
        <source>en</source>
        <comment>language of the sector names: en or zh</comment>
        <translation>en</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Choose a file of risk units.</source>
        <translation>Choose a file of risk units.</translation>
    </message>
    <message numerus="yes">
        <source>The first %n row(s) of %1:</source>
        <translation><numerusform>The first %n row of %1:</numerusform><numerusform>The first %n rows of %1:</numerusform></translation>
    </message>
    <message>
        <source>no problems.</source>
        <translation>no problems.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), marked in red (hover for the reason).</source>
        <translation><numerusform>%n problem, marked in red (hover for the reason).</numerusform><numerusform>%n problems, marked in red (hover for the reason).</numerusform></translation>
    </message>
    <message>
        <source>Positions are read in %1.</source>
        <translation>Positions are read in %1.</translation>
    </message>
    <message>
        <source>Text encoding: %1.</source>
        <translation>Text encoding: %1.</translation>
    </message>
</context>
<context>
    <name>riskatlas::UnitTableDock</name>
    <message>
        <source>Risk Units</source>
        <translation>Risk Units</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Control level</source>
        <translation>Control level</translation>
    </message>
    <message>
        <source>ID, name or address contains…</source>
        <translation>ID, name or address contains…</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>All control levels</source>
        <translation>All control levels</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Poor</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Not given</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>Outside every region</source>
        <translation>Outside every region</translation>
    </message>
    <message>
        <source>All sectors</source>
        <translation>All sectors</translation>
    </message>
    <message>
        <source>Cannot read the units: %1</source>
        <translation>Cannot read the units: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation><numerusform>%n unit</numerusform><numerusform>%n units</numerusform></translation>
    </message>
    <message>
        <source>%1 of %2 units</source>
        <translation>%1 of %2 units</translation>
    </message>
</context>
<context>
    <name>riskatlas::UnitTableModel</name>
    <message>
        <source>Not scored</source>
        <translation>Not scored</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>Not assessed</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Good</translation>
    </message>
    <message>
        <source>Fair</source>
        <translation>Fair</translation>
    </message>
    <message>
        <source>Poor</source>
        <translation>Poor</translation>
    </message>
    <message>
        <source>Risk matrix</source>
        <translation>Risk matrix</translation>
    </message>
    <message>
        <source>LEC</source>
        <translation>LEC</translation>
    </message>
    <message>
        <source>MES</source>
        <translation>MES</translation>
    </message>
    <message>
        <source>(no longer in the project)</source>
        <translation>(no longer in the project)</translation>
    </message>
    <message>
        <source>Outside every region</source>
        <translation>Outside every region</translation>
    </message>
    <message>
        <source>Unit ID</source>
        <translation>Unit ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sector</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Control level</source>
        <translation>Control level</translation>
    </message>
    <message>
        <source>%1 (override)</source>
        <translation>%1 (override)</translation>
    </message>
</context>
<context>
    <name>riskatlas::WhatIfPanel</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
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
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Edit the method set to see which units and regions would change level.</source>
        <translation>Edit the method set to see which units and regions would change level.</translation>
    </message>
    <message>
        <source>Working out what would change…</source>
        <translation>Working out what would change…</translation>
    </message>
    <message>
        <source>%1 → %2: %3</source>
        <translation>%1 → %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>(the list shows the first %n unit(s))</source>
        <translation><numerusform>(the list shows the first %n unit)</numerusform><numerusform>(the list shows the first %n units)</numerusform></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>District</source>
        <translation>District</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Street</translation>
    </message>
    <message>
        <source>Grid cell</source>
        <translation>Grid cell</translation>
    </message>
    <message>
        <source>%1 and %2 would change level.</source>
        <translation>%1 and %2 would change level.</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s)</source>
        <translation><numerusform>%n unit</numerusform><numerusform>%n units</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n region(s)</source>
        <translation><numerusform>%n region</numerusform><numerusform>%n regions</numerusform></translation>
    </message>
</context>
<context>
    <name>riskatlas::WorkflowCommands</name>
    <message numerus="yes">
        <source>%n row(s) read: %1 added, %2 updated, %3 unchanged</source>
        <translation><numerusform>%n row read: %1 added, %2 updated, %3 unchanged</numerusform><numerusform>%n rows read: %1 added, %2 updated, %3 unchanged</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) have no coordinates and were placed by their region's name or code only</source>
        <translation><numerusform>%n unit have no coordinates and were placed by their region's name or code only</numerusform><numerusform>%n units have no coordinates and were placed by their region's name or code only</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) assessed, %1 scored; %2 level change(s)</source>
        <translation><numerusform>%n unit assessed, %1 scored; %2 level change</numerusform><numerusform>%n units assessed, %1 scored; %2 level changes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) lie outside every region</source>
        <translation><numerusform>%n unit lie outside every region</numerusform><numerusform>%n units lie outside every region</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) could not be scored (see Problems)</source>
        <translation><numerusform>%n unit could not be scored (see Problems)</numerusform><numerusform>%n units could not be scored (see Problems)</numerusform></translation>
    </message>
    <message>
        <source>%1: cancelled; the project is unchanged</source>
        <translation>%1: cancelled; the project is unchanged</translation>
    </message>
    <message>
        <source>%1 failed; the project is unchanged.</source>
        <translation>%1 failed; the project is unchanged.</translation>
    </message>
    <message>
        <source>Sample city</source>
        <translation>Sample city</translation>
    </message>
    <message>
        <source>Cannot create the sample project</source>
        <translation>Cannot create the sample project</translation>
    </message>
    <message>
        <source>Building the sample city</source>
        <translation>Building the sample city</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Assessment</translation>
    </message>
    <message>
        <source>Export Risk List</source>
        <translation>Export Risk List</translation>
    </message>
    <message>
        <source>risk-list</source>
        <translation>risk-list</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Risk list export</source>
        <translation>Risk list export</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) written to %1</source>
        <translation><numerusform>%n unit written to %1</numerusform><numerusform>%n units written to %1</numerusform></translation>
    </message>
    <message>
        <source>Cannot save a copy</source>
        <translation>Cannot save a copy</translation>
    </message>
    <message>
        <source>A copy of the project was saved as %1</source>
        <translation>A copy of the project was saved as %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 — %n warning(s), see Problems</source>
        <translation><numerusform>%1: %2 — %n warning, see Problems</numerusform><numerusform>%1: %2 — %n warnings, see Problems</numerusform></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 failed</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import of %1</translation>
    </message>
    <message>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <source>Map export</source>
        <translation>Map export</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) written: %1</source>
        <translation><numerusform>%n file written: %1</numerusform><numerusform>%n files written: %1</numerusform></translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>written to %1</source>
        <translation>written to %1</translation>
    </message>
    <message>
        <source>Cannot create the project</source>
        <translation>Cannot create the project</translation>
    </message>
    <message>
        <source>Cannot read the method set</source>
        <translation>Cannot read the method set</translation>
    </message>
    <message>
        <source>Method Set — %1</source>
        <translation>Method Set — %1</translation>
    </message>
    <message>
        <source>Import Hidden Dangers</source>
        <translation>Import Hidden Dangers</translation>
    </message>
    <message>
        <source>Hidden-danger registers (*.csv *.xlsx);;All files (*)</source>
        <translation>Hidden-danger registers (*.csv *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>Hidden-danger import</source>
        <translation>Hidden-danger import</translation>
    </message>
    <message>
        <source>Hidden-danger update</source>
        <translation>Hidden-danger update</translation>
    </message>
    <message>
        <source>Hidden danger %1: %2</source>
        <translation>Hidden danger %1: %2</translation>
    </message>
    <message>
        <source>Review session</source>
        <translation>Review session</translation>
    </message>
    <message>
        <source>session %1 started; changes now need a reason</source>
        <translation>session %1 started; changes now need a reason</translation>
    </message>
    <message>
        <source>session %1 ended</source>
        <translation>session %1 ended</translation>
    </message>
    <message>
        <source>Review minutes</source>
        <translation>Review minutes</translation>
    </message>
</context>
</TS>
