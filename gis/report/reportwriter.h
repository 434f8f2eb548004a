#pragma once

#include <QString>

namespace riskatlas
{

class ProjectStore;

/**
 * Writes the assessment report as an A4 PDF: the text of buildReportHtml() laid out by Qt with
 * the pinned CJK font embedded, the four-colour map rendered in, and page numbers.
 */
bool writeReportPdf(ProjectStore &store, const QString &pdfPath, const QString &language,
                    QString *error);

} // namespace riskatlas
