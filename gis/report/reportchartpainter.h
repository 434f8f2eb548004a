#pragma once

#include "levelpalette.h"
#include "reportdocument.h"

#include <QSizeF>

class QPainter;

namespace riskatlas
{

/**
 * Draws a report chart (units by level per category, sector or district) as horizontal bars
 * stacked in the palette's four level colours, with a legend and each bar's total: into SVG
 * (QSvgGenerator, vector, for HTML), PNG (for DOCX and ODT) or any painter (the PDF report).
 */
class ReportChartPainter
{
public:
  ReportChartPainter(const ReportChart &chart, const QString &language, const QString &fontFamily,
                     const LevelPalette &palette = LevelPalette());

  //! The chart's size in points.
  QSizeF size() const;
  //! Draws the chart with one unit a point (text sized for the painter's device).
  void paint(QPainter &painter) const;
  bool writeSvg(const QString &path) const;
  //! At \a scale pixels per point.
  bool writePng(const QString &path, double scale = 3.0) const;

private:
  ReportChart mChart;
  QString mLanguage;
  QString mFontFamily;
  LevelPalette mPalette;
};

} // namespace riskatlas
