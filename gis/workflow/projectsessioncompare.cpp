// ProjectSession: this assessment against an older one.
#include "store/projectstore.h"
#include "workflow/levelsnapshot.h"
#include "workflow/projectsession.h"

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

} // namespace riskatlas
