#include "clirunner.h"
#include "controlimage.h"
#include "qgistestmain.h"
#include "risklevel.h"
#include "testdata.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>
#include <qgscategorizedsymbolrenderer.h>
#include <qgscoordinatereferencesystem.h>
#include <qgsfeatureiterator.h>
#include <qgsgeometry.h>
#include <qgslayertree.h>
#include <qgsproject.h>
#include <qgssymbol.h>
#include <qgsvectorlayer.h>

using namespace riskatlas;
using namespace riskatlas::test;

/**
 * The main job end to end on the bundled sample: raw inputs → project → assessment → summary,
 * risk list, map and report, each read back and checked as a user would.
 */
class TestCliSample : public QObject
{
  Q_OBJECT

private:
  QTemporaryDir mDir;
  QString mProject;
  QJsonObject mSummary;
  QJsonObject mExpected;

  QString path(const QString &name) const { return mDir.filePath(name); }

  QString districtLevel(const QString &code) const
  {
    for (const QJsonValue &region : mSummary.value(QStringLiteral("regions")).toArray())
    {
      if (region.toObject().value(QStringLiteral("id")).toString() == code)
        return region.toObject().value(QStringLiteral("level")).toString();
    }
    return QString();
  }

private slots:
  void initTestCase()
  {
    QVERIFY(mDir.isValid());
    mProject = path(QStringLiteral("示例市.gpkg"));
    expectSuccess(buildSampleProject(mProject));
    const CliRun assess = runCli({QStringLiteral("assess"), mProject});
    expectSuccess(assess);
    QVERIFY2(assess.err.contains(QStringLiteral("assess: 100%")), qPrintable(assess.err));

    const CliRun summary = runCli({QStringLiteral("summary"), mProject, QStringLiteral("--json")});
    expectSuccess(summary);
    mSummary = QJsonDocument::fromJson(summary.out.toUtf8()).object();
    QFile expected(sampleFile(QStringLiteral("expected.json")));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    mExpected = QJsonDocument::fromJson(expected.readAll()).object();
  }

  void summaryMatchesTheIndependentComputation()
  {
    QCOMPARE(mSummary.value(QStringLiteral("units")).toInt(),
             mExpected.value(QStringLiteral("units")).toInt());
    QCOMPARE(mSummary.value(QStringLiteral("unscored")).toInt(), 4);
    QCOMPARE(mSummary.value(QStringLiteral("outside_regions")).toInt(), 2);
    QCOMPARE(mSummary.value(QStringLiteral("levels")).toObject(),
             mExpected.value(QStringLiteral("levels")).toObject());
    const QJsonObject districts = mExpected.value(QStringLiteral("district_levels")).toObject();
    QCOMPARE(mSummary.value(QStringLiteral("regions")).toArray().size(), districts.size());
    for (auto it = districts.begin(); it != districts.end(); ++it)
      QCOMPARE(districtLevel(it.key()), it.value().toString());
    const QJsonObject categoryLevels =
        mExpected.value(QStringLiteral("district_category_levels")).toObject();
    for (const QJsonValue &region : mSummary.value(QStringLiteral("regions")).toArray())
    {
      const QString id = region.toObject().value(QStringLiteral("id")).toString();
      QCOMPARE(region.toObject().value(QStringLiteral("category_levels")).toObject(),
               categoryLevels.value(id).toObject());
    }
    int categoryTotal = 0;
    const QJsonObject categories = mSummary.value(QStringLiteral("by_category")).toObject();
    QCOMPARE(categories.keys(), (QStringList{"crowded", "facilities", "industrial", "natural"}));
    for (const QJsonValue &counts : categories)
      for (const QJsonValue &count : counts.toObject())
        categoryTotal += count.toInt();
    QCOMPARE(categoryTotal, mSummary.value(QStringLiteral("scored")).toInt());
  }

  void summaryValidatesAgainstItsSchema()
  {
    const QString json =
        writeFile(path(QStringLiteral("summary.json")), QJsonDocument(mSummary).toJson());
    const QString schema =
        QDir(sourceDir()).filePath(QStringLiteral("resources/schemas/summary.schema.json"));
    const QString errors = jsonSchemaErrors(json, schema);
    QVERIFY2(errors.isEmpty(), qPrintable(errors));
  }

