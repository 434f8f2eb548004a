#pragma once

#include <QString>
#include <QStringList>
#include <memory>

class QgsApplication;

namespace riskatlas
{

/**
 * Starts QGIS for RiskAtlas: offscreen when there is no display, providers from the QGIS
 * prefix, settings kept apart from the user's QGIS profile, no WAL files next to projects.
 * Keep the returned application alive for as long as QGIS is used.
 */
std::unique_ptr<QgsApplication> startQgis(int &argc, char **argv, bool withGui);

/**
 * The font family maps and reports use: the first of cartographyFontPreferences() that is
 * installed, as startQgis() found it, else the first preference.
 */
QString cartographyFontFamily();

/**
 * The families maps and reports may use, best first: WenQuanYi Micro Hei (its PDF text
 * extracts exactly, CJK included; Debian: fonts-wqy-microhei), then the Chinese fonts every
 * Windows has: Microsoft YaHei, SimHei (both sans serif like the layouts), SimSun.
 */
QStringList cartographyFontPreferences();

//! The preferences installed on this system (needs the GUI application).
QStringList installedCartographyFonts();

//! The first of cartographyFontPreferences() in \a installedFamilies, else the first preference.
QString chooseCartographyFont(const QStringList &installedFamilies);

/**
 * Makes cartographyFontFamily() the first installed preference and, when WenQuanYi Micro Hei is
 * missing, tells Qt to draw that family (which the layout templates name) with the others in
 * order. Called by startQgis(); returns the family chosen.
 */
QString resolveCartographyFont(const QStringList &installedFamilies);

//! False with a message when none of the preferred fonts is installed (text would fall back).
bool checkCartographyFont(QString *message);

} // namespace riskatlas
