// QGIS conventions of a RiskAtlas project (issue 17 item 4), read back as an analyst meets them
// in QGIS Desktop: field aliases and value maps in the layers' default styles and the embedded
// project, the regions' default style showing districts only, one layer per region kind, the
// units in the map legend, and georeferenced atlas PDFs and PNGs (.pgw and .prj).

#include "clirunner.h"
#include "maps/embeddedproject.h"
#include "qgistestmain.h"
#include "testdata.h"
#include "workflow/projectview.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <qgsapplication.h>
#include <qgseditorwidgetsetup.h>
#include <qgsexpressioncontextutils.h>
#include <qgsfeatureiterator.h>
#include <qgsfieldformatter.h>
#include <qgsfieldformatterregistry.h>
#include <qgslayertree.h>
#include <qgslayertreelayer.h>
#include <qgspallabeling.h>
#include <qgsproject.h>
#include <qgsrendercontext.h>
#include <qgsrenderer.h>
#include <qgsvectorlayer.h>
#include <qgsvectorlayerlabeling.h>

using namespace riskatlas;
using namespace riskatlas::test;

class TestCliConventions : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;
  QString mProject;

  QString path(const QString &name) const { return mDir.filePath(name); }

  //! A layer of the project as QGIS Desktop opens it: with its default style from layer_styles.
  std::unique_ptr<QgsVectorLayer> storedLayer(const QString &table) const
  {
    return std::make_unique<QgsVectorLayer>(QStringLiteral("%1|layername=%2").arg(mProject, table),
                                            table, QStringLiteral("ogr"));
  }

  //! What QGIS's attribute table shows for \a value of \a field (its editor widget's formatter).
  static QString shown(const QgsVectorLayer &layer, const QString &field, const QVariant &value)
  {
    const int index = layer.fields().lookupField(field);
    const QgsEditorWidgetSetup setup = layer.editorWidgetSetup(index);
    QgsFieldFormatter *formatter =
        QgsApplication::fieldFormatterRegistry()->fieldFormatter(setup.type());
    return formatter->representValue(const_cast<QgsVectorLayer *>(&layer), index, setup.config(),
                                     QVariant(), value);
  }

  static QString alias(const QgsVectorLayer &layer, const QString &field)
  {
    return layer.attributeAlias(layer.fields().lookupField(field));
  }

  //! The aliases and value maps every Chinese view of the project carries.
  static void expectChineseFields(const QgsVectorLayer &units, const QgsVectorLayer &regions)
  {
    QCOMPARE(alias(units, QStringLiteral("level")), QStringLiteral("风险等级"));
    QCOMPARE(alias(units, QStringLiteral("inherent_level")), QStringLiteral("固有风险等级"));
    QCOMPARE(alias(units, QStringLiteral("name")), QStringLiteral("单位名称"));
    QCOMPARE(alias(units, QStringLiteral("unit_id")), QStringLiteral("单位编号"));
    QCOMPARE(alias(units, QStringLiteral("sector_name")), QStringLiteral("行业领域"));
    QCOMPARE(alias(units, QStringLiteral("control")), QStringLiteral("管控水平"));
    const int level = units.fields().lookupField(QStringLiteral("level"));
    QCOMPARE(units.editorWidgetSetup(level).type(), QStringLiteral("ValueMap"));
    QCOMPARE(shown(units, QStringLiteral("level"), QStringLiteral("major")),
             QStringLiteral("重大风险"));
    QCOMPARE(shown(units, QStringLiteral("level"), QStringLiteral("significant")),
             QStringLiteral("较大风险"));
    QCOMPARE(shown(units, QStringLiteral("level"), QStringLiteral("general")),
             QStringLiteral("一般风险"));
    QCOMPARE(shown(units, QStringLiteral("level"), QStringLiteral("low")),
             QStringLiteral("低风险"));
    QCOMPARE(shown(units, QStringLiteral("inherent_level"), QStringLiteral("major")),
             QStringLiteral("重大风险"));
    QCOMPARE(shown(units, QStringLiteral("category"), QStringLiteral("industrial")),
             QStringLiteral("城市工业"));
    QCOMPARE(shown(units, QStringLiteral("sector"), QStringLiteral("I01")),
             QStringLiteral("I01 危险化学品生产"));
    QCOMPARE(shown(units, QStringLiteral("method"), QStringLiteral("matrix")),
             QStringLiteral("风险矩阵法（L × S）"));
    // The value map's own configuration, as QGIS Desktop's widget editor lists it.
    const QVariantList map =
        units.editorWidgetSetup(level).config().value(QStringLiteral("map")).toList();
    QCOMPARE(map.size(), 5);
    QCOMPARE(map.first().toMap(), (QVariantMap{{QStringLiteral("重大风险"), "major"}}));

    QCOMPARE(alias(regions, QStringLiteral("kind")), QStringLiteral("区域类型"));
    QCOMPARE(alias(regions, QStringLiteral("name")), QStringLiteral("区域名称"));
    QCOMPARE(alias(regions, QStringLiteral("level")), QStringLiteral("风险等级"));
    QCOMPARE(shown(regions, QStringLiteral("kind"), QStringLiteral("district")),
             QStringLiteral("区县"));
    QCOMPARE(shown(regions, QStringLiteral("kind"), QStringLiteral("grid")),
             QStringLiteral("网格"));
    QCOMPARE(shown(regions, QStringLiteral("level"), QStringLiteral("major")),
             QStringLiteral("重大风险"));
  }

  //! The region codes \a regions' renderer draws, by kind.
  static QMap<QString, int> drawnByKind(QgsVectorLayer &regions)
  {
    QgsRenderContext context;
    context.expressionContext().appendScopes(
        QgsExpressionContextUtils::globalProjectLayerScopes(&regions));
    QgsFeatureRenderer *renderer = regions.renderer();
    renderer->startRender(context, regions.fields());
    QMap<QString, int> drawn;
    QgsFeature region;
    QgsFeatureIterator features = regions.getFeatures();
    while (features.nextFeature(region))
    {
      context.expressionContext().setFeature(region);
      if (renderer->willRenderFeature(region, context))
        drawn[region.attribute(QStringLiteral("kind")).toString()] += 1;
    }
    renderer->stopRender(context);
    return drawn;
  }

  static QString gdalInfo(const QString &file)
  {
    return runTool(QStringLiteral("gdalinfo"), {file});
  }