  void projectOpensInQgisWithTheFourColourDefaultStyle()
  {
    for (const char *layerName : {"regions", "units"})
    {
      QgsVectorLayer layer(
          QStringLiteral("%1|layername=%2").arg(mProject, QString::fromLatin1(layerName)),
          QStringLiteral("check"), QStringLiteral("ogr"));
      QVERIFY(layer.isValid());
      auto *renderer = dynamic_cast<QgsCategorizedSymbolRenderer *>(layer.renderer());
      QVERIFY2(renderer, "the default style is not the categorised four-colour style");
      // The regions' style classes the districts only (streets and grid cells are not drawn).
      QCOMPARE(renderer->classAttribute(),
               qstrcmp(layerName, "regions") == 0
                   ? QStringLiteral("CASE WHEN \"kind\" = 'district' THEN \"level\" END")
                   : QStringLiteral("level"));
      QCOMPARE(renderer->categories().size(), 5);
      const int major = renderer->categoryIndexForValue(QStringLiteral("major"));
      QCOMPARE(renderer->categories().at(major).symbol()->color(),
               QColor(QStringLiteral("#FF0000")));
      QCOMPARE(renderer->categories().at(major).label(), QStringLiteral("重大风险"));
      const int low = renderer->categoryIndexForValue(QStringLiteral("low"));
      QCOMPARE(renderer->categories().at(low).symbol()->color(), QColor(QStringLiteral("#0070C0")));
    }
  }

  void renamedProjectOpensInQgisAfterAnyWritingCommand()
  {
    // The embedded QGIS project names its layers' file; a command that changes the project
    // rewrites it on opening (read commands leave the file alone: test_cli_projectio).
    const QString renamed = path(QStringLiteral("给领导看的.gpkg"));
    QVERIFY(QFile::copy(mProject, renamed));
    expectSuccess(runCli({QStringLiteral("assess"), renamed}));
    QgsProject project;
    QVERIFY2(project.read(QStringLiteral("geopackage:%1?projectName=RiskAtlas")
                              .arg(QString::fromUtf8(
                                  QUrl::fromLocalFile(renamed).toEncoded(QUrl::RemoveScheme)))),
             qPrintable(project.error()));
    const QList<QgsMapLayer *> layers = project.mapLayers().values();
    QCOMPARE(project.layerTreeRoot()->layerOrder().size(), 2); // units, districts
    QVERIFY(layers.size() > 2);                                // and the layouts' own layers
    for (QgsMapLayer *layer : layers)
    {
      QVERIFY2(layer->isValid(), qPrintable(layer->source()));
      QVERIFY2(layer->source().startsWith(renamed), qPrintable(layer->source()));
    }
  }

  void projectReadsBackWithOgr()
  {
    GDALDatasetUniquePtr dataset(GDALDataset::Open(mProject.toUtf8().constData(), GDAL_OF_VECTOR));
    QVERIFY(dataset);
    QCOMPARE(dataset->GetLayerByName("units")->GetFeatureCount(), 360);
    QCOMPARE(dataset->GetLayerByName("regions")->GetFeatureCount(), 12);
    OGRLayer *styles = dataset->GetLayerByName("layer_styles");
    QVERIFY(styles);
    styles->SetAttributeFilter("useAsDefault = 1");
    QCOMPARE(styles->GetFeatureCount(), 2);
    OGRLayer *units = dataset->GetLayerByName("units");
    units->SetAttributeFilter("unit_id = 'RU0296'");
    OGRFeatureUniquePtr unscored(units->GetNextFeature());
    QVERIFY(unscored);
    QCOMPARE(QString::fromUtf8(unscored->GetFieldAsString("level")), QStringLiteral("none"));
    QVERIFY(QString::fromUtf8(unscored->GetFieldAsString("assessment_note"))
                .contains(QStringLiteral("severity")));
    // No WAL side files left next to the project.
    QVERIFY(!QFile::exists(mProject + QStringLiteral("-wal")));
  }

