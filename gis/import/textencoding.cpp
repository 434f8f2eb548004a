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

} // namespace riskatlas
