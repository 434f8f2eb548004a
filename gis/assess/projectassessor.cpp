#include "assess/projectassessor.h"

#include "assess/assessstate.h"
#include "assess/hazardeffect.h"
#include "assess/incrementalpass.h"
#include "assess/regionlocator.h"
#include "assess/regionresultwriter.h"
#include "assess/unitpass.h"
#include "reproducibletime.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"
#include "support/geopackagesql.h"
#include "support/phasetimer.h"

#include <QCoreApplication>
#include <ogrsf_frmts.h>
#include <qgscoordinatereferencesystem.h>
#include <qgsfeedback.h>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(ProjectAssessor)
};

bool recordRun(ProjectStore &store, const MethodSet &methodSet, AggregationRule aggregation,
               const AssessOutcome &outcome, QString *error)
{
  OGRLayer *runs = store.dataset().GetLayerByName(ProjectSchema::runsTable());
  OGRFeatureUniquePtr run(OGRFeature::CreateFeature(runs->GetLayerDefn()));
  setStringField(*run, "timestamp", reproducibleNow().toString(Qt::ISODate));
  setStringField(*run, "user", store.auditUser()); // the analyst, as in the audit log
  setStringField(*run, "method_set_hash", methodSet.hash());
  setStringField(*run, "aggregation", aggregationRuleKey(aggregation));
  run->SetField("units", outcome.units);
  run->SetField("scored", outcome.scored);
  if (runs->CreateFeature(run.get()) != OGRERR_NONE)
  {
    if (error)
      *error = Tr::tr("cannot record the run: %1").arg(lastGdalError());
    return false;
  }
  return store.storeMethodSetCopy(methodSet, error) &&
         store.setMetadata(ProjectSchema::aggregationKey(), aggregationRuleKey(aggregation),
                           error) &&
         store.appendAudit(QStringLiteral("assess"), QStringLiteral("project"), QString(),
                           QStringLiteral("method set %1, aggregation %2, %3 of %4 units scored")
                                   .arg(methodSet.hash().left(12), aggregationRuleKey(aggregation))
                                   .arg(outcome.scored)
                                   .arg(outcome.units) +
                               (outcome.incremental
                                    ? QStringLiteral(", %1 rewritten from the stored state")
                                          .arg(outcome.unitsWritten)
                                    : QString()),
                           error);
}
} // namespace

AssessOutcome ProjectAssessor::run(ProjectStore &store, const MethodSet &methodSet,
                                   AggregationRule aggregation, QgsFeedback *feedback,
                                   AssessScope scope,
                                   const QgsCoordinateTransformContext &transformContext)
{
  AssessOutcome outcome;
  outcome.methodSetHash = methodSet.hash();
  if (!store.unitsLayer())
  {
    outcome.error = Tr::tr("%1: the project has no units").arg(store.path());
    outcome.errorKind = ProblemKind::ProjectNoUnits;
    return outcome;
  }
  if (methodSet.influenceZonesEnabled() &&
      QgsCoordinateReferenceSystem(store.crsAuthId()).isGeographic())
  {
    outcome.error = Tr::tr("hazard influence zones are distances in metres and need a projected "
                           "project CRS, not %1")
                        .arg(store.crsAuthId());
    return outcome;
  }
  sqlite3 *connection = geoPackageConnection(store.dataset());
  if (!connection)
  {
    outcome.error = Tr::tr("%1: not a GeoPackage").arg(store.path());
    return outcome;
  }
  if (!store.beginTransaction(&outcome.error))
    return outcome;
  auto abort = [&]()
  {
    store.rollback();
    outcome.ok = false;
    return outcome;
  };

  PhaseTimer timer;
  const RegionAggregator aggregator = methodSet.aggregator(aggregation);
  const QString stateToken = AssessState::token(methodSet);
  // Open hidden dangers as of today; when the units they reach differ from the stored state's
  // (a register changed, a deadline passed), every unit is read again.
  const HazardEffect hazards =
      HazardEffect::read(store, methodSet.hazardControl(), reproducibleNow().toLocalTime().date());
  if (store.hasReadError())
  {
    outcome.error = store.takeReadError();
    outcome.errorKind = ProblemKind::Damaged;
    return abort();
  }
  const bool sameHazards = store.metadata(HazardEffect::metadataKey()) == hazards.signature();
  if (scope == AssessScope::Changes && sameHazards && AssessState::isCurrent(store, stateToken))
  {
    IncrementalPass incremental(store, methodSet, outcome, feedback);
    bool usable = false;
    if (!incremental.run(connection, aggregator, usable))
      return abort();
    outcome.incremental = usable;
    if (usable)
      timer.lap("incremental", QStringLiteral("%1 of %2 rows written, %3 regions")
                                   .arg(outcome.unitsWritten)
                                   .arg(outcome.units)
                                   .arg(outcome.regionsWritten));
  }
  if (!outcome.incremental)
  {
    RegionLocator locator(store.regionsLayer());
    timer.lap("regions read");
    UnitPass pass(store, methodSet, locator, outcome, feedback, &hazards);
    // The regions are tallied and aggregated in the reading thread while this one still writes;
    // only the density rule needs their areas (an ellipsoidal measure is not free at 10,000).
    const std::vector<double> areas =
        aggregation == AggregationRule::Density
            ? measureRegionAreas(store.crsAuthId(), locator, transformContext)
            : std::vector<double>();
    std::vector<RegionTally> regions;
    std::vector<RegionWrite> regionWrites;
    QString regionError;
    bool regionsOk = false;
    const bool unitsOk =
        pass.run(connection,
                 [&](sqlite3 *reading)
                 {
                   regionsOk = tallyRegions(reading, areas, locator, pass, regions, &regionError);
                   if (regionsOk)
                     regionWrites = aggregateRegions(regions, pass.combinations(), aggregator);
                 });
    if (!unitsOk)
      return abort();
    timer.lap("units", QStringLiteral("%1 of %2 rows written, regions tallied")
                           .arg(outcome.unitsWritten)
                           .arg(outcome.units));
    if (!regionsOk)
    {
      outcome.error = regionError;
      return abort();
    }
    if (!writeRegions(connection, regionWrites, outcome))
      return abort();
    timer.lap("regions aggregated", QStringLiteral("%1 rows written").arg(outcome.regionsWritten));
    if (!AssessState::save(store, connection, stateToken, pass.combinations(),
                           pass.unitsByCombination(), regions, outcome.outside, &outcome.error))
      return abort();
    // Written only for a project the rule reaches, so other projects' files stay as they were.
    if (!(hazards.isEmpty() ? executeSql(store.dataset(),
                                         QStringLiteral("DELETE FROM ra_metadata WHERE key = %1")
                                             .arg(sqlLiteral(HazardEffect::metadataKey())),
                                         &outcome.error)
                            : store.setMetadata(HazardEffect::metadataKey(), hazards.signature(),
                                                &outcome.error)))
      return abort();
    timer.lap("state saved");
  }
  if (!recordRun(store, methodSet, aggregation, outcome, &outcome.error))
    return abort();
  // The last moment a cancel can still keep the project unchanged.
  if (feedback && feedback->isCanceled())
  {
    outcome.error = Tr::tr("assessment cancelled; the project is unchanged");
    outcome.errorKind = ProblemKind::Cancelled;
    return abort();
  }
  if (!store.commit(&outcome.error))
    return abort();
  timer.lap("committed");
  if (feedback)
    feedback->setProgress(100.0);
  outcome.ok = true;
  return outcome;
}

} // namespace riskatlas
