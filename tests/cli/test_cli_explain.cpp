// `riskatlas-cli explain`: "why this level?" from the command line, as text and as JSON checked
// against its schema, for a sample-city unit and district (the default 5×5 matrix, max rule) and
// a hand-made city under the city-default method set (LEC at D = 70, MES at R = 180) with the
// weighted and density rules; an unknown id and a bad language are refused.
#include "clirunner.h"
#include "testdata.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace riskatlas::test;

class TestCliExplain : public QObject
{
  Q_OBJECT

  QTemporaryDir mDir;
  QString mSample;
  QString mCity;

  QString path(const QString &name) const { return mDir.filePath(name); }

  static QJsonObject json(const CliRun &run)
  {
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
  }

  //! Runs explain --json, checks exit 0 and the schema, and returns the object.
  QJsonObject explainJson(const QString &project, const QString &id)
  {
    const CliRun run = runCli({QStringLiteral("explain"), project, id, QStringLiteral("--json"),
                               QStringLiteral("--language"), QStringLiteral("en")});
    if (run.exitCode != 0)
    {
      qWarning("exit %d: %s", run.exitCode, qPrintable(run.err));
      return {};
    }
    const QString file = writeFile(path(id + QStringLiteral(".json")), run.out.toUtf8());
    QProcess python;
    python.start(
        QStringLiteral("python3"),
        {QStringLiteral("-c"),
         QStringLiteral(
             "import json, sys, jsonschema; jsonschema.validate(json.load(open(sys.argv[1])), "
             "json.load(open(sys.argv[2])))"),
         file,
         QDir(sourceDir()).filePath(QStringLiteral("resources/schemas/explanation.schema.json"))});
    if (!python.waitForFinished(60000) || python.exitCode() != 0)
    {
      qWarning("%s: %s", qPrintable(id), python.readAllStandardError().constData());
      return {};
    }
    return json(run);
  }

  static QByteArray square(const char *name, const char *code, int x0)
  {
    return QStringLiteral(
               R"({"type":"Feature","properties":{"name":"%1","code":"%2"},"geometry":{"type":"Polygon","coordinates":[[[%3,3300000],[%4,3300000],[%4,3301000],[%3,3301000],[%3,3300000]]]}})")
        .arg(QString::fromUtf8(name), QString::fromUtf8(code))
        .arg(x0)
        .arg(x0 + 1000)
        .toUtf8();
  }

  static QJsonObject rowOf(const QJsonObject &bands, int index)
  {
    return bands.value(QStringLiteral("rows")).toArray().at(index).toObject();
  }

private slots:
  void initTestCase()
  {
    mSample = path(QStringLiteral("sample.gpkg"));
    expectSuccess(buildSampleProject(mSample));
    expectSuccess(runCli({QStringLiteral("assess"), mSample}));

    mCity = path(QStringLiteral("city.gpkg"));
    expectSuccess(runCli(
        {QStringLiteral("new"), mCity, QStringLiteral("--crs"), QStringLiteral("EPSG:4549")}));
    const QString regions = writeFile(
        path(QStringLiteral("regions.geojson")),
        R"({"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::4549"}},"features":[)" +
            square("甲区", "A1", 500000) + "," + square("乙区", "B1", 501000) + "]}");
    expectSuccess(runCli({QStringLiteral("import-regions"), mCity, regions}));
    // E1: LEC 1 × 10 × 7 = 70; E2 (ammonia refrigeration, MES): 3 × 6 × 10 = 180; C1 (matrix):
    // 2 × 2 = 4.
    const QString units =
        writeFile(path(QStringLiteral("units.csv")),
                  "id,sector,x,y,lec_l,lec_e,lec_c,mes_m,mes_e,mes_s,likelihood,severity,control\n"
                  "E1,I01,500500,3300500,1,10,7,,,,,,\n"
                  "E2,I09,500200,3300200,,,,3,6,10,,,\n"
                  "C1,C01,501500,3300500,,,,,,,2,2,\n");
    expectSuccess(runCli({QStringLiteral("import-units"), mCity, units,
                          QStringLiteral("--source-crs"), QStringLiteral("EPSG:4549")}));
    expectSuccess(runCli({QStringLiteral("methods"), QStringLiteral("import"), mCity,
                          QStringLiteral("--template"), QStringLiteral("city-default")}));
    expectSuccess(runCli({QStringLiteral("assess"), mCity, QStringLiteral("--aggregation"),
                          QStringLiteral("weighted")}));
  }

