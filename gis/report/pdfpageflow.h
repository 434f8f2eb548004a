#pragma once

#include "levelpalette.h"
#include "report/pdfpage.h"
#include "reportdocument.h"

namespace riskatlas
{

class Language;
class FigureSource;

/**
 * Lays report sections out on A4 pages, top to bottom: chapters and annexes start a page,
 * headings stay with what follows, Chinese paragraphs indent their first line by two
 * characters, tables break between rows with their header row (and a "continued" caption)
 * repeated, figures scale to the text width and move to the next page rather than shrink.
 * Tables and figures are numbered in order. The pages are data (PdfPage); painting is
 * paintPdfPage()'s job.
 */
class PdfPageFlow
{
public:
  //! A heading for the table of contents and the page (index into pages()) it stands on.
  struct TocEntry
  {
    int level = 1;
    QString heading;
    int pageIndex = 0;
  };

  PdfPageFlow(const PdfReportStyle &style, FigureSource &figures, const LevelPalette &palette);

  void addSection(const ReportSection &section);
  /**
   * Heads the first page with the document's title, subtitle and date, for a compact document
   * (ReportDocument::compact) whose chapters then follow one another instead of opening pages.
   */
  void addTitleBlock(const ReportDocument &document);

  const QList<PdfPage> &pages() const { return mPages; }
  const QList<TocEntry> &tableOfContents() const { return mToc; }

private:
  void startPage();
  bool pageIsEmpty() const;
  double remaining() const;
  //! Starts a page unless \a height fits below the current position (or the page is empty).
  void keepTogether(double height);
  void add(const PdfItem &item);

  //! The height a section's first block needs below its heading.
  double leadingHeight(const QList<ReportBlock> &blocks) const;
  //! The heading; a section heading moves to the next page unless \a following fits below it.
  void addHeading(const ReportSection &section, double following);
  void addParagraph(const QString &text, PdfTextRole role, double firstIndent,
                    double leftIndent = 0, int flags = Qt::AlignLeft);
  void addBullets(const QStringList &items);
  void addTable(const ReportTable &table);
  void addFigure(const QString &id, const QString &caption);

  //! One table row at the current position: cells as wrapped lines, \a height tall.
  void addTableRow(const QList<QStringList> &lines, const QList<ReportCell> &cells,
                   const QList<double> &widths, const QList<ColumnAlignment> &alignments,
                   double height, PdfTextRole role);
  void closeTable(double left, double right);

  const PdfReportStyle &mStyle;
  FigureSource &mFigures;
  bool mChaptersOpenPages = true;
  LevelPalette mPalette;
  const Language &mLanguage;
  QList<PdfPage> mPages;
  QList<TocEntry> mToc;
  QString mChapter;
  double mY = 0;
  bool mBodyOnPage = false; //!< the page holds more than headings
  int mTables = 0;
  int mFigureCount = 0;
};

} // namespace riskatlas
