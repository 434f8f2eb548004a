#pragma once

#include "reportdocument.h"

#include <QList>

namespace riskatlas
{

class PdfReportStyle;

/**
 * Column widths (device units) for \a table across \a available: every column gets what its
 * widest cell needs when that fits; otherwise narrow columns keep their need and the wide ones
 * share the rest equally (max-min fairness, as browsers lay out auto tables), so a name or
 * reason column wraps while ids and levels stay on one line. Leftover width widens every column
 * in proportion: the table spans the text width.
 */
QList<double> pdfTableColumnWidths(const ReportTable &table, const PdfReportStyle &style,
                                   double available, bool dense);

//! The width every column needs to print its widest cell on one line (device units).
QList<double> pdfTableColumnNeeds(const ReportTable &table, const PdfReportStyle &style,
                                  bool dense);

//! The padding inside a table cell, left and right (device units).
double pdfCellPadding(const PdfReportStyle &style);

} // namespace riskatlas
