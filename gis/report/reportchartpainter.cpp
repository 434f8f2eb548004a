#include "report/reportchartpainter.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <algorithm>

namespace riskatlas
{

namespace
{
constexpr double Width = 480;
constexpr double RowHeight = 18;
constexpr double LegendHeight = 26;
constexpr double Margin = 8;
constexpr double LabelWidth = 120;
constexpr double TotalWidth = 36;
} // namespace

ReportChartPainter::ReportChartPainter(const ReportChart &chart, const QString &language,
                                       const QString &fontFamily, const LevelPalette &palette)
    : mChart(chart), mLanguage(language), mFontFamily(fontFamily), mPalette(palette)
{
}

QSizeF ReportChartPainter::size() const
{
  return QSizeF(Width, LegendHeight + Margin * 2 +
                           RowHeight * std::max<qsizetype>(1, mChart.labels.size()));
}

void ReportChartPainter::paint(QPainter &painter) const
{
  painter.setRenderHint(QPainter::Antialiasing);
  painter.fillRect(QRectF(QPointF(0, 0), size()), Qt::white);
  QFont font(mFontFamily);
  // 8 pt in the chart's units (points), whatever the device's resolution (a PDF's is 1200 dpi).
  const int dpi = painter.device() ? painter.device()->logicalDpiY() : 72;
  font.setPointSizeF(8.0 * 72.0 / dpi);
  font.setHintingPreference(QFont::PreferNoHinting);
  painter.setFont(font);
  const QFontMetricsF metrics(font, painter.device());

  // Legend: the four levels, most severe first.
  double x = Margin;
  for (RiskLevel level : assessedLevels())
  {
    painter.fillRect(QRectF(x, Margin + 3, 10, 10), QColor(mPalette.color(level)));
    painter.setPen(Qt::black);
    const QString name = levelName(level, mLanguage);
    painter.drawText(QPointF(x + 14, Margin + 12), name);
    x += 24 + metrics.horizontalAdvance(name);
  }

  int maximum = 1;
  for (const LevelCounts &counts : mChart.counts)
    maximum = std::max(maximum, counts.total());
  const double barWidth = Width - LabelWidth - TotalWidth - Margin * 2;
  double y = Margin + LegendHeight;
  for (int i = 0; i < mChart.labels.size(); ++i, y += RowHeight)
  {
    const QString label = metrics.elidedText(mChart.labels.at(i), Qt::ElideRight, LabelWidth - 6);
    painter.setPen(Qt::black);
    painter.drawText(QRectF(Margin, y, LabelWidth - 6, RowHeight),
                     Qt::AlignRight | Qt::AlignVCenter, label);
    const LevelCounts counts = mChart.counts.value(i);
    double left = Margin + LabelWidth;
    // Stacked from low to major, so the severe levels end the bar where the eye lands.
    QList<RiskLevel> levels = assessedLevels();
    std::reverse(levels.begin(), levels.end());
    for (RiskLevel level : levels)
    {
      const double w = barWidth * counts.count(level) / maximum;
      if (w <= 0)
        continue;
      painter.fillRect(QRectF(left, y + 3, w, RowHeight - 6), QColor(mPalette.color(level)));
      left += w;
    }
    painter.drawText(QRectF(left + 4, y, TotalWidth, RowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     QString::number(counts.total()));
  }
  painter.setPen(QPen(Qt::gray, 0.5));
  painter.drawLine(QPointF(Margin + LabelWidth, Margin + LegendHeight),
                   QPointF(Margin + LabelWidth, y));
}

bool ReportChartPainter::writeSvg(const QString &path) const
{
  QSvgGenerator generator;
  generator.setFileName(path);
  generator.setSize(size().toSize());
  generator.setViewBox(QRectF(QPointF(0, 0), size()));
  generator.setResolution(72);
  generator.setTitle(mChart.title);
  QPainter painter;
  if (!painter.begin(&generator))
    return false;
  paint(painter);
  return painter.end();
}

bool ReportChartPainter::writePng(const QString &path, double scale) const
{
  QImage image((size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
  // Painted at 72 dpi (one unit a point, as in the SVG) and scaled; saved with the real
  // resolution so that documents size it right.
  image.setDotsPerMeterX(static_cast<int>(72 / 0.0254));
  image.setDotsPerMeterY(static_cast<int>(72 / 0.0254));
  image.fill(Qt::white);
  {
    QPainter painter(&image);
    painter.scale(scale, scale);
    paint(painter);
  }
  image.setDotsPerMeterX(static_cast<int>(72 * scale / 0.0254));
  image.setDotsPerMeterY(static_cast<int>(72 * scale / 0.0254));
  return image.save(path, "PNG");
}

} // namespace riskatlas
