#pragma once

#include "levelpalette.h"
#include "regionkind.h"

#include "maps/basemap.h"

#include <QImage>
#include <QList>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <memory>
#include <optional>

class QPainter;
class QgsLayoutItemMap;
class QgsPrintLayout;
class QgsProject;
class QgsVectorLayer;

namespace riskatlas
{

class Language;

struct MapOptions
{
  QString paper = QStringLiteral("A3"); //!< A4 | A3 | A2 | A1 | A0
  bool landscape = true;
  RegionKind kind = RegionKind::District; //!< which regions to colour
  QString category;     //!< a category code: map its units and the regions' level for it
  QString categoryName; //!< the category's name in the map's language, for the title
  QString language = QStringLiteral("zh");     //!< zh | en
  int dpi = 300;                               //!< raster exports
  QString projectName;                         //!< for the title
  QString crsAuthId;                           //!< the project CRS, e.g. EPSG:4549
  QString aggregation = QStringLiteral("max"); //!< the aggregation rule of the last run
  QString templatePath; //!< a .qpt to use instead of the user folder and the built-in one
  bool atlas = false;   //!< one page per district (coverage: the district regions)
  QString basemapUrl;   //!< XYZ template or QGIS "wms" provider URI; empty: no basemap
  int basemapTimeoutMs = 3000;
  //! probeBasemap()'s answer for basemapUrl: building the layout uses it and waits for nothing.
  std::optional<BasemapProbe> basemapProbe;
  //! More units than this are drawn thinned (one per ~0.5 mm cell); 0 never thins.
  int thinningThreshold = 20000;
  LevelPalette palette; //!< the level colours (the project's method set's)
};

//! What building a layout found: an error (the template's fault: \a templateError) and notes.
struct MapBuildStatus
{
  QString error;
  bool templateError = false; //!< the template is missing, unreadable or lacks an item
  QStringList warnings;       //!< e.g. the basemap could not be reached
};

//! Ids of the layout items a template must (map) or may carry; the code finds and fills them.
namespace mapitem
{
inline QString title()
{
  return QStringLiteral("title");
}
inline QString map()
{
  return QStringLiteral("map");
}
inline QString legend()
{
  return QStringLiteral("legend");
}
inline QString scaleBar()
{
  return QStringLiteral("scalebar");
}
inline QString northArrow()
{
  return QStringLiteral("north-arrow");
}
inline QString footer()
{
  return QStringLiteral("footer");
}
} // namespace mapitem

/**
 * Probes \a options.basemapUrl (basemap::probe(): one request, waited for in a local event loop)
 * into \a options.basemapProbe. Run it before building a layout, in any thread (e.g. a QgsTask);
 * nothing to do without a basemap or for a shifted source the layout refuses anyway.
 */
void probeBasemap(MapOptions &options);

//! The subset string (OGR SQL) of the regions of \a kind.
QString regionKindFilter(RegionKind kind);
//! A QGIS expression for a region's level for \a category, from its category_levels map.
QString categoryLevelExpression(const QString &category);

//! "four-colour-A3-landscape.qpt" for the options' paper and orientation.
QString mapTemplateFileName(const MapOptions &options);
//! The user template folder: $RISKATLAS_TEMPLATE_DIR, else AppDataLocation + "/layouts".
QString userMapTemplateFolder();
//! --template, else the user folder's file of the same name, else the built-in resource.
QString resolveMapTemplate(const MapOptions &options);

// The parts every RiskAtlas map shares (the four-colour map, the change map, the rectification
// map): the template's frame, title, legend, scale bar and north arrow, and the texts.

/**
 * The layout of the template resolveMapTemplate() picks for \a options, with its map item in
 * \a map. Null with \a status.error (a template error) on failure.
 */
std::unique_ptr<QgsPrintLayout> loadMapTemplate(QgsProject &project, const MapOptions &options,
                                                MapBuildStatus &status, QgsLayoutItemMap **map);
/**
 * Sets the layout variables the template's texts read: @riskatlas_title \a title, and the
 * footer: \a leadingNotes, the CRS, the map date (reproducibleNow()), \a notes, "Made with
 * RiskAtlas"; plus any \a variables of the map's own.
 */
void setMapTexts(QgsPrintLayout &layout, const QString &title, const QString &crsAuthId,
                 const MapOptions &options, const QStringList &leadingNotes,
                 const QStringList &notes, const QVariantMap &variables = {});
//! Links the template's scale bar (if any) to \a map, in kilometres.
void linkScaleBar(QgsPrintLayout &layout, QgsLayoutItemMap *map, const Language &language);

/**
 * The four-colour map (四色图) as a print layout of \a project, from the template that
 * resolveMapTemplate() picks. \a regions and \a units must be styled layers already added to
 * \a project; the layout may add layers it needs (basemap, thinned units, atlas coverage and
 * context) to \a project. Texts come from project variables this sets (@riskatlas_title,
 * @riskatlas_footer, @riskatlas_crs, @riskatlas_date, @riskatlas_aggregation,
 * @riskatlas_project, @riskatlas_basemap_note), so a project saved with the layout reads the
 * same when reopened in QGIS Desktop. Null with \a status->error on failure.
 *
 * Text (and any error or warning) comes out in options.language, translated through a Language
 * rather than the application's translators, and nothing waits in an event loop: a basemap
 * needs probeBasemap() first (without its answer the basemap is left out with a warning).
 */
std::unique_ptr<QgsPrintLayout> buildRiskMapLayout(QgsProject &project, QgsVectorLayer *regions,
                                                   QgsVectorLayer *units, const MapOptions &options,
                                                   MapBuildStatus *status);

/**
 * The four-colour city risk distribution map of a project file: opens and styles its layers in
 * a private QgsProject and builds the layout with buildRiskMapLayout(). Given a basemap but no
 * probe answer (options.basemapProbe), it calls probeBasemap() itself first, for callers that
 * build in one go (the CLI); callers that must not wait in an event loop probe beforehand.
 */
class RiskMapLayout
{
public:
  RiskMapLayout(const QString &projectPath, const QString &projectName, const QString &crsAuthId,
                const MapOptions &options);
  /**
   * A layout built elsewhere on loadMapTemplate() (the change map, the rectification map) over
   * the layers of \a project, for the same exports; \a status carries its error and warnings.
   */
  RiskMapLayout(std::unique_ptr<QgsProject> project, std::unique_ptr<QgsPrintLayout> layout,
                const MapOptions &options, const MapBuildStatus &status);
  ~RiskMapLayout();

