#pragma once

#include <QByteArray>
#include <QString>

namespace riskatlas
{

/**
 * Text encodings of the files analysts receive: UTF-8 (with or without BOM) and the Chinese
 * national encodings GBK / GB18030, which government registers still use.
 */
namespace TextEncoding
{
//! "UTF-8" when \a bytes are valid UTF-8, else "GB18030" (a superset of GBK and GB2312).
QByteArray detect(const QByteArray &bytes);
//! Decodes \a bytes; an empty \a encoding detects it. False for an unknown encoding or bytes
//! that are invalid in it.
bool decode(const QByteArray &bytes, const QByteArray &encoding, QString &text);
bool isKnown(const QByteArray &encoding);
//! The encoding a byte-order mark names (UTF-8, UTF-16LE or UTF-16BE), removing the mark from
//! \a bytes; empty when there is none.
QByteArray takeByteOrderMark(QByteArray &bytes);
} // namespace TextEncoding

} // namespace riskatlas
