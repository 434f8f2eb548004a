#pragma once

#include "reportdocument.h"
#include "reportinput.h"
#include "reporttemplates.h"

namespace riskatlas
{

/**
 * The assessment report's content after the national outline (domain.md §6): 1 general
 * (purpose, basis, scope, methods, organisation), 2 city profile, 3 risk identification,
 * 4 risk analysis (the method parameters used), 5 risk evaluation (inherent → realistic, major
 * risks, overrides with reasons), 6 regional risk (maps and district tables in code order),
 * 7 measures by level, 8 conclusion, annexes A risk list, B parameter tables, C data sources and
 * CRS, D traceability (method-set hash, audit chain head). Narrative text comes from
 * \a templates with the figures filled in; everything is in input.language.
 *
 * With more units than input.bodyListLimit the body lists major and significant risks only and
 * summarises the rest; annex A always lists every unit.
 */
ReportDocument buildReportDocument(const ReportInput &input, const ReportTemplates &templates);

//! The placeholder values the narrative templates can use (documented in docs/report.md).
QMap<QString, QString> reportPlaceholders(const ReportInput &input,
                                          const QMap<QString, QString> &facts);

} // namespace riskatlas
