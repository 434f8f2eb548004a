#pragma once

#include "methodset.h"
#include "regionaggregation.h"

#include <QStringList>
#include <qgscoordinatetransformcontext.h>

class QgsFeedback;

namespace riskatlas
{

class ProjectStore;

//! A unit whose final level differs from the previous assessment, and why.
struct LevelChange
{
  QString unitId;
  QString unitName;
  QString oldLevel; //!< level key
  QString newLevel;
  QString reason; //!< method, score, inherent level and control, e.g. "matrix 9 → significant,
                  //!< control 中"
};

struct AssessOutcome
{
  bool ok = false;
  QString error;
  int units = 0;
  int scored = 0;
  int outsideRegions = 0;
  QStringList outside; //!< ids of the units in no region (counted and listed, never dropped)
  QList<LevelChange> levelChanges; //!< against the previous assessment
  QStringList unscored; //!< "unit ID: field F: value V: allowed A", one per unscored unit
  QString methodSetHash;
  int unitsWritten = 0;   //!< units whose stored results changed (only those rows are written)
  int regionsWritten = 0; //!< regions whose stored results changed
  //! The run started from the last one's stored state instead of reading every unit.
  bool incremental = false;
};

//! What an assessment reads.
enum class AssessScope
{
  //! Only what changed since the last run, when its stored state allows (else everything).
  Changes,
  //! Every unit, placed again in its regions (ignores the stored state, then replaces it).
  Everything,
};

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
