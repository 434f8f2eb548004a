#pragma once

#include <QString>
#include <QStringList>

namespace riskatlas
{

class FigureSource;
class ProjectStore;
struct ComparedProjects;
struct ReportDocument;

/**
 * The pandoc program: $RISKATLAS_PANDOC when set, else "pandoc" on the PATH; empty when it
 * cannot be found.
 */
QString pandocProgram();

/**
 * Writes the assessment report document (buildReportDocument()) as DOCX, ODT or HTML, by the
 * suffix of \a file: the content as pandoc Markdown, the maps (RiskMapLayout, PNG at 200 dpi)
 * and charts (ReportChartPainter) in a temporary folder, then pandoc with the reference
 * document of resources/report (styles, headers, footers) and a table of contents; HTML comes
 * as one self-contained file. \a templateFolders are searched for the wording before the
 * built-in set (ReportTemplates). Written through OutputFile. \a pandocMissing is set when
 * pandoc is not installed (the error then says so and names the package). With \a compare, the
 * report compares with that earlier assessment (ReportFigures::addComparison()).
 */
bool writePandocReport(ProjectStore &store, const QString &file, const QString &language,
                       const QStringList &templateFolders, QString *error, bool *pandocMissing,
                       const ComparedProjects *compare = nullptr);

/**
 * Writes \a document as DOCX, ODT or HTML through pandoc, as above, its figures saved by
 * \a figures: what every RiskAtlas document in these formats goes through.
 */
bool writeDocumentWithPandoc(const ReportDocument &document, FigureSource &figures,
                             const QString &file, QString *error, bool *pandocMissing);

} // namespace riskatlas
