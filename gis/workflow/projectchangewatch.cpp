#include "workflow/projectchangewatch.h"

#include "support/geopackagesql.h"
#include "support/readonlyconnection.h"

namespace riskatlas
{

std::unique_ptr<ProjectChangeWatch> ProjectChangeWatch::open(const QString &path, QString *error)
{
  // A short busy timeout: a look that meets a writer's lock simply looks again later.
  auto connection = std::make_unique<ReadOnlyConnection>(path, 50);
  if (!connection->isOpen())
  {
    if (error)
      *error = connection->error();
    return nullptr;
  }
  std::unique_ptr<ProjectChangeWatch> watch(new ProjectChangeWatch(path, std::move(connection)));
  watch->rebaseline();
  return watch;
}

ProjectChangeWatch::ProjectChangeWatch(const QString &path,
                                       std::unique_ptr<ReadOnlyConnection> connection)
    : mPath(path), mConnection(std::move(connection))
{
}

ProjectChangeWatch::~ProjectChangeWatch() = default;

qint64 ProjectChangeWatch::dataVersion() const
{
  SqlStatement statement(mConnection->handle(), "PRAGMA data_version");
  return statement.next() ? statement.integer(0) : -1;
}

bool ProjectChangeWatch::changedSinceLastLook()
{
  const qint64 version = dataVersion();
  if (version < 0)
    return false;
  const bool changed = mVersion >= 0 && version != mVersion;
  mVersion = version;
  return changed;
}

void ProjectChangeWatch::rebaseline()
{
  mVersion = dataVersion();
}

} // namespace riskatlas
