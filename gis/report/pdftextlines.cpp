#include "report/pdftextlines.h"

#include <QFontMetricsF>
#include <QTextLayout>

namespace riskatlas
{

QStringList wrapText(const QString &text, const QFont &font, QPaintDevice *device, double width,
                     double firstIndent)
{
  QStringList lines;
  const QFontMetricsF metrics(font, device);
  bool first = true;
  for (const QString &paragraph : text.split(QLatin1Char('\n')))
  {
    const double firstWidth = width - (first ? firstIndent : 0);
    first = false;
    // Most table cells fit: no layout for them.
    if (metrics.horizontalAdvance(paragraph) <= firstWidth)
    {
      lines << paragraph;
      continue;
    }
    QTextLayout layout(paragraph, font, device);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    layout.beginLayout();
    double lineWidth = firstWidth;
    for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine())
    {
      line.setLineWidth(lineWidth);
      lineWidth = width;
      lines << paragraph.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
  }
  if (lines.isEmpty())
    lines << QString();
  return lines;
}

} // namespace riskatlas
