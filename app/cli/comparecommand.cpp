#include "clicommands.h"
#include "problemwording.h"
#include "workflow/projectsession.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace riskatlas::cli
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(RiskAtlasCli)
};

QString changeName(LevelChangeKind kind)
{
  switch (kind)
  {
  case LevelChangeKind::Raised:
    return Tr::tr("raised");
  case LevelChangeKind::Lowered:
    return Tr::tr("lowered");
  case LevelChangeKind::New:
    return Tr::tr("new");
  case LevelChangeKind::Removed:
    break;
  }
  return Tr::tr("removed");
}

QString countsLine(const ChangeCounts &counts)
{
  return Tr::tr("raised %1, lowered %2, new %3, removed %4, unchanged %5")
      .arg(counts.raised)
      .arg(counts.lowered)
      .arg(counts.added)
      .arg(counts.removed)
      .arg(counts.unchanged);
}

QString signedNumber(int value)
{
  return value > 0 ? QStringLiteral("+%1").arg(value) : QString::number(value);
}

//! "RU0001 某化工有限公司: 较大风险 → 重大风险 (raised)".
QString changeLine(const ComparedChange &change, const QString &language)
{
  const QString from = change.kind == LevelChangeKind::New ? QStringLiteral("—")
                                                           : levelName(change.oldLevel, language);
  const QString to = change.kind == LevelChangeKind::Removed ? QStringLiteral("—")
                                                             : levelName(change.newLevel, language);
  return QStringLiteral("  %1 %2: %3 → %4 (%5)")
      .arg(change.item.id, change.item.name, from, to, changeName(change.kind));
}
} // namespace

int runCompare(CliContext &context)
{
  QCommandLineParser &parser = context.parser();
  parser.setApplicationDescription(
      Tr::tr("Compares two assessments of a city (before and after a review, or last year's "
             "project and this year's): the units and regions whose final level changed, "
             "matched by unit id and region code, and the units by level in each."));
  parser.addOption({QStringLiteral("json"), Tr::tr("JSON on stdout (see docs/cli.md).")});
  parser.addOption({QStringLiteral("map"),
                    Tr::tr("Also writes the change map of NEW against OLD: PDF or SVG (vector, "
                           "text kept as text) or PNG."),
                    Tr::tr("FILE")});
  addMapPaperOptions(parser, Tr::tr("Regions hatched on the change map when their level "
                                    "changed: district (default), street or grid."));
  addMapResolutionOption(parser);
  addLanguageOption(parser);
  if (const int stop = context.parse({QStringLiteral("OLD.gpkg"), QStringLiteral("NEW.gpkg")}, 2);
      stop >= 0)
    return stop;
  const QString language = parser.value(QStringLiteral("language"));
  if (const Problems problems = ProjectSession::checkLanguage(language); !problems.isEmpty())
  {
    context.error(usageMessage(context, problems.first(), false));
    return Usage;
  }
  const QString mapFile = parser.value(QStringLiteral("map"));
  MapRequest request;
  if (!mapFile.isEmpty())
    if (const int stop = readMapPaperOptions(context, request, mapFile); stop >= 0)
      return stop;
  auto session = openProject(context, context.positional(1), OpenMode::ReadOnly);
  if (!session)
    return Failure;
  Problem problem;
  AssessmentComparison comparison;
  if (!session->compareWith(context.positional(0), comparison, &problem))
  {
    context.error(cliMessage(problem));
    return Failure;
  }
  QStringList written;
  if (!mapFile.isEmpty())
  {
    const MapExport result = session->exportChangeMap(context.positional(0), request, mapFile);
    reportWarnings(context, session->takeWarnings());
    reportWarnings(context, result.warnings);
    if (!result.ok)
    {
      context.error(cliMessage(result.problem));
      return result.problem.kind == ProblemKind::TemplateInvalid ? Usage : Failure;
    }
    written = result.written;
  }
  if (parser.isSet(QStringLiteral("json")))
  {
    QJsonObject json = comparison.toJson();
    json.insert(QStringLiteral("old"), context.positional(0));
    json.insert(QStringLiteral("new"), context.positional(1));
    context.out() << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return Success;
  }
  QTextStream &out = context.out();
  out << Tr::tr("units: %1").arg(countsLine(comparison.unitCounts)) << Qt::endl;
  out << Tr::tr("regions: %1").arg(countsLine(comparison.regionCounts)) << Qt::endl;
  out << Tr::tr("units by level (old → new):") << Qt::endl;
  for (RiskLevel level : assessedLevels() + QList<RiskLevel>{RiskLevel::None})
  {
    const int before = comparison.oldUnitLevels.count(level);
    const int after = comparison.newUnitLevels.count(level);
    out << QStringLiteral("  %1: %2 → %3 (%4)")
               .arg(levelName(level, language))
               .arg(before)
               .arg(after)
               .arg(signedNumber(after - before))
        << Qt::endl;
  }
  if (!comparison.regionChanges.isEmpty())
    out << Tr::tr("regions changed:") << Qt::endl;
  for (const ComparedChange &change : comparison.regionChanges)
    out << changeLine(change, language) << Qt::endl;
  if (!comparison.unitChanges.isEmpty())
    out << Tr::tr("units changed:") << Qt::endl;
  for (const ComparedChange &change : comparison.unitChanges)
    out << changeLine(change, language) << Qt::endl;
  // Last, so the lines before read as without --map (--json prints the JSON alone).
  for (const QString &file : written)
    out << Tr::tr("wrote %1").arg(file) << Qt::endl;
  return Success;
}

} // namespace riskatlas::cli
