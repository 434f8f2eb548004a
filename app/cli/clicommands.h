#pragma once

#include "api/mapexport.h"
#include "api/openmode.h"
#include "api/problem.h"
#include "clicontext.h"

#include <memory>

namespace riskatlas
{
class ProjectSession;
}

namespace riskatlas::cli
{

// One function per command; each parses its options, calls the gis/assessment layers and
// reports. Returns an ExitCode.
int runNew(CliContext &context);
int runImportUnits(CliContext &context);
int runImportRegions(CliContext &context);
int runMakeGrid(CliContext &context);
int runAssess(CliContext &context);
int runSummary(CliContext &context);
int runExportUnits(CliContext &context);
int runExportMap(CliContext &context);
int runReport(CliContext &context);
int runMethods(CliContext &context);
int runTaxonomy(CliContext &context);
int runAudit(CliContext &context);
int runReportTemplate(CliContext &context);
int runCompare(CliContext &context);

//! --language LANG: zh (default) or en.
void addLanguageOption(QCommandLineParser &parser);
/**
 * The first problem of a map request or language, worded with the option at fault; its value
 * as typed. Basemaps from $RISKATLAS_BASEMAP name the variable instead of the option.
 */
QString usageMessage(CliContext &context, const Problem &problem, bool basemapGiven);
/**
 * The options of a map's paper shared by the map commands: --paper, --orientation and --kind
 * (described by \a kindDescription; none when empty); --dpi comes from addMapResolutionOption().
 */
void addMapPaperOptions(QCommandLineParser &parser, const QString &kindDescription);
void addMapResolutionOption(QCommandLineParser &parser);
/**
 * Reads those options (--kind \a withKind) and --language into \a request and checks it for
 * \a output; -1 when fine, else the exit code after reporting the first problem.
 */
int readMapPaperOptions(CliContext &context, MapRequest &request, const QString &output,
                        bool basemapGiven = false, bool withKind = true);
int runExplain(CliContext &context);
int runHazards(CliContext &context);
int runReview(CliContext &context);

//! Opens the project at \a path (the first argument by default); null after reporting why.
//! Read commands open it ReadOnly: the file is not changed.
std::unique_ptr<ProjectSession> openProject(CliContext &context, const QString &path,
                                            OpenMode mode = OpenMode::ReadWrite);
std::unique_ptr<ProjectSession> openProject(CliContext &context,
                                            OpenMode mode = OpenMode::ReadWrite);

} // namespace riskatlas::cli
