#include "api/outputformat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QList>
#include <QPair>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(OutputFormat)
};

using FormatTable = QList<QPair<QString, OutputFormat>>;

const FormatTable &reportFormats()
{
  static const FormatTable table{{QStringLiteral("pdf"), OutputFormat::Pdf},
                                 {QStringLiteral("docx"), OutputFormat::Docx},
                                 {QStringLiteral("odt"), OutputFormat::Odt},
                                 {QStringLiteral("html"), OutputFormat::Html},
                                 {QStringLiteral("xlsx"), OutputFormat::Xlsx}};
  return table;
}

const FormatTable &riskListFormats()
{
  static const FormatTable table{{QStringLiteral("csv"), OutputFormat::Csv},
                                 {QStringLiteral("xlsx"), OutputFormat::Xlsx}};
  return table;
}

//! The first entry is the format of a name without a suffix (a device such as /dev/null).
OutputFormat formatIn(const FormatTable &table, const QString &file)
{
  const QString suffix = QFileInfo(file).suffix().toLower();
  if (suffix.isEmpty())
    return table.first().second;
  for (const auto &entry : table)
  {
    if (entry.first == suffix)
      return entry.second;
  }
  return OutputFormat::Unknown;
}

QStringList suffixesIn(const FormatTable &table)
{
  QStringList suffixes;
  for (const auto &entry : table)
    suffixes << entry.first;
  return suffixes;
}
} // namespace

OutputFormat reportFormat(const QString &file)
{
  return formatIn(reportFormats(), file);
}

OutputFormat riskListFormat(const QString &file)
{
  return formatIn(riskListFormats(), file);
}

QStringList reportSuffixes()
{
  return suffixesIn(reportFormats());
}

QStringList riskListSuffixes()
{
  return suffixesIn(riskListFormats());
}

QString suffixList(const QStringList &suffixes)
{
  QStringList dotted;
  for (const QString &suffix : suffixes)
    dotted << QLatin1Char('.') + suffix;
  if (dotted.size() < 2)
    return dotted.join(QString());
  const QString last = dotted.takeLast();
  return Tr::tr("%1 or %2").arg(dotted.join(QStringLiteral(", ")), last);
}

} // namespace riskatlas
