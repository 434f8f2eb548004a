#include "import/unitimporter.h"
#include "importfixture.h"
#include "qgistestmain.h"

#include <QFile>
#include <QMap>
#include <cpl_vsi.h>
#include <unistd.h>

using namespace riskatlas;
using namespace riskatlas::test;

/**
 * Input files that used to be misread or refused without a reason (issue 11): UTF-16 text,
 * NUL bytes and unclosed quotes in CSV, zipped shapefiles and GeoJSON, a shapefile without its
 * .dbf, a file that cannot be read.
 */
class TestImportFaults : public QObject
{
  Q_OBJECT

private:
  ImportFixture mFixture;

  //! Writes \a files (name → content) into a new zip archive through GDAL's /vsizip/.
  QString zip(const QString &name, const QMap<QString, QByteArray> &files)
  {
    const QString path = mFixture.file(name);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
    {
      const QByteArray inside = QStringLiteral("/vsizip/%1/%2").arg(path, it.key()).toUtf8();
      VSILFILE *file = VSIFOpenL(inside.constData(), "wb");
      if (!file || VSIFWriteL(it.value().constData(), 1, it.value().size(), file) !=
                       static_cast<size_t>(it.value().size()))
        qFatal("cannot write %s", inside.constData());
      VSIFCloseL(file);
    }
    return path;
  }

  static QByteArray geojsonUnit(const char *id, double lon)
  {
    // No raw string literals here: moc misreads one that ends in a quote.
    return QStringLiteral("{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\","
                          "\"properties\":{\"id\":\"%1\",\"sector\":\"C01\"},\"geometry\":{"
                          "\"type\":\"Point\",\"coordinates\":[%2,30.25]}}]}")
        .arg(QLatin1String(id))
        .arg(lon)
        .toUtf8();
  }

  //! A point shapefile with one unit, as its files (name → content).
  QMap<QString, QByteArray> shapefile()
  {
    const QString path = mFixture.file(QStringLiteral("units.shp"));
    GDALDriver *driver = GetGDALDriverManager()->GetDriverByName("ESRI Shapefile");
    GDALDatasetUniquePtr dataset(
        driver->Create(path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr));
    OGRSpatialReference wgs84;
    wgs84.importFromEPSG(4326);
    OGRLayer *layer = dataset->CreateLayer("units", &wgs84, wkbPoint, nullptr);
    for (const char *field : {"id", "sector"})
    {
      OGRFieldDefn definition(field, OFTString);
      layer->CreateField(&definition);
    }
    OGRFeatureUniquePtr feature(OGRFeature::CreateFeature(layer->GetLayerDefn()));
    feature->SetField("id", "Z1");
    feature->SetField("sector", "C01");
    OGRPoint point(120.2, 30.25);
    feature->SetGeometry(&point);
    if (layer->CreateFeature(feature.get()) != OGRERR_NONE)
      qFatal("cannot write the test shapefile");
    dataset.reset();
    QMap<QString, QByteArray> files;
    for (const char *suffix : {"shp", "shx", "dbf", "prj"})
    {
      QFile file(path.chopped(3) + QLatin1String(suffix));
      if (!file.open(QIODevice::ReadOnly))
        qFatal("no .%s written", suffix);
      files.insert(QStringLiteral("units.") + QLatin1String(suffix), file.readAll());
    }
    files.insert(QStringLiteral("path"), path.toUtf8());
    return files;
  }

  //! \a text as UTF-16 bytes, with or without a byte-order mark (QTextCodec always adds one).
  static QByteArray utf16(const QString &text, bool littleEndian, bool mark)
  {
    QByteArray bytes;
    for (const QChar c : (mark ? QStringLiteral("\uFEFF") : QString()) + text)
    {
      const char low = static_cast<char>(c.unicode() & 0xFF);
      const char high = static_cast<char>(c.unicode() >> 8);
      bytes.append(littleEndian ? low : high).append(littleEndian ? high : low);
    }
    return bytes;
  }

