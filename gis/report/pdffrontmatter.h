#pragma once

#include "report/pdfpage.h"
#include "report/pdfpageflow.h"
#include "reportdocument.h"

namespace riskatlas
{

//! The cover: the consultancy's logo, the title, the project, the organisation and the date.
PdfPage pdfCoverPage(const ReportDocument &document, const PdfReportStyle &style);

/**
 * The table of contents on as many pages as it takes: chapters and annexes, their sections
 * indented, dot leaders to the page number; a body page index i prints as i + 1.
 */
QList<PdfPage> pdfContentsPages(const QList<PdfPageFlow::TocEntry> &entries,
                                const PdfReportStyle &style);

} // namespace riskatlas
