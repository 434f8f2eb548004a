#pragma once

#include <QImage>
#include <QString>
#include <memory>

class QgsPrintLayout;
class QgsProject;
class QgsFeedback;

namespace riskatlas
{

struct MapOptions
{
  QString paper = QStringLiteral("A3"); //!< A4 | A3 | A2 | A1 | A0
  bool landscape = true;
  QString kind = QStringLiteral("district"); //!< which regions to colour: district | street | grid
  QString category;     //!< a category code: map its units and the regions' level for it
  QString categoryName; //!< the category's name in the map's language, for the title
  QString language = QStringLiteral("zh"); //!< zh | en
  int dpi = 300;                           //!< raster exports
};

/**
 * The four-colour city risk distribution map (四色图) as a QGIS print layout: regions filled by
 * level with their names, units by level, a title, a legend of the four levels, a scale bar, a
 * north arrow, the CRS and the date, zoomed to the city. Fonts are pinned.
 */
class RiskMapLayout
{
public:
  RiskMapLayout(const QString &projectPath, const QString &projectName, const QString &crsAuthId,
                const MapOptions &options);
  ~RiskMapLayout();

  static bool isKnownPaper(const QString &paper);

  bool isValid() const { return mError.isEmpty(); }
  QString error() const { return mError; }
  QgsPrintLayout &layout() { return *mLayout; }

  //! Vector PDF with text kept as text.
  bool exportPdf(const QString &path, QString *error);
  //! PNG at the options' dpi, with a world file (.pgw) georeferencing it.
  bool exportPng(const QString &path, QString *error);
  //! SVG with text kept as text.
  bool exportSvg(const QString &path, QString *error);
  //! The page as an image, for embedding in the report.
  QImage renderImage(double dpi) const;

private:
  void build(const QString &projectName, const QString &crsAuthId, bool anyUnassessed);

  MapOptions mOptions;
  std::unique_ptr<QgsProject> mProject;
  std::unique_ptr<QgsPrintLayout> mLayout;
  QString mError;
};

} // namespace riskatlas
