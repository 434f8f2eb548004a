#include "reporttemplates.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace riskatlas
{

namespace
{
const QString BuiltInFolder = QStringLiteral(":/riskatlas/report");
} // namespace

ReportTemplates::ReportTemplates(const QStringList &folders) : mFolders(folders) {}

QString ReportTemplates::userFolder()
{
  const QString fromEnvironment = qEnvironmentVariable("RISKATLAS_REPORT_TEMPLATE_DIR");
  if (!fromEnvironment.isEmpty())
    return fromEnvironment;
  return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
         QStringLiteral("/RiskAtlas/report");
}

QStringList ReportTemplates::blockNames()
{
  return {QStringLiteral("purpose"),
          QStringLiteral("basis"),
          QStringLiteral("scope"),
          QStringLiteral("methods"),
          QStringLiteral("organisation"),
          QStringLiteral("profile"),
          QStringLiteral("measures-major"),
          QStringLiteral("measures-significant"),
          QStringLiteral("measures-general"),
          QStringLiteral("measures-low"),
          QStringLiteral("conclusion"),
          QStringLiteral("disclaimer")};
}

QString ReportTemplates::find(const QString &relativePath, bool builtIn) const
{
  for (const QString &folder : mFolders)
  {
    if (folder.isEmpty())
      continue;
    const QString path = QDir(folder).filePath(relativePath);
    if (QFileInfo(path).isFile())
      return path;
  }
  if (builtIn)
  {
    const QString path = BuiltInFolder + QLatin1Char('/') + relativePath;
    if (QFileInfo::exists(path))
      return path;
  }
  return QString();
}

QString ReportTemplates::block(const QString &language, const QString &name) const
{
  const QString path = find(QStringLiteral("%1/%2.md").arg(language, name), true);
  QFile file(path);
  if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
    return QString();
  return QString::fromUtf8(file.readAll()).trimmed();
}

QString ReportTemplates::fill(const QString &language, const QString &name,
                              const QMap<QString, QString> &values) const
{
  return fillPlaceholders(block(language, name), values);
}

QString ReportTemplates::logoPath() const
{
  return find(QStringLiteral("logo.png"), false);
}

QMap<QString, QString> ReportTemplates::facts(QString *error) const
{
  QMap<QString, QString> facts;
  const QString path = find(QStringLiteral("report.json"), false);
  if (path.isEmpty())
    return facts;
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
  {
    if (error)
      *error = QStringLiteral("%1: %2").arg(path, file.errorString());
    return facts;
  }
  QJsonParseError parseError;
  const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
  if (!json.isObject())
  {
    if (error)
      *error = QStringLiteral("%1: %2").arg(path, parseError.errorString());
    return facts;
  }
  const QJsonObject object = json.object();
  for (auto it = object.begin(); it != object.end(); ++it)
    facts.insert(it.key(),
                 it.value().isString() ? it.value().toString() : it.value().toVariant().toString());
  return facts;
}

QString fillPlaceholders(QString text, const QMap<QString, QString> &values)
{
  for (auto it = values.begin(); it != values.end(); ++it)
    text.replace(QStringLiteral("{{%1}}").arg(it.key()), it.value());
  return text;
}

} // namespace riskatlas
