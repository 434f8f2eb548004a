#pragma once

#include "hazardstatistics.h"
#include "maps/riskmaplayout.h"

#include <QString>
#include <memory>

namespace riskatlas
{

/**
 * The district map of hidden-danger rectification (事故隐患整改率分布图): each district filled by
 * its rectification rate in \a statistics (by_district: rectified / total as of its date) —
 * below 60 % red, 60–80 % orange, 80–95 % yellow, 95 % and above green, no hidden dangers grey —
 * labelled with its name, the rate and "rectified/total"; the project's hidden dangers on top,
 * the ones overdue as of the statistics' date standing out. The figures are \a statistics' own
 * (no second count). Built on the four-colour map's template (loadMapTemplate()) and exported
 * through RiskMapLayout; check isValid().
 */
std::unique_ptr<RiskMapLayout> buildRectificationMap(const QString &projectPath,
                                                     const HazardStatistics &statistics,
                                                     const MapOptions &options);

//! The rate as printed on the map and by `hazards stats`: "85.0%" (one decimal).
QString rectificationRateText(const HazardCounts &counts);

} // namespace riskatlas
