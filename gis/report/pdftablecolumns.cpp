#include "report/pdftablecolumns.h"

#include "report/pdfreportstyle.h"

#include <algorithm>
#include <numeric>

namespace riskatlas
{

namespace
{
//! The longest run of \a text that cannot break: Latin words, numbers, ids (CJK breaks anywhere).
QString longestUnbreakable(const QString &text)
{
  QString longest;
  int start = -1;
  for (int i = 0; i <= text.size(); ++i)
  {
    const bool breaks = i == text.size() || text.at(i).isSpace() || text.at(i).unicode() >= 0x2E80;
    if (!breaks && start < 0)
      start = i;
    else if (breaks && start >= 0)
    {
      if (i - start > longest.size())
        longest = text.mid(start, i - start);
      start = -1;
    }
  }
  return longest;
}
} // namespace

double pdfCellPadding(const PdfReportStyle &style)
{
  return style.pt(2.5);
}

QList<double> pdfTableColumnNeeds(const ReportTable &table, const PdfReportStyle &style, bool dense)
{
  const int columns = table.header.size();
  const QFontMetricsF headerMetrics =
      style.metrics(dense ? PdfTextRole::DenseTableHeader : PdfTextRole::TableHeader);
  const QFontMetricsF cellMetrics =
      style.metrics(dense ? PdfTextRole::DenseTable : PdfTextRole::Table);
  const double padding = 2 * pdfCellPadding(style);
  QList<double> needs;
  for (int c = 0; c < columns; ++c)
    needs << headerMetrics.horizontalAdvance(table.header.at(c)) + padding;
  for (const QList<ReportCell> &row : table.rows)
    for (int c = 0; c < columns && c < row.size(); ++c)
      needs[c] = std::max(needs[c], cellMetrics.horizontalAdvance(row.at(c).text) + padding);
  return needs;
}

QList<double> pdfTableColumnWidths(const ReportTable &table, const PdfReportStyle &style,
                                   double available, bool dense)
{
  const QList<double> needs = pdfTableColumnNeeds(table, style, dense);
  const int columns = static_cast<int>(needs.size());
  // Ids and numbers are never broken unless one alone would take over a third of the width.
  const QFontMetricsF cellMetrics =
      style.metrics(dense ? PdfTextRole::DenseTable : PdfTextRole::Table);
  QList<double> minimums;
  for (int c = 0; c < columns; ++c)
    minimums << 0.0;
  for (const QList<ReportCell> &row : table.rows)
    for (int c = 0; c < columns && c < row.size(); ++c)
      if (const QString word = longestUnbreakable(row.at(c).text); word.size() > 3)
        minimums[c] = std::max(minimums[c], cellMetrics.horizontalAdvance(word));
  for (int c = 0; c < columns; ++c)
    minimums[c] = std::min(minimums[c] + 2 * pdfCellPadding(style), available / 3);
  QList<double> widths = needs;
  const double needed = std::accumulate(needs.begin(), needs.end(), 0.0);
  if (needed > available)
  {
    QList<int> order;
    for (int c = 0; c < columns; ++c)
      order << c;
    std::sort(order.begin(), order.end(), [&](int a, int b) { return needs.at(a) < needs.at(b); });
    double remaining = available;
    for (int i = 0; i < columns; ++i)
    {
      const int c = order.at(i);
      widths[c] = std::min(needs.at(c), std::max(minimums.at(c), remaining / (columns - i)));
      remaining -= widths.at(c);
    }
  }
  const double total = std::accumulate(widths.begin(), widths.end(), 0.0);
  if (total > 0 && total < available)
    for (double &width : widths)
      width *= available / total;
  return widths;
}

} // namespace riskatlas