  void matrixUnitAsText()
  {
    // RU0001 (I01): L = 4, S = 5 → R = 20, the lower bound of major; fair control keeps it.
    CliRun run = runCli({QStringLiteral("explain"), mSample, QStringLiteral("RU0001"),
                         QStringLiteral("--language"), QStringLiteral("en")});
    expectSuccess(run);
    for (const char *line :
         {"Unit RU0001 青山区昌盛化工有限公司", "Method: Risk matrix 5×5, R = L × S",
          "  L = 4  (5年内可能发生)", "  S = 5  (重大)", "Score: R = 4 × 5 = 20", "[20]",
          "  → R ≥ 20", "Inherent level: Major risk", "Final level: Major risk"})
      QVERIFY2(run.out.contains(QString::fromUtf8(line)), qPrintable(line + run.out));
    // Chinese by default.
    run = runCli({QStringLiteral("explain"), mSample, QStringLiteral("RU0001")});
    expectSuccess(run);
    QVERIFY2(run.out.contains(QStringLiteral("重大风险")), qPrintable(run.out));
  }

  void matrixUnitAsJson()
  {
    const QJsonObject e = explainJson(mSample, QStringLiteral("RU0001"));
    QCOMPARE(e.value(QStringLiteral("kind")).toString(), QStringLiteral("unit"));
    QCOMPARE(e.value(QStringLiteral("score")).toDouble(), 20.0);
    const QJsonObject hit =
        e.value(QStringLiteral("matrix")).toObject().value(QStringLiteral("hit")).toObject();
    QCOMPARE(hit.value(QStringLiteral("likelihood")).toInt(), 4);
    QCOMPARE(hit.value(QStringLiteral("severity")).toInt(), 5);
    QCOMPARE(hit.value(QStringLiteral("level")).toString(), QStringLiteral("major"));
    QCOMPARE(e.value(QStringLiteral("final_level")).toString(), QStringLiteral("major"));
    QVERIFY(e.value(QStringLiteral("stored")).toObject().value(QStringLiteral("matches")).toBool());
  }

  void districtUnderMax()
  {
    const QJsonObject summary =
        json(runCli({QStringLiteral("summary"), mSample, QStringLiteral("--json")}));
    const QJsonObject district =
        summary.value(QStringLiteral("regions")).toArray().first().toObject();
    const QString id = district.value(QStringLiteral("id")).toString();
    const QJsonObject e = explainJson(mSample, id);
    QCOMPARE(e.value(QStringLiteral("kind")).toString(), QStringLiteral("region"));
    QCOMPARE(e.value(QStringLiteral("rule")).toString(), QStringLiteral("max"));
    QCOMPARE(e.value(QStringLiteral("final_level")), district.value(QStringLiteral("level")));
    QCOMPARE(e.value(QStringLiteral("units")), district.value(QStringLiteral("units")));
    const QJsonArray deciding =
        e.value(QStringLiteral("max")).toObject().value(QStringLiteral("deciding")).toArray();
    QCOMPARE(deciding.size(), district.value(QStringLiteral("counts"))
                                  .toObject()
                                  .value(district.value(QStringLiteral("level")).toString())
                                  .toInt());
    for (const QJsonValue &unit : deciding)
      QCOMPARE(unit.toObject().value(QStringLiteral("level")),
               district.value(QStringLiteral("level")));
  }

