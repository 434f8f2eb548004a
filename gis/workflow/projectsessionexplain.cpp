// ProjectSession: "why this level?" for one unit or region, from what the project stores.

#include "inputfields.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "support/gdalsupport.h"
#include "support/geopackagesql.h"
#include "workflow/projectsession.h"
#include "workflow/regionmembers.h"

#include <ogrsf_frmts.h>

namespace riskatlas
{

namespace
{
//! The first row of \a layer whose \a field is \a value, or null.
OGRFeatureUniquePtr rowWhere(OGRLayer *layer, const char *field, const QString &value)
{
  if (!layer)
    return OGRFeatureUniquePtr();
  layer->SetAttributeFilter(QStringLiteral("%1 = %2")
                                .arg(QString::fromLatin1(field), sqlLiteral(value))
                                .toUtf8()
                                .constData());
  layer->ResetReading();
  OGRFeatureUniquePtr feature(layer->GetNextFeature());
  layer->SetAttributeFilter(nullptr);
  return feature;
}

UnitFacts unitFacts(const OGRFeature &unit)
{
  UnitFacts facts;
  facts.unitId = stringField(unit, "unit_id");
  facts.name = stringField(unit, "name");
  facts.category = stringField(unit, "category");
  facts.sector = stringField(unit, "sector");
  for (const QString &input : InputFields::scoringInputs())
    facts.inputs.insert(input, stringField(unit, input.toUtf8().constData()));
  facts.levelOverride = stringField(unit, "level_override");
  facts.overrideReason = stringField(unit, "override_reason");
  // An assessment stamps every unit it saw with its method's version, scored or not.
  facts.assessed = !stringField(unit, "method_version").isEmpty();
  facts.storedLevel = stringField(unit, "level");
  facts.storedInherent = stringField(unit, "inherent_level");
  return facts;
}
} // namespace

bool ProjectSession::explain(const QString &unitOrRegionId, const QString &language,
                             Explanation &explanation, Problem *problem)
{
  ProjectStore *project = store(problem);
  if (!project)
    return false;
  auto fail = [&](const QString &reason)
  {
    if (problem)
      *problem = Problem::fileProblem(ProblemKind::Failed, mPath, reason);
    return false;
  };
  // The results were computed with the last run's method set, which may differ from the
  // project's current one (replaced since, or given for that run only).
  MethodSet set = project->methodSet();
  if (sqlite3 *connection = geoPackageConnection(project->dataset()))
  {
    SqlStatement run(connection, QByteArray("SELECT method_set_hash FROM ") +
                                     ProjectSchema::runsTable() + " ORDER BY fid DESC LIMIT 1");
    QString error;
    if (run.next() && !project->methodSetByHash(run.string(0), set, &error))
      return fail(error);
  }
  const Taxonomy taxonomy = project->taxonomy();
  const Language &words = Language::get(language);

  if (OGRFeatureUniquePtr unit = rowWhere(project->unitsLayer(), "unit_id", unitOrRegionId))
  {
    explanation = Explanation();
    explanation.unit = explainUnit(set, taxonomy, unitFacts(*unit), words);
    return !readFailed(*project, problem);
  }
  if (OGRFeatureUniquePtr region = rowWhere(project->regionsLayer(), "region_id", unitOrRegionId))
  {
    RegionFacts facts;
    facts.regionId = stringField(*region, "region_id");
    facts.name = stringField(*region, "name");
    facts.kind = stringField(*region, "kind");
    facts.rule = aggregationRule();
    const QString stored = stringField(*region, "level");
    facts.assessed = !stored.isEmpty();
    levelFromKey(stored, facts.storedLevel);
    QString error;
    if (!RegionMembers::read(*project, *region, facts.rule == AggregationRule::Density, facts,
                             &error))
      return readFailed(*project, problem) ? false : fail(error);
    explanation = Explanation();
    explanation.isRegion = true;
    explanation.region = explainRegion(set, taxonomy, facts, words);
    return !readFailed(*project, problem);
  }
  if (readFailed(*project, problem))
    return false;
  if (problem)
  {
    *problem = Problem::fileProblem(
        ProblemKind::NotInProject, mPath,
        tr("%1: the project has no unit or region with the id \"%2\"").arg(mPath, unitOrRegionId));
    problem->value = unitOrRegionId;
  }
  return false;
}

} // namespace riskatlas
