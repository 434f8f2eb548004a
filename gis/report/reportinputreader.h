#pragma once

#include "reportinput.h"

namespace riskatlas
{

class ProjectStore;

/**
 * What every report format prints, read from \a store in \a language: summary, unit lists,
 * sector and correction counts, the method set and its palette, imported files and the audit
 * chain's head. \a taxonomy must outlive the result (input.taxonomy points to it). Maps are not
 * looked at here: ReportFigures says which exist.
 */
ReportInput readReportInput(ProjectStore &store, const QString &language, const Taxonomy &taxonomy);

} // namespace riskatlas
