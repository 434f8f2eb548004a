#include "report/reviewminuteswriter.h"

#include "api/outputformat.h"
#include "language.h"
#include "levelpalette.h"
#include "maps/riskmaplayout.h"
#include "report/pandocreport.h"
#include "report/reportwriter.h"
#include "report/sidebysidemaps.h"

namespace riskatlas
{

namespace
{
std::unique_ptr<RiskMapLayout> stateMap(const QString &project, const QString &title,
                                        const ReviewMinutesMaps &maps, const QString &language,
                                        const LevelPalette &palette)
{
  MapOptions options;
  options.language = language;
  options.paper = QStringLiteral("A4"); // portrait: two fit side by side on a report page
  options.landscape = false;
  options.aggregation = maps.aggregation;
  options.palette = palette;
  auto layout = std::make_unique<RiskMapLayout>(project, title, maps.crsAuthId, options);
  if (!layout->isValid())
    return nullptr;
  return layout;
}
} // namespace

bool writeReviewMinutes(ReviewMinutesInput input, const ReviewMinutesMaps &maps,
                        const LevelPalette &palette, const QString &file, QString *error,
                        bool *pandocMissing)
{
  const Language &language = Language::get(input.language);
  auto before =
      stateMap(maps.beforeProject,
               language.translate("ReviewMinutes", "%1 (before the review)").arg(maps.projectName),
               maps, language.code(), palette);
  auto after =
      stateMap(maps.afterProject,
               language.translate("ReviewMinutes", "%1 (after the review)").arg(maps.projectName),
               maps, language.code(), palette);
  input.hasMaps = before && after;
  SideBySideMaps figures(reviewMapFigureId(), std::move(before), std::move(after));
  const ReportDocument document = buildReviewMinutes(input);
  if (reportFormat(file) == OutputFormat::Pdf)
    return writeDocumentPdf(document, figures, palette, file, error);
  return writeDocumentWithPandoc(document, figures, file, error, pandocMissing);
}

} // namespace riskatlas
