#pragma once

#include <QString>
#include <QStringList>

namespace riskatlas
{

class ProjectStore;
struct ComparedProjects;

/**
 * Writes the assessment report document (buildReportDocument()) as an A4 PDF: a cover, a table
 * of contents with page numbers, running headers and "page n of N" footers, tables that break
 * between rows with their header repeated, and the maps and charts drawn as vector graphics
 * (ReportFigures), all text in the pinned CJK font, embedded, that extracts as written.
 * \a templateFolders are searched for the wording before the built-in set (ReportTemplates).
 * Written through OutputFile. With \a compare, the report compares with that earlier
 * assessment (ReportFigures::addComparison()).
 */
bool writeReportPdf(ProjectStore &store, const QString &pdfPath, const QString &language,
                    const QStringList &templateFolders, QString *error,
                    const ComparedProjects *compare = nullptr);

} // namespace riskatlas