  static bool isKnownPaper(const QString &paper);

  bool isValid() const { return mStatus.error.isEmpty(); }
  QString error() const { return mStatus.error; }
  //! The error is the template's (missing, unreadable, lacking the map item).
  bool isTemplateError() const { return mStatus.templateError; }
  QStringList warnings() const { return mStatus.warnings; }
  QgsPrintLayout &layout() { return *mLayout; }

  /**
   * Vector PDF with text kept as text, georeferenced (the project CRS and the map's frame, as
   * GDAL reads them); an atlas gives one page per district, each georeferenced with its own
   * district's frame. \a written lists the files written.
   */
  bool exportPdf(const QString &path, QString *error, QStringList *written = nullptr);
  //! PNG at the options' dpi with a world file (.pgw); an atlas writes OUT_<code>.png per page.
  bool exportPng(const QString &path, QString *error, QStringList *written = nullptr);
  //! SVG with text kept as text; an atlas writes OUT_<code>.svg per page.
  bool exportSvg(const QString &path, QString *error, QStringList *written = nullptr);
  //! The (first) page as an image, for embedding in the report.
  QImage renderImage(double dpi) const;
  //! The size of the layout's (first) page in millimetres.
  QSizeF pageSizeMm() const;
  /**
   * Draws the (first) page, or with an atlas the current atlas page, into \a target of
   * \a painter as vector graphics with text kept as text: a map embedded in a report page.
   */
  void paint(QPainter &painter, const QRectF &target);

  //! An atlas page: its district's code and name.
  struct AtlasPage
  {
    QString code;
    QString name;
  };
  //! The atlas pages in code order (empty without an atlas); starts the atlas rendering.
  QList<AtlasPage> atlasPages();
  //! Moves the atlas to page \a index of atlasPages(), for paint() and renderImage().
  bool seekAtlasPage(int index);

private:
  /**
   * Georeferences every atlas page of \a pdfPath (written at \a dpi) with its map's frame;
   * an error names \a outputPath, the file the user asked for.
   */
  bool georeferenceAtlasPages(const QString &pdfPath, const QString &outputPath, double dpi,
                              QString *error);

  MapOptions mOptions;
  std::unique_ptr<QgsProject> mProject;
  std::unique_ptr<QgsPrintLayout> mLayout;
  MapBuildStatus mStatus;
  bool mAtlasRendering = false;
};

} // namespace riskatlas
