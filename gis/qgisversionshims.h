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
