// The command line's own words for problems gis/ returns as data: each names the flag that fixes
// it, exactly as earlier releases did (docs/cli.md), in English and in Chinese.
#include "clirunner.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace riskatlas::test;

class TestCliMessages : public QObject
{
  Q_OBJECT

  QTemporaryDir mDir;
  QString mEmpty;  //!< a project without units or regions
  QString mSample; //!< the sample's districts and units

  QString path(const QString &name) const { return mDir.filePath(name); }
  //! Problems name an input file as the analyst knows it: by its name.
  static QString fileName(const QString &path) { return QFileInfo(path).fileName(); }

  static QProcessEnvironment inLanguage(const QString &locale)
  {
    QProcessEnvironment environment = testEnvironment();
    environment.insert(QStringLiteral("LANG"), locale);
    environment.insert(QStringLiteral("LC_ALL"), locale);
    environment.insert(QStringLiteral("LANGUAGE"), QString());
    return environment;
  }

  //! The error lines a run printed, without the "riskatlas-cli COMMAND: error: " prefix.
  static QStringList errors(const CliRun &run)
  {
    QStringList lines;
    for (const QString &line : run.err.split(QLatin1Char('\n')))
    {
      for (const QString &marker : {QStringLiteral(": error: "), QStringLiteral(": 错误：")})
      {
        const int at = line.indexOf(marker);
        if (at >= 0)
          lines << line.mid(at + marker.size());
      }
    }
    return lines;
  }

private slots:
  void initTestCase()
  {
    mEmpty = path(QStringLiteral("empty.gpkg"));
    expectSuccess(runCli({QStringLiteral("new"), mEmpty}));
    mSample = path(QStringLiteral("sample.gpkg"));
    expectSuccess(buildSampleProject(mSample));
    writeFile(path(QStringLiteral("columns.csv")), "a,b\n1,2\n");
    writeFile(path(QStringLiteral("projected.csv")),
              "id,name,sector,x,y\nP1,Plant,I07,519248.723,3347843.961\n");
    writeFile(path(QStringLiteral("abroad.csv")), "id,name,sector,lon,lat\nP1,Plant,I07,10,50\n");
    writeFile(path(QStringLiteral("latin1.csv")), "id,name\xff\n");
    writeFile(
        path(QStringLiteral("label.geojson")),
        R"({"type":"FeatureCollection","features":[{"type":"Feature","properties":{"label":"x"},)"
        R"("geometry":{"type":"Polygon","coordinates":[[[120,30],[120.1,30],[120.1,30.1],[120,30]]]}}]})");
  }

