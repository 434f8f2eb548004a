#pragma once

#include "levelpalette.h"
#include "maps/changemap.h"
#include "report/figuresource.h"
#include "reportdocument.h"

#include <QMap>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <memory>
#include <vector>

class QPainter;

namespace riskatlas
{

class ProjectStore;
class RiskMapLayout;
struct ReportInput;

/**
 * The pictures a report's figures refer to, by figure id: the four-colour city map
 * ("map-overall"), one map per category with units ("map-category-<code>"), one atlas page per
 * district ("map-district-<code>") and the charts ("chart-…"). Maps are print layouts of the
 * project (RiskMapLayout on A4 portrait paper) kept open, so that the PDF draws them as vector
 * graphics and the pandoc formats get them as PNG.
 */
class ReportFigures : public FigureSource
{
public:
  /**
   * Builds the maps of \a store's project in input.language with input.palette, and records
   * in \a input which exist (hasOverallMap, mapCategories, atlasDistricts).
   */
  ReportFigures(ProjectStore &store, ReportInput &input);
  ~ReportFigures();
  ReportFigures(const ReportFigures &) = delete;
  ReportFigures &operator=(const ReportFigures &) = delete;

  /**
   * Adds the change map ("map-changes", buildChangeMap()) of \a compare and records the
   * comparison in input.comparison, for the section "Comparison with the previous assessment".
   */
  void addComparison(const ComparedProjects &compare, const QString &crsAuthId, ReportInput &input);
  //! Adds the charts of the report document (drawn with \a fontFamily).
  void addCharts(const QList<ReportChart> &charts, const QString &fontFamily);

  bool contains(const QString &id) const override;
  //! The figure's natural size in millimetres (a map's paper, a chart's drawing).
  QSizeF sizeMm(const QString &id) const override;
  //! Draws the figure into \a target of \a painter, as vector graphics.
  void paint(const QString &id, QPainter &painter, const QRectF &target) override;
  /**
   * Writes the figure to \a path: PNG (maps at \a dpi, charts at 3 pixels per point) or, for a
   * chart and a path ending in .svg, SVG.
   */
  bool writeImage(const QString &id, const QString &path, double dpi) override;

private:
  struct MapFigure
  {
    RiskMapLayout *layout = nullptr;
    int atlasPage = -1; //!< the page of an atlas layout, -1 for a single map
  };
  RiskMapLayout *selectMap(const QString &id);

  std::vector<std::unique_ptr<RiskMapLayout>> mLayouts;
  QMap<QString, MapFigure> mMaps;
  QMap<QString, ReportChart> mCharts;
  QString mLanguage;
  QString mFontFamily;
  LevelPalette mPalette;
};

} // namespace riskatlas
