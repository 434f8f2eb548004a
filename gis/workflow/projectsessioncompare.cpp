// ProjectSession: this assessment against an older one.
#include "assess/projectsummary.h"
#include "maps/changemap.h"
#include "regionkind.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "workflow/levelsnapshot.h"
#include "workflow/mapexportsteps.h"
#include "workflow/projectsession.h"

#include <QFileInfo>

namespace riskatlas
{

namespace
{
//! The units and regions of \a store with their final levels.
void readCompared(ProjectStore &store, QList<ComparedItem> &units, QList<ComparedItem> &regions)
{
  const ReviewSnapshot snapshot = readLevelSnapshot(store);
  units = snapshot.units;
  regions = snapshot.regions;
}
} // namespace

bool ProjectSession::compareWith(const QString &older, AssessmentComparison &comparison,
                                 Problem *problem)
{
  ProjectStore *project = store(problem);
  if (!project)
    return false;
  QList<ComparedItem> newUnits, newRegions, oldUnits, oldRegions;
  readCompared(*project, newUnits, newRegions);
  if (readFailed(*project, problem))
    return false;
  if (older == mPath)
  {
    oldUnits = newUnits;
    oldRegions = newRegions;
  }
  else
  {
    const std::unique_ptr<ProjectSession> other = open(older, OpenMode::ReadOnly, problem);
    if (!other)
      return false;
    ProjectStore *otherStore = other->store(problem);
    if (!otherStore)
      return false;
    readCompared(*otherStore, oldUnits, oldRegions);
    if (other->readFailed(*otherStore, problem))
      return false;
  }
  comparison = compareAssessments(oldUnits, newUnits, oldRegions, newRegions);
  return true;
}

namespace
{
//! The day of \a store's last assessment (its audit log), else the day it was created.
QString assessmentDay(ProjectStore &store)
{
  const QList<AuditEntry> log = store.auditLog();
  for (auto entry = log.crbegin(); entry != log.crend(); ++entry)
    if (entry->action == QLatin1String("assess"))
      return entry->timestamp.left(10);
  return store.metadata(ProjectSchema::createdKey()).left(10);
}
} // namespace

bool ProjectSession::readComparedProjects(const QString &older, ComparedProjects &compared,
                                          Problem *problem)
{
  if (!compareWith(older, compared.comparison, problem))
    return false;
  ProjectStore *project = store(problem);
  if (!project)
    return false;
  compared.newer = {project->path(), project->projectName(), assessmentDay(*project)};
  if (older == mPath)
  {
    compared.older = compared.newer;
    return true;
  }
  const std::unique_ptr<ProjectSession> other = open(older, OpenMode::ReadOnly, problem);
  ProjectStore *otherStore = other ? other->store(problem) : nullptr;
  if (!otherStore)
    return false;
  compared.older = {otherStore->path(), otherStore->projectName(), assessmentDay(*otherStore)};
  return true;
}

MapExport ProjectSession::exportChangeMap(const QString &older, const MapRequest &request,
                                          const QString &file)
{
  MapExport result;
  ComparedProjects compared;
  if (!readComparedProjects(older, compared, &result.problem))
    return result;
  ProjectStore *project = store(&result.problem);
  if (!project)
    return result;
  MapOptions options = mapOptionsFor(request, *project);
  options.projectName = compared.newer.name;
  warnAboutFont();
  const std::unique_ptr<RiskMapLayout> map =
      buildChangeMap(compared.older, compared.newer, compared.comparison, options);
  writeMapLayout(*map, file, result);
  return result;
}

} // namespace riskatlas
