#pragma once

#include "clicontext.h"
#include "methodset.h"

#include <memory>

namespace riskatlas
{
class ProjectStore;
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

//! Opens the project named by the first argument; null after reporting the error.
std::unique_ptr<ProjectStore> openProject(CliContext &context);
std::unique_ptr<ProjectStore> openProjectAt(CliContext &context, const QString &path);

//! Reads a method set file and reports every problem, checked against \a taxonomy.
bool readMethodSet(CliContext &context, const QString &path, const Taxonomy &taxonomy,
                   MethodSet &set);

//! Stores the four-colour default styles and the embedded QGIS project once both layers
//! exist; a failure is a warning.
void refreshQgisViews(CliContext &context, const QString &projectPath);
//! Rewrites the embedded QGIS project only (its layouts print the last run's rule and date).
void refreshEmbeddedProject(CliContext &context, const QString &projectPath);

} // namespace riskatlas::cli
