#include "auditdescription.h"

#include "inputfields.h"
#include "language.h"
#include "risklevel.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace riskatlas
{

QString auditActionText(const QString &action, const Language &language)
{
  // QT_TRANSLATE_NOOP keeps the texts in the translation files; Language translates them.
  static const QHash<QString, const char *> texts{
      {QStringLiteral("new"), QT_TRANSLATE_NOOP("AuditDescription", "Project created")},
      {QStringLiteral("migrate"), QT_TRANSLATE_NOOP("AuditDescription", "Project format updated")},
      {QStringLiteral("set-crs"), QT_TRANSLATE_NOOP("AuditDescription", "CRS set")},
      {QStringLiteral("import-units"), QT_TRANSLATE_NOOP("AuditDescription", "Units imported")},
      {QStringLiteral("import-regions"), QT_TRANSLATE_NOOP("AuditDescription", "Regions imported")},
      {QStringLiteral("make-grid"), QT_TRANSLATE_NOOP("AuditDescription", "Grid made")},
      {QStringLiteral("assess"), QT_TRANSLATE_NOOP("AuditDescription", "Assessed")},
      {QStringLiteral("level"), QT_TRANSLATE_NOOP("AuditDescription", "Level changed")},
      {QStringLiteral("set-method-set"),
       QT_TRANSLATE_NOOP("AuditDescription", "Method set replaced")},
      {QStringLiteral("set-taxonomy"), QT_TRANSLATE_NOOP("AuditDescription", "Taxonomy replaced")},
      {QStringLiteral("edit-unit"), QT_TRANSLATE_NOOP("AuditDescription", "Unit edited")},
      {QStringLiteral("override-level"), QT_TRANSLATE_NOOP("AuditDescription", "Level overridden")},
      {QStringLiteral("clear-override"), QT_TRANSLATE_NOOP("AuditDescription", "Override cleared")},
      {QStringLiteral("move-unit"), QT_TRANSLATE_NOOP("AuditDescription", "Unit moved")},
      {QStringLiteral("add-unit"), QT_TRANSLATE_NOOP("AuditDescription", "Unit added")},
      {QStringLiteral("delete-unit"), QT_TRANSLATE_NOOP("AuditDescription", "Unit deleted")},
      {QStringLiteral("undo-add-unit"), QT_TRANSLATE_NOOP("AuditDescription", "Addition undone")},
      {QStringLiteral("restore-unit"), QT_TRANSLATE_NOOP("AuditDescription", "Unit restored")},
      {QStringLiteral("undo"), QT_TRANSLATE_NOOP("AuditDescription", "Undone")},
      {QStringLiteral("redo"), QT_TRANSLATE_NOOP("AuditDescription", "Redone")},
      {QStringLiteral("review-start"),
       QT_TRANSLATE_NOOP("AuditDescription", "Review session started")},
      {QStringLiteral("review-end"),
       QT_TRANSLATE_NOOP("AuditDescription", "Review session ended")}};
  const char *text = texts.value(action);
  return text ? language.translate("AuditDescription", text) : action;
}

bool isUnitRecordAuditAction(const QString &action)
{
  return action == QLatin1String("add-unit") || action == QLatin1String("delete-unit") ||
         action == QLatin1String("undo-add-unit") || action == QLatin1String("restore-unit");
}

bool isUnitChangeAuditAction(const QString &action)
{
  static const QSet<QString> changes{
      QStringLiteral("edit-unit"),      QStringLiteral("override-level"),
      QStringLiteral("clear-override"), QStringLiteral("move-unit"),
      QStringLiteral("add-unit"),       QStringLiteral("delete-unit"),
      QStringLiteral("undo-add-unit"),  QStringLiteral("restore-unit"),
      QStringLiteral("undo"),           QStringLiteral("redo")};
  return changes.contains(action);
}

QString auditRecordSummary(const QString &recordJson)
{
  const QJsonObject record = QJsonDocument::fromJson(recordJson.toUtf8()).object();
  if (record.isEmpty())
    return QStringLiteral("—");
  QStringList parts;
  for (const char *field : {"unit_id", "name", "sector", "level"})
  {
    const QString value = record.value(QLatin1String(field)).toString();
    if (!value.isEmpty())
      parts << value;
  }
  return parts.join(QStringLiteral(" · "));
}

QString auditChangeText(const AuditEntry &entry, const Language &language)
{
  const QString arrow = language.translate("AuditDescription", "%1 → %2");
  if (isUnitRecordAuditAction(entry.action))
    // A unit added, deleted or restored: its record in brief.
    return arrow.arg(auditRecordSummary(entry.oldValue), auditRecordSummary(entry.newValue));
  // An edit of fields: each field that changed, by its name, "Likelihood: 4 → 1".
  const QJsonObject before = QJsonDocument::fromJson(entry.oldValue.toUtf8()).object();
  const QJsonObject after = QJsonDocument::fromJson(entry.newValue.toUtf8()).object();
  if (!before.isEmpty() || !after.isEmpty())
  {
    QStringList fields = before.keys();
    for (const QString &key : after.keys())
      if (!fields.contains(key))
        fields << key;
    QStringList changes;
    for (const QString &field : fields)
    {
      if (field == QLatin1String("override_reason") &&
          after.value(field).toString() == entry.reason)
        continue; // the entry's own reason, said beside it
      const auto text = [&](const QJsonObject &values)
      {
        const QString value = values.value(field).toString();
        RiskLevel level = RiskLevel::None;
        if (field == QLatin1String("level_override") && levelFromKey(value, level))
          return levelName(level, language.code());
        return value.isEmpty() ? QStringLiteral("—") : value;
      };
      const QString name =
          field == QLatin1String("level_override")
              ? language.translate("AuditDescription", "Manual level")
          : field == QLatin1String("override_reason")
              ? language.translate("AuditDescription", "Reason for the manual level")
          : field == QLatin1String("geom") ? language.translate("AuditDescription", "Position")
                                           : InputFields::label(field, language);
      changes << language.translate("AuditDescription", "%1: %2")
                     .arg(name, arrow.arg(text(before), text(after)));
    }
    return changes.join(language.translate("AuditDescription", "; "));
  }
  if (entry.oldValue.isEmpty())
    return entry.newValue;
  return arrow.arg(entry.oldValue, entry.newValue);
}

} // namespace riskatlas
