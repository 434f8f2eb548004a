#pragma once

#include <QString>

namespace riskatlas
{

//! Where CSV text stops being readable as CSV, and why.
struct CsvTextFault
{
  int line = 0;  //!< 1-based line of the file
  QString field; //!< the header of the column it is in ("column 3" past the header's end)
  QString value; //!< what is there: "\0", or the text from the open quote on
  QString reason;
};

/**
 * The first fault in decoded CSV text that GDAL would silently misread: a NUL character (binary
 * data, or UTF-16 without a byte-order mark), or a quote that is never closed (GDAL would run
 * the rest of the file into one field). False when there is none.
 */
bool findCsvTextFault(const QString &text, CsvTextFault &fault);

} // namespace riskatlas
