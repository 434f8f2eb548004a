#pragma once

#include <QString>
#include <memory>

class QgsVectorLayer;

namespace riskatlas
{

/**
 * The hidden-danger layer's symbology: one colour per status of the closed loop, and overdue
 * hidden dangers (open, past their deadline as of the day the map is drawn) as large red
 * triangles above the rest; major ones drawn larger. Legend labels in \a language ("zh" or
 * "en").
 */
void applyHazardStyle(QgsVectorLayer &hazards, const QString &language);
//! The expression QGIS evaluates for "overdue today" (the deadline day itself is not overdue).
QString hazardOverdueExpression();
//! The project's hazards layer through the OGR provider; null when the project has none.
std::unique_ptr<QgsVectorLayer> openHazardLayer(const QString &projectPath);

} // namespace riskatlas
