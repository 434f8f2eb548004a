#pragma once

#include "reviewminutes.h"

class QString;

namespace riskatlas
{

class LevelPalette;

//! Where the minutes' maps come from: project copies showing the levels before and after.
struct ReviewMinutesMaps
{
  QString beforeProject; //!< a copy of the project with the levels at the session's start
  QString afterProject;  //!< … and at its end
  QString projectName;
  QString crsAuthId;
  QString aggregation;
};

/**
 * Writes the minutes of a review session (buildReviewMinutes()) by \a file's suffix: PDF with
 * RiskAtlas's own renderer, DOCX, ODT or HTML through pandoc; the before/after maps side by side
 * drawn from the two copies in \a maps (left out when they cannot be drawn, e.g. no regions).
 * \a pandocMissing is set when pandoc was needed and is not installed.
 */
bool writeReviewMinutes(ReviewMinutesInput input, const ReviewMinutesMaps &maps,
                        const LevelPalette &palette, const QString &file, QString *error,
                        bool *pandocMissing);

} // namespace riskatlas
