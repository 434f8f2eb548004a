#include "workflow/projectregionkinds.h"

#include "regionkind.h"
#include "store/projectstore.h"
#include "support/geopackagesql.h"

#include <QSet>

namespace riskatlas
{

QStringList projectRegionKinds(const QString &projectPath, Problem *problem)
{
  QString error;
  ProblemKind kind = ProblemKind::Failed;
  auto store = ProjectStore::open(projectPath, OpenMode::ReadOnly, &error, &kind);
  if (!store)
  {
    if (problem)
      *problem = Problem::fileProblem(kind, projectPath, error);
    return {};
  }
  if (!store->regionsLayer())
    return {}; // no region imported yet: the table is made by the first
  QSet<QString> present;
  SqlStatement query(geoPackageConnection(store->dataset()),
                     QByteArrayLiteral("SELECT DISTINCT kind FROM regions"));
  while (query.isValid() && query.next())
    present.insert(query.string(0));
  if (!query.isValid() || query.failed())
  {
    if (problem)
      *problem = Problem::fileProblem(ProblemKind::Damaged, projectPath, query.error());
    return {};
  }
  QStringList kinds;
  for (const QString &key : regionKindKeys())
    if (present.contains(key))
      kinds << key;
  return kinds;
}

} // namespace riskatlas
