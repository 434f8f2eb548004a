#include "preferences.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace riskatlas
{

namespace
{
const QString recentKey = QStringLiteral("workbench/recentProjects");
} // namespace

QStringList Preferences::recentProjects()
{
  QStringList existing;
  for (const QString &path : QSettings().value(recentKey).toStringList())
    if (QFileInfo::exists(path))
      existing << path;
  return existing;
}

void Preferences::addRecentProject(const QString &path)
{
  const QString absolute = QFileInfo(path).absoluteFilePath();
  QStringList recent = QSettings().value(recentKey).toStringList();
  recent.removeAll(absolute);
  recent.prepend(absolute);
  while (recent.size() > maxRecentProjects)
    recent.removeLast();
  QSettings().setValue(recentKey, recent);
  setProjectFolder(QFileInfo(absolute).absolutePath());
}

void Preferences::removeRecentProject(const QString &path)
{
  QStringList recent = QSettings().value(recentKey).toStringList();
  recent.removeAll(QFileInfo(path).absoluteFilePath());
  QSettings().setValue(recentKey, recent);
}

QString Preferences::language()
{
  return QSettings().value(QStringLiteral("workbench/language")).toString();
}

void Preferences::setLanguage(const QString &code)
{
  QSettings().setValue(QStringLiteral("workbench/language"), code);
}

QByteArray Preferences::windowGeometry()
{
  return QSettings().value(QStringLiteral("workbench/geometry")).toByteArray();
}

QByteArray Preferences::windowState()
{
  return QSettings().value(QStringLiteral("workbench/state")).toByteArray();
}

void Preferences::setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
  QSettings settings;
  settings.setValue(QStringLiteral("workbench/geometry"), geometry);
  settings.setValue(QStringLiteral("workbench/state"), state);
}

QString Preferences::analystName()
{
  const QString name = QSettings().value(QStringLiteral("workbench/analystName")).toString();
  if (!name.trimmed().isEmpty())
    return name.trimmed();
  const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
  return user.isEmpty() ? QStringLiteral("unknown") : user;
}

void Preferences::setAnalystName(const QString &name)
{
  QSettings().setValue(QStringLiteral("workbench/analystName"), name.trimmed());
}

QString Preferences::projectFolder()
{
  return QSettings().value(QStringLiteral("workbench/projectFolder"), QDir::homePath()).toString();
}

void Preferences::setProjectFolder(const QString &folder)
{
  QSettings().setValue(QStringLiteral("workbench/projectFolder"), folder);
}

} // namespace riskatlas