  void riskListIsExcelReady()
  {
    const QString csv = path(QStringLiteral("风险清单.csv"));
    expectSuccess(runCli({QStringLiteral("export-units"), mProject, csv}));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(content.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 361);
    QVERIFY2(
        lines.first().startsWith(QStringLiteral(
            "id,name,category,sector,sector_name,region,method,score,inherent_level,level,level_zh,"
            "method_version,grade,likelihood,severity,control,地址,联系人,从业人数")),
        qPrintable(lines.first()));
    const QString credit = *std::find_if(lines.cbegin(), lines.cend(),
                                         [](const QString &line)
                                         { return line.startsWith(QStringLiteral("91330100")); });
    QCOMPARE(credit.section(QLatin1Char(','), 0, 0).size(), 18);
    QVERIFY(std::any_of(lines.cbegin(), lines.cend(),
                        [](const QString &line)
                        { return line.contains(QStringLiteral(",major,major,重大风险,")); }));
  }

  void pngMapShowsEachDistrictInItsLevelColour()
  {
    const QString png = path(QStringLiteral("map.png"));
    expectSuccess(runCli({QStringLiteral("export-map"), mProject, png, QStringLiteral("--dpi"),
                          QStringLiteral("100"), QStringLiteral("--paper"), QStringLiteral("A3")}));
    QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.width(), 1653); // A3 landscape, 420 mm at 100 dpi
    QFile worldFile(path(QStringLiteral("map.pgw")));
    QVERIFY2(worldFile.open(QIODevice::ReadOnly), "no world file next to the PNG");
    const QStringList world =
        QString::fromLatin1(worldFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(world.size(), 6);
    // The world file's CRS beside it: the project's CGCS2000 zone, as ESRI WKT.
    QFile prjFile(path(QStringLiteral("map.prj")));
    QVERIFY2(prjFile.open(QIODevice::ReadOnly), "no .prj next to the PNG");
    const QString prj = QString::fromUtf8(prjFile.readAll());
    QVERIFY2(prj.startsWith(QLatin1String("PROJCS[")) && prj.contains(QLatin1String("CGCS2000")),
             qPrintable(prj));
    const QgsCoordinateReferenceSystem prjCrs = QgsCoordinateReferenceSystem::fromWkt(prj);
    QVERIFY(prjCrs.isValid());
    const QgsCoordinateReferenceSystem projectCrs(QStringLiteral("EPSG:4549"));
    QCOMPARE(prjCrs.toProj(), projectCrs.toProj());
    const double pixelX = world.at(0).toDouble();
    const double pixelY = world.at(3).toDouble();
    const double originX = world.at(4).toDouble();
    const double originY = world.at(5).toDouble();

    QgsVectorLayer regions(QStringLiteral("%1|layername=regions").arg(mProject),
                           QStringLiteral("r"), QStringLiteral("ogr"));
    QgsVectorLayer units(QStringLiteral("%1|layername=units").arg(mProject), QStringLiteral("u"),
                         QStringLiteral("ogr"));
    QVector<QgsPointXY> unitPoints;
    QgsFeature feature;
    QgsFeatureIterator unitIterator = units.getFeatures();
    while (unitIterator.nextFeature(feature))
      unitPoints << feature.geometry().asPoint();

    int checked = 0;
    QgsFeatureIterator regionIterator = regions.getFeatures();
    while (regionIterator.nextFeature(feature))
    {
      // The interior point farthest from any unit marker and clear of the name label.
      const QgsGeometry polygon = feature.geometry();
      const QgsPointXY centre = polygon.centroid().asPoint();
      const QgsGeometry outline = polygon.convertToType(QgsWkbTypes::LineGeometry);
      const QgsRectangle box = polygon.boundingBox();
      QgsPointXY best;
      double bestClearance = 0;
      for (int i = 1; i < 40; ++i)
        for (int j = 1; j < 40; ++j)
        {
          const QgsPointXY candidate(box.xMinimum() + box.width() * i / 40.0,
                                     box.yMinimum() + box.height() * j / 40.0);
          const QgsGeometry point = QgsGeometry::fromPointXY(candidate);
          const bool underLabel = std::abs(candidate.x() - centre.x()) < 2500 &&
                                  std::abs(candidate.y() - centre.y()) < 800;
          if (underLabel || !polygon.contains(&candidate))
            continue;
          double clearance = outline.distance(point);
          for (const QgsPointXY &unit : unitPoints)
            clearance = std::min(clearance, unit.distance(candidate));
          if (clearance > bestClearance)
          {
            bestClearance = clearance;
            best = candidate;
          }
        }
      QVERIFY2(bestClearance > 400,
               qPrintable(feature.attribute(QStringLiteral("name")).toString()));
      const int column = static_cast<int>((best.x() - originX) / pixelX);
      const int row = static_cast<int>((best.y() - originY) / pixelY);
      RiskLevel level = RiskLevel::None;
      QVERIFY(levelFromKey(districtLevel(feature.attribute(QStringLiteral("region_id")).toString()),
                           level));
      const QColor expected(defaultLevelColor(level));
      for (int dx = -1; dx <= 1; ++dx)
        for (int dy = -1; dy <= 1; ++dy)
          QCOMPARE(image.pixelColor(column + dx, row + dy).name(), expected.name());
      ++checked;
    }
    QCOMPARE(checked, 12);
  }

