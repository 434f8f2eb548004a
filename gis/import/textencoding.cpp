#include "import/textencoding.h"

#include "support/qgisversionshims.h"

namespace riskatlas
{

QByteArray TextEncoding::detect(const QByteArray &bytes)
{
  QString ignored;
  return shim::decode(bytes, "UTF-8", ignored) ? QByteArray("UTF-8") : QByteArray("GB18030");
}

bool TextEncoding::decode(const QByteArray &bytes, const QByteArray &encoding, QString &text)
{
  return shim::decode(bytes, encoding.isEmpty() ? detect(bytes) : encoding, text);
}

bool TextEncoding::isKnown(const QByteArray &encoding)
{
  QString ignored;
  return shim::decode(QByteArray("a"), encoding, ignored);
}

QByteArray TextEncoding::takeByteOrderMark(QByteArray &bytes)
{
  const std::pair<const char *, const char *> marks[] = {
      {"\xEF\xBB\xBF", "UTF-8"}, {"\xFF\xFE", "UTF-16LE"}, {"\xFE\xFF", "UTF-16BE"}};
  for (const auto &[mark, encoding] : marks)
  {
    if (bytes.startsWith(mark))
    {
      bytes.remove(0, static_cast<int>(qstrlen(mark)));
      return encoding;
    }
  }
  return QByteArray();
}

} // namespace riskatlas
