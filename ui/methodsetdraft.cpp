#include "methodsetdraft.h"

#include "changejsonvalue.h"

#include <QJsonArray>
#include <QLocale>

namespace riskatlas
{

namespace
{
bool isIndex(const QString &key, int *index)
{
  bool ok = false;
  *index = key.toInt(&ok);
  return ok && *index >= 0;
}

QJsonValue valueAt(const QJsonValue &root, const QStringList &path, int depth)
{
  if (depth == path.size())
    return root;
  int index = 0;
  if (root.isArray() && isIndex(path.at(depth), &index))
  {
    const QJsonArray array = root.toArray();
    return index < array.size() ? valueAt(array.at(index), path, depth + 1)
                                : QJsonValue(QJsonValue::Undefined);
  }
  if (root.isObject())
  {
    const QJsonObject object = root.toObject();
    return object.contains(path.at(depth)) ? valueAt(object.value(path.at(depth)), path, depth + 1)
                                           : QJsonValue(QJsonValue::Undefined);
  }
  return QJsonValue(QJsonValue::Undefined);
}

//! \a root with the value at \a path replaced (missing objects are made on the way).
QJsonValue replaced(const QJsonValue &root, const QStringList &path, int depth,
                    const QJsonValue &value)
{
  if (depth == path.size())
    return value;
  int index = 0;
  if (root.isArray() && isIndex(path.at(depth), &index))
  {
    QJsonArray array = root.toArray();
    while (array.size() <= index)
      array.append(QJsonValue());
    array[index] = replaced(array.at(index), path, depth + 1, value);
    return array;
  }
  QJsonObject object = root.toObject();
  const QJsonValue inner = replaced(object.value(path.at(depth)), path, depth + 1, value);
  if (inner.isUndefined())
    object.remove(path.at(depth));
  else
    object.insert(path.at(depth), inner);
  return object;
}
} // namespace

MethodSetDraft::MethodSetDraft(const Taxonomy &taxonomy, const MethodSet &set, QObject *parent)
    : QObject(parent), mTaxonomy(taxonomy), mJson(set.toJson()), mSet(set)
{
  check();
}

QJsonValue MethodSetDraft::value(const QStringList &path) const
{
  return valueAt(mJson, path, 0);
}

void MethodSetDraft::setValue(const QStringList &path, const QJsonValue &value, const QString &text)
{
  const QJsonValue old = this->value(path);
  if (old == value)
    return;
  mUndoStack.push(new ChangeJsonValue(this, path, old, value, text));
}

void MethodSetDraft::applyValue(const QStringList &path, const QJsonValue &value)
{
  mJson = replaced(mJson, path, 0, value).toObject();
  check();
  emit changed();
}

void MethodSetDraft::check()
{
  mProblems.clear();
  MethodSet parsed;
  if (MethodSet::readJson(mJson, parsed, mProblems))
  {
    mProblems = parsed.validate(mTaxonomy);
    mProblems += descriptorProblems();
    if (mProblems.isEmpty())
      mSet = parsed;
  }
  else
  {
    mProblems += descriptorProblems();
  }
}

QStringList MethodSetDraft::descriptorProblems() const
{
  // The reader takes a factor value without a meaning; the editor does not let one be made:
  // the report's parameter tables and the unit editor print them.
  QStringList problems;
  QList<QStringList> methods{{QStringLiteral("default")}};
  for (const QString &scope : {QStringLiteral("categories"), QStringLiteral("sectors")})
    for (const QString &key : mJson.value(scope).toObject().keys())
      methods.append({scope, key});
  for (const QStringList &method : methods)
  {
    const QJsonArray factors = value(method + QStringList{QStringLiteral("factors")}).toArray();
    for (int f = 0; f < factors.size(); ++f)
    {
      const QJsonArray values = factors.at(f).toObject().value(QStringLiteral("values")).toArray();
      for (int v = 0; v < values.size(); ++v)
      {
        const QJsonObject entry = values.at(v).toObject();
        const QStringList path = method + QStringList{QStringLiteral("factors"), QString::number(f),
                                                      QStringLiteral("values"), QString::number(v)};
        if (entry.value(QStringLiteral("zh")).toString().trimmed().isEmpty())
          problems << tr("%1: the Chinese meaning of the value is empty")
                          .arg(pathText(path + QStringList{QStringLiteral("zh")}));
        if (entry.value(QStringLiteral("en")).toString().trimmed().isEmpty())
          problems << tr("%1: the English meaning of the value is empty")
                          .arg(pathText(path + QStringList{QStringLiteral("en")}));
      }
    }
  }
  return problems;
}

LevelPalette MethodSetDraft::palette() const
{
  LevelPalette palette;
  const QJsonObject json = mJson.value(QStringLiteral("palette")).toObject();
  for (RiskLevel level : LevelPalette::levels())
    palette.setColor(level, json.value(levelKey(level)).toString());
  return palette;
}

QString MethodSetDraft::levelText(RiskLevel level)
{
  return levelName(level, QLocale().language() == QLocale::Chinese ? QStringLiteral("zh")
                                                                   : QStringLiteral("en"));
}

QString MethodSetDraft::pathText(const QStringList &path)
{
  QString text;
  for (const QString &key : path)
  {
    int index = 0;
    if (isIndex(key, &index))
      text += QStringLiteral("[%1]").arg(index);
    else
      text += (text.isEmpty() ? QString() : QStringLiteral(".")) + key;
  }
  return text;
}

QStringList MethodSetDraft::problemsAt(const QStringList &path) const
{
  const QString prefix = pathText(path);
  QStringList found;
  for (const QString &problem : mProblems)
  {
    const int colon = problem.indexOf(QStringLiteral(": "));
    const QString where = colon < 0 ? QString() : problem.left(colon);
    if (where == prefix || where.startsWith(prefix + QLatin1Char('.')) ||
        where.startsWith(prefix + QLatin1Char('[')))
      found << problem.mid(colon + 2);
    else if (prefix.isEmpty())
      found << problem;
  }
  return found;
}

} // namespace riskatlas
