#pragma once

// The one place that bridges QGIS API differences between the versions RiskAtlas builds with
// (3.22 on Debian 12; newer Qt 6 builds move enums into the Qgis namespace).

#include <qgis.h>
#include <qgspallabeling.h>

namespace riskatlas::shim
{

#if _QGIS_VERSION_INT >= 32600
inline constexpr Qgis::LabelPlacement labelOverPoint = Qgis::LabelPlacement::OverPoint;
#else
inline constexpr QgsPalLayerSettings::Placement labelOverPoint = QgsPalLayerSettings::OverPoint;
#endif

} // namespace riskatlas::shim

#include <QByteArray>
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
#include <QTextCodec>
#else
#include <QStringDecoder>
#endif

namespace riskatlas::shim
{

/**
 * Decodes \a bytes from a named encoding (UTF-8, GBK, GB18030, Big5, …); false when the name is
 * unknown or the bytes are not valid in it. Qt 5 has QTextCodec; Qt 6 decodes through ICU.
 */
inline bool decode(const QByteArray &bytes, const QByteArray &encoding, QString &text)
{
#if QT_VERSION < QT_VERSION_CHECK(6, 0, 0)
  QTextCodec *codec = QTextCodec::codecForName(encoding);
  if (!codec)
    return false;
  QTextCodec::ConverterState state(QTextCodec::ConvertInvalidToNull);
  text = codec->toUnicode(bytes.constData(), bytes.size(), &state);
  return state.invalidChars == 0 && state.remainingChars == 0;
#else
  QStringDecoder decoder(encoding.constData(), QStringDecoder::Flag::Stateless);
  if (!decoder.isValid())
    return false;
  text = decoder.decode(bytes);
  return !decoder.hasError();
#endif
}

} // namespace riskatlas::shim
