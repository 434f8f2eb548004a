#include "jsonfile.h"

#include "outputfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>

namespace riskatlas
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(JsonFile)
};
} // namespace

bool readJsonObject(const QString &path, QJsonObject &object, QString *error)
{
  QFile file(path);
  if (!file.open(QIODevice::ReadOnly))
  {
    if (error)
      *error = Tr::tr("%1: cannot read: %2").arg(path, file.errorString());
    return false;
  }
  const QByteArray content = file.readAll();
  QJsonParseError parseError;
  const QJsonDocument document = QJsonDocument::fromJson(content, &parseError);
  if (parseError.error != QJsonParseError::NoError)
  {
    const int line = content.left(parseError.offset).count('\n') + 1;
    if (error)
      *error = Tr::tr("%1: line %2: %3").arg(path).arg(line).arg(parseError.errorString());
    return false;
  }
  if (!document.isObject())
  {
    if (error)
      *error = Tr::tr("%1: expected a JSON object").arg(path);
    return false;
  }
  object = document.object();
  return true;
}

bool writeJsonObject(const QString &path, const QJsonObject &object, QString *error)
{
  return writeOutputFile(path, QJsonDocument(object).toJson(QJsonDocument::Indented), error);
}

} // namespace riskatlas
