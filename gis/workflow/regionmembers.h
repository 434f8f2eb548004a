#pragma once

#include "regionexplanation.h"

#include <QCoreApplication>
#include <QString>

class OGRFeature;

namespace riskatlas
{

class ProjectStore;

/**
 * The units of one region as the last assessment placed them, for an explanation: points
 * inside it (a point on a shared border in the region with the smallest code, as RegionLocator
 * decides), line and area units by their stored share (region_shares), units without a position
 * by their region hint; each with its stored final level. Reads one region's surroundings, not
 * the whole project.
 */
class RegionMembers
{
  Q_DECLARE_TR_FUNCTIONS(RegionMembers)

public:
  /**
   * Fills \a facts (members, area when \a measureArea, influence sources named in the region's
   * raised_by) for the region row \a region. False with \a error when the project cannot be read.
   */
  static bool read(ProjectStore &store, const OGRFeature &region, bool measureArea,
                   RegionFacts &facts, QString *error);
};

} // namespace riskatlas
