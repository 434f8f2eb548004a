#include "report/reportfigures.h"

#include "maps/riskmaplayout.h"
#include "report/reportchartpainter.h"
#include "reportinput.h"
#include "store/projectschema.h"
#include "store/projectstore.h"

#include <QPainter>

namespace riskatlas
{

namespace
{
constexpr double MillimetresPerPoint = 25.4 / 72.0;
} // namespace

ReportFigures::ReportFigures(ProjectStore &store, ReportInput &input)
    : mLanguage(input.language), mPalette(input.palette)
{
  MapOptions options;
  options.language = input.language;
  // Portrait A4: the map fills a report page at 80 %, its legend and texts still legible.
  options.paper = QStringLiteral("A4");
  options.landscape = false;
  options.aggregation = store.metadata(ProjectSchema::aggregationKey());
  options.palette = input.palette;
  const auto addLayout = [&](const MapOptions &mapOptions) -> RiskMapLayout *
  {
    auto layout = std::make_unique<RiskMapLayout>(store.path(), input.projectName,
                                                  store.crsAuthId(), mapOptions);
    if (!layout->isValid())
      return nullptr;
    mLayouts.push_back(std::move(layout));
    return mLayouts.back().get();
  };

  RiskMapLayout *overall = addLayout(options);
  input.hasOverallMap = overall != nullptr;
  if (!overall)
    return; // no regions: no map of any kind
  mMaps.insert(QStringLiteral("map-overall"), {overall, -1});
  if (input.taxonomy)
    for (const Category &category : input.taxonomy->categories())
    {
      if (input.summary.byCategory.value(category.code).total() == 0)
        continue;
      MapOptions categoryOptions = options;
      categoryOptions.category = category.code;
      categoryOptions.categoryName = category.name(input.language);
      if (RiskMapLayout *map = addLayout(categoryOptions))
      {
        mMaps.insert(QStringLiteral("map-category-%1").arg(category.code), {map, -1});
        input.mapCategories << category.code;
      }
    }
  MapOptions atlasOptions = options;
  atlasOptions.atlas = true;
  if (RiskMapLayout *atlas = addLayout(atlasOptions))
  {
    const QList<RiskMapLayout::AtlasPage> pages = atlas->atlasPages();
    for (int page = 0; page < pages.size(); ++page)
    {
      mMaps.insert(QStringLiteral("map-district-%1").arg(pages.at(page).code), {atlas, page});
      input.atlasDistricts.append({pages.at(page).code, pages.at(page).name});
    }
  }
}

ReportFigures::~ReportFigures() = default;

void ReportFigures::addComparison(const ComparedProjects &compare, const QString &crsAuthId,
                                  ReportInput &input)
{
  MapOptions options;
  options.language = input.language;
  options.paper = QStringLiteral("A4"); // as the other maps of the report
  options.landscape = false;
  options.palette = input.palette;
  options.projectName = input.projectName;
  options.crsAuthId = crsAuthId;
  std::unique_ptr<RiskMapLayout> map =
      buildChangeMap(compare.older, compare.newer, compare.comparison, options);
  const bool hasMap = map->isValid();
  if (hasMap)
  {
    mMaps.insert(QStringLiteral("map-changes"), {map.get(), -1});
    mLayouts.push_back(std::move(map));
  }
  input.comparison =
      ReportComparison{compare.older.name, compare.older.date, compare.comparison, hasMap};
}

void ReportFigures::addCharts(const QList<ReportChart> &charts, const QString &fontFamily)
{
  mFontFamily = fontFamily;
  for (const ReportChart &chart : charts)
    mCharts.insert(chart.id, chart);
}

bool ReportFigures::contains(const QString &id) const
{
  return mMaps.contains(id) || mCharts.contains(id);
}

QSizeF ReportFigures::sizeMm(const QString &id) const
{
  if (const auto map = mMaps.constFind(id); map != mMaps.constEnd())
    return map->layout->pageSizeMm();
  if (const auto chart = mCharts.constFind(id); chart != mCharts.constEnd())
    return ReportChartPainter(*chart, mLanguage, mFontFamily, mPalette).size() *
           MillimetresPerPoint;
  return QSizeF();
}

RiskMapLayout *ReportFigures::selectMap(const QString &id)
{
  const auto map = mMaps.constFind(id);
  if (map == mMaps.constEnd())
    return nullptr;
  if (map->atlasPage >= 0 && !map->layout->seekAtlasPage(map->atlasPage))
    return nullptr;
  return map->layout;
}

void ReportFigures::paint(const QString &id, QPainter &painter, const QRectF &target)
{
  if (RiskMapLayout *map = selectMap(id))
  {
    map->paint(painter, target);
    return;
  }
  const auto chart = mCharts.constFind(id);
  if (chart == mCharts.constEnd())
    return;
  const ReportChartPainter chartPainter(*chart, mLanguage, mFontFamily, mPalette);
  const QSizeF size = chartPainter.size();
  painter.save();
  painter.translate(target.topLeft());
  painter.scale(target.width() / size.width(), target.height() / size.height());
  chartPainter.paint(painter);
  painter.restore();
}

bool ReportFigures::writeImage(const QString &id, const QString &path, double dpi)
{
  if (RiskMapLayout *map = selectMap(id))
    return map->renderImage(dpi).save(path, "PNG");
  const auto chart = mCharts.constFind(id);
  if (chart == mCharts.constEnd())
    return false;
  const ReportChartPainter chartPainter(*chart, mLanguage, mFontFamily, mPalette);
  return path.endsWith(QLatin1String(".svg"), Qt::CaseInsensitive) ? chartPainter.writeSvg(path)
                                                                   : chartPainter.writePng(path);
}

} // namespace riskatlas
