#pragma once

#include "assess/edgestripes.h"
#include "risklevel.h"

#include <QStringList>
#include <memory>
#include <qgsgeometry.h>
#include <qgsgeometryengine.h>
#include <qgspoint.h>
#include <vector>

namespace riskatlas
{

//! A hazard source whose influence zone reaches a region: its combination and unit id.
struct InfluenceSource
{
  quint32 combination = 0;
  QString unitId;
};

struct RegionShape;
using RegionList = std::vector<RegionShape *>;

//! A region as the assessment uses it: its outline prepared for point tests.
struct RegionShape
{
  qint64 fid = 0;
  QString id;
  QString name;
  QByteArray idUtf8;
  QByteArray nameUtf8;
  QString kind;
  int kindRank = 0;
  QString parentId;
  QgsGeometry geometry;
  QgsRectangle box;
  std::unique_ptr<QgsGeometryEngine> engine;
  std::unique_ptr<EdgeStripes> stripes;
  quint32 index = 0;                      //!< position in the locator's list
  std::vector<InfluenceSource> influence; //!< hazard sources whose zones reach it, unit order

  //! GEOS "intersects" for a point, answered by the edge stripes unless the point is on an edge.
  bool containsPoint(double x, double y) const
  {
    switch (stripes->locate(x, y))
    {
    case EdgeStripes::Place::Inside:
      return true;
    case EdgeStripes::Place::Outside:
      return false;
    case EdgeStripes::Place::NearBoundary:
      break;
    }
    const QgsPoint point(x, y);
    return engine->intersects(&point);
  }
};

} // namespace riskatlas
