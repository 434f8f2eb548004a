#include "reporthtml.h"

namespace riskatlas::html
{

QString esc(const QString &text)
{
  return text.toHtmlEscaped();
}

QString cell(const QString &text, const QString &attributes)
{
  return QStringLiteral("<td%1>%2</td>")
      .arg(attributes.isEmpty() ? QString() : QStringLiteral(" ") + attributes, esc(text));
}

QString headerRow(const QStringList &headers)
{
  QString row = QStringLiteral("<tr>");
  for (const QString &header : headers)
    row += QStringLiteral("<th bgcolor=\"#D9D9D9\">%1</th>").arg(esc(header));
  return row + QStringLiteral("</tr>");
}

QString tableStart()
{
  return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\" "
                        "style=\"border-collapse: collapse; border-color: #808080;\">");
}

QString table(const QStringList &headers, const QStringList &rows, int rowsPerTable)
{
  const QString header = headerRow(headers);
  QString html = tableStart() + header;
  for (int i = 0; i < rows.size(); ++i)
  {
    if (i > 0 && i % rowsPerTable == 0)
      html += QStringLiteral("</table>") + tableStart() + header;
    html += rows.at(i);
  }
  return html + QStringLiteral("</table>");
}

QString levelCell(RiskLevel level, const QString &language, const LevelPalette &palette)
{
  return QStringLiteral("<td bgcolor=\"%1\"><span style=\"color: %2;\">%3</span></td>")
      .arg(palette.color(level), palette.textColor(level), esc(levelName(level, language)));
}

QString number(double value)
{
  return QString::number(value, 'g', 6);
}

QString paragraph(const QString &text)
{
  return QStringLiteral("<p>%1</p>").arg(esc(text));
}

} // namespace riskatlas::html
