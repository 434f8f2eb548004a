#include "report/reportwriter.h"

#include "assess/projectsummary.h"
#include "maps/riskmaplayout.h"
#include "outputfile.h"
#include "reportcontent.h"
#include "reproducibletime.h"
#include "store/projectcrs.h"
#include "store/projectschema.h"
#include "store/projectstore.h"
#include "support/gisruntime.h"

#include <QPageLayout>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace riskatlas
{

namespace
{
const QString MapImageUrl = QStringLiteral("riskatlas://four-colour-map.png");
const QString CategoryMapImageUrl = QStringLiteral("riskatlas://category-map-%1.png");
} // namespace

bool writeReportPdf(ProjectStore &store, const QString &pdfPath, const QString &language,
                    QString *error)
{
  const Taxonomy taxonomy = store.taxonomy();
  ReportInput input;
  input.language = language;
  input.projectName = store.projectName();
  input.generatedAt = reproducibleNow();
  input.crsDescription = describeCrs(store.crsAuthId());
  input.summary = readSummary(store);
  input.taxonomy = &taxonomy;
  input.methodSet = store.methodSet();
  input.palette = input.methodSet.palette();
  input.majorUnits = readMajorUnits(store, language);
  input.overriddenUnits = readOverriddenUnits(store, language);
  if (store.hasReadError())
    return false; // the caller reports the damage; no report from half-read figures

  QTextDocument document;
  document.setDefaultFont(QFont(cartographyFontFamily(), 10));
  MapOptions mapOptions;
  mapOptions.language = language;
  mapOptions.aggregation = store.metadata(ProjectSchema::aggregationKey());
  mapOptions.palette = input.palette;
  RiskMapLayout map(store.path(), input.projectName, store.crsAuthId(), mapOptions);
  if (map.isValid())
  {
    document.addResource(QTextDocument::ImageResource, QUrl(MapImageUrl), map.renderImage(150));
    input.mapImageUrl = MapImageUrl;
    // One map per category with units in the project.
    for (const Category &category : taxonomy.categories())
    {
      if (input.summary.byCategory.value(category.code).total() == 0)
        continue;
      MapOptions categoryOptions = mapOptions;
      categoryOptions.category = category.code;
      categoryOptions.categoryName = category.name(language);
      RiskMapLayout categoryMap(store.path(), input.projectName, store.crsAuthId(),
                                categoryOptions);
      if (!categoryMap.isValid())
        continue;
      const QString url = CategoryMapImageUrl.arg(category.code);
      document.addResource(QTextDocument::ImageResource, QUrl(url), categoryMap.renderImage(150));
      input.categoryMapImageUrls.append({category.code, url});
    }
  }
  document.setHtml(buildReportHtml(input));

  OutputFile output(pdfPath);
  if (!output.open(error))
    return false;
  {
    QPdfWriter writer(output.writePath());
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(input.projectName);
    writer.setCreator(QStringLiteral("RiskAtlas"));
    document.print(&writer);
  } // the PDF is complete once the writer is gone
  // QPdfWriter reports no write errors: a PDF cut short (disk full) lacks its final %%EOF.
  output.setExpectedTail("%%EOF");
  if (!output.commit(error))
    return false;
  return true;
}

} // namespace riskatlas
