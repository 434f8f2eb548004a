#include "workflow/projectchangewatch.h"

#include "support/geopackagesql.h"
#include "support/readonlyconnection.h"

#include <QFile>
#include <QFileInfo>
#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace riskatlas
{

namespace
{
//! The file \a path names now, as device and inode; empty when none or not knowable here.
QByteArray fileIdentity(const QString &path)
{
#ifdef Q_OS_UNIX
  struct stat status = {};
  if (::stat(QFile::encodeName(path).constData(), &status) != 0)
    return QByteArray();
  return QByteArray::number(static_cast<qulonglong>(status.st_dev)) + ':' +
         QByteArray::number(static_cast<qulonglong>(status.st_ino));
#else
  Q_UNUSED(path)
  return QByteArray();
#endif
}
} // namespace

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
  // Taken after the connection opened the file: the identity of the file the watch reads.
  watch->mIdentity = fileIdentity(path);
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

bool ProjectChangeWatch::fileReplaced() const
{
  if (fileMissing())
    return true;
  return !mIdentity.isEmpty() && fileIdentity(mPath) != mIdentity;
}

bool ProjectChangeWatch::fileMissing() const
{
  return !QFileInfo::exists(mPath);
}

} // namespace riskatlas
