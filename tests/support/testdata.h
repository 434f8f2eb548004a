#pragma once

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

namespace riskatlas::test
{

//! The repository's root (set by CTest), for the bundled sample and resources.
inline QString sourceDir()
{
  return qEnvironmentVariable("RISKATLAS_SOURCE_DIR");
}

inline QString sampleFile(const QString &name)
{
  return QDir(sourceDir()).filePath(QStringLiteral("projects/sample-city/") + name);
}

//! The bytes of \a path (fails the process when it cannot be read).
inline QByteArray readFile(const QString &path)
{
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
    qFatal("cannot read %s", qPrintable(path));
  return file.readAll();
}

//! Writes \a content (UTF-8) to \a path; returns the path.
inline QString writeFile(const QString &path, const QByteArray &content)
{
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly))
    qFatal("cannot write %s", qPrintable(path));
  file.write(content);
  return path;
}

} // namespace riskatlas::test
