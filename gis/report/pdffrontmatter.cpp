#include "report/pdffrontmatter.h"

#include "language.h"
#include "report/pdftextlines.h"

#include <QImageReader>

namespace riskatlas
{

namespace
{
//! Centred lines of \a text from \a y down; returns the position below them.
double centredText(PdfPage &page, const PdfReportStyle &style, double y, const QString &text,
                   PdfTextRole role)
{
  const QRectF content = style.content();
  const double lineHeight = style.lineHeight(role);
  for (const QString &line : wrapText(text, style.font(role), style.device(), content.width()))
  {
    page.items << PdfItem::textItem(QRectF(content.left(), y, content.width(), lineHeight), line,
                                    role, Qt::AlignHCenter | Qt::AlignVCenter);
    y += lineHeight;
  }
  return y;
}
} // namespace

PdfPage pdfCoverPage(const ReportDocument &document, const PdfReportStyle &style)
{
  PdfPage page;
  page.numbering = PdfPage::Numbering::None;
  const QRectF content = style.content();
  if (!document.logoPath.isEmpty())
  {
    const QSize pixels = QImageReader(document.logoPath).size();
    if (pixels.isValid() && !pixels.isEmpty())
    {
      // At most 30 mm tall and half the text width, its proportions kept.
      const QSizeF logo =
          QSizeF(pixels).scaled(content.width() / 2, style.mm(30), Qt::KeepAspectRatio);
      page.items << PdfItem::image(
          QRectF(QPointF(content.center().x() - logo.width() / 2, content.top()), logo),
          document.logoPath);
    }
  }
  double y = content.top() + content.height() * 0.28;
  y = centredText(page, style, y, document.title, PdfTextRole::CoverTitle);
  y += style.mm(6);
  page.items << PdfItem::line(QPointF(content.left() + content.width() * 0.2, y),
                              QPointF(content.right() - content.width() * 0.2, y), 1.2,
                              QColor(0xC0, 0x00, 0x00));
  y += style.mm(8);
  if (!document.subtitle.isEmpty())
    centredText(page, style, y, document.subtitle, PdfTextRole::CoverSubtitle);

  double bottom = content.top() + content.height() * 0.78;
  if (!document.organisation.isEmpty())
    bottom = centredText(page, style, bottom, document.organisation, PdfTextRole::CoverText);
  centredText(page, style, bottom, document.date, PdfTextRole::CoverText);
  return page;
}

QList<PdfPage> pdfContentsPages(const QList<PdfPageFlow::TocEntry> &entries,
                                const PdfReportStyle &style)
{
  QList<PdfPage> pages;
  const QRectF content = style.content();
  const QFontMetricsF metrics = style.metrics(PdfTextRole::TocEntry);
  const double lineHeight = style.lineHeight(PdfTextRole::TocEntry);
  const double numberWidth = metrics.horizontalAdvance(QStringLiteral("00000"));
  const double indent = 2 * metrics.horizontalAdvance(QStringLiteral("中"));
  double y = 0;
  const auto startPage = [&]
  {
    PdfPage page;
    page.numbering = PdfPage::Numbering::Roman;
    page.number = static_cast<int>(pages.size()) + 1;
    pages << page;
    y = content.top();
  };
  startPage();
  const QString title = style.isChinese()
                            ? QStringLiteral("目　录")
                            : Language::get(style.language()).translate("PdfReport", "Contents");
  pages.last().runningTitle = title;
  const double titleHeight = style.lineHeight(PdfTextRole::TocTitle);
  pages.last().items << PdfItem::textItem(QRectF(content.left(), y, content.width(), titleHeight),
                                          title, PdfTextRole::TocTitle,
                                          Qt::AlignHCenter | Qt::AlignVCenter);
  y += titleHeight + style.mm(4);

  for (const PdfPageFlow::TocEntry &entry : entries)
  {
    const double left = content.left() + (entry.level > 1 ? indent : 0);
    const double textWidth = content.right() - numberWidth - left - style.mm(4);
    const QStringList lines =
        wrapText(entry.heading, style.font(PdfTextRole::TocEntry), style.device(), textWidth);
    if (y + lines.size() * lineHeight > content.bottom())
    {
      startPage();
      pages.last().runningTitle = title;
    }
    PdfPage &page = pages.last();
    for (const QString &line : lines)
    {
      page.items << PdfItem::textItem(QRectF(left, y, textWidth, lineHeight), line,
                                      PdfTextRole::TocEntry, Qt::AlignLeft | Qt::AlignVCenter);
      y += lineHeight;
    }
    const double baseline = y - lineHeight / 2 + metrics.ascent() / 2;
    const double dotsFrom = left + metrics.horizontalAdvance(lines.last()) + style.mm(2);
    PdfItem leader = PdfItem::line(QPointF(dotsFrom, baseline),
                                   QPointF(content.right() - numberWidth, baseline), 0.8);
    leader.flags = Qt::DotLine;
    page.items << leader;
    page.items << PdfItem::textItem(
        QRectF(content.right() - numberWidth, y - lineHeight, numberWidth, lineHeight),
        QString::number(entry.pageIndex + 1), PdfTextRole::TocEntry,
        Qt::AlignRight | Qt::AlignVCenter);
  }
  return pages;
}

} // namespace riskatlas
