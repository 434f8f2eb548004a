#include "outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>
#include <cerrno>
#include <cstdio>
#include <cstring>
#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(OutputFile)
};

// Bytes reach the disk before the rename, so a crash cannot leave a renamed empty file.
void syncToDisk(const QString &path)
{
#ifdef Q_OS_UNIX
  QFile file(path);
  if (file.open(QIODevice::ReadOnly))
    ::fsync(file.handle());
#else
  Q_UNUSED(path)
#endif
}
/**
 * A zip archive starts with a local file header and ends with the end-of-central-directory
 * record: its signature, 18 bytes, then a comment of the length those bytes give.
 */
bool isWholeZip(QFile &file)
{
  constexpr qint64 RecordSize = 22;
  constexpr qint64 MaxComment = 0xFFFF;
  const qint64 size = file.size();
  if (size < RecordSize + 4)
    return false;
  file.seek(0);
  if (file.read(4) != QByteArray("PK\x03\x04", 4))
    return false;
  const qint64 start = qMax<qint64>(0, size - RecordSize - MaxComment);
  file.seek(start);
  const QByteArray tail = file.readAll();
  for (qint64 at = tail.size() - RecordSize; at >= 0; --at)
  {
    if (tail.at(at) != 'P' || tail.mid(at, 4) != QByteArray("PK\x05\x06", 4))
      continue;
    const auto low = static_cast<unsigned char>(tail.at(at + 20));
    const auto high = static_cast<unsigned char>(tail.at(at + 21));
    if (at + RecordSize + (low | (high << 8)) == tail.size())
      return true;
  }
  return false;
}
} // namespace

OutputFile::OutputFile(const QString &target) : mTarget(target), mResolved(target)
{
  const QFileInfo info(target);
  if (info.exists())
  {
    mResolved = info.canonicalFilePath();
    mRegular = info.isFile();
  }
}

OutputFile::~OutputFile()
{
  if (mTemp && !mCommitted)
  {
    mTemp->close();
    QFile::remove(mTempPath);
  }
}

bool OutputFile::fail(QString *error, const QString &reason)
{
  if (error)
    *error = Tr::tr("%1: cannot write: %2").arg(mTarget, reason);
  if (mTemp)
  {
    mTemp->close();
    QFile::remove(mTempPath);
    mTemp.reset();
  }
  return false;
}

bool OutputFile::open(QString *error)
{
  const QFileInfo target(mResolved);
  if (target.isDir())
    return fail(error, Tr::tr("it is a folder"));
  // A rename could replace a file its owner made read-only; refuse as writing into it would.
  if (target.exists() && !target.isWritable())
    return fail(error, Tr::tr("the file is read-only"));
  const QString folder = mRegular ? target.absolutePath() : QDir::tempPath();
  // Named after the target as given: a link "map.png" to /dev/full still makes a PNG.
  const QFileInfo given(mTarget);
  const QString suffix = given.suffix().isEmpty() ? QString() : QLatin1Char('.') + given.suffix();
  auto temp = std::make_unique<QTemporaryFile>(
      QStringLiteral("%1/.%2.tmp-XXXXXX%3").arg(folder, given.completeBaseName(), suffix));
  temp->setAutoRemove(false);
  if (!temp->open())
    return fail(error, temp->errorString());
  mTempPath = temp->fileName(); // read while open: the name must exist on disk
  mTemp = std::move(temp);
  return true;
}

QIODevice &OutputFile::device()
{
  Q_ASSERT(mTemp);
  return *mTemp;
}

QString OutputFile::writePath() const
{
  return mTempPath;
}

void OutputFile::expectHtml()
{
  setExpectedTail(QByteArrayLiteral("</html>"));
}

bool OutputFile::commit(QString *error)
{
  if (!mTemp)
    return fail(error, Tr::tr("nothing was written"));
  if (mTemp->isOpen() && !mTemp->flush())
    return fail(error, mTemp->errorString());
  if (mTemp->error() != QFileDevice::NoError)
    return fail(error, mTemp->errorString());
  mTemp->close();
  const QString &written = mTempPath;
  {
    QFile check(written);
    if (!check.open(QIODevice::ReadOnly) || check.size() == 0)
      return fail(error, Tr::tr("nothing was written"));
    if (mExpectZip && !check.peek(4).startsWith(QByteArray("PK\x03\x04", 4)))
      return fail(error, Tr::tr("the written file is not of the expected format"));
    if (!mExpectedTail.isEmpty())
    {
      check.seek(qMax<qint64>(0, check.size() - 1024));
      if (!check.readAll().contains(mExpectedTail))
        return fail(error, Tr::tr("the written file is incomplete"));
    }
    if (mExpectZip && !isWholeZip(check))
      return fail(error, Tr::tr("the written file is incomplete"));
  }
  if (!mRegular)
    return copyIntoTarget(error);
  const QFileInfo old(mResolved);
  QFile::setPermissions(written, old.exists()
                                     ? old.permissions()
                                     : QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ReadUser | QFileDevice::WriteUser |
                                           QFileDevice::ReadGroup | QFileDevice::ReadOther);
  syncToDisk(written);
  // POSIX rename replaces the target in one step: readers see the old file or the new one.
  if (std::rename(QFile::encodeName(written).constData(),
                  QFile::encodeName(mResolved).constData()) != 0)
    return fail(error, QString::fromLocal8Bit(std::strerror(errno)));
  mCommitted = true;
  return true;
}

bool OutputFile::copyIntoTarget(QString *error)
{
  QFile from(mTempPath);
  QFile to(mResolved);
  if (!from.open(QIODevice::ReadOnly))
    return fail(error, from.errorString());
  // Unbuffered: each write reaches the device now, so its failure is seen here.
  if (!to.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
    return fail(error, to.errorString());
  while (!from.atEnd())
  {
    const QByteArray chunk = from.read(1 << 16);
    if (chunk.isEmpty() || to.write(chunk) != chunk.size())
      return fail(error,
                  to.error() != QFileDevice::NoError ? to.errorString() : from.errorString());
  }
  if (!to.flush())
    return fail(error, to.errorString());
  from.close();
  QFile::remove(from.fileName());
  mCommitted = true;
  return true;
}

bool writeOutputFile(const QString &path, const QByteArray &bytes, QString *error)
{
  OutputFile output(path);
  if (!output.open(error))
    return false;
  output.device().write(bytes); // a failed write is reported by commit()
  return output.commit(error);
}

} // namespace riskatlas
