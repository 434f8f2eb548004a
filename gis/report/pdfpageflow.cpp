#include "report/pdfpageflow.h"

#include "language.h"
#include "report/figuresource.h"
#include "report/pdftablecolumns.h"
#include "report/pdftextlines.h"

#include <algorithm>
#include <numeric>

namespace riskatlas
{

namespace
{
const QColor HeaderFill(0xD9, 0xD9, 0xD9);
const QColor RuleColor(0x40, 0x40, 0x40);
constexpr double RuleWidth = 0.5;

int alignmentFlags(ColumnAlignment alignment)
{
  switch (alignment)
  {
  case ColumnAlignment::Right:
    return Qt::AlignRight;
  case ColumnAlignment::Center:
    return Qt::AlignHCenter;
  case ColumnAlignment::Left:
    break;
  }
  return Qt::AlignLeft;
}
//! A caption after its number reads as a title: no closing full stop.
QString captionText(QString caption)
{
  while (caption.endsWith(QChar(0x3002)) || caption.endsWith(QLatin1Char('.')))
    caption.chop(1);
  return caption;
}
} // namespace

PdfPageFlow::PdfPageFlow(const PdfReportStyle &style, FigureSource &figures,
                         const LevelPalette &palette)
    : mStyle(style), mFigures(figures), mPalette(palette),
      mLanguage(Language::get(style.language()))
{
  startPage();
}

void PdfPageFlow::startPage()
{
  PdfPage page;
  page.runningTitle = mChapter;
  page.number = static_cast<int>(mPages.size()) + 1;
  mPages << page;
  mY = mStyle.content().top();
  mBodyOnPage = false;
}

bool PdfPageFlow::pageIsEmpty() const
{
  return mPages.last().items.isEmpty();
}

double PdfPageFlow::remaining() const
{
  return mStyle.content().bottom() - mY;
}

void PdfPageFlow::keepTogether(double height)
{
  if (height > remaining() && !pageIsEmpty())
    startPage();
}

void PdfPageFlow::add(const PdfItem &item)
{
  mPages.last().items << item;
}

double PdfPageFlow::leadingHeight(const QList<ReportBlock> &blocks) const
{
  const double lines = 3 * mStyle.lineHeight(PdfTextRole::Body);
  if (blocks.isEmpty())
    return mStyle.lineHeight(PdfTextRole::Body);
  const ReportBlock &first = blocks.first();
  if (first.kind == ReportBlock::Kind::Figure && mFigures.contains(first.figureId))
  {
    // A heading over a figure goes with the figure, not alone at the foot of a page.
    const QSizeF natural = mFigures.sizeMm(first.figureId);
    const QRectF content = mStyle.content();
    const double caption = 2 * mStyle.lineHeight(PdfTextRole::Caption);
    const double scale = std::min({1.0, content.width() / mStyle.mm(natural.width()),
                                   (content.height() - caption) / mStyle.mm(natural.height())});
    return mStyle.mm(natural.height()) * scale + caption;
  }
  return lines;
}

void PdfPageFlow::addSection(const ReportSection &section)
{
  addHeading(section, leadingHeight(section.blocks));
  for (const ReportBlock &block : section.blocks)
  {
    switch (block.kind)
    {
    case ReportBlock::Kind::Paragraph:
    {
      const double indent =
          mStyle.isChinese()
              ? 2 * mStyle.metrics(PdfTextRole::Body).horizontalAdvance(QStringLiteral("中"))
              : 0;
      addParagraph(block.text, PdfTextRole::Body, indent);
      break;
    }
    case ReportBlock::Kind::BulletList:
      addBullets(block.items);
      break;
    case ReportBlock::Kind::Table:
      if (!block.table.header.isEmpty())
        addTable(block.table);
      break;
    case ReportBlock::Kind::Figure:
      addFigure(block.figureId, block.text);
      break;
    case ReportBlock::Kind::PageBreak:
      if (!pageIsEmpty())
        startPage();
      continue;
    }
    mBodyOnPage = true;
  }
}

void PdfPageFlow::addTitleBlock(const ReportDocument &document)
{
  mChaptersOpenPages = false;
  addParagraph(document.title, PdfTextRole::CoverTitle, 0, 0, Qt::AlignHCenter);
  mY += mStyle.pt(4);
  if (!document.subtitle.isEmpty())
    addParagraph(document.subtitle, PdfTextRole::CoverSubtitle, 0, 0, Qt::AlignHCenter);
  if (!document.date.isEmpty())
    addParagraph(document.date, PdfTextRole::CoverText, 0, 0, Qt::AlignHCenter);
  mY += mStyle.pt(6);
  add(PdfItem::line(QPointF(mStyle.content().left(), mY), QPointF(mStyle.content().right(), mY),
                    1.2, QColor(0xC0, 0x00, 0x00)));
  mY += mStyle.pt(6);
}

void PdfPageFlow::addHeading(const ReportSection &section, double following)
{
  const QString heading = section.heading(mStyle.language());
  const PdfTextRole role = section.level <= 1   ? PdfTextRole::Heading1
                           : section.level == 2 ? PdfTextRole::Heading2
                                                : PdfTextRole::Heading3;
  if (section.level <= 1 && mChaptersOpenPages)
  {
    // A chapter or an annex opens a page, which its title heads.
    if (!pageIsEmpty())
      startPage();
    mChapter = heading;
    mPages.last().runningTitle = heading;
  }
  else
  {
    mY += mStyle.pt(section.level <= 1 ? 12 : 6);
    // The heading and the start of what follows, or the next page.
    keepTogether(mStyle.lineHeight(role) + following);
  }
  if (section.level <= 2)
    mToc << TocEntry{section.level, heading, static_cast<int>(mPages.size()) - 1};
  addParagraph(heading, role, 0, 0,
               section.level <= 1 && mChaptersOpenPages ? Qt::AlignHCenter : Qt::AlignLeft);
  mY += section.level <= 1 ? mStyle.pt(10) : mStyle.pt(2);
}

void PdfPageFlow::addParagraph(const QString &text, PdfTextRole role, double firstIndent,
                               double leftIndent, int flags)
{
  const QRectF content = mStyle.content();
  const double width = content.width() - leftIndent;
  const double lineHeight = mStyle.lineHeight(role);
  const QStringList lines = wrapText(text, mStyle.font(role), mStyle.device(), width, firstIndent);
  for (int i = 0; i < lines.size(); ++i)
  {
    keepTogether(lineHeight);
    const double indent = leftIndent + (i == 0 ? firstIndent : 0);
    add(PdfItem::textItem(
        QRectF(content.left() + indent, mY, width - (indent - leftIndent), lineHeight), lines.at(i),
        role, flags | Qt::AlignVCenter));
    mY += lineHeight;
  }
  mY += mStyle.pt(3);
}

void PdfPageFlow::addBullets(const QStringList &items)
{
  const QFontMetricsF metrics = mStyle.metrics(PdfTextRole::Body);
  const double hanging = metrics.horizontalAdvance(QStringLiteral("中")) * 1.5;
  for (const QString &item : items)
  {
    keepTogether(mStyle.lineHeight(PdfTextRole::Body));
    add(PdfItem::textItem(QRectF(mStyle.content().left() + hanging * 0.3, mY, hanging,
                                 mStyle.lineHeight(PdfTextRole::Body)),
                          QStringLiteral("•"), PdfTextRole::Body,
                          Qt::AlignLeft | Qt::AlignVCenter));
    addParagraph(item, PdfTextRole::Body, 0, hanging);
    mY -= mStyle.pt(2); // list items sit closer than paragraphs
  }
  mY += mStyle.pt(2);
}

void PdfPageFlow::addTable(const ReportTable &table)
{
  ++mTables;
  const QRectF content = mStyle.content();
  // Many columns too wide for the page (the region table with its category levels) take a
  // smaller type rather than break every level name in two.
  const QList<double> needs = pdfTableColumnNeeds(table, mStyle, false);
  const bool dense = table.header.size() >= 8 &&
                     std::accumulate(needs.begin(), needs.end(), 0.0) > content.width();
  const PdfTextRole cellRole = dense ? PdfTextRole::DenseTable : PdfTextRole::Table;
  const PdfTextRole headerRole = dense ? PdfTextRole::DenseTableHeader : PdfTextRole::TableHeader;
  const QList<double> widths = pdfTableColumnWidths(table, mStyle, content.width(), dense);
  const double padding = pdfCellPadding(mStyle);
  const double vertical = mStyle.pt(2);
  const auto cellLines = [&](const QString &text, int column, PdfTextRole role)
  { return wrapText(text, mStyle.font(role), mStyle.device(), widths.at(column) - 2 * padding); };
  const auto rowHeight = [&](const QList<QStringList> &lines, PdfTextRole role)
  {
    qsizetype most = 1;
    for (const QStringList &cell : lines)
      most = std::max<qsizetype>(most, cell.size());
    return most * mStyle.lineHeight(role) + 2 * vertical;
  };

  QList<QStringList> headerLines;
  QList<ReportCell> headerCells;
  for (int c = 0; c < table.header.size(); ++c)
  {
    headerLines << cellLines(table.header.at(c), c, headerRole);
    headerCells << ReportCell(table.header.at(c));
  }
  const double headerHeight = rowHeight(headerLines, headerRole);
  QList<ColumnAlignment> headerAlignments;
  for (int c = 0; c < table.header.size(); ++c)
    headerAlignments << ColumnAlignment::Center;

  const QString number = mStyle.isChinese() ? QStringLiteral("表%1").arg(mTables)
                                            : QStringLiteral("Table %1").arg(mTables);
  const auto caption = [&](bool continued)
  {
    QString text = number;
    if (continued)
      text = mStyle.isChinese() ? QStringLiteral("续") + number
                                : mLanguage.translate("PdfReport", "%1 (continued)").arg(number);
    else if (!table.caption.isEmpty())
      text += (mStyle.isChinese() ? QStringLiteral("　") : QStringLiteral(". ")) +
              captionText(table.caption);
    addParagraph(text, PdfTextRole::Caption, 0, 0, Qt::AlignHCenter);
    mY -= mStyle.pt(2);
  };

  const double firstRow =
      table.rows.isEmpty()
          ? 0
          : rowHeight({cellLines(table.rows.first().value(0).text, 0, cellRole)}, cellRole);
  // The caption, the header and a first row together.
  keepTogether(mStyle.lineHeight(PdfTextRole::Caption) * 2 + headerHeight + firstRow);
  caption(false);
  addTableRow(headerLines, headerCells, widths, headerAlignments, headerHeight, headerRole);
  for (const QList<ReportCell> &row : table.rows)
  {
    QList<QStringList> lines;
    for (int c = 0; c < widths.size(); ++c)
      lines << cellLines(row.value(c).text, c, cellRole);
    const double height = rowHeight(lines, cellRole);
    if (height > remaining())
    {
      closeTable(content.left(), content.right());
      startPage();
      caption(true);
      addTableRow(headerLines, headerCells, widths, headerAlignments, headerHeight, headerRole);
    }
    addTableRow(lines, row, widths, table.alignments, height, cellRole);
  }
  closeTable(content.left(), content.right());
  mY += mStyle.pt(8);
}

void PdfPageFlow::addTableRow(const QList<QStringList> &lines, const QList<ReportCell> &cells,
                              const QList<double> &widths, const QList<ColumnAlignment> &alignments,
                              double height, PdfTextRole role)
{
  const bool header = role == PdfTextRole::TableHeader || role == PdfTextRole::DenseTableHeader;
  const double padding = pdfCellPadding(mStyle);
  const double lineHeight = mStyle.lineHeight(role);
  double x = mStyle.content().left();
  add(PdfItem::line(QPointF(x, mY), QPointF(mStyle.content().right(), mY), RuleWidth, RuleColor));
  for (int c = 0; c < widths.size(); ++c)
  {
    const QRectF cell(x, mY, widths.at(c), height);
    const RiskLevel level = cells.value(c).level;
    QColor textColor = Qt::black;
    if (header)
      add(PdfItem::fill(cell, HeaderFill));
    else if (level != RiskLevel::None && !cells.value(c).text.isEmpty())
    {
      add(PdfItem::fill(cell, QColor(mPalette.color(level))));
      textColor = QColor(mPalette.textColor(level));
    }
    add(PdfItem::line(cell.topLeft(), cell.bottomLeft(), RuleWidth, RuleColor));
    const QStringList cellText = lines.value(c);
    const double top = mY + (height - cellText.size() * lineHeight) / 2;
    for (int i = 0; i < cellText.size(); ++i)
      add(PdfItem::textItem(
          QRectF(x + padding, top + i * lineHeight, widths.at(c) - 2 * padding, lineHeight),
          cellText.at(i), role,
          alignmentFlags(alignments.value(c, ColumnAlignment::Left)) | Qt::AlignVCenter,
          textColor));
    x += widths.at(c);
  }
  add(PdfItem::line(QPointF(x, mY), QPointF(x, mY + height), RuleWidth, RuleColor));
  mY += height;
}

void PdfPageFlow::closeTable(double left, double right)
{
  add(PdfItem::line(QPointF(left, mY), QPointF(right, mY), RuleWidth, RuleColor));
}

void PdfPageFlow::addFigure(const QString &id, const QString &caption)
{
  if (!mFigures.contains(id))
    return;
  const QSizeF natural = mFigures.sizeMm(id);
  if (natural.isEmpty())
    return;
  ++mFigureCount;
  const QString number = mStyle.isChinese() ? QStringLiteral("图%1").arg(mFigureCount)
                                            : QStringLiteral("Figure %1").arg(mFigureCount);
  const QString text =
      caption.isEmpty()
          ? number
          : number + (mStyle.isChinese() ? QStringLiteral("　") : QStringLiteral(". ")) +
                captionText(caption);
  const QRectF content = mStyle.content();
  const double captionHeight =
      wrapText(text, mStyle.font(PdfTextRole::Caption), mStyle.device(), content.width()).size() *
          mStyle.lineHeight(PdfTextRole::Caption) +
      mStyle.pt(8);
  const double width = mStyle.mm(natural.width());
  const double height = mStyle.mm(natural.height());
  const auto scaleFor = [&](double space) {
    return std::min({1.0, content.width() / width, (space - captionHeight) / height});
  };
  double scale = scaleFor(remaining());
  const double fullPage = scaleFor(content.height());
  // Rather the next page than a figure shrunk to what is left of this one (below headings
  // only, it shrinks: they belong to it).
  if (scale < fullPage * 0.97 && mBodyOnPage)
  {
    startPage();
    scale = fullPage;
  }
  mY += mStyle.pt(4);
  const QSizeF size(width * scale, height * scale);
  add(PdfItem::figure(
      QRectF(QPointF(content.left() + (content.width() - size.width()) / 2, mY), size), id));
  mY += size.height() + mStyle.pt(2);
  addParagraph(text, PdfTextRole::Caption, 0, 0, Qt::AlignHCenter);
  mY += mStyle.pt(4);
}

} // namespace riskatlas
