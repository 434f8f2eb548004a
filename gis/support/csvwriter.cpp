#include "support/csvwriter.h"

#include <QIODevice>
#include <QRegularExpression>

namespace riskatlas
{

namespace
{
// OWASP CSV injection: these first characters start a formula in Excel, LibreOffice and Sheets.
bool startsFormula(const QString &text)
{
  static const QString triggers = QStringLiteral("=+-@\t\r");
  if (text.isEmpty() || !triggers.contains(text.front()))
    return false;
  // Negative coordinates and scores stay numbers.
  static const QRegularExpression number(
      QStringLiteral("^[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"));
  return !number.match(text).hasMatch();
}
} // namespace

QString CsvWriter::field(const QString &text)
{
  const QString cell = startsFormula(text) ? QLatin1Char('\'') + text : text;
  if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"')) &&
      !cell.contains(QLatin1Char('\n')) && !cell.contains(QLatin1Char('\r')))
    return cell;
  QString quoted = cell;
  quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
  return QLatin1Char('"') + quoted + QLatin1Char('"');
}

CsvWriter::CsvWriter(const QString &path) : mFile(path)
{
  if (mFile.open(&mOpenError))
    mFile.device().write("\xEF\xBB\xBF");
}

void CsvWriter::writeRow(const QStringList &fields)
{
  if (!mOpenError.isEmpty())
    return;
  QStringList escaped;
  escaped.reserve(fields.size());
  for (const QString &text : fields)
    escaped << field(text);
  mFile.device().write(escaped.join(QLatin1Char(',')).toUtf8() + "\r\n");
}

bool CsvWriter::commit(QString *error)
{
  if (!mOpenError.isEmpty())
  {
    if (error)
      *error = mOpenError;
    return false;
  }
  return mFile.commit(error);
}

} // namespace riskatlas