  void mapMatchesItsControlImage()
  {
    // A4 at 50 dpi keeps the control small; regenerate it deliberately when the map's design
    // changes (RISKATLAS_UPDATE_CONTROLS=1), then look at it before committing.
    const QString png = path(QStringLiteral("control-check.png"));
    expectSuccess(runCli({QStringLiteral("export-map"), mProject, png, QStringLiteral("--paper"),
                          QStringLiteral("A4"), QStringLiteral("--dpi"), QStringLiteral("50")}));
    RISKATLAS_CHECK_CONTROL_IMAGE(png, QStringLiteral("four-colour-map-a4-50dpi.png"));
  }

  void pdfMapKeepsChineseTextAndEmbedsThePinnedFont()
  {
    const QString pdf = path(QStringLiteral("map.pdf"));
    expectSuccess(runCli({QStringLiteral("export-map"), mProject, pdf}));
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY2(text.contains(QStringLiteral("示例市城市安全风险分布图")), qPrintable(text));
    for (const QString &word :
         {QStringLiteral("重大风险"), QStringLiteral("较大风险"), QStringLiteral("一般风险"),
          QStringLiteral("低风险"), QStringLiteral("临江区"), QStringLiteral("2026-11-29"),
          QStringLiteral("EPSG:4549")})
      QVERIFY2(text.contains(word), qPrintable(word));
    const QString fonts = runTool(QStringLiteral("pdffonts"), {pdf});
    QVERIFY2(fonts.contains(QStringLiteral("WenQuanYiMicroHei")), qPrintable(fonts));
    QVERIFY2(everyPdfFontEmbedded(fonts), qPrintable(fonts));
  }

  void svgAndLargePapersInBothOrientations()
  {
    const QString svg = path(QStringLiteral("map.svg"));
    expectSuccess(runCli({QStringLiteral("export-map"), mProject, svg}));
    QFile file(svg);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(file.readAll());
    QVERIFY(content.contains(QStringLiteral("<svg")));
    QVERIFY2(content.contains(QStringLiteral("示例市城市安全风险分布图")), "SVG text is not text");

    const QString a2 = path(QStringLiteral("a2-portrait.pdf"));
    expectSuccess(runCli({QStringLiteral("export-map"), mProject, a2, QStringLiteral("--paper"),
                          QStringLiteral("A2"), QStringLiteral("--orientation"),
                          QStringLiteral("portrait")}));
    const QString info = runTool(QStringLiteral("pdfinfo"), {a2});
    // A2 portrait: 420 × 594 mm = 1190.55 × 1683.78 pt, which pdfinfo rounds.
    QVERIFY2(info.contains(QStringLiteral("1191 x 1684 pts (A2)")), qPrintable(info));
    const QString text = runTool(QStringLiteral("pdftotext"), {a2, QStringLiteral("-")});
    QVERIFY(text.contains(QStringLiteral("重大风险")) && text.contains(QStringLiteral("湘湖区")));
  }

