#pragma once

#include "report/pdfpage.h"

class QPainter;

namespace riskatlas
{

class FigureSource;

//! What every numbered page's running header and footer show.
struct PdfRunningText
{
  QString reportTitle; //!< left of the header
  int bodyPages = 0;   //!< "page n of N" counts the body
};

//! Paints \a page's items, then its running header and footer (none on the cover).
void paintPdfPage(QPainter &painter, const PdfPage &page, const PdfReportStyle &style,
                  FigureSource &figures, const PdfRunningText &running);

//! \a number in lower-case Roman numerals (i, ii, iv…), for the front matter.
QString romanNumeral(int number);

} // namespace riskatlas
