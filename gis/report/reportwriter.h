#pragma once

#include <QString>
#include <QStringList>

namespace riskatlas
{

class FigureSource;
class LevelPalette;
class ProjectStore;
struct ComparedProjects;
struct ReportDocument;

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

/**
 * Writes \a document as that A4 PDF (cover, contents when the document asks for them, pages
 * with running header and footer), its figures drawn by \a figures and its level cells in
 * \a palette: what every RiskAtlas document in PDF goes through (the report, review minutes).
 */
bool writeDocumentPdf(const ReportDocument &document, FigureSource &figures,
                      const LevelPalette &palette, const QString &pdfPath, QString *error);

} // namespace riskatlas
