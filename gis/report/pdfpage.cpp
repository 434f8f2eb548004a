#include "report/pdfpage.h"

namespace riskatlas
{

PdfItem PdfItem::textItem(const QRectF &rect, const QString &text, PdfTextRole role, int flags,
                          const QColor &color)
{
  PdfItem item;
  item.kind = Kind::Text;
  item.rect = rect;
  item.text = text;
  item.role = role;
  item.flags = flags;
  item.color = color;
  return item;
}

PdfItem PdfItem::fill(const QRectF &rect, const QColor &color)
{
  PdfItem item;
  item.kind = Kind::Fill;
  item.rect = rect;
  item.color = color;
  return item;
}

PdfItem PdfItem::line(const QPointF &from, const QPointF &to, double widthPoints,
                      const QColor &color)
{
  PdfItem item;
  item.kind = Kind::Line;
  item.rect = QRectF(from, to);
  item.width = widthPoints;
  item.color = color;
  return item;
}

PdfItem PdfItem::figure(const QRectF &rect, const QString &id)
{
  PdfItem item;
  item.kind = Kind::Figure;
  item.rect = rect;
  item.source = id;
  return item;
}

PdfItem PdfItem::image(const QRectF &rect, const QString &path)
{
  PdfItem item;
  item.kind = Kind::Image;
  item.rect = rect;
  item.source = path;
  return item;
}

} // namespace riskatlas