  void lecOnTheBoundaryOf70()
  {
    const QJsonObject e = explainJson(mCity, QStringLiteral("E1"));
    QCOMPARE(e.value(QStringLiteral("method")).toObject().value(QStringLiteral("id")).toString(),
             QStringLiteral("lec"));
    QCOMPARE(e.value(QStringLiteral("score")).toDouble(), 70.0);
    const QJsonObject bands = e.value(QStringLiteral("bands")).toObject();
    QCOMPARE(bands.value(QStringLiteral("rule")).toString(), QStringLiteral("lower-inclusive"));
    QVERIFY(rowOf(bands, 2).value(QStringLiteral("hit")).toBool());
    QCOMPARE(rowOf(bands, 2).value(QStringLiteral("range")).toString(),
             QStringLiteral("70 ≤ D < 160"));
    QCOMPARE(e.value(QStringLiteral("inputs"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("descriptor")),
             QJsonValue(QStringLiteral("remotely possible")));
    QCOMPARE(e.value(QStringLiteral("final_level")).toString(), QStringLiteral("general"));
    const CliRun text = runCli({QStringLiteral("explain"), mCity, QStringLiteral("E1"),
                                QStringLiteral("--language"), QStringLiteral("en")});
    QVERIFY2(text.out.contains(QStringLiteral("  → 70 ≤ D < 160   General risk   (D = 70)")),
             qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("lower bound inclusive")), qPrintable(text.out));
  }

  void mesOf180()
  {
    const QJsonObject e = explainJson(mCity, QStringLiteral("E2"));
    QCOMPARE(e.value(QStringLiteral("method")).toObject().value(QStringLiteral("assigned_by")),
             QJsonValue(QStringLiteral("sector")));
    QCOMPARE(e.value(QStringLiteral("score")).toDouble(), 180.0);
    const QJsonObject bands = e.value(QStringLiteral("bands")).toObject();
    QVERIFY(rowOf(bands, 0).value(QStringLiteral("hit")).toBool());
    QCOMPARE(rowOf(bands, 0).value(QStringLiteral("range")).toString(), QStringLiteral("R ≥ 180"));
    QCOMPARE(e.value(QStringLiteral("final_level")).toString(), QStringLiteral("major"));
  }

  void weightedAndDensityRegions()
  {
    // A1 holds E1 (general, 2) and E2 (major, 4): industrial mean 3 → I = 3 → significant.
    QJsonObject e = explainJson(mCity, QStringLiteral("A1"));
    QCOMPARE(e.value(QStringLiteral("rule")).toString(), QStringLiteral("weighted"));
    const QJsonObject weighted = e.value(QStringLiteral("weighted")).toObject();
    QCOMPARE(weighted.value(QStringLiteral("index")).toDouble(), 3.0);
    const QJsonArray terms = weighted.value(QStringLiteral("terms")).toArray();
    QCOMPARE(terms.size(), 1);
    QCOMPARE(terms.at(0).toObject().value(QStringLiteral("group")).toString(),
             QStringLiteral("industrial"));
    QCOMPARE(terms.at(0).toObject().value(QStringLiteral("units")).toDouble(), 2.0);
    QCOMPARE(e.value(QStringLiteral("final_level")).toString(), QStringLiteral("significant"));
    QVERIFY(e.value(QStringLiteral("stored")).toObject().value(QStringLiteral("matches")).toBool());

    // Density: E2 is the only major or significant unit: 1 ÷ 1 km² ≥ 0.1 → major.
    expectSuccess(runCli({QStringLiteral("assess"), mCity, QStringLiteral("--aggregation"),
                          QStringLiteral("density")}));
    e = explainJson(mCity, QStringLiteral("A1"));
    const QJsonObject density = e.value(QStringLiteral("density")).toObject();
    QCOMPARE(density.value(QStringLiteral("major_or_significant")).toDouble(), 1.0);
    QVERIFY(std::abs(density.value(QStringLiteral("area_km2")).toDouble() - 1.0) < 0.01);
    QVERIFY(rowOf(density.value(QStringLiteral("bands")).toObject(), 0)
                .value(QStringLiteral("hit"))
                .toBool());
    QCOMPARE(e.value(QStringLiteral("final_level")).toString(), QStringLiteral("major"));
  }

  void unknownIdAndBadLanguageAreRefused()
  {
    CliRun run = runCli({QStringLiteral("explain"), mSample, QStringLiteral("RU9999")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("RU9999")), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    run = runCli({QStringLiteral("explain"), mSample, QStringLiteral("RU0001"),
                  QStringLiteral("--language"), QStringLiteral("fr")});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(QStringLiteral("--language fr: expected zh or en")),
             qPrintable(run.err));
    run = runCli({QStringLiteral("explain"), mSample});
    QCOMPARE(run.exitCode, 2);
  }
};

QTEST_GUILESS_MAIN(TestCliExplain)
#include "test_cli_explain.moc"
