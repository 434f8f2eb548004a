#pragma once

#include <QDate>
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
//! The same, overdue as of \a asOf instead of the day the map is drawn.
void applyHazardStyle(QgsVectorLayer &hazards, const QString &language, const QDate &asOf);
//! The expression QGIS evaluates for "overdue today" (the deadline day itself is not overdue).
QString hazardOverdueExpression();
//! "Overdue as of \a asOf" (the deadline day itself is not overdue).
QString hazardOverdueExpression(const QDate &asOf);
//! The project's hazards layer through the OGR provider; null when the project has none.
std::unique_ptr<QgsVectorLayer> openHazardLayer(const QString &projectPath);

} // namespace riskatlas
