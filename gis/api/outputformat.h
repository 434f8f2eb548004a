#pragma once

#include <QString>
#include <QStringList>

namespace riskatlas
{

//! The formats of the files the exports write, chosen by the file's suffix.
enum class OutputFormat
{
  Unknown,
  Csv,
  Pdf,
  Xlsx,
  Docx,
  Odt,
  Html,
};

/**
 * The format `report` writes to \a file by its suffix (case-insensitive): PDF for a name without
 * one (a device such as /dev/null, as before), Unknown for any other. A new report format is one
 * line in reportFormats() (outputformat.cpp) and one case in ProjectSession::writeReport().
 */
OutputFormat reportFormat(const QString &file);
//! The format `export-units` writes to \a file: CSV (also without a suffix) or XLSX; Unknown
//! for any other suffix.
OutputFormat riskListFormat(const QString &file);
//! The suffixes reportFormat() accepts, without dots, in the order help texts list them.
QStringList reportSuffixes();
//! The suffixes riskListFormat() accepts.
QStringList riskListSuffixes();
//! "a, b or c" of \a suffixes with dots (".pdf or .xlsx"), for messages.
QString suffixList(const QStringList &suffixes);

} // namespace riskatlas
