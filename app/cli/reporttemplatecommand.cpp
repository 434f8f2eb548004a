#include "clicommands.h"
#include "problemwording.h"
#include "workflow/projectsession.h"

#include <QCoreApplication>

namespace riskatlas::cli
{

namespace
{
struct Tr
{
  Q_DECLARE_TR_FUNCTIONS(RiskAtlasCli)
};
} // namespace

int runReportTemplate(CliContext &context)
{
  context.parser().setApplicationDescription(
      Tr::tr("The report template the project carries (its wording, logo.png and report.json): "
             "show lists its files, store copies a template folder into the project, export "
             "writes it out, clear removes it. Reports use it after --template and before the "
             "user folder."));
  if (const int stop = context.parse({QStringLiteral("show|store|export|clear"),
                                      QStringLiteral("PROJECT.gpkg"), QStringLiteral("[DIR]")},
                                     2);
      stop >= 0)
    return stop;
  const QString action = context.positional(0);
  const QStringList actions{QStringLiteral("show"), QStringLiteral("store"),
                            QStringLiteral("export"), QStringLiteral("clear")};
  if (!actions.contains(action))
  {
    context.error(Tr::tr("unknown action \"%1\" (show, store, export, clear)").arg(action));
    return Usage;
  }
  const bool needsFolder = action == QLatin1String("store") || action == QLatin1String("export");
  const QString folder = context.positional(2);
  if (needsFolder == folder.isEmpty())
  {
    context.error(needsFolder ? Tr::tr("%1 needs the template folder DIR").arg(action)
                              : Tr::tr("%1 takes no folder").arg(action));
    return Usage;
  }
  const bool reads = action == QLatin1String("show") || action == QLatin1String("export");
  auto session =
      openProject(context, context.positional(1), reads ? OpenMode::ReadOnly : OpenMode::ReadWrite);
  if (!session)
    return Failure;
  Problem problem;
  bool ok = true;
  if (action == QLatin1String("show"))
  {
    const QStringList files = session->reportTemplateFiles(&problem);
    ok = problem.reason.isEmpty();
    if (ok && files.isEmpty())
      context.out() << Tr::tr("no report template stored in the project") << Qt::endl;
    for (const QString &file : files)
      context.out() << file << Qt::endl;
  }
  else if (action == QLatin1String("store"))
  {
    QStringList files;
    ok = session->storeReportTemplate(folder, &files, &problem);
    if (ok)
      context.out() << Tr::tr("stored %n file(s): %1", nullptr, static_cast<int>(files.size()))
                           .arg(files.join(QStringLiteral(", ")))
                    << Qt::endl;
  }
  else if (action == QLatin1String("export"))
  {
    ok = session->exportReportTemplate(folder, &problem);
    if (ok)
      context.out() << Tr::tr("wrote %1").arg(folder) << Qt::endl;
  }
  else
  {
    ok = session->clearReportTemplate(&problem);
    if (ok)
      context.out() << Tr::tr("the project carries no report template") << Qt::endl;
  }
  if (!ok)
  {
    context.error(cliMessage(problem));
    return Failure;
  }
  return Success;
}

} // namespace riskatlas::cli
