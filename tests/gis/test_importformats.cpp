#include "import/unitimporter.h"
#include "importfixture.h"
#include "qgistestmain.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTextCodec>

using namespace riskatlas;
using namespace riskatlas::test;

//! Formats and encodings analysts receive: GBK CSV, shapefiles with and without .cpg, XLSX
//! with title rows, KML, GeoJSON lines.
class TestImportFormats : public QObject
{
  Q_OBJECT

private:
  ImportFixture mFixture;

  static QByteArray gbk(const QString &text)
  {
    return QTextCodec::codecForName("GBK")->fromUnicode(text);
  }

  //! A shapefile in EPSG:4326 written with raw (non-recoded) GBK attribute bytes.
  QString gbkShapefile(bool withCpg)
  {
    const QString path = mFixture.file(QStringLiteral("单位.shp"));
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
    GDALDatasetUniquePtr dataset(
        driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    const char *options[] = {"ENCODING=", nullptr};
    OGRLayer *layer = dataset->CreateLayer("units", &wgs84, wkbPoint, const_cast<char **>(options));
    for (const char *field : {"id", "name", "sector"})
    {
      OGRFieldDefn definition(field, OFTString);
      layer->CreateField(&definition);
    }
    OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
    feature->SetField("id", "S1");
    feature->SetField("name", gbk(QStringLiteral("钱塘新区燃气调压站")).constData());
    feature->SetField("sector", gbk(QStringLiteral("城镇燃气")).constData());
    OGRPoint point(120.2, 30.25);
    feature->SetGeometry(&point);
    if (layer->CreateFeature(feature.get()) != OGRERR_NONE)
      qFatal("cannot write the test shapefile");
    dataset.reset();
    const QString cpg = path.chopped(3) + QStringLiteral("cpg");
    QFile::remove(cpg);
    if (withCpg)
      writeFile(cpg, "936");
    return path;
  }

private slots:
  void gbkCsvWithChineseHeaders()
  {
    auto store = mFixture.newProject();
    const QString csv =
        writeFile(mFixture.file(QStringLiteral("gbk.csv")),
                  gbk(QStringLiteral("编号,单位名称,行业领域,经度,纬度,地址\n"
                                     "G1,临江区宏达化工有限公司,危险化学品生产,120.2,30.25,"
                                     "临江区文三路1号\n")));
    const ImportOutcome outcome = UnitImporter::run(*store, csv, {}, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    QCOMPARE(ImportFixture::unitValue(*store, QStringLiteral("G1"), "name"),
             QStringLiteral("临江区宏达化工有限公司"));
    QCOMPARE(ImportFixture::unitValue(*store, QStringLiteral("G1"), "sector"),
             QStringLiteral("I01"));
    const QJsonObject kept =
        QJsonDocument::fromJson(
            ImportFixture::unitValue(*store, QStringLiteral("G1"), "attributes").toUtf8())
            .object();
    QCOMPARE(kept.value(QStringLiteral("地址")).toString(), QStringLiteral("临江区文三路1号"));
  }

  void shapefileWithAndWithoutCpg_data()
  {
    QTest::addColumn<bool>("withCpg");
    QTest::newRow("with .cpg 936") << true;
    QTest::newRow("without .cpg, detected") << false;
  }
  void shapefileWithAndWithoutCpg()
  {
    QFETCH(bool, withCpg);
    auto store = mFixture.newProject();
    const ImportOutcome outcome = UnitImporter::run(*store, gbkShapefile(withCpg), {}, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    QCOMPARE(ImportFixture::unitValue(*store, QStringLiteral("S1"), "name"),
             QStringLiteral("钱塘新区燃气调压站"));
    QCOMPARE(ImportFixture::unitValue(*store, QStringLiteral("S1"), "sector"),
             QStringLiteral("F01"));
  }

  void spreadsheetWithATitleRow()
  {
    // Row 1: a title; row 2: the header; rows 3…: units. Written by GDAL's XLSX driver, whose
    // first row is the field names.
    const QString path = mFixture.file(QStringLiteral("清单.xlsx"));
    {
      GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("XLSX");
      GDALDatasetUniquePtr dataset(
          driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
      OGRLayer *sheet = dataset->CreateLayer("Sheet1", nullptr, wkbNone, nullptr);
      const QStringList title{QStringLiteral("示例市风险单元清单"), QStringLiteral("b"),
                              QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e")};
      for (const QString &name : title)
      {
        OGRFieldDefn field(name.toUtf8().constData(), OFTString);
        sheet->CreateField(&field);
      }
      const QList<QStringList> rows{
          {"编号", "单位名称", "行业领域", "经度", "纬度"},
          {"0001", "望湖区第三中学", "C06", "120.21", "30.26"},
          {"0002", "白塔区人民医院", "医院", "120°12'36\"", "30°15'36\""}};
      for (const QStringList &values : rows)
      {
        OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(sheet->GetLayerDefn()));
        for (int i = 0; i < values.size(); ++i)
          feature->SetField(i, values.at(i).toUtf8().constData());
        QCOMPARE(sheet->CreateFeature(feature.get()), OGRERR_NONE);
      }
    }
    auto store = mFixture.newProject(QStringLiteral("EPSG:4490"));
    UnitImportOptions options;
    options.headerRow = 2;
    const ImportOutcome outcome = UnitImporter::run(*store, path, options, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    QCOMPARE(outcome.added, 2);
    QCOMPARE(ImportFixture::unitValue(*store, QStringLiteral("0001"), "name"),
             QStringLiteral("望湖区第三中学"));
    // 120°12'36" = 120.21°, 30°15'36" = 30.26°
    QCOMPARE(ImportFixture::unitValue(*store, QStringLiteral("0002"), "x").toDouble(), 120.21);
    QCOMPARE(ImportFixture::unitValue(*store, QStringLiteral("0002"), "y").toDouble(), 30.26);

    // A bad row is reported with its spreadsheet row number.
    options.headerRow = 1;
    const ImportOutcome wrong = UnitImporter::run(*mFixture.newProject(), path, options, nullptr);
    QVERIFY(!wrong.ok);
  }

  void kmlPlacemarks()
  {
    const QString kml = writeFile(
        mFixture.file(QStringLiteral("units.kml")),
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<kml xmlns=\"http://www.opengis.net/kml/2.2\"><Document><Placemark><name>K1</name>"
        "<ExtendedData><Data name=\"sector\"><value>N03</value></Data>"
        "<Data name=\"unit_name\"><value>云栖区地质灾害隐患点7号</value></Data></ExtendedData>"
        "<Point><coordinates>120.1,30.3</coordinates></Point></Placemark></Document></kml>");
    auto store = mFixture.newProject();
    UnitImportOptions options;
    options.fieldMap = {{QStringLiteral("id"), QStringLiteral("Name")}};
    const ImportOutcome outcome = UnitImporter::run(*store, kml, options, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    QCOMPARE(ImportFixture::unitValue(*store, QStringLiteral("K1"), "name"),
             QStringLiteral("云栖区地质灾害隐患点7号"));
  }

  void linesAndAreasKeepTheirShape()
  {
    const QString geojson = writeFile(
        mFixture.file(QStringLiteral("pipes.geojson")),
        R"({"type":"FeatureCollection","features":[)"
        R"({"type":"Feature","properties":{"id":"L1","sector":"F06"},"geometry":{"type":"LineString","coordinates":[[120.1,30.2],[120.2,30.2]]}},)"
        R"({"type":"Feature","properties":{"id":"A1","sector":"N02"},"geometry":{"type":"Polygon","coordinates":[[[120.1,30.1],[120.2,30.1],[120.2,30.2],[120.1,30.1]]]}}]})");
    auto store = mFixture.newProject();
    const ImportOutcome outcome = UnitImporter::run(*store, geojson, {}, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    QVERIFY(ImportFixture::unitValue(*store, QStringLiteral("L1"), "shape")
                .startsWith(QStringLiteral("LineString")));
    QVERIFY(ImportFixture::unitValue(*store, QStringLiteral("A1"), "shape")
                .startsWith(QStringLiteral("Polygon")));
    QVERIFY(ImportFixture::unitValue(*store, QStringLiteral("A1"), "x") != QStringLiteral("none"));
  }

  void invalidUnitAreasAreRepairedAndReported()
  {
    const QString geojson = writeFile(
        mFixture.file(QStringLiteral("bowtie.geojson")),
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"id":"B1","sector":"N02"},"geometry":{"type":"Polygon","coordinates":[[[120,30],[120.1,30.1],[120.1,30],[120,30.1],[120,30]]]}}]})");
    auto store = mFixture.newProject();
    const ImportOutcome outcome = UnitImporter::run(*store, geojson, {}, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    QCOMPARE(outcome.warnings.size(), 1);
    QVERIFY2(outcome.warnings.first().contains(
                 QStringLiteral("(id B1): the geometry was invalid and was repaired")),
             qPrintable(outcome.warnings.first()));
    QVERIFY(QgsGeometry::fromWkt(ImportFixture::unitValue(*store, QStringLiteral("B1"), "shape"))
                .isGeosValid());
  }

  void wktColumn()
  {
    auto store = mFixture.newProject();
    const QString csv =
        writeFile(mFixture.file(QStringLiteral("wkt.csv")),
                  "id,sector,wkt\nW1,F08,\"POINT (120.2 30.25)\"\nW2,F08,\"POINT (120.2\"\n");
    const ImportOutcome outcome = UnitImporter::run(*store, csv, {}, nullptr);
    QVERIFY(!outcome.ok);
    QVERIFY2(outcome.problems.size() == 1, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    QCOMPARE(outcome.problems.first().location, QStringLiteral("row 3"));
    QCOMPARE(outcome.problems.first().reason, QStringLiteral("not a WKT geometry"));
  }
};

RISKATLAS_QGIS_TEST_MAIN(TestImportFormats)
#include "test_importformats.moc"
