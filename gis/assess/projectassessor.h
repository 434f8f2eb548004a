#pragma once

#include "api/assessoutcome.h"
#include "methodset.h"
#include "regionaggregation.h"

#include <QStringList>
#include <qgscoordinatetransformcontext.h>

class QgsFeedback;

namespace riskatlas
{

class ProjectStore;

/**
 * Scores every unit of a project with a method set, places each unit in the regions that
 * contain it, aggregates the regions and writes all results, the run record and the audit
 * entries in one transaction. Only units and regions whose stored results change are
 * written. When nothing but the method set or the aggregation rule changed since the last run,
 * the run starts from that run's stored state (AssessState): it rescores the distinct scoring
 * combinations and touches only the units whose outcome changes.
 */
class ProjectAssessor
{
public:
  /**
   * \a transformContext: the datum transformations of the areas the density rule measures (e.g.
   * a QgsProject's); empty: PROJ's preferred ones.
   */
  static AssessOutcome
  run(ProjectStore &store, const MethodSet &methodSet, AggregationRule aggregation,
      QgsFeedback *feedback, AssessScope scope = AssessScope::Changes,
      const QgsCoordinateTransformContext &transformContext = QgsCoordinateTransformContext());
};

} // namespace riskatlas
