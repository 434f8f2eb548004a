#pragma once

#include "reportdocument.h"

#include <QSizeF>

class QPainter;

namespace riskatlas
{

/**
 * Draws a report chart (units by level per category, sector or district) as horizontal bars
 * stacked in the four level colours, with a legend and each bar's total: once into SVG
 * (QSvgGenerator, vector, for HTML) and once into PNG (for DOCX and ODT).
 */
class ReportChartPainter
{
public:
  ReportChartPainter(const ReportChart &chart, const QString &language, const QString &fontFamily);

  //! The chart's size in points.
  QSizeF size() const;
  void paint(QPainter &painter) const;
  bool writeSvg(const QString &path) const;
  //! At \a scale pixels per point.
  bool writePng(const QString &path, double scale = 3.0) const;

private:
  ReportChart mChart;
  QString mLanguage;
  QString mFontFamily;
};

} // namespace riskatlas