  void hintsNameTheFlag_data()
  {
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString empty = mEmpty;
    const QString sample = mSample;
    const QString columns = path(QStringLiteral("columns.csv"));
    const QString projected = path(QStringLiteral("projected.csv"));
    const QString abroad = path(QStringLiteral("abroad.csv"));
    const QString latin1 = path(QStringLiteral("latin1.csv"));
    const QString label = path(QStringLiteral("label.geojson"));
    const QString en = QStringLiteral("C.UTF-8");
    const QString zh = QStringLiteral("zh_CN.UTF-8");
    auto row = [](const char *name, const QString &locale, const QStringList &arguments,
                  int exitCode, const QString &message)
    { QTest::newRow(name) << locale << arguments << exitCode << message; };
    row("exists", en, {QStringLiteral("new"), empty}, 1,
        QStringLiteral("%1: the file exists already; use --overwrite to replace it").arg(empty));
    row("exists zh", zh, {QStringLiteral("new"), empty}, 1,
        QStringLiteral("%1：文件已存在；如需替换，请使用 --overwrite").arg(empty));
    row("no units", en, {QStringLiteral("assess"), empty}, 1,
        QStringLiteral("%1: the project has no units; import some with import-units").arg(empty));
    row("no units zh", zh, {QStringLiteral("assess"), empty}, 1,
        QStringLiteral("%1：项目中没有风险单元；请先使用 import-units 导入").arg(empty));
    row("no boundary", en,
        {QStringLiteral("make-grid"), empty, QStringLiteral("--cell-size"), QStringLiteral("100")},
        1,
        QStringLiteral("%1: the project has no districts or streets to cover; import them with "
                       "import-regions first")
            .arg(empty));
    row("grid too fine", en,
        {QStringLiteral("make-grid"), sample, QStringLiteral("--cell-size"), QStringLiteral("1")},
        1, QStringLiteral("--cell-size 1 would make about"));
    row("unit column", en, {QStringLiteral("import-units"), sample, columns}, 1,
        QStringLiteral("%1: no column for the field \"id\" (columns: a, b); name it with --map "
                       "id=COLUMN")
            .arg(fileName(columns)));
    row("position columns", en, {QStringLiteral("import-units"), sample, columns}, 1,
        QStringLiteral("%1: no geometry, no longitude/latitude (经度/纬度), WKT or region column; "
                       "name one with --map longitude=COLUMN --map latitude=COLUMN")
            .arg(fileName(columns)));
    row("projected", en, {QStringLiteral("import-units"), sample, projected}, 1,
        QStringLiteral("%1: row 2 (id P1): field x: value \"519248.723\": cannot be a longitude; "
                       "for projected coordinates give --source-crs EPSG:n")
            .arg(fileName(projected)));
    row("projected zh", zh, {QStringLiteral("import-units"), sample, projected}, 1,
        QStringLiteral("如为投影坐标，请用 --source-crs EPSG:n 指定坐标参考系"));
    row("unknown encoding", en,
        {QStringLiteral("import-units"), sample, projected, QStringLiteral("--encoding"),
         QStringLiteral("FOO")},
        1, QStringLiteral("--encoding FOO: unknown encoding"));
    row("unknown crs", en,
        {QStringLiteral("import-units"), sample, projected, QStringLiteral("--source-crs"),
         QStringLiteral("EPSG:99999")},
        1, QStringLiteral("--source-crs EPSG:99999: unknown coordinate reference system"));
    row("datum needs lon/lat", en,
        {QStringLiteral("import-units"), sample, projected, QStringLiteral("--coordinates"),
         QStringLiteral("gcj02"), QStringLiteral("--source-crs"), QStringLiteral("EPSG:4549")},
        1,
        QStringLiteral("--coordinates gcj02/bd09 needs longitude/latitude, but the source CRS is "
                       "EPSG:4549"));
    row("outside China", en,
        {QStringLiteral("import-units"), sample, abroad, QStringLiteral("--coordinates"),
         QStringLiteral("gcj02")},
        1, QStringLiteral("outside China: --coordinates gcj02/bd09 applies only inside China"));
    row("encoding mismatch", en,
        {QStringLiteral("import-units"), sample, latin1, QStringLiteral("--encoding"),
         QStringLiteral("UTF-8")},
        1,
        QStringLiteral("%1: not valid UTF-8 text; give the file's encoding with --encoding")
            .arg(latin1));
    row("region name", en, {QStringLiteral("import-regions"), sample, label}, 1,
        QStringLiteral("%1: no region name column recognised (fields: label); name it with "
                       "--name-field FIELD")
            .arg(fileName(label)));
    row("no such field", en,
        {QStringLiteral("import-regions"), sample, label, QStringLiteral("--name-field"),
         QStringLiteral("nope")},
        1,
        QStringLiteral("%1: --name-field nope: no such field (fields: label)")
            .arg(fileName(label)));
    row("no such field zh", zh,
        {QStringLiteral("import-regions"), sample, label, QStringLiteral("--name-field"),
         QStringLiteral("label"), QStringLiteral("--id-field"), QStringLiteral("nope")},
        1,
        QStringLiteral("%1：--id-field nope：字段不存在（现有字段：label）").arg(fileName(label)));
    row("category", en,
        {QStringLiteral("export-map"), sample, path(QStringLiteral("m.pdf")),
         QStringLiteral("--category"), QStringLiteral("nope")},
        1,
        QStringLiteral("--category nope: the project's categories are industrial, crowded, "
                       "facilities, natural"));
    row("paper", en,
        {QStringLiteral("export-map"), sample, path(QStringLiteral("m.pdf")),
         QStringLiteral("--paper"), QStringLiteral("b5")},
        2, QStringLiteral("--paper b5: expected A4, A3, A2, A1 or A0"));
    row("dpi", en,
        {QStringLiteral("export-map"), sample, path(QStringLiteral("m.png")),
         QStringLiteral("--dpi"), QStringLiteral("lots")},
        2, QStringLiteral("--dpi lots: expected a number from 30 to 1200"));
    row("template", en,
        {QStringLiteral("export-map"), sample, path(QStringLiteral("m.pdf")),
         QStringLiteral("--template"), QStringLiteral("/no/such.qpt")},
        2, QStringLiteral("--template /no/such.qpt: no such file"));
    row("language", en,
        {QStringLiteral("report"), sample, path(QStringLiteral("r.pdf")),
         QStringLiteral("--language"), QStringLiteral("fr")},
        2, QStringLiteral("--language fr: expected zh or en"));
  }

  void hintsNameTheFlag()
  {
    QFETCH(QString, locale);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments, inLanguage(locale));
    QCOMPARE(run.exitCode, exitCode);
    const QStringList lines = errors(run);
    const bool found =
        std::any_of(lines.cbegin(), lines.cend(),
                    [&](const QString &line) {
                      return line == message || line.startsWith(message) || line.endsWith(message);
                    });
    QVERIFY2(found, qPrintable(QStringLiteral("expected \"%1\" in:\n%2").arg(message, run.err)));
  }

  void errorsFileKeepsTheCommandLinesWords()
  {
    const QString errorsFile = path(QStringLiteral("problems.csv"));
    const QString projected = path(QStringLiteral("projected.csv"));
    const CliRun run = runCli({QStringLiteral("import-units"), mSample, projected,
                               QStringLiteral("--errors"), errorsFile},
                              inLanguage(QStringLiteral("C.UTF-8")));
    QCOMPARE(run.exitCode, 1);
    QFile csv(errorsFile);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(csv.readAll()).split(QStringLiteral("\r\n"));
    QCOMPARE(lines.at(1), QStringLiteral("%1,row 2,P1,x,519248.723,cannot be a longitude; for "
                                         "projected coordinates give --source-crs EPSG:n")
                              .arg(fileName(projected)));
  }
};

QTEST_GUILESS_MAIN(TestCliMessages)
#include "test_cli_messages.moc"
