#pragma once

#include "assessmentcomparison.h"
#include "maps/riskmaplayout.h"

#include <QString>
#include <memory>

namespace riskatlas
{

//! One of the two projects a change map compares: its file, name and assessment date.
struct ChangeMapProject
{
  QString path;
  QString name;
  QString date; //!< the last assessment's day (YYYY-MM-DD); empty when unknown
};

//! Two assessments compared (ProjectSession::compareWith()) with the projects they come from.
struct ComparedProjects
{
  ChangeMapProject older;
  ChangeMapProject newer;
  AssessmentComparison comparison;
};

/**
 * The change map (风险等级变化图): the newer project's regions with each unit marked by how its
 * level moved since the older assessment — raised (red up-triangle), lowered (blue
 * down-triangle), new (outlined star), removed (grey cross where the older project had it),
 * unchanged (small light grey dots) — and the regions of options.kind whose level changed
 * hatched (red raised, blue lowered). The legend counts each kind as \a comparison does, the
 * footer names both projects with their dates. Built on the four-colour map's template
 * (loadMapTemplate()) and exported through RiskMapLayout; check isValid().
 */
std::unique_ptr<RiskMapLayout> buildChangeMap(const ChangeMapProject &older,
                                              const ChangeMapProject &newer,
                                              const AssessmentComparison &comparison,
                                              const MapOptions &options);

} // namespace riskatlas
