#include "reporttemplatearchive.h"

#include "reporttemplates.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(ReportTemplateArchive)
};

const QString LogoFile = QStringLiteral("logo.png");
const QString FactsFile = QStringLiteral("report.json");
} // namespace

QStringList ReportTemplateArchive::knownFiles()
{
  QStringList names;
  for (const QString &language : {QStringLiteral("zh"), QStringLiteral("en")})
    for (const QString &block : ReportTemplates::blockNames())
      names << QStringLiteral("%1/%2.md").arg(language, block);
  names << LogoFile << FactsFile;
  return names;
}

bool ReportTemplateArchive::checkFile(const QString &name, const QString &shownAs,
                                      const QByteArray &content, QString *error)
{
  if (name == LogoFile && !content.startsWith("\x89PNG\r\n\x1a\n"))
  {
    *error = Tr::tr("%1: the logo must be a PNG image").arg(shownAs);
    return false;
  }
  if (name == FactsFile)
  {
    QJsonParseError parse;
    const QJsonDocument json = QJsonDocument::fromJson(content, &parse);
    if (!json.isObject())
    {
      *error = Tr::tr("%1: not a JSON object of project facts (%2)")
                   .arg(shownAs, parse.error == QJsonParseError::NoError ? Tr::tr("not an object")
                                                                         : parse.errorString());
      return false;
    }
  }
  return true;
}

bool ReportTemplateArchive::readFolder(const QString &folder, ReportTemplateArchive &archive,
                                       QString *error)
{
  ReportTemplateArchive read;
  const QDir dir(folder);
  for (const QString &name : knownFiles())
  {
    const QString path = dir.filePath(name);
    if (!QFileInfo(path).isFile())
      continue;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
    {
      *error = Tr::tr("%1: cannot read: %2").arg(path, file.errorString());
      return false;
    }
    const QByteArray content = file.readAll();
    if (!checkFile(name, path, content, error))
      return false;
    read.mFiles.insert(name, content);
  }
  if (read.isEmpty())
  {
    *error = Tr::tr("%1: holds no report template file (zh/purpose.md … en/disclaimer.md, "
                    "logo.png, report.json)")
                 .arg(folder);
    return false;
  }
  archive = read;
  return true;
}

bool ReportTemplateArchive::fromJson(const QString &text, ReportTemplateArchive &archive,
                                     QString *error)
{
  const QJsonObject files =
      QJsonDocument::fromJson(text.toUtf8()).object().value(QStringLiteral("files")).toObject();
  if (files.isEmpty())
  {
    *error = Tr::tr("the stored report template is damaged");
    return false;
  }
  ReportTemplateArchive read;
  const QStringList known = knownFiles();
  for (auto it = files.begin(); it != files.end(); ++it)
  {
    const QByteArray content = QByteArray::fromBase64(it.value().toString().toLatin1());
    QString fault;
    if (!known.contains(it.key()) || !checkFile(it.key(), it.key(), content, &fault))
    {
      *error = Tr::tr("the stored report template is damaged (%1)").arg(it.key());
      return false;
    }
    read.mFiles.insert(it.key(), content);
  }
  archive = read;
  return true;
}

QString ReportTemplateArchive::toJson() const
{
  QJsonObject files;
  for (auto it = mFiles.begin(); it != mFiles.end(); ++it)
    files.insert(it.key(), QString::fromLatin1(it.value().toBase64()));
  return QString::fromUtf8(
      QJsonDocument(QJsonObject{{QStringLiteral("files"), files}}).toJson(QJsonDocument::Compact));
}

bool ReportTemplateArchive::writeFolder(const QString &folder, QString *error) const
{
  const QDir dir(folder);
  for (auto it = mFiles.begin(); it != mFiles.end(); ++it)
  {
    const QString path = dir.filePath(it.key());
    QFile file(path);
    if (!QDir().mkpath(QFileInfo(path).path()) || !file.open(QIODevice::WriteOnly) ||
        file.write(it.value()) != it.value().size() || !file.flush())
    {
      *error = Tr::tr("%1: cannot write: %2").arg(path, file.errorString());
      return false;
    }
  }
  return true;
}

} // namespace riskatlas
