#include "outputfolder.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QUrl>

namespace riskatlas
{

bool openOutputFolder(const QString &file)
{
  if (file.isEmpty() || qEnvironmentVariableIsSet("CI") ||
      qEnvironmentVariableIsSet("RISKATLAS_NO_OPEN"))
    return false;
  const QFileInfo info(file);
  const QString folder = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
  return QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
}

} // namespace riskatlas
