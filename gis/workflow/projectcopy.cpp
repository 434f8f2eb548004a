#include "workflow/projectcopy.h"

#include "workflow/projectsession.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <cstdio>
#include <sqlite3.h>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(ProjectCopy)
};

bool vacuumInto(const QString &source, const QString &target, QString *error)
{
  sqlite3 *db = nullptr;
  const QByteArray sourceName = QFile::encodeName(source);
  if (sqlite3_open_v2(sourceName.constData(), &db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
  {
    *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_close(db);
    return false;
  }
  sqlite3_busy_timeout(db, 5000);
  sqlite3_stmt *statement = nullptr;
  bool ok = sqlite3_prepare_v2(db, "VACUUM INTO ?", -1, &statement, nullptr) == SQLITE_OK;
  if (ok)
  {
    const QByteArray targetName = target.toUtf8();
    sqlite3_bind_text(statement, 1, targetName.constData(), -1, SQLITE_TRANSIENT);
    ok = sqlite3_step(statement) == SQLITE_DONE;
  }
  if (!ok)
    *error = QString::fromUtf8(sqlite3_errmsg(db));
  sqlite3_finalize(statement);
  sqlite3_close(db);
  return ok;
}
} // namespace

bool copyProject(const QString &source, const QString &target, Problem *problem)
{
  const QString absoluteSource = QFileInfo(source).absoluteFilePath();
  const QString absoluteTarget = QFileInfo(target).absoluteFilePath();
  auto fail = [&](const QString &reason)
  {
    if (problem)
      *problem = Problem::fileProblem(ProblemKind::Failed, target, reason);
    return false;
  };
  if (absoluteSource == absoluteTarget)
    return fail(Tr::tr("%1: a copy cannot replace the project it copies").arg(target));
  // A temporary name beside the target: the rename is then atomic, and a failed copy leaves
  // any file of that name as it was.
  QString temporaryPath;
  {
    QTemporaryFile placeholder(
        QFileInfo(absoluteTarget)
            .dir()
            .filePath(QStringLiteral(".%1.tmp-XXXXXX.gpkg")
                          .arg(QFileInfo(absoluteTarget).completeBaseName())));
    if (!placeholder.open())
      return fail(
          Tr::tr("%1: cannot write in its folder: %2").arg(target, placeholder.errorString()));
    temporaryPath = placeholder.fileName();
  }
  QString error;
  if (!vacuumInto(absoluteSource, temporaryPath, &error))
  {
    QFile::remove(temporaryPath);
    return fail(Tr::tr("%1: cannot copy %2 into it: %3").arg(target, source, error));
  }
  // POSIX rename replaces atomically; elsewhere the old file goes first.
  const bool renamed = std::rename(QFile::encodeName(temporaryPath).constData(),
                                   QFile::encodeName(absoluteTarget).constData()) == 0 ||
                       ((!QFile::exists(absoluteTarget) || QFile::remove(absoluteTarget)) &&
                        QFile::rename(temporaryPath, absoluteTarget));
  if (!renamed)
  {
    QFile::remove(temporaryPath);
    return fail(Tr::tr("%1: cannot write it").arg(target));
  }
  // Opening for writing rewrites the embedded QGIS project of a renamed file.
  auto copy = ProjectSession::open(absoluteTarget, problem);
  return copy != nullptr;
}

} // namespace riskatlas