private slots:
  void initTestCase()
  {
    QVERIFY(mDir.isValid());
    mProject = path(QStringLiteral("示例市.gpkg"));
    expectSuccess(buildSampleProject(mProject));
    expectSuccess(runCli({QStringLiteral("make-grid"), mProject, QStringLiteral("--cell-size"),
                          QStringLiteral("3000")}));
    expectSuccess(runCli({QStringLiteral("hazards"), QStringLiteral("import"), mProject,
                          sampleFile(QStringLiteral("hazards.csv"))}));
    expectSuccess(runCli({QStringLiteral("assess"), mProject}));
  }

  /**
   * Opening `units` or `regions` from the GeoPackage (Layer ▸ Add Vector Layer) shows Chinese
   * field names and level names: the default styles carry aliases and value maps.
   */
  void defaultStylesNameFieldsAndCodes()
  {
    auto units = storedLayer(QStringLiteral("units"));
    auto regions = storedLayer(QStringLiteral("regions"));
    QVERIFY(units->isValid() && regions->isValid());
    expectChineseFields(*units, *regions);

    auto hazards = storedLayer(QStringLiteral("hazards"));
    QVERIFY(hazards->isValid());
    QCOMPARE(alias(*hazards, QStringLiteral("hazard_id")), QStringLiteral("隐患编号"));
    QCOMPARE(alias(*hazards, QStringLiteral("status")), QStringLiteral("整改状态"));
    QCOMPARE(alias(*hazards, QStringLiteral("grade")), QStringLiteral("隐患等级"));
    QCOMPARE(shown(*hazards, QStringLiteral("status"), QStringLiteral("rectifying")),
             QStringLiteral("整改中"));
    QCOMPARE(shown(*hazards, QStringLiteral("grade"), QStringLiteral("major")),
             QStringLiteral("重大"));
    QCOMPARE(shown(*hazards, QStringLiteral("listing"), QStringLiteral("city")),
             QStringLiteral("市级"));
  }

  //! The regions' default style draws and labels the districts, not the grid over them.
  void regionsDefaultStyleShowsDistrictsOnly()
  {
    auto regions = storedLayer(QStringLiteral("regions"));
    QVERIFY(regions->isValid());
    QMap<QString, int> all;
    QgsFeature region;
    QgsFeatureIterator features = regions->getFeatures();
    while (features.nextFeature(region))
      all[region.attribute(QStringLiteral("kind")).toString()] += 1;
    QCOMPARE(all.value(QStringLiteral("district")), 12);
    QVERIFY2(all.value(QStringLiteral("grid")) > 12,
             qPrintable(QString::number(all.value(QStringLiteral("grid")))));
    const QMap<QString, int> drawn = drawnByKind(*regions);
    QCOMPARE(drawn, (QMap<QString, int>{{QStringLiteral("district"), 12}}));
    QVERIFY(regions->labelsEnabled() && regions->labeling());
    const QgsPalLayerSettings labels = regions->labeling()->settings();
    QVERIFY(labels.isExpression);
    QVERIFY2(labels.fieldName.contains(QStringLiteral("'district'")), qPrintable(labels.fieldName));
  }

  /**
   * The embedded project (Project ▸ Open From ▸ GeoPackage): one layer per region kind, each
   * filtered and styled, districts shown and the grid hidden, every layer with its fields named.
   */
  void embeddedProjectHasALayerPerKindWithNamedFields()
  {
    QgsProject project;
    QVERIFY2(project.read(EmbeddedProject::uri(mProject)), qPrintable(project.error()));
    QStringList names;
    QgsVectorLayer *units = nullptr;
    QMap<QString, QgsVectorLayer *> byName;
    for (QgsLayerTreeLayer *node : project.layerTreeRoot()->findLayers())
    {
      auto *layer = qobject_cast<QgsVectorLayer *>(node->layer());
      QVERIFY(layer && layer->isValid());
      names << layer->name();
      byName.insert(layer->name(), layer);
      if (layer->name() == QLatin1String("区县"))
        QVERIFY(node->itemVisibilityChecked());
      if (layer->name() == QLatin1String("网格"))
        QVERIFY(!node->itemVisibilityChecked());
    }
    QCOMPARE(names, (QStringList{QStringLiteral("事故隐患"), QStringLiteral("风险单元"),
                                 QStringLiteral("区县"), QStringLiteral("网格")}));
    units = byName.value(QStringLiteral("风险单元"));
    QCOMPARE(byName.value(QStringLiteral("区县"))->subsetString(),
             QStringLiteral("\"kind\" = 'district'"));
    QCOMPARE(byName.value(QStringLiteral("网格"))->subsetString(),
             QStringLiteral("\"kind\" = 'grid'"));
    expectChineseFields(*units, *byName.value(QStringLiteral("区县")));
    expectChineseFields(*units, *byName.value(QStringLiteral("网格")));
    QCOMPARE(alias(*byName.value(QStringLiteral("事故隐患")), QStringLiteral("deadline")),
             QStringLiteral("整改期限"));
    // The layer tree's legend names the units' classes by level.
    QStringList legend;
    for (const QgsLegendSymbolItem &item : units->renderer()->legendSymbolItems())
      legend << item.label();
    QCOMPARE(legend.mid(0, 4), (QStringList{QStringLiteral("重大风险"), QStringLiteral("较大风险"),
                                            QStringLiteral("一般风险"), QStringLiteral("低风险")}));
  }

  //! The workbench's view speaks the window's language, fields included.
  void workbenchViewNamesFieldsInItsLanguage()
  {
    const QString copy = path(QStringLiteral("view.gpkg"));
    QVERIFY(QFile::copy(mProject, copy));
    Problem problem;
    auto view = ProjectView::open(copy, &problem);
    QVERIFY2(view, qPrintable(problem.message()));
    view->setLanguage(QStringLiteral("en"));
    QgsVectorLayer *units = view->unitsLayer();
    QgsVectorLayer *grid = view->regionLayer(RegionKind::Grid);
    QVERIFY(units && grid);
    QCOMPARE(alias(*units, QStringLiteral("level")), QStringLiteral("Risk level"));
    QCOMPARE(shown(*units, QStringLiteral("level"), QStringLiteral("major")),
             QStringLiteral("Major risk"));
    QCOMPARE(shown(*units, QStringLiteral("category"), QStringLiteral("industrial")),
             QStringLiteral("Urban industry"));
    QCOMPARE(shown(*grid, QStringLiteral("kind"), QStringLiteral("grid")), QStringLiteral("Grid"));
    view->setLanguage(QStringLiteral("zh"));
    QCOMPARE(alias(*units, QStringLiteral("level")), QStringLiteral("风险等级"));
    QCOMPARE(shown(*units, QStringLiteral("level"), QStringLiteral("major")),
             QStringLiteral("重大风险"));
  }

  //! The legend of an exported map lists the units' markers by level under their own heading.
  void mapLegendShowsTheUnits()
  {
    const QString pdf = path(QStringLiteral("map.pdf"));
    expectSuccess(runCli({QStringLiteral("export-map"), mProject, pdf, QStringLiteral("--paper"),
                          QStringLiteral("A4")}));
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY2(text.contains(QStringLiteral("风险单元")), qPrintable(text));
    // Each level twice: the regions' fill and the units' marker.
    for (const QString &level : {QStringLiteral("重大风险"), QStringLiteral("较大风险"),
                                 QStringLiteral("一般风险"), QStringLiteral("低风险")})
      QVERIFY2(text.count(level) == 2, qPrintable(level + QLatin1Char('\n') + text));

    const QString english = path(QStringLiteral("map-en.pdf"));
    expectSuccess(
        runCli({QStringLiteral("export-map"), mProject, english, QStringLiteral("--paper"),
                QStringLiteral("A4"), QStringLiteral("--language"), QStringLiteral("en")}));
    const QString englishText =
        runTool(QStringLiteral("pdftotext"), {english, QStringLiteral("-")});
    QVERIFY2(englishText.contains(QStringLiteral("Risk units")), qPrintable(englishText));
    QCOMPARE(englishText.count(QStringLiteral("Major risk")), 2);
  }

  //! Every page of the atlas PDF, like the single map, carries the project CRS and a transform.
  void atlasPdfIsGeoreferenced()
  {
    const QString single = path(QStringLiteral("single.pdf"));
    expectSuccess(runCli({QStringLiteral("export-map"), mProject, single, QStringLiteral("--paper"),
                          QStringLiteral("A4")}));
    const QString singleInfo = gdalInfo(single);
    QVERIFY2(singleInfo.contains(QStringLiteral("ID[\"EPSG\",4549]")), qPrintable(singleInfo));
    QVERIFY2(singleInfo.contains(QStringLiteral("Origin = ")), qPrintable(singleInfo));

    const QString atlas = path(QStringLiteral("atlas.pdf"));
    expectSuccess(runCli({QStringLiteral("export-map"), mProject, atlas, QStringLiteral("--paper"),
                          QStringLiteral("A4"), QStringLiteral("--atlas")}));
    const QString info = gdalInfo(atlas);
    QVERIFY2(info.contains(QStringLiteral("ID[\"EPSG\",4549]")), qPrintable(info));
    QVERIFY2(info.contains(QStringLiteral("Origin = ")), qPrintable(info));
    // Each page its own district's frame: the origins differ from page to page.
    QSet<QString> origins;
    for (int page = 1; page <= 12; ++page)
    {
      const QString pageInfo = gdalInfo(QStringLiteral("PDF:%1:%2").arg(page).arg(atlas));
      QVERIFY2(pageInfo.contains(QStringLiteral("ID[\"EPSG\",4549]")),
               qPrintable(QString::number(page) + QLatin1Char('\n') + pageInfo));
      const QString origin = pageInfo.section(QStringLiteral("Origin = "), 1).section('\n', 0, 0);
      QVERIFY2(!origin.isEmpty(), qPrintable(pageInfo));
      origins.insert(origin);
    }
    QCOMPARE(origins.size(), 12);
  }

  //! Single and atlas PNGs: a world file and a .prj naming the project CRS (EPSG:4549).
  void pngsHaveWorldFileAndPrj()
  {
    const QString single = path(QStringLiteral("single.png"));
    const QString atlas = path(QStringLiteral("atlas.png"));
    expectSuccess(runCli({QStringLiteral("export-map"), mProject, single, QStringLiteral("--paper"),
                          QStringLiteral("A4"), QStringLiteral("--dpi"), QStringLiteral("40")}));
    expectSuccess(runCli({QStringLiteral("export-map"), mProject, atlas, QStringLiteral("--paper"),
                          QStringLiteral("A4"), QStringLiteral("--dpi"), QStringLiteral("40"),
                          QStringLiteral("--atlas")}));
    QStringList pngs{single};
    for (const QFileInfo &page :
         QDir(mDir.path()).entryInfoList({QStringLiteral("atlas_*.png")}, QDir::Files))
      pngs << page.filePath();
    QCOMPARE(pngs.size(), 13);
    for (const QString &png : pngs)
    {
      const QString base = png.left(png.size() - 4);
      QVERIFY2(QFileInfo(base + QStringLiteral(".pgw")).size() > 0, qPrintable(png));
      QVERIFY2(QFileInfo(base + QStringLiteral(".prj")).size() > 0, qPrintable(png));
      const QString epsg =
          runTool(QStringLiteral("gdalsrsinfo"),
                  {QStringLiteral("-o"), QStringLiteral("epsg"), base + QStringLiteral(".prj")});
      QVERIFY2(epsg.contains(QStringLiteral("EPSG:4549")),
               qPrintable(png + QLatin1Char(' ') + epsg));
      // GDAL reads the PNG's position from its world file (the CRS is the .prj's to tell).
      const QString info = gdalInfo(png);
      QVERIFY2(info.contains(QStringLiteral(".pgw")) && info.contains(QStringLiteral("Origin = ")),
               qPrintable(info));
    }
  }
};

RISKATLAS_QGIS_TEST_MAIN(TestCliConventions)
#include "test_cli_conventions.moc"
