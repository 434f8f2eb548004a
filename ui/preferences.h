#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace riskatlas
{

/**
 * The workbench's settings behind one typed class (Tiled's Preferences): recent projects, the
 * chosen language, the window's geometry and dock layout. Stored with QSettings under the
 * application's organisation, never in the user's QGIS profile.
 */
class Preferences
{
public:
  static constexpr int maxRecentProjects = 10;

  //! Most recent first; files that no longer exist are left out.
  static QStringList recentProjects();
  static void addRecentProject(const QString &path);
  static void removeRecentProject(const QString &path);

  //! "zh", "en", or empty to follow the system locale.
  static QString language();
  static void setLanguage(const QString &code);

  static QByteArray windowGeometry();
  static QByteArray windowState();
  static void setWindowLayout(const QByteArray &geometry, const QByteArray &state);

  //! Who the audit log names for this workbench's edits: the name set, else the OS user.
  static QString analystName();
  static void setAnalystName(const QString &name);

  //! The folder the last project was opened from or saved to.
  static QString projectFolder();
  static void setProjectFolder(const QString &folder);
};

} // namespace riskatlas
