#include "import/csvtextcheck.h"

#include <QCoreApplication>
#include <QStringList>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(CsvTextCheck)
};

QString columnName(const QString &text, int column)
{
  // Headers seldom hold quoted commas: splitting the first line is enough to name a column.
  const QStringList headers = text.section(QLatin1Char('\n'), 0, 0).split(QLatin1Char(','));
  const QString header = headers.value(column).remove(QLatin1Char('"')).remove(QChar(0)).trimmed();
  return header.isEmpty() ? Tr::tr("column %1").arg(column + 1) : header;
}
} // namespace

bool findCsvTextFault(const QString &text, CsvTextFault &fault)
{
  int line = 1;
  int column = 0;
  bool quoted = false;
  int quoteAt = 0;
  CsvTextFault open;
  for (int i = 0; i < text.size(); ++i)
  {
    const QChar c = text.at(i);
    if (c == QChar(0))
    {
      fault = {line, columnName(text, column), QStringLiteral("\\0"),
               Tr::tr("a NUL byte: binary data, or UTF-16 text without a byte-order mark")};
      return true;
    }
    if (c == QLatin1Char('\n'))
    {
      ++line;
      if (!quoted)
        column = 0;
    }
    else if (c == QLatin1Char(',') && !quoted)
      ++column;
    else if (c == QLatin1Char('"'))
    {
      // As GDAL reads CSV, every quote opens or closes quoted text ("" inside does both).
      quoted = !quoted;
      if (quoted)
      {
        open.line = line;
        open.field = columnName(text, column);
        quoteAt = i;
      }
    }
  }
  if (!quoted)
    return false;
  fault = open;
  fault.value = text.mid(quoteAt, 20).section(QLatin1Char('\n'), 0, 0);
  fault.reason = Tr::tr("this quote is never closed");
  return true;
}

} // namespace riskatlas