  void categoryMapShowsOneCategory()
  {
    const QString pdf = path(QStringLiteral("industrial.pdf"));
    expectSuccess(runCli({QStringLiteral("export-map"), mProject, pdf, QStringLiteral("--category"),
                          QStringLiteral("industrial")}));
    const QString text = runTool(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY2(text.contains(QStringLiteral("示例市城市工业风险分布图")), qPrintable(text.left(200)));
    const CliRun unknown = runCli({QStringLiteral("export-map"), mProject, pdf,
                                   QStringLiteral("--category"), QStringLiteral("mining")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("industrial, crowded, facilities, natural")),
             qPrintable(unknown.err));
  }

  void reportReadsBackInChineseAndEnglish()
  {
    const QString zh = path(QStringLiteral("报告.pdf"));
    expectSuccess(runCli({QStringLiteral("report"), mProject, zh}));
    const QString text = runTool(QStringLiteral("pdftotext"), {zh, QStringLiteral("-")});
    for (const QString &word :
         {QStringLiteral("城市安全风险评估报告"), QStringLiteral("示例市"),
          QStringLiteral("5.2 重大风险"), QStringLiteral("6.1 区县风险等级"),
          QStringLiteral("湘湖区"), QStringLiteral("风险矩阵"), QStringLiteral("2026-11-29"),
          // one map per category follows the overall map
          QStringLiteral("城市工业风险分布图"), QStringLiteral("自然灾害风险分布图")})
      QVERIFY2(text.contains(word), qPrintable(word));
    // Kangxi radicals instead of 风/大/一 mean a font whose text extracts wrongly.
    for (const QChar radical : {QChar(0x2EDB), QChar(0x2F24), QChar(0x2F00)})
      QVERIFY2(!text.contains(radical), "PDF text extracts as Kangxi radicals");
    const QString fonts = runTool(QStringLiteral("pdffonts"), {zh});
    QVERIFY2(fonts.contains(QStringLiteral("WenQuanYiMicroHei")), qPrintable(fonts));
    QVERIFY2(everyPdfFontEmbedded(fonts), qPrintable(fonts));
    const int pages = runTool(QStringLiteral("pdfinfo"), {zh})
                          .section(QStringLiteral("Pages:"), 1)
                          .trimmed()
                          .section(QLatin1Char('\n'), 0, 0)
                          .toInt();
    QVERIFY2(pages >= 9, qPrintable(QString::number(pages)));

    const QString en = path(QStringLiteral("report-en.pdf"));
    expectSuccess(runCli({QStringLiteral("report"), mProject, en, QStringLiteral("--language"),
                          QStringLiteral("en")}));
    // Line breaks of the layout are not part of the words.
    const QString english =
        runTool(QStringLiteral("pdftotext"), {en, QStringLiteral("-")}).simplified();
    QVERIFY(english.contains(QStringLiteral("City Safety Risk Assessment Report")));
    QVERIFY(english.contains(QStringLiteral("Major risks")));
  }

  void badRowsImportNothing()
  {
    const QString bad =
        writeFile(path(QStringLiteral("bad.csv")), "\xEF\xBB\xBF编号,单位名称,行业领域,经度,纬度\n"
                                                   "NEW1,新单位,I01,120.2,30.25\n"
                                                   "NEW2,坏单位,X99,120.2,30.25\n"
                                                   "NEW3,坏坐标,I01,abc,30.25\n");
    const CliRun run = runCli({QStringLiteral("import-units"), mProject, bad});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(
        run.err.contains(QStringLiteral("bad.csv: row 3 (id NEW2): field 行业领域: value \"X99\"")),
        qPrintable(run.err));
    QVERIFY2(
        run.err.contains(QStringLiteral("bad.csv: row 4 (id NEW3): field 经度: value \"abc\"")),
        qPrintable(run.err));
    const CliRun summary = runCli({QStringLiteral("summary"), mProject, QStringLiteral("--json")});
    QCOMPARE(QJsonDocument::fromJson(summary.out.toUtf8())
                 .object()
                 .value(QStringLiteral("units"))
                 .toInt(),
             360);
  }
};

RISKATLAS_QGIS_TEST_MAIN(TestCliSample)
#include "test_cli_sample.moc"
