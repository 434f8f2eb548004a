#include "reportmarkdown.h"

#include <algorithm>

namespace riskatlas
{

namespace
{

//! Columns a text takes in a monospaced editor: CJK and other wide characters count twice.
int displayWidth(const QString &text)
{
  int width = 0;
  for (const QChar c : text)
    width += c.unicode() >= 0x1100 ? 2 : 1;
  return width;
}

QString levelStyle(RiskLevel level)
{
  switch (level)
  {
  case RiskLevel::Major:
    return QStringLiteral("Major");
  case RiskLevel::Significant:
    return QStringLiteral("Significant");
  case RiskLevel::General:
    return QStringLiteral("General");
  case RiskLevel::Low:
    return QStringLiteral("Low");
  case RiskLevel::None:
    break;
  }
  return QString();
}

QString cellMarkdown(const ReportCell &cell)
{
  QString text = escapeMarkdown(cell.text);
  text.replace(QLatin1Char('\n'), QLatin1Char(' '));
  if (cell.level == RiskLevel::None || text.isEmpty())
    return text;
  const QString style = levelStyle(cell.level);
  return QStringLiteral("[%1]{.level-%2 custom-style=\"Level %3\"}")
      .arg(text, style.toLower(), style);
}

QString yamlString(const QString &text)
{
  QString quoted = text;
  quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
  return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString tableMarkdown(const ReportTable &table)
{
  const int columns = table.header.size();
  QList<int> widths;
  for (int c = 0; c < columns; ++c)
    widths << std::max(3, displayWidth(table.header.at(c)));
  QList<QStringList> rows;
  for (const QList<ReportCell> &row : table.rows)
  {
    QStringList cells;
    for (int c = 0; c < columns; ++c)
    {
      const ReportCell cell = row.value(c);
      cells << cellMarkdown(cell);
      widths[c] = std::max(widths[c], std::min(40, displayWidth(cell.text)));
    }
    rows << cells;
  }
  QStringList header;
  for (const QString &text : table.header)
    header << escapeMarkdown(text);
  QString text =
      QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |\n|");
  for (int c = 0; c < columns; ++c)
  {
    const ColumnAlignment alignment = table.alignments.value(c, ColumnAlignment::Left);
    QString rule(widths.at(c), QLatin1Char('-'));
    if (alignment == ColumnAlignment::Center)
      rule = QLatin1Char(':') + rule.mid(2) + QLatin1Char(':');
    else if (alignment == ColumnAlignment::Right)
      rule = rule.mid(1) + QLatin1Char(':');
    text += rule + QLatin1Char('|');
  }
  text += QLatin1Char('\n');
  for (const QStringList &cells : rows)
    text += QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
  if (!table.caption.isEmpty())
    text += QStringLiteral("\nTable: ") + escapeMarkdown(table.caption) + QLatin1Char('\n');
  return text;
}

QString blockMarkdown(const ReportBlock &block, const QMap<QString, QString> &figureFiles)
{
  switch (block.kind)
  {
  case ReportBlock::Kind::Paragraph:
    return escapeMarkdown(block.text) + QLatin1Char('\n');
  case ReportBlock::Kind::BulletList:
  {
    QString text;
    for (const QString &item : block.items)
      text += QStringLiteral("- ") + escapeMarkdown(item) + QLatin1Char('\n');
    return text;
  }
  case ReportBlock::Kind::Table:
    return block.table.header.isEmpty() ? QString() : tableMarkdown(block.table);
  case ReportBlock::Kind::Figure:
  {
    const QString file = figureFiles.value(block.figureId);
    if (file.isEmpty())
      return QString();
    // Alone in its paragraph, an image with alt text is a figure with that caption.
    return QStringLiteral("![%1](<%2>){#fig:%3 width=100%}\n")
        .arg(escapeMarkdown(block.text), file, block.figureId);
  }
  case ReportBlock::Kind::PageBreak:
    return QStringLiteral("```{=openxml}\n<w:p><w:r><w:br w:type=\"page\"/></w:r></w:p>\n```\n\n"
                          "```{=opendocument}\n<text:p text:style-name=\"Pagebreak\"/>\n```\n\n"
                          "```{=html}\n<div class=\"page-break\"></div>\n```\n");
  }
  return QString();
}

} // namespace

QString escapeMarkdown(const QString &text)
{
  static const QString special = QStringLiteral("\\`*_{}[]<>#|~^$@");
  QString escaped;
  escaped.reserve(text.size() + 8);
  for (const QChar c : text)
  {
    if (special.contains(c))
      escaped += QLatin1Char('\\');
    escaped += c;
  }
  // A leading "-", "+" or "1." would start a list.
  if (!escaped.isEmpty() &&
      (escaped.front() == QLatin1Char('-') || escaped.front() == QLatin1Char('+')))
    escaped.prepend(QLatin1Char('\\'));
  return escaped;
}

QString renderReportMarkdown(const ReportDocument &document,
                             const QMap<QString, QString> &figureFiles)
{
  QString text = QStringLiteral("---\n");
  text += QStringLiteral("title: %1\n")
              .arg(yamlString(document.subtitle.isEmpty() ? document.title : document.subtitle));
  if (!document.subtitle.isEmpty())
    text += QStringLiteral("subtitle: %1\n").arg(yamlString(document.title));
  if (!document.organisation.isEmpty())
    text += QStringLiteral("author: %1\n").arg(yamlString(document.organisation));
  text += QStringLiteral("date: %1\n").arg(yamlString(document.date));
  text += QStringLiteral("lang: %1\n")
              .arg(document.language == QLatin1String("en") ? QStringLiteral("en")
                                                            : QStringLiteral("zh-CN"));
  text += QStringLiteral("toc-title: %1\n")
              .arg(yamlString(document.language == QLatin1String("en") ? QStringLiteral("Contents")
                                                                       : QStringLiteral("目录")));
  text += QStringLiteral("---\n\n");
  if (!document.logoPath.isEmpty())
    text += QStringLiteral("![](<%1>){height=2cm}\n\n").arg(document.logoPath);
  for (const ReportSection &section : document.sections)
  {
    text += QString(section.level, QLatin1Char('#')) + QLatin1Char(' ') +
            escapeMarkdown(section.heading(document.language));
    if (section.number.isEmpty() || section.annex)
      text += QStringLiteral(" {.unnumbered}");
    text += QStringLiteral("\n\n");
    for (const ReportBlock &block : section.blocks)
    {
      const QString markdown = blockMarkdown(block, figureFiles);
      if (!markdown.isEmpty())
        text += markdown + QLatin1Char('\n');
    }
  }
  return text;
}

} // namespace riskatlas
