#pragma once

#include <QJsonObject>
#include <QString>

namespace riskatlas
{

//! Reads a JSON object from a file; false with an error naming the file (and line for syntax).
bool readJsonObject(const QString &path, QJsonObject &object, QString *error);
//! Writes \a object as indented UTF-8 JSON, atomically.
bool writeJsonObject(const QString &path, const QJsonObject &object, QString *error);

} // namespace riskatlas
