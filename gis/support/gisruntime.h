#pragma once

#include <QString>
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

//! The font family every map and report pins (its PDF text extracts exactly, CJK included).
QString cartographyFontFamily();

//! False with a message when the pinned font is not installed (text would silently fall back).
bool checkCartographyFont(QString *message);

} // namespace riskatlas
