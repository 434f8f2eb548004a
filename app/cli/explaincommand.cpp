#include "clicommands.h"
#include "explanation.h"
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
} // namespace

int runExplain(CliContext &context)
{
  QCommandLineParser &parser = context.parser();
  parser.setApplicationDescription(
      Tr::tr("Explains why a unit or a region has its level: the method, the inputs with their "
             "meaning, the matrix cell or the score band, the control-level correction and any "
             "override; for a region, the units, index or density that decided it."));
  parser.addOption({QStringLiteral("json"),
                    Tr::tr("JSON on stdout (schema: resources/schemas/explanation.schema.json).")});
  parser.addOption({QStringLiteral("language"), Tr::tr("zh (default) or en."), Tr::tr("LANG"),
                    QStringLiteral("zh")});
  if (const int stop =
          context.parse({QStringLiteral("PROJECT.gpkg"), QStringLiteral("UNIT-OR-REGION-ID")}, 2);
      stop >= 0)
    return stop;
  const QString language = parser.value(QStringLiteral("language"));
  if (!ProjectSession::checkLanguage(language).isEmpty())
  {
    context.error(Tr::tr("--language %1: expected zh or en").arg(language));
    return Usage;
  }
  auto session = openProject(context, OpenMode::ReadOnly);
  if (!session)
    return Failure;
  Explanation explanation;
  Problem problem;
  if (!session->explain(context.positional(1), language, explanation, &problem))
  {
    context.error(cliMessage(problem));
    return Failure;
  }
  if (parser.isSet(QStringLiteral("json")))
    context.out() << QString::fromUtf8(
        QJsonDocument(explanation.toJson()).toJson(QJsonDocument::Indented));
  else
    context.out() << explanation.toText();
  return Success;
}

} // namespace riskatlas::cli
