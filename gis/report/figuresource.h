#pragma once

#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace riskatlas
{

/**
 * The pictures a report document's figures refer to, by figure id (ReportBlock::figureId):
 * what the PDF page flow draws as vector graphics and the pandoc writer saves as images.
 */
class FigureSource
{
public:
  virtual ~FigureSource() = default;
  virtual bool contains(const QString &id) const = 0;
  //! The figure's natural size in millimetres.
  virtual QSizeF sizeMm(const QString &id) const = 0;
  //! Draws the figure into \a target of \a painter, as vector graphics.
  virtual void paint(const QString &id, QPainter &painter, const QRectF &target) = 0;
  //! Writes the figure to \a path as PNG at \a dpi (or SVG where the source can).
  virtual bool writeImage(const QString &id, const QString &path, double dpi) = 0;
};

} // namespace riskatlas
