#pragma once

#include "report/pdfreportstyle.h"

#include <QColor>
#include <QList>
#include <QRectF>
#include <QString>

namespace riskatlas
{

//! One thing drawn on a PDF report page, in device units.
struct PdfItem
{
  enum class Kind
  {
    Text,   //!< text in rect, with flags (alignment)
    Fill,   //!< rect filled with color
    Line,   //!< from rect's top left to its bottom right, width in points
    Figure, //!< the figure \a source (a map or chart id) drawn into rect
    Image,  //!< the image file \a source scaled into rect, aspect kept
  };
  Kind kind = Kind::Text;
  QRectF rect;
  QString text;
  QString source;
  PdfTextRole role = PdfTextRole::Body;
  int flags = 0;
  QColor color = Qt::black;
  double width = 0.5;

  static PdfItem textItem(const QRectF &rect, const QString &text, PdfTextRole role, int flags,
                          const QColor &color = Qt::black);
  static PdfItem fill(const QRectF &rect, const QColor &color);
  static PdfItem line(const QPointF &from, const QPointF &to, double widthPoints,
                      const QColor &color = Qt::black);
  static PdfItem figure(const QRectF &rect, const QString &id);
  static PdfItem image(const QRectF &rect, const QString &path);
};

//! A page's items and what its running header and footer say.
struct PdfPage
{
  enum class Numbering
  {
    None,  //!< the cover
    Roman, //!< the table of contents
    Arabic //!< the body, from 1
  };
  QList<PdfItem> items;
  QString runningTitle; //!< the chapter the page belongs to
  Numbering numbering = Numbering::Arabic;
  int number = 0; //!< in its numbering
};

} // namespace riskatlas
