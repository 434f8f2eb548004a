#include "report/pdfpagepainter.h"

#include "language.h"
#include "report/figuresource.h"

#include <QImage>
#include <QPainter>

namespace riskatlas
{

namespace
{
void paintItem(QPainter &painter, const PdfItem &item, const PdfReportStyle &style,
               FigureSource &figures)
{
  switch (item.kind)
  {
  case PdfItem::Kind::Text:
    painter.setFont(style.font(item.role));
    painter.setPen(item.color);
    painter.drawText(item.rect, item.flags, item.text);
    break;
  case PdfItem::Kind::Fill:
    painter.fillRect(item.rect, item.color);
    break;
  case PdfItem::Kind::Line:
  {
    QPen pen(item.color, style.pt(item.width));
    pen.setStyle(item.flags ? static_cast<Qt::PenStyle>(item.flags) : Qt::SolidLine);
    painter.setPen(pen);
    painter.drawLine(item.rect.topLeft(), item.rect.bottomRight());
    break;
  }
  case PdfItem::Kind::Figure:
    figures.paint(item.source, painter, item.rect);
    break;
  case PdfItem::Kind::Image:
  {
    const QImage image(item.source);
    if (!image.isNull())
      painter.drawImage(item.rect, image);
    break;
  }
  }
}

void paintRunningText(QPainter &painter, const PdfPage &page, const PdfReportStyle &style,
                      const PdfRunningText &running)
{
  const Language &language = Language::get(style.language());
  painter.setFont(style.font(PdfTextRole::Running));
  painter.setPen(QColor(0x40, 0x40, 0x40));
  const QRectF header = style.header();
  painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, running.reportTitle);
  painter.drawText(header, Qt::AlignRight | Qt::AlignBottom, page.runningTitle);
  painter.setPen(QPen(QColor(0x40, 0x40, 0x40), style.pt(0.5)));
  painter.drawLine(header.bottomLeft() + QPointF(0, style.mm(1.5)),
                   header.bottomRight() + QPointF(0, style.mm(1.5)));
  const QString number = page.numbering == PdfPage::Numbering::Roman
                             ? romanNumeral(page.number)
                             : language.translate("PdfReport", "Page %1 of %2")
                                   .arg(page.number)
                                   .arg(running.bodyPages);
  painter.drawText(style.footer(), Qt::AlignHCenter | Qt::AlignTop, number);
}
} // namespace

void paintPdfPage(QPainter &painter, const PdfPage &page, const PdfReportStyle &style,
                  FigureSource &figures, const PdfRunningText &running)
{
  for (const PdfItem &item : page.items)
    paintItem(painter, item, style, figures);
  if (page.numbering != PdfPage::Numbering::None)
    paintRunningText(painter, page, style, running);
}

QString romanNumeral(int number)
{
  static const QList<QPair<int, QString>> numerals{
      {1000, QStringLiteral("m")}, {900, QStringLiteral("cm")}, {500, QStringLiteral("d")},
      {400, QStringLiteral("cd")}, {100, QStringLiteral("c")},  {90, QStringLiteral("xc")},
      {50, QStringLiteral("l")},   {40, QStringLiteral("xl")},  {10, QStringLiteral("x")},
      {9, QStringLiteral("ix")},   {5, QStringLiteral("v")},    {4, QStringLiteral("iv")},
      {1, QStringLiteral("i")}};
  QString text;
  for (const auto &[value, numeral] : numerals)
    for (; number >= value; number -= value)
      text += numeral;
  return text;
}

} // namespace riskatlas
