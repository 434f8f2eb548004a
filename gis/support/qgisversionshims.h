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

#include <QFont>
#include <qgslayoutitemlabel.h>
#include <qgslayoutitemlegend.h>

namespace riskatlas::shim
{

//! A layout label's font (QGIS ≥ 3.24 takes a QgsTextFormat).
inline void setLabelFont(QgsLayoutItemLabel &label, const QFont &font, const QColor &color)
{
#if _QGIS_VERSION_INT >= 32400
  QgsTextFormat format;
  format.setFont(font);
  format.setSize(font.pointSizeF());
  format.setSizeUnit(QgsUnitTypes::RenderPoints);
  format.setColor(color);
  label.setTextFormat(format);
#else
  label.setFont(font);
  label.setFontColor(color);
#endif
}

//! A legend component's font (QGIS ≥ 3.30 styles legends with QgsTextFormat).
inline void setLegendFont(QgsLayoutItemLegend &legend, QgsLegendStyle::Style component,
                          const QFont &font)
{
#if _QGIS_VERSION_INT >= 33000
  QgsTextFormat format = legend.style(component).textFormat();
  format.setFont(font);
  format.setSize(font.pointSizeF());
  format.setSizeUnit(QgsUnitTypes::RenderPoints);
  legend.rstyle(component).setTextFormat(format);
#else
  legend.setStyleFont(component, font);
#endif
}

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