  static Problem onlyProblem(const ImportOutcome &outcome)
  {
    if (outcome.ok || outcome.problems.size() != 1)
      qFatal("expected one problem, got: %s",
             qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    return outcome.problems.first();
  }

private slots:
  void utf16WithAByteOrderMarkIsRead_data()
  {
    QTest::addColumn<bool>("littleEndian");
    QTest::newRow("UTF-16LE") << true;
    QTest::newRow("UTF-16BE") << false;
  }
  void utf16WithAByteOrderMarkIsRead()
  {
    // Excel's "Unicode text" and many Windows tools write UTF-16 with a byte-order mark.
    QFETCH(bool, littleEndian);
    const QString text = QStringLiteral("编号,单位名称,行业领域,经度,纬度\n"
                                        "W1,临江区宏达化工有限公司,I01,120.2,30.25\n");
    const QString csv =
        writeFile(mFixture.file(QStringLiteral("utf16.csv")), utf16(text, littleEndian, true));
    auto store = mFixture.newProject();
    const ImportOutcome outcome = UnitImporter::run(*store, csv, {}, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    QCOMPARE(ImportFixture::unitValue(*store, QStringLiteral("W1"), "name"),
             QStringLiteral("临江区宏达化工有限公司"));
  }

  void csvFaultsAreNamed_data()
  {
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("location");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("reason");
    const QByteArray nul =
        QByteArray("id,sector,lon,lat\nA,C01,120.2,30.25\nB,C0") + '\0' + "1,120.3,30.3\n";
    QTest::newRow("NUL byte") << nul << "line 3"
                              << "sector"
                              << "\\0"
                              << "a NUL byte: binary data, or UTF-16 text without a byte-order "
                                 "mark";
    QTest::newRow("UTF-16 without a mark")
        << utf16(QStringLiteral("id,sector\nA,C01\n"), true, false) << "line 1"
        << "id"
        << "\\0"
        << "a NUL byte: binary data, or UTF-16 text without a byte-order mark";
    QTest::newRow("unclosed quote")
        << QByteArray("id,name,sector,lon,lat\nA,\"Jia Co,C01,120.2,30.25\nB,Yi,C01,120.3,30.3\n")
        << "line 2"
        << "name"
        << "\"Jia Co,C01,120.2,30"
        << "this quote is never closed";
  }
  void csvFaultsAreNamed()
  {
    QFETCH(QByteArray, content);
    QFETCH(QString, location);
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, reason);
    const QString csv = writeFile(mFixture.file(QStringLiteral("fault.csv")), content);
    const Problem problem =
        onlyProblem(UnitImporter::run(*mFixture.newProject(), csv, {}, nullptr));
    QCOMPARE(problem.kind, ProblemKind::Invalid);
    QCOMPARE(problem.file, csv);
    QCOMPARE(problem.location, location);
    QCOMPARE(problem.field, field);
    QCOMPARE(problem.value, value);
    QCOMPARE(problem.reason, reason);
  }

  void zippedFilesAreReadInside()
  {
    // One layer inside: taken.
    auto store = mFixture.newProject();
    QMap<QString, QByteArray> files = shapefile();
    files.remove(QStringLiteral("path"));
    ImportOutcome outcome =
        UnitImporter::run(*store, zip(QStringLiteral("units-shp.zip"), files), {}, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    QCOMPARE(ImportFixture::unitValue(*store, QStringLiteral("Z1"), "sector"),
             QStringLiteral("C01"));

    outcome = UnitImporter::run(
        *store,
        zip(QStringLiteral("one.zip"), {{QStringLiteral("a.geojson"), geojsonUnit("G1", 120.2)}}),
        {}, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    QCOMPARE(ImportFixture::unitValue(*store, QStringLiteral("G1"), "sector"),
             QStringLiteral("C01"));

    // Several: the layer must be chosen, as in a multi-layer file.
    const QString two =
        zip(QStringLiteral("two.zip"), {{QStringLiteral("a.geojson"), geojsonUnit("A1", 120.2)},
                                        {QStringLiteral("b.geojson"), geojsonUnit("B1", 120.3)}});
    const Problem problem = onlyProblem(UnitImporter::run(*store, two, {}, nullptr));
    QCOMPARE(problem.kind, ProblemKind::LayerNotChosen);
    QCOMPARE(problem.allowed, QStringLiteral("a, b"));
    UnitImportOptions options;
    options.layerName = QStringLiteral("b");
    outcome = UnitImporter::run(*store, two, options, nullptr);
    QVERIFY2(outcome.ok, qPrintable(outcome.messages().join(QLatin1Char('\n'))));
    QCOMPARE(ImportFixture::unitValue(*store, QStringLiteral("B1"), "sector"),
             QStringLiteral("C01"));
  }

  void shapefileWithoutItsDbfIsNamed()
  {
    const QString path = QString::fromUtf8(shapefile().value(QStringLiteral("path")));
    QVERIFY(QFile::remove(path.chopped(3) + QStringLiteral("dbf")));
    const Problem problem =
        onlyProblem(UnitImporter::run(*mFixture.newProject(), path, {}, nullptr));
    QCOMPARE(problem.kind, ProblemKind::Invalid);
    QCOMPARE(problem.reason,
             QStringLiteral("%1: the shapefile's attribute table %2 is missing; copy it next to "
                            "the .shp file")
                 .arg(path, QFileInfo(path).completeBaseName() + QStringLiteral(".dbf")));
  }

  void unreadableFileNamesThePermission()
  {
    if (geteuid() == 0)
      QSKIP("running as root: every file is readable, so a permission error cannot be made");
    const QString csv =
        writeFile(mFixture.file(QStringLiteral("locked.csv")), "id,sector,lon,lat\n");
    QVERIFY(QFile::setPermissions(csv, QFileDevice::Permissions()));
    const Problem problem =
        onlyProblem(UnitImporter::run(*mFixture.newProject(), csv, {}, nullptr));
    QFile::setPermissions(csv, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(problem.kind, ProblemKind::Failed);
    QCOMPARE(problem.reason, QStringLiteral("%1: cannot read: permission denied").arg(csv));
  }
};

RISKATLAS_QGIS_TEST_MAIN(TestImportFaults)
#include "test_importfaults.moc"
