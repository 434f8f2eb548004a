#include "report/reportwriter.h"

#include "outputfile.h"
#include "report/pdffrontmatter.h"
#include "report/pdfpageflow.h"
#include "report/pdfpagepainter.h"
#include "report/reportfigures.h"
#include "report/reportinputreader.h"
#include "reportmodel.h"
#include "store/projectstore.h"
#include "support/gisruntime.h"

#include <QCoreApplication>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>

namespace riskatlas
{

namespace
{
//! Device units per inch: 10 per point keeps every measure exact enough and numbers small.
constexpr int Resolution = 720;

struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(ReportWriter)
};
} // namespace

bool writeReportPdf(ProjectStore &store, const QString &pdfPath, const QString &language,
                    const QStringList &templateFolders, QString *error,
                    const ComparedProjects *compare)
{
  const Taxonomy taxonomy = store.taxonomy();
  ReportInput input = readReportInput(store, language, taxonomy);
  if (store.hasReadError())
    return false; // the caller reports the damage; no report from half-read figures
  ReportFigures figures(store, input);
  if (compare)
    figures.addComparison(*compare, store.crsAuthId(), input);
  const ReportDocument document = buildReportDocument(input, ReportTemplates(templateFolders));
  figures.addCharts(document.charts, cartographyFontFamily());
  return writeDocumentPdf(document, figures, input.palette, pdfPath, error);
}

bool writeDocumentPdf(const ReportDocument &document, FigureSource &figures,
                      const LevelPalette &palette, const QString &pdfPath, QString *error)
{
  OutputFile output(pdfPath);
  if (!output.open(error))
    return false;
  {
    QPdfWriter writer(output.writePath());
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
    writer.setResolution(Resolution);
    writer.setTitle(document.subtitle.isEmpty()
                        ? document.title
                        : document.subtitle + QStringLiteral(" — ") + document.title);
    writer.setCreator(QStringLiteral("RiskAtlas"));
    const PdfReportStyle style(&writer, cartographyFontFamily(), document.language);

    PdfPageFlow body(style, figures, palette);
    if (document.compact)
      body.addTitleBlock(document);
    for (const ReportSection &section : document.sections)
      body.addSection(section);
    QList<PdfPage> pages;
    if (!document.compact)
      pages << pdfCoverPage(document, style) << pdfContentsPages(body.tableOfContents(), style);
    pages << body.pages();
    const PdfRunningText running{document.title, static_cast<int>(body.pages().size())};

    QPainter painter;
    if (!painter.begin(&writer))
    {
      *error = Tr::tr("%1: cannot start writing the PDF").arg(pdfPath);
      return false;
    }
    painter.setRenderHint(QPainter::Antialiasing);
    for (int i = 0; i < pages.size(); ++i)
    {
      if (i > 0)
        writer.newPage();
      paintPdfPage(painter, pages.at(i), style, figures, running);
    }
    painter.end();
  } // the PDF is complete once the writer is gone
  // QPdfWriter reports no write errors: a PDF cut short (disk full) lacks its final %%EOF.
  output.setExpectedTail("%%EOF");
  return output.commit(error);
}

} // namespace riskatlas
