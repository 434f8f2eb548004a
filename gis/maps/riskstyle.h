#pragma once

#include "levelpalette.h"

#include <QString>

class QgsVectorLayer;

namespace riskatlas
{

/**
 * The four-colour symbology (domain.md §3): regions filled by level in the colours of
 * \a palette (the project's, see MethodSet::palette()) with their names as labels, units as
 * circles by level. Category labels are the level names in \a language.
 */
void applyRegionStyle(QgsVectorLayer &regions, const QString &language,
                      const LevelPalette &palette);
//! The same fills, classified by an expression instead of the "level" field (category maps).
void applyRegionStyle(QgsVectorLayer &regions, const QString &language, const LevelPalette &palette,
                      const QString &levelExpression);
void applyUnitStyle(QgsVectorLayer &units, const QString &language, const LevelPalette &palette);
//! The same markers, classified by an expression; units it gives no level are not drawn.
void applyUnitStyle(QgsVectorLayer &units, const QString &language, const LevelPalette &palette,
                    const QString &levelExpression);

/**
 * Stores both styles, in the colours of the project's palette, in the project's layer_styles
 * table, marked default, so QGIS Desktop opens the layers already in the four colours: the
 * regions' style draws the districts only (streets and grid cells get no class), and every
 * style carries the fields' Chinese aliases and value maps (LayerFields), as does the
 * hidden-danger layer's. Replaces RiskAtlas's previous styles.
 */
bool saveDefaultStyles(const QString &projectPath, QString *error);

} // namespace riskatlas
