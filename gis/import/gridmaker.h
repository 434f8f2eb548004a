#pragma once

#include "api/importoptions.h"
#include "api/importoutcome.h"

class QgsFeedback;

namespace riskatlas
{

class ProjectStore;
/**
 * Covers the city with grid cells (网格) clipped to its boundary — the union of the districts
 * (or streets, without districts) — and stores them as the project's regions of kind "grid",
 * replacing earlier ones. Each cell's parent is the district holding its centre.
 */
class GridMaker
{
public:
  static constexpr int MaximumCells = 200000;
  static ImportOutcome run(ProjectStore &store, const GridOptions &options, QgsFeedback *feedback);
};

} // namespace riskatlas
