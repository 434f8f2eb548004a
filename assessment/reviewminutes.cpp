#include "reviewminutes.h"

#include "assessmentcomparison.h"
#include "auditdescription.h"
#include "language.h"
#include "reporthazards.h"

#include <QDateTime>
#include <QHash>
#include <QSet>

namespace riskatlas
{

namespace
{

//! The unit an audit entry's target names ("unit RU0001"), or empty.
QString unitOfTarget(const QString &target)
{
  static const QString prefix = QStringLiteral("unit ");
  return target.startsWith(prefix) ? target.mid(prefix.size()) : QString();
}

QString localTime(const QString &isoTimestamp)
{
  return QDateTime::fromString(isoTimestamp, Qt::ISODate)
      .toLocalTime()
      .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

class MinutesBuilder
{
public:
  explicit MinutesBuilder(const ReviewMinutesInput &input)
      : in(input), language(Language::get(input.language)), code(language.code()),
        comparison(compareAssessments(input.before.units, input.after.units, input.before.regions,
                                      input.after.regions))
  {
    for (const ComparedItem &unit : in.before.units)
      before.insert(unit.id, unit);
    for (const ComparedItem &unit : in.after.units)
      after.insert(unit.id, unit);
  }

  ReportDocument build()
  {
    doc.language = code;
    doc.title =
        language.translate("ReviewMinutes", "Minutes of the Risk Assessment Review Session");
    doc.subtitle = in.session.title.isEmpty() ? in.projectName : in.session.title;
    doc.date = in.session.date;
    doc.compact = true;
    meeting();
    changes();
    counts();
    hazards();
    audit();
    signatures();
    return doc;
  }

private:
  ReportSection &chapter(const QString &title)
  {
    ReportSection section;
    section.level = 1;
    section.number = QString::number(++chapters);
    section.title = title;
    doc.sections << section;
    return doc.sections.last();
  }

  //! What changed; additions, deletions, undo and redo say so first.
  QString changeText(const AuditEntry &entry) const
  {
    static const QSet<QString> fieldEdits{
        QStringLiteral("edit-unit"), QStringLiteral("override-level"),
        QStringLiteral("clear-override"), QStringLiteral("move-unit")};
    const QString change = auditChangeText(entry, language);
    if (fieldEdits.contains(entry.action))
      return change;
    return language.translate("ReviewMinutes", "%1: %2")
        .arg(auditActionText(entry.action, language), change);
  }

  QString levelText(RiskLevel level) const
  {
    return level == RiskLevel::None ? QStringLiteral("—") : levelName(level, code);
  }

  void meeting()
  {
    ReportSection &section = chapter(language.translate("ReviewMinutes", "The Meeting"));
    const ReviewSession &s = in.session;
    section.blocks << ReportBlock::paragraph(
        language
            .translate(
                "ReviewMinutes",
                "On %1, %2 was held at %3, chaired by %4, to review the risk assessment of %5.")
            .arg(s.date, s.title, s.place.isEmpty() ? QStringLiteral("—") : s.place, s.chair,
                 in.projectName));
    ReportTable table;
    table.header = QStringList{language.translate("ReviewMinutes", "Item"),
                               language.translate("ReviewMinutes", "Details")};
    const auto row = [&table](const QString &item, const QString &value) {
      table.rows << QList<ReportCell>{ReportCell(item), ReportCell(value)};
    };
    row(language.translate("ReviewMinutes", "Meeting"), s.title);
    row(language.translate("ReviewMinutes", "Project"), in.projectName);
    row(language.translate("ReviewMinutes", "Date"), s.date);
    row(language.translate("ReviewMinutes", "Place"),
        s.place.isEmpty() ? QStringLiteral("—") : s.place);
    row(language.translate("ReviewMinutes", "Chair"), s.chair);
    row(language.translate("ReviewMinutes", "Participants"),
        s.participants.join(code == QLatin1String("zh") ? QStringLiteral("、")
                                                        : QStringLiteral(", ")));
    row(language.translate("ReviewMinutes", "Recorded by"), s.recorder);
    row(language.translate("ReviewMinutes", "Started"), localTime(s.startedAt));
    row(language.translate("ReviewMinutes", "Ended"),
        s.isOpen() ? language.translate("ReviewMinutes", "still open") : localTime(s.endedAt));
    table.caption = language.translate("ReviewMinutes", "The review session");
    section.blocks << ReportBlock::tableBlock(table);
  }

  void changes()
  {
    ReportSection &section = chapter(language.translate("ReviewMinutes", "Changes Agreed"));
    QSet<QString> changedUnits;
    ReportTable table;
    table.header = QStringList{language.translate("ReviewMinutes", "No."),
                               language.translate("ReviewMinutes", "Unit"),
                               language.translate("ReviewMinutes", "Change"),
                               language.translate("ReviewMinutes", "Before"),
                               language.translate("ReviewMinutes", "After"),
                               language.translate("ReviewMinutes", "Reason"),
                               language.translate("ReviewMinutes", "By")};
    table.alignments = {ColumnAlignment::Right};
    int number = 0;
    for (const AuditEntry &entry : in.entries)
    {
      const QString unitId = unitOfTarget(entry.target);
      if (unitId.isEmpty() || !isUnitChangeAuditAction(entry.action))
        continue; // assessments and the levels they set: the changes' consequences
      changedUnits.insert(unitId);
      const RiskLevel old = before.value(unitId).level;
      const RiskLevel now = after.value(unitId).level;
      const QString name =
          after.contains(unitId) ? after.value(unitId).name : before.value(unitId).name;
      table.rows << QList<ReportCell>{
          ReportCell(QString::number(++number)),
          ReportCell(name.isEmpty() ? unitId : QStringLiteral("%1 %2").arg(unitId, name)),
          ReportCell(changeText(entry)),
          ReportCell(levelText(old), old),
          ReportCell(levelText(now), now),
          ReportCell(entry.reason.isEmpty() ? QStringLiteral("—") : entry.reason),
          ReportCell(entry.user)};
    }
    int levelChanges = comparison.unitChanges.size();
    section.blocks << ReportBlock::paragraph(
        language
            .translate("ReviewMinutes", "%1 changes were made during the session, to %2 risk "
                                        "units; %3 units and %4 regions "
                                        "changed their risk level.")
            .arg(number)
            .arg(changedUnits.size())
            .arg(levelChanges)
            .arg(comparison.regionChanges.size()));
    if (number == 0)
      return;
    table.caption = language.translate("ReviewMinutes", "Changes made during the review session");
    section.blocks << ReportBlock::tableBlock(table);
    if (!comparison.unitChanges.isEmpty() || !comparison.regionChanges.isEmpty())
      section.blocks << ReportBlock::tableBlock(levelChangeTable());
  }

  ReportTable levelChangeTable() const
  {
    ReportTable table;
    table.header = QStringList{
        language.translate("ReviewMinutes", "Kind"), language.translate("ReviewMinutes", "ID"),
        language.translate("ReviewMinutes", "Name"), language.translate("ReviewMinutes", "Before"),
        language.translate("ReviewMinutes", "After")};
    const auto add = [&](const ComparedChange &change, const QString &kind)
    {
      table.rows << QList<ReportCell>{ReportCell(kind), ReportCell(change.item.id),
                                      ReportCell(change.item.name),
                                      ReportCell(levelText(change.oldLevel), change.oldLevel),
                                      ReportCell(levelText(change.newLevel), change.newLevel)};
    };
    for (const ComparedChange &change : comparison.unitChanges)
      add(change, language.translate("ReviewMinutes", "Unit"));
    for (const ComparedChange &change : comparison.regionChanges)
      add(change, language.translate("ReviewMinutes", "Region"));
    table.caption = language.translate("ReviewMinutes", "Risk levels changed by the review");
    return table;
  }

  void counts()
  {
    ReportSection &section =
        chapter(language.translate("ReviewMinutes", "Risk Levels Before and After"));
    ReportTable table;
    table.header = QStringList{language.translate("ReviewMinutes", "Risk level"),
                               language.translate("ReviewMinutes", "Before"),
                               language.translate("ReviewMinutes", "After"),
                               language.translate("ReviewMinutes", "Difference")};
    table.alignments = {ColumnAlignment::Left, ColumnAlignment::Right, ColumnAlignment::Right,
                        ColumnAlignment::Right};
    const LevelCounts old = comparison.oldUnitLevels;
    const LevelCounts now = comparison.newUnitLevels;
    const auto signedNumber = [](int value)
    { return value > 0 ? QStringLiteral("+%1").arg(value) : QString::number(value); };
    for (RiskLevel level : assessedLevels())
      table.rows << QList<ReportCell>{
          ReportCell(levelName(level, code), level), ReportCell(QString::number(old.count(level))),
          ReportCell(QString::number(now.count(level))),
          ReportCell(signedNumber(now.count(level) - old.count(level)))};
    table.rows << QList<ReportCell>{ReportCell(language.translate("ReviewMinutes", "Total")),
                                    ReportCell(QString::number(old.total())),
                                    ReportCell(QString::number(now.total())),
                                    ReportCell(signedNumber(now.total() - old.total()))};
    table.caption =
        language.translate("ReviewMinutes", "Risk units by level before and after the review");
    section.blocks << ReportBlock::tableBlock(table);
    if (in.hasMaps)
      section.blocks << ReportBlock::figure(
          reviewMapFigureId(),
          language.translate("ReviewMinutes",
                             "City risk distribution before (left) and after (right) the review"));
  }

  void hazards()
  {
    const QList<ReportBlock> blocks = hazardGovernanceBlocks(in.hazards, in.hazardsAsOf, language);
    if (blocks.isEmpty())
      return;
    chapter(language.translate("ReviewMinutes", "Hidden-Danger Governance")).blocks << blocks;
  }

  void audit()
  {
    ReportSection &section = chapter(language.translate("ReviewMinutes", "Audit Trail"));
    const qint64 first = in.session.startSequence;
    const qint64 last = in.session.endSequence > 0
                            ? in.session.endSequence
                            : (in.entries.isEmpty() ? first : in.entries.last().sequence);
    section.blocks << ReportBlock::paragraph(
        language
            .translate("ReviewMinutes", "The session is recorded in the project's audit log as "
                                        "entries %1 to %2. The log is a "
                                        "hash chain: each entry carries the SHA-256 hash of the "
                                        "one before, so that no entry "
                                        "can be changed, removed or reordered unnoticed.")
            .arg(first)
            .arg(last));
    section.blocks << ReportBlock::paragraph(
        (in.chainIntact
             ? language.translate("ReviewMinutes",
                                  "The chain was verified intact when these minutes were written.")
             : language.translate("ReviewMinutes",
                                  "WARNING: the audit chain did not verify when these minutes were "
                                  "written: an entry was changed, removed or reordered.")));
    section.blocks << ReportBlock::paragraph(
        language.translate("ReviewMinutes", "Head hash: %1").arg(in.headHash));
  }

  void signatures()
  {
    ReportSection &section = chapter(language.translate("ReviewMinutes", "Signatures"));
    const QString line = QStringLiteral("________________");
    section.blocks << ReportBlock::paragraph(
        language.translate("ReviewMinutes", "Chair: %1   Signature: %2   Date: %3")
            .arg(in.session.chair, line, line));
    section.blocks << ReportBlock::paragraph(
        language.translate("ReviewMinutes", "Recorded by: %1   Signature: %2   Date: %3")
            .arg(in.session.recorder, line, line));
  }

  const ReviewMinutesInput &in;
  const Language &language;
  const QString code;
  const AssessmentComparison comparison;
  QHash<QString, ComparedItem> before;
  QHash<QString, ComparedItem> after;
  ReportDocument doc;
  int chapters = 0;
};

} // namespace

ReportDocument buildReviewMinutes(const ReviewMinutesInput &input)
{
  return MinutesBuilder(input).build();
}

} // namespace riskatlas
