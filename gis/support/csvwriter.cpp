#include "support/csvwriter.h"

#include <QCoreApplication>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(CsvWriter)
};

QString csvField(const QString &text)
{
  if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
      !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
    return text;
  QString quoted = text;
  quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
  return QLatin1Char('"') + quoted + QLatin1Char('"');
}
} // namespace

CsvWriter::CsvWriter(const QString &path) : mFile(path), mPath(path)
{
  mOpen = mFile.open(QIODevice::WriteOnly);
  if (mOpen)
    mFile.write("\xEF\xBB\xBF");
}

void CsvWriter::writeRow(const QStringList &fields)
{
  QStringList escaped;
  escaped.reserve(fields.size());
  for (const QString &field : fields)
    escaped << csvField(field);
  mFile.write(escaped.join(QLatin1Char(',')).toUtf8() + "\r\n");
}

bool CsvWriter::commit(QString *error)
{
  if (!mOpen || !mFile.commit())
  {
    if (error)
      *error = Tr::tr("%1: cannot write: %2").arg(mPath, mFile.errorString());
    return false;
  }
  return true;
}

} // namespace riskatlas
