#pragma once

#include "outputfile.h"

#include <QStringList>

namespace riskatlas
{

/**
 * A CSV file for Excel: UTF-8 with BOM, CRLF, RFC 4180 quoting; written atomically on commit()
 * (OutputFile). A cell a spreadsheet would run as a formula (starting with = + - @, tab or CR,
 * and not a plain number) is written with a leading single quote.
 */
class CsvWriter
{
public:
  explicit CsvWriter(const QString &path);
  void writeRow(const QStringList &fields);
  bool commit(QString *error);

  //! \a text as a CSV cell: neutralised against formula injection, then quoted if needed.
  static QString field(const QString &text);

private:
  OutputFile mFile;
  QString mOpenError;
};

} // namespace riskatlas
