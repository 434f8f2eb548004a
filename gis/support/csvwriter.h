#pragma once

#include <QSaveFile>
#include <QStringList>

namespace riskatlas
{

//! A CSV file for Excel: UTF-8 with BOM, CRLF, RFC 4180 quoting; written atomically on commit().
class CsvWriter
{
public:
  explicit CsvWriter(const QString &path);
  void writeRow(const QStringList &fields);
  bool commit(QString *error);

private:
  QSaveFile mFile;
  QString mPath;
  bool mOpen = false;
};

} // namespace riskatlas
